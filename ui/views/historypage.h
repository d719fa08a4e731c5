#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace Tessera::Gui {

class DiffModel;
class HistoryModel;

// The History tab: the product's saved revisions and the field-level changes between two
// of them. Selecting one revision compares it with the one before; selecting two compares
// them, older to newer.
class HistoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPage)

public:
    explicit HistoryPage(QWidget *parent = nullptr);
    ~HistoryPage() override;

    HistoryModel *historyModel() const;
    DiffModel *diffModel() const;
    // Selects the newest revision, which shows the changes of the last save.
    void selectNewest();
    // Compares the revisions at two rows of the history model.
    void compareRows(int olderRow, int newerRow);

private:
    void updateDiff();

    HistoryModel *m_history = nullptr;
    DiffModel *m_diff = nullptr;
    QTableView *m_historyView = nullptr;
    QTableView *m_diffView = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Tessera::Gui
