#include "models/custompropertymodel.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

CustomPropertyModel::CustomPropertyModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CustomPropertyModel::~CustomPropertyModel() = default;

void CustomPropertyModel::setProperties(const QVariantMap &properties)
{
    beginResetModel();
    m_entries.clear();
    for (auto it = properties.cbegin(); it != properties.cend(); ++it)
        m_entries.append({it.key(), it.value()});
    endResetModel();
}

QVariantMap CustomPropertyModel::properties() const
{
    QVariantMap properties;
    for (const Entry &entry : m_entries)
        properties.insert(entry.key, entry.value);
    return properties;
}

QStringList CustomPropertyModel::keys() const
{
    QStringList keys;
    for (const Entry &entry : m_entries)
        keys.append(entry.key);
    return keys;
}

QString CustomPropertyModel::displayText(const QVariant &value)
{
    if (value.canConvert<QString>() && value.typeId() != QMetaType::QVariantMap
        && value.typeId() != QMetaType::QVariantList) {
        return value.toString();
    }
    // A JSON document is an array or an object: wrap the value and strip the brackets.
    const QString text = QString::fromUtf8(
        QJsonDocument::fromVariant(QVariantList {value}).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

int CustomPropertyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CustomPropertyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomPropertyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != Qt::EditRole)) {
        return {};
    }
    const Entry &entry = m_entries.at(index.row());
    switch (index.column()) {
    case KeyColumn:
        return entry.key;
    case ValueColumn:
        return displayText(entry.value);
    default:
        return {};
    }
}

bool CustomPropertyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    Entry &entry = m_entries[index.row()];
    switch (index.column()) {
    case KeyColumn:
        entry.key = value.toString().trimmed();
        break;
    case ValueColumn: {
        const QString text = value.toString();
        // Leaving the editor without a change must not turn a number or a list into text.
        if (text == displayText(entry.value))
            return true;
        entry.value = text;
        break;
    }
    default:
        return false;
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags CustomPropertyModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant CustomPropertyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

bool CustomPropertyModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_entries.size() || count < 1)
        return false;
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        // Keys not yet used, so that a new row is valid until the user names it.
        QString key = u"property"_s;
        for (int n = 2; std::any_of(m_entries.cbegin(), m_entries.cend(),
                                    [&key](const Entry &e) { return e.key == key; });
             ++n) {
            key = u"property%1"_s.arg(n);
        }
        m_entries.insert(row + i, Entry {key, QString()});
    }
    endInsertRows();
    return true;
}

bool CustomPropertyModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_entries.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_entries.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace Tessera::Gui
