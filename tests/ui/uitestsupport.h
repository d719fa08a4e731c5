#pragma once

// Shared set-up of the tessera_ui tests: catalogs in temporary directories, filled either
// with the bundled sample or with a small hand-made mesh whose numbers the tests know.

#include "governance/checkreport.h"
#include "storage/catalog.h"
#include "storage/catalogfactory.h"
#include "storage/samplecatalog.h"
#include "storage/sqlitecatalog.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Tessera::TestSupport {

using namespace Qt::Literals::StringLiterals;

inline void enterTestMode()
{
    // Keeps QSettings and the default catalog path out of the user's real directories.
    QStandardPaths::setTestModeEnabled(true);
}

// For init(): any warning fails the test function, except the offscreen platform's notices
// that it cannot resize, raise or grab for popups, which say nothing about our code.
inline void failOnUnexpectedWarnings()
{
    QTest::failOnWarning(
        QRegularExpression(u"^(?!This plugin does not support (propagateSizeHints|raise|grabbing)).*"_s,
                           QRegularExpression::DotMatchesEverythingOption));
}

inline std::unique_ptr<Catalog> openOrFail(const QString &path)
{
    Result<std::unique_ptr<Catalog>> opened = openCatalog(path);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error()));
        return nullptr;
    }
    return std::move(opened).value();
}

inline QString installSample(const QTemporaryDir &dir, const QString &name = u"sample.tessera"_s)
{
    const QString path = dir.filePath(name);
    const Result<void> installed = SampleCatalog::install(path);
    if (!installed) {
        qWarning("%s", qPrintable(installed.error()));
        return {};
    }
    return path;
}

inline DataProduct makeProduct(const QString &domainId, const QString &name, const QString &title)
{
    DataProduct product;
    product.domainId = domainId;
    product.name = name;
    product.id = DataProduct::makeId(domainId, name);
    product.title = title;
    product.version = u"1.0.0"_s;
    return product;
}

// sales (Sales) > orders (Orders), customers (Customers); finance (Finance).
// orders: 2 products, customers: 1, sales: 1, finance: 0. One team.
inline QString createSmallMesh(const QTemporaryDir &dir, const QString &name = u"small.tessera"_s)
{
    const QString path = dir.filePath(name);
    Result<std::unique_ptr<SqliteCatalog>> created = SqliteCatalog::create(path);
    if (!created) {
        qWarning("%s", qPrintable(created.error()));
        return {};
    }
    SqliteCatalog &catalog = *created.value();
    const QList<Domain> domains = {
        {u"sales"_s, u"Sales"_s, {}, u"Everything sold"_s, {}},
        {u"orders"_s, u"Orders"_s, u"sales"_s, {}, {}},
        {u"customers"_s, u"Customers"_s, u"sales"_s, {}, {}},
        {u"finance"_s, u"Finance"_s, {}, {}, {}},
    };
    for (const Domain &domain : domains) {
        if (const Result<void> saved = catalog.saveDomain(domain); !saved) {
            qWarning("%s", qPrintable(saved.error()));
            return {};
        }
    }
    if (const Result<void> saved
        = catalog.saveTeam({u"orders-team"_s, u"Orders Team"_s, u"orders"_s, {}});
        !saved) {
        qWarning("%s", qPrintable(saved.error()));
        return {};
    }
    DataProduct orders = makeProduct(u"orders"_s, u"orders"_s, u"Orders"_s);
    orders.ownerTeamId = u"orders-team"_s;
    orders.status = LifecycleStatus::Published;
    orders.tags = {u"core"_s};
    OutputPort table;
    table.name = u"orders_table"_s;
    table.fields = {{u"order_id"_s, u"string"_s, u"Id"_s, false, false},
                    {u"email"_s, u"string"_s, u"Buyer e-mail"_s, true, true}};
    orders.outputPorts = {table};
    DataProduct lines = makeProduct(u"orders"_s, u"lines"_s, u"Order Lines"_s);
    lines.inputPorts = {{u"orders.orders"_s, u"orders_table"_s}};
    DataProduct customers = makeProduct(u"customers"_s, u"customers"_s, u"Customers"_s);
    customers.classification = Classification::Restricted;
    DataProduct kpis = makeProduct(u"sales"_s, u"kpis"_s, u"Sales KPIs"_s);
    kpis.inputPorts = {{u"orders.orders"_s, u"orders_table"_s}, {u"gone.product"_s, u"port"_s}};
    for (const DataProduct &product : {orders, lines, customers, kpis}) {
        if (const Result<DataProduct> saved = catalog.saveProduct(product); !saved) {
            qWarning("%s", qPrintable(saved.error()));
            return {};
        }
    }
    return path;
}

