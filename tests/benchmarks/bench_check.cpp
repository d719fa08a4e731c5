// Measures a full policy check: 50 policies over N synthetic products (default 100,000),
// documents read in bulk from a SQLite catalog, explanations only for failures.
//   bench_check [PRODUCTS] [RUNS] [--catalog FILE] [--threads N] [--convert] [--read] [--no-explain] [--whole]
// With --catalog, the catalog is generated into FILE once and reused by later runs
// (generating 100,000 products takes minutes). With --convert, times converting the stored
// documents alone, on one thread: as a check reads them (what the 50 policies read, into one
// arena each), whole with CelJson::parse, and with nlohmann + CelJson::fromJson. With --read,
// times reading them alone through one document reader. --threads sets the check's threads
// (default: one per core).
#include "governance/compiledpolicy.h"
#include "governance/policychecker.h"
#include "interop/syntheticcatalog.h"
#include "policy/celarena.h"
#include "policy/celjson.h"
#include "policy/celprojection.h"
#include "storage/sqlitecatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

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
    const bool convertOnly = args.removeAll(u"--convert"_s) > 0;
    const bool readOnly = args.removeAll(u"--read"_s) > 0;
    CheckOptions options;
    // Without explanations of failures, or with whole documents instead of what the policies
    // read: what each costs.
    options.explain = args.removeAll(u"--no-explain"_s) == 0;
    options.wholeDocuments = args.removeAll(u"--whole"_s) > 0;
    if (const qsizetype at = args.indexOf(u"--threads"_s); at >= 0 && at + 1 < args.size()) {
        options.threads = args.at(at + 1).toInt();
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
    if (const auto version = SqliteCatalog::schemaVersionOf(path); version && version.value() < SqliteCatalog::SchemaVersion) {
        // A catalog kept from an older Tessera: upgraded once, writable, as the studio would.
        QElapsedTimer upgrade;
        upgrade.start();
        auto catalog = SqliteCatalog::open(path);
        if (!catalog)
            return std::fprintf(stderr, "%s\n", qPrintable(catalog.error())), 1;
        std::printf("upgraded %s from schema %d in %lld ms\n", qPrintable(path), version.value(),
                    qlonglong(upgrade.elapsed()));
    }
    if (readOnly) {
        // Reading alone, on one thread: every document through one reader, as a check's
        // worker reads them (a blob handle moved from row to row).
        auto catalog = SqliteCatalog::open(path, SqliteCatalog::OpenMode::ReadOnly);
        if (!catalog)
            return std::fprintf(stderr, "%s\n", qPrintable(catalog.error())), 1;
        auto source = catalog.value()->productDocumentSource();
        if (!source || !source.value())
            return std::fprintf(stderr, "this catalog has no document source\n"), 1;
        const qsizetype count = source.value()->ids().size();
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto reader = source.value()->openReader();
            if (!reader)
                return std::fprintf(stderr, "%s\n", qPrintable(reader.error())), 1;
            qint64 bytes = 0;
            for (qsizetype i = 0; i < count; ++i) {
                auto document = reader.value()->document(i);
                if (!document)
                    return std::fprintf(stderr, "%s\n", qPrintable(document.error())), 1;
                bytes += document->size();
            }
            const qint64 read = timer.nsecsElapsed();
            reader.value().reset();
            std::printf("read %lld documents of %lld bytes on average: %.2f us each, then %.1f ms to close\n",
                        qlonglong(count), qlonglong(bytes / std::max<qsizetype>(1, count)),
                        double(read) / 1e3 / double(std::max<qsizetype>(1, count)),
                        double(timer.nsecsElapsed() - read) / 1e6);
        }
        return 0;
    }
    if (convertOnly) {
        // The conversion alone, on one thread: reading, parsing and freeing each document.
        auto catalog = SqliteCatalog::open(path, SqliteCatalog::OpenMode::ReadOnly);
        if (!catalog)
            return std::fprintf(stderr, "%s\n", qPrintable(catalog.error())), 1;
        QElapsedTimer timer;
        timer.start();
        auto documents = catalog.value()->productDocuments();
        if (!documents)
            return std::fprintf(stderr, "%s\n", qPrintable(documents.error())), 1;
        const qint64 read = timer.nsecsElapsed();
        qint64 bytes = 0;
        for (const QByteArray &d : std::as_const(*documents))
            bytes += d.size();
        std::vector<CompiledPolicy> compiled;
        for (const Policy &policy : policies())
            compiled.emplace_back(policy);
        const CelProjection reads = PolicyChecker::documentReads(compiled);
        for (int run = 0; run < runs; ++run) {
            timer.restart();
            std::size_t arenaBytes = 0;
            for (const QByteArray &d : std::as_const(*documents)) {
                CelArena arena(std::size_t(d.size()) * 3 + 1024);
                if (!CelJson::parse(d, reads, arena))
                    return std::fprintf(stderr, "a document did not parse\n"), 1;
                arenaBytes += arena.used();
            }
            const qint64 projected = timer.nsecsElapsed();
            std::printf("as a check reads them: %.1f us each (parsed, projected, freed), %.0f bytes of values each\n",
                        double(projected) / 1e3 / double(documents->size()),
                        double(arenaBytes) / double(documents->size()));
            std::vector<CelValue> values;
            values.reserve(std::size_t(documents->size()));
            timer.restart();
            for (const QByteArray &d : std::as_const(*documents))
                values.push_back(CelJson::parse(d).value());
            const qint64 parse = timer.nsecsElapsed();
            timer.restart();
            values.clear();
            const qint64 freeing = timer.nsecsElapsed();
            timer.restart();
            for (const QByteArray &d : std::as_const(*documents))
                values.push_back(CelJson::fromJson(nlohmann::json::parse(d.constBegin(), d.constEnd())));
            const qint64 nlohmann = timer.nsecsElapsed();
            values.clear();
            std::printf("%lld documents, %.0f bytes each: read %.1f us each; CelJson::parse %.1f us, free %.1f us; nlohmann + fromJson %.1f us\n",
                        qlonglong(documents->size()), double(bytes) / double(documents->size()),
                        double(read) / 1e3 / double(documents->size()), double(parse) / 1e3 / double(documents->size()),
                        double(freeing) / 1e3 / double(documents->size()), double(nlohmann) / 1e3 / double(documents->size()));
        }
        return 0;
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
        auto report = PolicyChecker::check(*catalog.value(), set, options);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!report)
            return std::fprintf(stderr, "%s\n", qPrintable(report.error())), 1;
        wall.push_back(ms);
        checked = report->products.size();
        QSet<int> failing;
        for (const CheckReport::Finding &finding : report->findings)
            failing.insert(finding.product);
        std::printf("run %d: %.0f ms wall: load %lld ms wall, then %d threads: convert %lld, evaluate %lld, free %lld ms (summed over threads); %lld pairs, %lld pass, %lld fail (in %lld products), %lld error, %lld n/a\n",
                    run + 1, ms, qlonglong(report->loadMs), report->threads, qlonglong(report->convertMs),
                    qlonglong(report->evaluateMs), qlonglong(report->releaseMs),
                    qlonglong(report->outcomes.size()), qlonglong(report->total.passed),
                    qlonglong(report->total.failed), qlonglong(failing.size()), qlonglong(report->total.errors),
                    qlonglong(report->total.notApplicable));
    }
    std::sort(wall.begin(), wall.end());
    const char *variant = !options.explain ? " without explanations"
        : options.wholeDocuments                ? " converting whole documents"
                                                : "";
    std::printf("check of 50 policies over %d products%s: median %.0f ms wall (target <= 1000 ms)\n",
                int(checked), variant, wall[wall.size() / 2]);
    return 0;
}
