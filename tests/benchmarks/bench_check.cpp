// Measures a full policy check: 50 policies over N synthetic products (default 100,000),
// documents read in bulk from a SQLite catalog, explanations only for failures.
//   bench_check [PRODUCTS] [RUNS] [--catalog FILE]
// With --catalog, the catalog is generated into FILE once and reused by later runs
// (generating 100,000 products takes minutes).
#include "governance/policychecker.h"
#include "interop/syntheticcatalog.h"
#include "storage/sqlitecatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

namespace {

// Fifty policies like a federation writes: field and port checks, lookups in custom
// properties, upstream checks, some with preconditions, a few that fail often.
QList<Policy> policies()
{
    const QStringList rules = {
        u"product.owner != ''"_s,
        u"product.outputPorts.all(p, size(p.schema.fields) > 0)"_s,
        u"product.outputPorts.all(p, p.schema.fields.all(f, f.description != ''))"_s,
        u"product.classification in ['public', 'internal', 'confidential', 'restricted']"_s,
        u"!product.outputPorts.exists(p, p.schema.fields.exists(f, f.pii)) || product.classification in ['confidential', 'restricted']"_s,
        u"size(product.slos) > 0"_s,
        u"product.version.matches('^[0-9]+[.][0-9]+[.][0-9]+')"_s,
        u"product.status != 'deprecated' || product.sunsetDate != null"_s,
        u"product.status != 'published' || upstream.all(u, !(u.status in ['deprecated', 'retired']))"_s,
        u"size(product.roles) > 0"_s,
    };
    QList<Policy> result;
    for (int i = 0; i < 50; ++i) {
        Policy p;
        p.id = u"policy-%1"_s.arg(i);
        p.title = p.id;
        p.rule = rules.at(i % rules.size());
        if (i % 3 == 1)
            p.when = u"product.status in ['published', 'proposed']"_s;
        if (i % 5 == 4)
            p.severity = Policy::Severity::Warning;
        result.append(p);
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString path;
    if (const qsizetype at = args.indexOf(u"--catalog"_s); at >= 0 && at + 1 < args.size()) {
        path = args.at(at + 1);
        args.remove(at, 2);
    }
    const int productCount = !args.isEmpty() ? args.at(0).toInt() : 100'000;
    const int runs = args.size() > 1 ? args.at(1).toInt() : 3;
    QTemporaryDir dir;
    if (path.isEmpty())
        path = dir.filePath(u"bench.tessera"_s);
    if (!QFileInfo::exists(path)) {
        QElapsedTimer generation;
        generation.start();
        auto catalog = SqliteCatalog::create(path);
        if (!catalog)
            return std::fprintf(stderr, "%s\n", qPrintable(catalog.error())), 1;
        CatalogDocument document = SyntheticCatalog::generate(productCount, 42);
        if (auto imported = catalog.value()->importDocument(document); !imported)
            return std::fprintf(stderr, "%s\n", qPrintable(imported.error())), 1;
        std::printf("generated %d products into %s in %lld ms\n", productCount, qPrintable(path),
                    qlonglong(generation.elapsed()));
    }
    const QList<Policy> set = policies();
    std::vector<double> wall;
    qsizetype checked = 0;
    for (int run = 0; run < runs; ++run) {
        auto catalog = SqliteCatalog::open(path, SqliteCatalog::OpenMode::ReadOnly);
        if (!catalog)
            return std::fprintf(stderr, "%s\n", qPrintable(catalog.error())), 1;
        QElapsedTimer timer;
        timer.start();
        auto report = PolicyChecker::check(*catalog.value(), set);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!report)
            return std::fprintf(stderr, "%s\n", qPrintable(report.error())), 1;
        wall.push_back(ms);
        checked = report->products.size();
        std::printf("run %d: %.0f ms wall (load %lld, convert %lld, evaluate %lld), %lld pairs, %lld pass, %lld fail, %lld error, %lld n/a\n", run + 1, ms,
                    qlonglong(report->loadMs), qlonglong(report->convertMs), qlonglong(report->evaluateMs),
                    qlonglong(report->outcomes.size()), qlonglong(report->total.passed),
                    qlonglong(report->total.failed), qlonglong(report->total.errors),
                    qlonglong(report->total.notApplicable));
    }
    std::sort(wall.begin(), wall.end());
    std::printf("check of 50 policies over %d products: median %.0f ms wall (target <= 1000 ms)\n",
                int(checked), wall[wall.size() / 2]);
    return 0;
}
