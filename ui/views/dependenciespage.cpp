#include "views/dependenciespage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

DependenciesPage::DependenciesPage(QWidget *parent)
    : QWidget(parent)
    , m_upstream(new DependencyModel(this))
    , m_downstream(new DependencyModel(this))
{
    auto *layout = new QHBoxLayout(this);

    auto addColumn = [this, layout](QLabel *&label, QTableView *&view, DependencyModel *model,
                                    const QString &iconName, const QString &objectName) {
        auto *column = new QVBoxLayout;
        auto *heading = new QHBoxLayout;
        auto *icon = new QLabel(this);
        icon->setPixmap(QIcon(iconName).pixmap(20, 20));
        heading->addWidget(icon);
        label = new QLabel(this);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        heading->addWidget(label, 1);
        column->addLayout(heading);
        view = makeView(model, objectName);
        column->addWidget(view);
        layout->addLayout(column);
    };
    addColumn(m_upstreamLabel, m_upstreamView, m_upstream, u":/icons/upstream.svg"_s,
              u"upstreamView"_s);
    addColumn(m_downstreamLabel, m_downstreamView, m_downstream, u":/icons/downstream.svg"_s,
              u"downstreamView"_s);
    updateLabels();
}

DependenciesPage::~DependenciesPage() = default;

QTableView *DependenciesPage::makeView(DependencyModel *model, const QString &objectName)
{
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->setColumnWidth(DependencyModel::ProductColumn, 240);
    view->setColumnWidth(DependencyModel::TitleColumn, 200);
    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (!index.data(DependencyModel::MissingRole).toBool())
            emit productActivated(index.data(DependencyModel::ProductIdRole).toString());
    });
    return view;
}

void DependenciesPage::setDependencies(const QList<DependencyModel::Entry> &upstream,
                                       const QList<DependencyModel::Entry> &downstream)
{
    m_upstream->setEntries(upstream);
    m_downstream->setEntries(downstream);
    for (QTableView *view : {m_upstreamView, m_downstreamView}) {
        if (view->model()->rowCount() == 0)
            continue; // keep the default widths rather than shrinking to the headers
        view->resizeColumnToContents(DependencyModel::ProductColumn);
        view->resizeColumnToContents(DependencyModel::TitleColumn);
    }
    updateLabels();
}

void DependenciesPage::clear()
{
    setDependencies({}, {});
}

DependencyModel *DependenciesPage::upstreamModel() const
{
    return m_upstream;
}

DependencyModel *DependenciesPage::downstreamModel() const
{
    return m_downstream;
}

void DependenciesPage::updateLabels()
{
    const int missing = m_upstream->missingCount();
    QString upstream = m_upstream->rowCount() == 0
        ? tr("Consumes no other product")
        : tr("Consumes %Ln upstream port(s)", nullptr, m_upstream->rowCount());
    if (missing > 0)
        upstream = tr("%1, %Ln missing from the catalog", nullptr, missing).arg(upstream);
    m_upstreamLabel->setText(upstream);
    m_downstreamLabel->setText(
        m_downstream->rowCount() == 0
            ? tr("No product consumes it")
            : tr("Read by %Ln downstream product port(s)", nullptr, m_downstream->rowCount()));
}

} // namespace Tessera::Gui
