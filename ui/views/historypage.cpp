#include "views/historypage.h"

#include "models/diffmodel.h"
#include "models/historymodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

HistoryPage::HistoryPage(QWidget *parent)
    : QWidget(parent)
    , m_history(new HistoryModel(this))
    , m_diff(new DiffModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("Select a revision to see what it changed, or two revisions "
                               "(Ctrl+click) to compare them."),
                            left);
    hint->setWordWrap(true);
    leftLayout->addWidget(hint);
    m_historyView = new QTableView(left);
    m_historyView->setObjectName(u"historyView"_s);
    m_historyView->setModel(m_history);
    m_historyView->verticalHeader()->hide();
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setWordWrap(false);
    m_historyView->verticalHeader()->setDefaultSectionSize(m_historyView->fontMetrics().height()
                                                           + 8);
    leftLayout->addWidget(m_historyView);
    splitter->addWidget(left);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(right);
    m_summary->setObjectName(u"diffSummary"_s);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    rightLayout->addWidget(m_summary);
    m_diffView = new QTableView(right);
    m_diffView->setObjectName(u"diffView"_s);
    m_diffView->setModel(m_diff);
    m_diffView->verticalHeader()->hide();
    m_diffView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_diffView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diffView->setWordWrap(false);
    m_diffView->verticalHeader()->setDefaultSectionSize(m_diffView->fontMetrics().height() + 10);
    m_diffView->setTextElideMode(Qt::ElideMiddle);
    m_diffView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_diffView->horizontalHeader()->setStretchLastSection(true);
    rightLayout->addWidget(m_diffView);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({280, 840});

    connect(m_historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPage::updateDiff);
    connect(m_history, &QAbstractItemModel::modelReset, this, [this] {
        m_historyView->resizeColumnsToContents();
        // Revision, time and version are all worth seeing: never hide one behind a scroll bar.
        m_historyView->setMinimumWidth(m_historyView->horizontalHeader()->length()
                                       + m_historyView->verticalScrollBar()->sizeHint().width()
                                       + 2 * m_historyView->frameWidth());
        updateDiff();
    });
}

HistoryPage::~HistoryPage()
{
    // Child models are destroyed before the views that show them, and a view may still
    // signal while it loses its model: nothing may reach this half-destroyed object.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

HistoryModel *HistoryPage::historyModel() const
{
    return m_history;
}

DiffModel *HistoryPage::diffModel() const
{
    return m_diff;
}

void HistoryPage::selectNewest()
{
    if (m_history->rowCount() == 0) {
        updateDiff();
        return;
    }
    m_historyView->selectionModel()->select(
        m_history->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_historyView->setCurrentIndex(m_history->index(0, 0));
}

void HistoryPage::compareRows(int olderRow, int newerRow)
{
    QItemSelection selection;
    selection.select(m_history->index(olderRow, 0),
                     m_history->index(olderRow, HistoryModel::ColumnCount - 1));
    selection.select(m_history->index(newerRow, 0),
                     m_history->index(newerRow, HistoryModel::ColumnCount - 1));
    m_historyView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void HistoryPage::updateDiff()
{
    QList<int> rows;
    const QModelIndexList selected = m_historyView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());

    if (rows.isEmpty() || rows.size() > 2) {
        m_diff->clear();
        m_summary->setText(rows.isEmpty() ? tr("No revision selected.")
                                          : tr("Select at most two revisions to compare."));
        return;
    }
    // Rows are newest first, so the higher row is the older revision.
    const int newerRow = rows.first();
    const int olderRow = rows.size() == 2 ? rows.last() : newerRow + 1;
    const HistoryEntry newer = m_history->entry(newerRow);
    if (olderRow >= m_history->rowCount()) {
        // The first revision: everything in it was added.
        m_diff->compare(u"{}"_s, newer.document);
        m_summary->setText(tr("Revision %1 is the first saved version: everything in it was added.")
                               .arg(newer.revision));
    } else {
        const HistoryEntry older = m_history->entry(olderRow);
        m_diff->compare(older.document, newer.document);
        m_summary->setText(tr("Changes from revision %1 to revision %2: %Ln change(s).", nullptr,
                              m_diff->rowCount())
                               .arg(older.revision)
                               .arg(newer.revision));
    }
    m_diffView->resizeColumnToContents(DiffModel::KindColumn);
    m_diffView->resizeColumnToContents(DiffModel::PathColumn);
    // JSON values can be long: keep Before readable but leave room for After.
    m_diffView->resizeColumnToContents(DiffModel::BeforeColumn);
    m_diffView->setColumnWidth(DiffModel::BeforeColumn,
                               std::min(m_diffView->columnWidth(DiffModel::BeforeColumn), 360));
}

} // namespace Tessera::Gui
