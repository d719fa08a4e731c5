#include "editors/comboboxdelegate.h"

#include <QComboBox>

namespace Tessera::Gui {

ComboBoxDelegate::ComboBoxDelegate(const QStringList &values, const QStringList &labels,
                                   QObject *parent)
    : QStyledItemDelegate(parent)
    , m_values(values)
    , m_labels(labels)
{
}

ComboBoxDelegate::~ComboBoxDelegate() = default;

QWidget *ComboBoxDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (qsizetype i = 0; i < m_values.size(); ++i)
        combo->addItem(i < m_labels.size() ? m_labels.at(i) : m_values.at(i), m_values.at(i));
    // Commit on choice, as a combo box in a form would, instead of waiting for focus out.
    connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<ComboBoxDelegate *>(this)->commitData(combo); });
    return combo;
}

void ComboBoxDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const int row = combo->findData(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(row >= 0 ? row : 0);
}

void ComboBoxDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace Tessera::Gui
