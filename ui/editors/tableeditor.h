#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QPushButton;
class QTableView;

namespace Tessera::Gui {

// A table of rows the user adds and removes (support channels, roles, SLOs, custom
// properties), over any model that implements insertRows() and removeRows(). Children are
// named after `name`: "<name>Table", "<name>AddButton", "<name>RemoveButton".
class TableEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableEditor)

public:
    TableEditor(QAbstractItemModel *model, const QString &name, const QString &addText,
                const QString &removeText, QWidget *parent = nullptr);
    ~TableEditor() override;

    QTableView *view() const;
    QAbstractItemModel *model() const;
    // The column a new row starts editing in.
    void setFirstEditColumn(int column);
    // Appends a row, selects it and opens its first cell for editing.
    void addRow();
    void removeCurrentRow();

signals:
    // Rows added, removed or edited.
    void changed();

private:
    void updateButtons();

    // The model may belong to, and die before, the form that holds this editor.
    QPointer<QAbstractItemModel> m_model;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    int m_firstEditColumn = 0;
};

} // namespace Tessera::Gui
