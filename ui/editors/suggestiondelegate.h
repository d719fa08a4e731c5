#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace Tessera::Gui {

// Edits a text cell of an open vocabulary (e.g. SLO properties) with an editable combo box:
// offers the usual values, accepts any text, writes the text to the model's EditRole.
class SuggestionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestionDelegate)

public:
    explicit SuggestionDelegate(const QStringList &suggestions, QObject *parent = nullptr);
    ~SuggestionDelegate() override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QStringList m_suggestions;
};

} // namespace Tessera::Gui
