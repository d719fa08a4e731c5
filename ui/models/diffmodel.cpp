#include "models/diffmodel.h"

#include <QColor>
#include <QFontDatabase>

namespace Tessera::Gui {

namespace {

QString kindLabel(DocumentChange::Kind kind)
{
    switch (kind) {
    case DocumentChange::Kind::Added:
        return DiffModel::tr("Added");
    case DocumentChange::Kind::Removed:
        return DiffModel::tr("Removed");
    case DocumentChange::Kind::Changed:
        return DiffModel::tr("Changed");
    }
    return {};
}

// Soft backgrounds with dark text (both set, so they read on any palette), as in code
// review tools: green for what is new, red for what is gone, amber for what changed.
QColor background(DocumentChange::Kind kind)
{
    switch (kind) {
    case DocumentChange::Kind::Added:
        return QColor(0xdf, 0xf5, 0xe3);
    case DocumentChange::Kind::Removed:
        return QColor(0xfb, 0xe0, 0xe0);
    case DocumentChange::Kind::Changed:
        return QColor(0xfd, 0xf1, 0xd0);
    }
    return {};
}

QColor foreground(DocumentChange::Kind kind)
{
    switch (kind) {
    case DocumentChange::Kind::Added:
        return QColor(0x11, 0x5c, 0x2b);
    case DocumentChange::Kind::Removed:
        return QColor(0x8c, 0x16, 0x16);
    case DocumentChange::Kind::Changed:
        return QColor(0x6b, 0x4a, 0x00);
    }
    return {};
}

} // namespace

DiffModel::DiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DiffModel::~DiffModel() = default;

void DiffModel::setChanges(const QList<DocumentChange> &changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

void DiffModel::compare(const QString &before, const QString &after)
{
    setChanges(DocumentDiff::compare(before, after));
}

void DiffModel::clear()
{
    setChanges({});
}

QList<DocumentChange> DiffModel::changes() const
{
    return m_changes;
}

int DiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int DiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentChange &change = m_changes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return kindLabel(change.kind);
        case PathColumn:
            return change.path;
        case BeforeColumn:
            return change.before;
        case AfterColumn:
            return change.after;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case BeforeColumn:
            return change.before;
        case AfterColumn:
            return change.after;
        default:
            return change.path;
        }
    case Qt::BackgroundRole:
        return background(change.kind);
    case Qt::ForegroundRole:
        return foreground(change.kind);
    case Qt::FontRole:
        // Values are JSON: a fixed-pitch font keeps quotes and brackets readable.
        if (index.column() == BeforeColumn || index.column() == AfterColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case KindRole:
        return int(change.kind);
    default:
        return {};
    }
}

QVariant DiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Change");
    case PathColumn:
        return tr("Field");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    default:
        return {};
    }
}

} // namespace Tessera::Gui
