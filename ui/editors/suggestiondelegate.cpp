#include "editors/suggestiondelegate.h"

#include <QComboBox>
#include <QLineEdit>

namespace Tessera::Gui {

SuggestionDelegate::SuggestionDelegate(const QStringList &suggestions, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_suggestions(suggestions)
{
}

SuggestionDelegate::~SuggestionDelegate() = default;

QWidget *SuggestionDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->addItems(m_suggestions);
    // Typed text that is not a suggestion stays as typed instead of becoming a new item.
    combo->setInsertPolicy(QComboBox::NoInsert);
    // No inline completion: the line edit takes Return as accepting a completion then, and
    // the cell would stay in editing instead of committing. The list offers the values.
    combo->setCompleter(nullptr);
    // Commit on choice from the list, as a combo box in a form would.
    connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<SuggestionDelegate *>(this)->commitData(combo); });
    return combo;
}

void SuggestionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const QString text = index.data(Qt::EditRole).toString();
    combo->setCurrentIndex(combo->findText(text));
    combo->setEditText(text);
    combo->lineEdit()->selectAll();
}

void SuggestionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentText(), Qt::EditRole);
}

} // namespace Tessera::Gui
