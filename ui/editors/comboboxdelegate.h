#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace Tessera::Gui {

// Edits a cell of a closed vocabulary (e.g. port types) with a combo box: shows labels,
// writes the canonical value to the model's EditRole.
class ComboBoxDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComboBoxDelegate)

public:
    ComboBoxDelegate(const QStringList &values, const QStringList &labels,
                     QObject *parent = nullptr);
    ~ComboBoxDelegate() override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QStringList m_values;
    QStringList m_labels;
};

} // namespace Tessera::Gui
