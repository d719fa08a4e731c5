#include "views/productpage.h"

#include "models/catalogsession.h"
#include "models/dependencymodel.h"
#include "models/historymodel.h"
#include "models/schemamodel.h"
#include "storage/catalog.h"
#include "views/dependenciespage.h"
#include "views/historypage.h"
#include "views/overviewpage.h"

#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QSet>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

ProductPage::ProductPage(CatalogSession *session, QWidget *parent)
    : QTabWidget(parent)
    , m_session(session)
{
    setDocumentMode(true);

    m_overview = new OverviewPage(this);
    addTab(m_overview, QIcon(u":/icons/product.svg"_s), tr("Overview"));

    auto *schemaTab = new QWidget(this);
    auto *schemaLayout = new QVBoxLayout(schemaTab);
    m_schemaSummary = new QLabel(schemaTab);
    m_schemaSummary->setObjectName(u"schemaSummary"_s);
    schemaLayout->addWidget(m_schemaSummary);
    m_schema = new SchemaModel(this);
    m_schemaView = new QTreeView(schemaTab);
    m_schemaView->setObjectName(u"schemaView"_s);
    m_schemaView->setModel(m_schema);
    m_schemaView->setAlternatingRowColors(false); // PII rows carry their own background
    m_schemaView->setUniformRowHeights(true);
    m_schemaView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_schemaView->header()->setStretchLastSection(true);
    schemaLayout->addWidget(m_schemaView);
    addTab(schemaTab, QIcon(u":/icons/field.svg"_s), tr("Schema"));

    m_dependencies = new DependenciesPage(this);
    addTab(m_dependencies, QIcon(u":/icons/upstream.svg"_s), tr("Dependencies"));
    connect(m_dependencies, &DependenciesPage::productActivated, this,
            &ProductPage::productActivated);
    connect(m_overview, &OverviewPage::productActivated, this, &ProductPage::productActivated);

    m_history = new HistoryPage(this);
    addTab(m_history, QIcon(u":/icons/history.svg"_s), tr("History"));
}

ProductPage::~ProductPage() = default;

Result<void> ProductPage::showProduct(const QString &productId)
{
    Catalog *catalog = m_session->catalog();
    if (!catalog)
        return Error {tr("No catalog is open.")};

    const Result<std::optional<DataProduct>> loaded = catalog->product(productId);
    if (!loaded)
        return Error {loaded.error()};
    if (!loaded->has_value())
        return Error {tr("There is no product \"%1\" in this catalog.").arg(productId)};
    const DataProduct &product = **loaded;

    QString domainName;
    if (const Result<std::optional<Domain>> domain = catalog->domain(product.domainId);
        domain && domain->has_value()) {
        domainName = (*domain)->name;
    }
    QString teamName;
    if (!product.ownerTeamId.isEmpty()) {
        if (const Result<QList<Team>> teams = catalog->teams()) {
            for (const Team &team : *teams) {
                if (team.id == product.ownerTeamId)
                    teamName = team.name;
            }
        }
    }

    // Upstream products: which exist, and their titles.
    QStringList upstreamIds;
    for (const InputPort &input : product.inputPorts)
        upstreamIds.append(input.productId);
    const Result<QList<ProductSummary>> upstreamSummaries = catalog->summaries(upstreamIds);
    if (!upstreamSummaries)
        return Error {upstreamSummaries.error()};
    QHash<QString, QString> titles;
    for (const ProductSummary &summary : *upstreamSummaries)
        titles.insert(summary.id, summary.title);
    QList<DependencyModel::Entry> upstream;
    QSet<QString> missing;
    for (const InputPort &input : product.inputPorts) {
        const bool isMissing = !titles.contains(input.productId);
        if (isMissing)
            missing.insert(input.productId);
        upstream.append(
            {input.productId, input.portName, titles.value(input.productId), isMissing});
    }

    const Result<QList<LineageEdge>> consumers = catalog->consumersOf(productId);
    if (!consumers)
        return Error {consumers.error()};
    QStringList consumerIds;
    for (const LineageEdge &edge : *consumers)
        consumerIds.append(edge.consumerId);
    const Result<QList<ProductSummary>> consumerSummaries = catalog->summaries(consumerIds);
    if (!consumerSummaries)
        return Error {consumerSummaries.error()};
    titles.clear();
    for (const ProductSummary &summary : *consumerSummaries)
        titles.insert(summary.id, summary.title);
    QList<DependencyModel::Entry> downstream;
    for (const LineageEdge &edge : *consumers) {
        downstream.append({edge.consumerId, edge.portName, titles.value(edge.consumerId),
                           !titles.contains(edge.consumerId)});
    }

    const Result<QList<HistoryEntry>> history = catalog->history(productId);
    if (!history)
        return Error {history.error()};

    m_productId = productId;
    m_overview->setProduct(product, domainName, teamName, missing);

    m_schema->setPorts(product.outputPorts);
    m_schemaView->expandAll();
    for (int column = 0; column < SchemaModel::DescriptionColumn; ++column)
        m_schemaView->resizeColumnToContents(column);
    const int pii = m_schema->piiFieldCount();
    const QString fields = tr("%Ln field(s)", nullptr, m_schema->fieldCount());
    const QString ports = tr("%Ln output port(s)", nullptr, int(product.outputPorts.size()));
    const QString privacy = pii > 0
        ? tr("%Ln field(s) hold(s) personal data (PII), highlighted below.", nullptr, pii)
        : tr("No field holds personal data.");
    m_schemaSummary->setText(tr("%1 in %2. %3").arg(fields, ports, privacy));
    setTabText(SchemaTab, pii > 0 ? tr("Schema (%Ln PII)", nullptr, pii) : tr("Schema"));

    m_dependencies->setDependencies(upstream, downstream);
    setTabText(
        DependenciesTab,
        tr("Dependencies (uses %1, used by %2)").arg(upstream.size()).arg(downstream.size()));

    m_history->historyModel()->setEntries(*history);
    m_history->selectNewest();
    setTabText(HistoryTab, tr("History (%Ln)", nullptr, int(history->size())));
    return {};
}

Result<void> ProductPage::reload()
{
    if (m_productId.isEmpty())
        return {};
    return showProduct(m_productId);
}

void ProductPage::clear()
{
    m_productId.clear();
    m_overview->clear();
    m_schema->clear();
    m_schemaSummary->clear();
    m_dependencies->clear();
    m_history->historyModel()->clear();
    setTabText(SchemaTab, tr("Schema"));
    setTabText(DependenciesTab, tr("Dependencies"));
    setTabText(HistoryTab, tr("History"));
}

QString ProductPage::productId() const
{
    return m_productId;
}

OverviewPage *ProductPage::overviewPage() const
{
    return m_overview;
}

HistoryPage *ProductPage::historyPage() const
{
    return m_history;
}

DependenciesPage *ProductPage::dependenciesPage() const
{
    return m_dependencies;
}

SchemaModel *ProductPage::schemaModel() const
{
    return m_schema;
}

} // namespace Tessera::Gui
