#include "models/celcompletionmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

CelCompletionModel::CelCompletionModel(QObject *parent) : QAbstractListModel(parent) {}

CelCompletionModel::~CelCompletionModel() = default;

void CelCompletionModel::setItems(const QList<CelCompletionItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int CelCompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant CelCompletionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CelCompletionItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return item.detail.isEmpty() || item.detail == item.name
            ? item.name
            : tr("%1    %2", "completion: name, then type or signature").arg(item.name, item.detail);
    case Qt::ToolTipRole:
        return item.description.isEmpty() ? QVariant() : QVariant(item.description);
    case InsertTextRole:
        return item.insertText;
    case DetailRole:
        return item.detail;
    case KindRole:
        return int(item.kind);
    default:
        return {};
    }
}

} // namespace Tessera::Gui