// A hand-made check report: policies owner (error), fields (warning), tags (info); products
// sales.kpis (sales), orders.orders and orders.lines (orders, below sales), finance.ledger.
//                   owner  fields  tags     score
//   sales.kpis      pass   fail    n/a      1/2
//   orders.orders   pass   pass    pass     1
//   orders.lines    fail   exempt  error    0
//   finance.ledger  pass   pass    fail     2/3
inline CheckReport makeCheckReport()
{
    CheckReport report;
    report.policies = {{u"owner"_s, u"Owner present"_s, u"global"_s, Policy::Severity::Error,
                        u"Every product needs an owner team."_s, {}},
                       {u"fields"_s, u"Fields described"_s, u"global"_s,
                        Policy::Severity::Warning, u"Describe every field."_s, {}},
                       {u"tags"_s, u"Tagged"_s, u"global"_s, Policy::Severity::Info, {}, {}}};
    report.products = {{u"sales.kpis"_s, u"sales"_s, u"draft"_s},
                       {u"orders.orders"_s, u"orders"_s, u"published"_s},
                       {u"orders.lines"_s, u"orders"_s, u"draft"_s},
                       {u"finance.ledger"_s, u"finance"_s, u"published"_s}};
    using O = PolicyOutcome;
    report.outcomes = {O::Pass, O::Fail,   O::NotApplicable, //
                       O::Pass, O::Pass,   O::Pass,          //
                       O::Fail, O::Exempt, O::Error,         //
                       O::Pass, O::Pass,   O::Fail};
    report.findings = {{0, 1, O::Fail, u"fields.all(f, f.description != \"\")\n|\nfalse"_s, {}},
                       {2, 0, O::Fail, u"product.owner != \"\"\n|       |\n\"\"      false"_s, {}},
                       {2, 2, O::Error, u"no such key: tags"_s, {}},
                       {3, 2, O::Fail, u"size(product.tags) > 0\n|\n0"_s, {}}};
    report.productCounts.resize(std::size_t(report.products.size()));
    report.policyCounts.resize(std::size_t(report.policies.size()));
    for (int row = 0; row < report.products.size(); ++row) {
        for (int column = 0; column < report.policies.size(); ++column) {
            const PolicyOutcome outcome = report.outcome(row, column);
            report.productCounts[std::size_t(row)].add(outcome);
            report.policyCounts[std::size_t(column)].add(outcome);
            report.domainCounts[report.products.at(row).domainId].add(outcome);
            report.total.add(outcome);
        }
    }
    report.elapsedMs = 3;
    return report;
}

inline QList<Domain> checkReportDomains()
{
    return {{u"sales"_s, u"Sales"_s, {}, {}, {}},
            {u"orders"_s, u"Orders"_s, u"sales"_s, {}, {}},
            {u"finance"_s, u"Finance"_s, {}, {}, {}}};
}

// Edits a table cell as a user does: click it, press F2, type, press Return. Records a test
// failure (check QTest::currentTestFailed()) when the cell opens no line editor.
inline void typeIntoCell(QTableView *view, int row, int column, const QString &text)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(view->currentIndex(), index);
    QTest::keyClick(view, Qt::Key_F2);
    QWidget *editor = view->indexWidget(index);
    QVERIFY(editor);
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        line = editor->findChild<QLineEdit *>();
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(!view->indexWidget(index));
}

} // namespace Tessera::TestSupport
