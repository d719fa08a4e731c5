// Scale benchmark of the catalog core on a synthetic catalog (100,000 products by default):
// import, open + first page, search-as-you-type latency, and the floor: the very statements
// the catalog ran for each keystroke, replayed by the sqlite3 command-line tool on the same
// file. Not a ctest test: run it through
// tests/benchmarks/run.sh, which builds Release first. Prints Markdown tables.

#include "interop/syntheticcatalog.h"
#include "storage/catalogfactory.h"
#include "storage/sqlitecatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

// The queries a user types, one character at a time.
const QStringList typedQueries = {u"customer"_s, u"daily sales"_s,   u"order"_s,
                                  u"ship"_s,     u"payment fraud"_s, u"stock level"_s};

double median(QList<double> values)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// Nearest-rank percentile.
double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString number(double value, int decimals = 2)
{
    return std::isnan(value) ? u"n/a"_s : QString::number(value, 'f', decimals);
}

// A line of /proc/self/status in kB (VmRSS, VmHWM), or -1 where there is none.
qint64 statusKilobytes(const QString &key)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(file.readAll());
    const QRegularExpression re(u"^%1:\\s*(\\d+) kB"_s.arg(key),
                                QRegularExpression::MultilineOption);
    const auto match = re.match(text);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

QString status(double value, double target)
{
    if (std::isnan(value))
        return u"n/a"_s;
    return value <= target ? u"met"_s : u"**MISSED**"_s;
}

// The floor runs exactly the statements the catalog ran for a keystroke. They are captured
// from SQLite itself: an auto-extension installs a trace on every connection opened after
// capture starts, and the trace records each top-level statement, when it finishes, with its
// bound values expanded into literals. Statements that start while another runs are FTS5's
// own reads of its shadow tables: the replayed top-level statement runs them again itself.
// So the comparison follows whatever SQL core/storage uses today.
struct SqlCapture
{
    bool recording = false;
    QStringList statements;
    sqlite3_stmt *topLevel = nullptr;
};

SqlCapture capture;

int traceStatement(unsigned type, void *, void *p, void *x)
{
    auto *statement = static_cast<sqlite3_stmt *>(p);
    if (type == SQLITE_TRACE_STMT) {
        // Trigger programs report "-- ..." text; a statement can also report more than once.
        const char *text = static_cast<const char *>(x);
        if (!capture.topLevel && !(text && text[0] == '-' && text[1] == '-'))
            capture.topLevel = statement;
    } else if (type == SQLITE_TRACE_PROFILE && statement == capture.topLevel) {
        capture.topLevel = nullptr;
        if (!capture.recording)
            return 0;
        if (char *sql = sqlite3_expanded_sql(statement)) {
            capture.statements.append(QString::fromUtf8(sql));
            sqlite3_free(sql);
        }
    }
    return 0;
}

int installTrace(sqlite3 *db, const char **, const sqlite3_api_routines *)
{
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT | SQLITE_TRACE_PROFILE, traceStatement, nullptr);
    return SQLITE_OK;
}

void startCapturingConnections()
{
    // SQLite's documented way to hook every new connection takes a plain function pointer.
    sqlite3_auto_extension(reinterpret_cast<void (*)()>(installTrace));
}

// Wall-clock milliseconds of one sqlite3 run of `script` on `file`, or nullopt on failure.
std::optional<double> runSqlite(const QString &shell, const QString &file, const QString &script)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(shell, {u"-batch"_s, file});
    if (!process.waitForStarted())
        return std::nullopt;
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(300'000) || process.exitCode() != 0)
        return std::nullopt;
    const double elapsed = milliseconds(timer);
    process.readAllStandardOutput();
    return elapsed;
}

// Per-execution cost of `statements` in the sqlite3 shell: the script repeated `repetitions`
// times, minus the same number of trivial statements (process start, open, schema), best of
// three runs each to shed scheduling noise.
std::optional<double> sqliteFloor(const QString &shell, const QString &file,
                                  const QString &statements, int statementCount, int repetitions)
{
    QString script = u".output /dev/null\n"_s;
    QString baseline = script;
    for (int i = 0; i < repetitions; ++i) {
        script += statements + u'\n';
        for (int s = 0; s < statementCount; ++s)
            baseline += u"SELECT 1;\n"_s;
    }
    double best = 1e300;
    double bestBaseline = 1e300;
    for (int run = 0; run < 3; ++run) {
        const auto measured = runSqlite(shell, file, script);
        const auto empty = runSqlite(shell, file, baseline);
        if (!measured || !empty)
            return std::nullopt;
        best = std::min(best, *measured);
        bestBaseline = std::min(bestBaseline, *empty);
    }
    return std::max(0.0, best - bestBaseline) / repetitions;
}

struct Keystroke
{
    QString query;
    QString prefix;
    QList<double> samples; // ms, one per measured pass
    qsizetype hits = 0;
    QStringList statements; // what the catalog ran for this keystroke, values inlined
    double floor = std::nan("");
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_catalog"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Tessera catalog scale benchmark."_s);
    parser.addHelpOption();
    const QCommandLineOption productsOption(
        u"products"_s, u"Products to generate (default 100000)."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Generator seed (default 42)."_s, u"S"_s,
                                        u"42"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Folder for the catalog file; kept afterwards."_s,
                                       u"dir"_s);
    const QCommandLineOption passesOption(u"passes"_s, u"Measured typing passes (default 5)."_s,
                                          u"N"_s, u"5"_s);
    const QCommandLineOption repetitionsOption(
        u"repetitions"_s, u"Repetitions per statement in the sqlite3 floor (default 30)."_s, u"N"_s,
        u"30"_s);
    const QCommandLineOption sqliteOption(
        u"sqlite3"_s, u"sqlite3 shell to measure the floor with."_s, u"path"_s, u"sqlite3"_s);
    const QCommandLineOption noFloorOption(u"no-floor"_s, u"Skip the sqlite3 floor."_s);
    parser.addOptions({productsOption, seedOption, dirOption, passesOption, repetitionsOption,
                       sqliteOption, noFloorOption});
    parser.process(app);

    const int productCount = parser.value(productsOption).toInt();
    const quint32 seed = parser.value(seedOption).toUInt();
    const int passes = std::max(1, parser.value(passesOption).toInt());
    const int repetitions = std::max(1, parser.value(repetitionsOption).toInt());

    std::unique_ptr<QTemporaryDir> temporary;
    QString dir = parser.value(dirOption);
    if (dir.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>();
        dir = temporary->path();
    }
    QDir().mkpath(dir);
    const QString file = QDir(dir).filePath(u"bench-%1.tessera"_s.arg(productCount));
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(file + suffix);

    // 1. Generate and import.
    err << "Generating " << productCount << " products…" << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    CatalogDocument document = SyntheticCatalog::generate(productCount, seed);
    const double generateMs = milliseconds(timer);
    qint64 observations = document.observations.size();
    const qint64 generatedRssKb = statusKilobytes(u"VmRSS"_s);

    err << "Importing…" << Qt::endl;
    timer.restart();
    {
        auto catalog = SqliteCatalog::create(file);
        if (!catalog) {
            err << catalog.error() << Qt::endl;
            return 1;
        }
        auto summary = catalog.value()->importDocument(document);
        if (!summary) {
            err << summary.error() << Qt::endl;
            return 1;
        }
    } // closing checkpoints the WAL into the file: part of the import's cost
    const double importMs = milliseconds(timer);
    document = {};
    const qint64 fileBytes = QFileInfo(file).size();
    const qint64 importPeakKb = statusKilobytes(u"VmHWM"_s);

    // 2. Open + first page, as the studio starts: all ids in the default order, summaries of
    // the first 200.
    err << "Opening…" << Qt::endl;
    QList<double> openMs;
    QList<double> openOnlyMs;
    QList<double> findAllMs;
    QList<double> firstSummariesMs;
    QList<double> countMs;
    QList<double> facetsMs;
    qsizetype listed = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer step;
        timer.restart();
        step.start();
        auto catalog = openCatalog(file);
        if (!catalog) {
            err << catalog.error() << Qt::endl;
            return 1;
        }
        openOnlyMs.append(milliseconds(step));
        step.restart();
        auto hits = catalog.value()->findProducts(ProductQuery());
        if (!hits) {
            err << hits.error() << Qt::endl;
            return 1;
        }
        findAllMs.append(milliseconds(step));
        listed = hits->size();
        QStringList ids;
        for (qsizetype i = 0; i < std::min<qsizetype>(200, hits->size()); ++i)
            ids.append(hits->at(i).productId);
        step.restart();
        auto summaries = catalog.value()->summaries(ids);
        if (!summaries || summaries->size() != ids.size()) {
            err << "summaries failed" << Qt::endl;
            return 1;
        }
        firstSummariesMs.append(milliseconds(step));
        openMs.append(milliseconds(timer));
        // Not part of the first page, but what a list with facet filters and a count asks too.
        step.restart();
        auto counted = catalog.value()->countProducts(ProductQuery());
        countMs.append(milliseconds(step));
        step.restart();
        auto facets = catalog.value()->facets(ProductQuery());
        facetsMs.append(milliseconds(step));
        if (!counted || !facets) {
            err << "count or facets failed" << Qt::endl;
            return 1;
        }
    }

    // 3. Search as you type: every prefix of every query, findProducts(limit 200) then
    // summaries of the first 100 hits. One warm-up pass, then `passes` measured passes.
    err << "Typing…" << Qt::endl;
    auto opened = openCatalog(file);
    if (!opened) {
        err << opened.error() << Qt::endl;
        return 1;
    }
    Catalog &catalog = *opened.value();
    QList<Keystroke> keystrokes;
    for (const QString &query : typedQueries) {
        for (qsizetype length = 1; length <= query.size(); ++length)
            keystrokes.append({query, query.left(length), {}, 0, {}, std::nan("")});
    }
    for (int pass = 0; pass <= passes; ++pass) {
        for (Keystroke &k : keystrokes) {
            ProductQuery query;
            query.text = k.prefix;
            query.limit = 200;
            timer.restart();
            auto hits = catalog.findProducts(query);
            if (!hits) {
                err << hits.error() << Qt::endl;
                return 1;
            }
            QStringList ids;
            for (qsizetype i = 0; i < std::min<qsizetype>(100, hits->size()); ++i)
                ids.append(hits->at(i).productId);
            auto summaries = catalog.summaries(ids);
            if (!summaries) {
                err << summaries.error() << Qt::endl;
                return 1;
            }
            const double elapsed = milliseconds(timer);
            if (pass > 0)
                k.samples.append(elapsed);
            k.hits = hits->size();
        }
    }
    // The same words without a limit, with the count: what a list that holds every match
    // asks (the studio's product list does today).
    struct Unlimited
    {
        QString query;
        qsizetype hits = 0;
        QList<double> samples;
    };
    QList<Unlimited> unlimited;
    for (const QString &text : typedQueries) {
        Unlimited u {text, 0, {}};
        for (int pass = 0; pass < 3; ++pass) {
            ProductQuery query;
            query.text = text;
            timer.restart();
            auto hits = catalog.findProducts(query);
            auto count = catalog.countProducts(query);
            if (!hits || !count)
                return 1;
            u.samples.append(milliseconds(timer));
            u.hits = hits->size();
        }
        unlimited.append(u);
    }
    opened.value().reset();
    const qint64 peakKb = statusKilobytes(u"VmHWM"_s);

    // 4. The floor: capture the statements of each keystroke on a traced connection, then
    // run them through the sqlite3 shell on the same file.
    const QString shell = parser.value(sqliteOption);
    const QString sqlite3Path = QStandardPaths::findExecutable(shell).isEmpty()
        ? (QFileInfo(shell).isExecutable() ? shell : QString())
        : QStandardPaths::findExecutable(shell);
    QString sqliteVersion = parser.isSet(noFloorOption) ? u"skipped"_s : u"not found"_s;
    if (!sqlite3Path.isEmpty() && !parser.isSet(noFloorOption)) {
        err << "Measuring the sqlite3 floor…" << Qt::endl;
        startCapturingConnections();
        auto traced = openCatalog(file);
        if (!traced) {
            err << traced.error() << Qt::endl;
            return 1;
        }
        for (Keystroke &k : keystrokes) {
            ProductQuery query;
            query.text = k.prefix;
            query.limit = 200;
            capture.statements.clear();
            capture.recording = true;
            auto hits = traced.value()->findProducts(query);
            QStringList ids;
            for (qsizetype i = 0; hits && i < std::min<qsizetype>(100, hits->size()); ++i)
                ids.append(hits->at(i).productId);
            auto summaries = traced.value()->summaries(ids);
            capture.recording = false;
            if (!hits || !summaries)
                return 1;
            k.statements = capture.statements;
        }
        traced.value().reset();

        QProcess version;
        version.start(sqlite3Path, {u"-version"_s});
        version.waitForFinished();
        sqliteVersion = QString::fromUtf8(version.readAllStandardOutput()).section(u' ', 0, 0);
        for (Keystroke &k : keystrokes) {
            const QString statements = k.statements.join(u";\n"_s) + u';';
            if (const auto floor
                = sqliteFloor(sqlite3Path, file, statements, int(k.statements.size()), repetitions))
                k.floor = *floor;
        }
    }

    // 5. Report.
    QList<double> allSamples;
    QList<double> keystrokeMedians;
    QList<double> floors;
    QList<double> ratios;
    for (const Keystroke &k : std::as_const(keystrokes)) {
        allSamples.append(k.samples);
        keystrokeMedians.append(median(k.samples));
        if (!std::isnan(k.floor)) {
            floors.append(k.floor);
            if (k.floor > 0)
                ratios.append(median(k.samples) / k.floor);
        }
    }
    const double typingMedian = median(allSamples);
    const double typingP95 = percentile(allSamples, 95);
    const double floorMedian = median(floors);
    const double ratio = floorMedian > 0 ? median(keystrokeMedians) / floorMedian : std::nan("");

    out << "## Results (" << productCount << " products, seed " << seed << ")\n\n";
    out << "| Measure | Result | Target | Status |\n|---|---:|---:|---|\n";
    out << "| Generate (SyntheticCatalog::generate) | " << number(generateMs / 1000)
        << " s | – | |\n";
    out << "| Import (create + importDocument + close) | " << number(importMs / 1000)
        << " s | ≤ 15 s | " << status(importMs / 1000, 15) << " |\n";
    out << "| Open + first page, first run (openCatalog + findProducts(all, default sort) + "
           "summaries(200)) | "
        << number(openMs.first(), 1) << " ms | ≤ 1000 ms | " << status(openMs.first(), 1000)
        << " |\n";
    out << "| Open + first page, median of 3 | " << number(median(openMs), 1)
        << " ms | ≤ 1000 ms | " << status(median(openMs), 1000) << " |\n";
    out << "| Keystroke latency, median (findProducts(limit 200) + summaries(100)) | "
        << number(typingMedian) << " ms | ≤ 16 ms | " << status(typingMedian, 16) << " |\n";
    out << "| Keystroke latency, p95 | " << number(typingP95) << " ms | – | |\n";
    out << "| Keystroke latency, max | " << number(percentile(allSamples, 100)) << " ms | – | |\n";
    out << "| sqlite3 floor, median of the same SQL | " << number(floorMedian) << " ms | – | |\n";
    out << "| Ratio catalog / sqlite3 floor (medians) | " << number(ratio) << "× | ≤ 2× | "
        << status(ratio, 2) << " |\n";
    out << "| Ratio per keystroke, p95 | " << number(percentile(ratios, 95)) << "× | – | |\n\n";

    out << "Details: file " << number(double(fileBytes) / (1024.0 * 1024.0), 1) << " MiB, "
        << observations << " observations; open " << number(median(openOnlyMs), 1)
        << " ms, findProducts(all) " << number(median(findAllMs), 1) << " ms for " << listed
        << " ids, summaries(200) " << number(median(firstSummariesMs), 1)
        << " ms; besides the first page: countProducts(all) " << number(median(countMs), 1)
        << " ms, facets(all) " << number(median(facetsMs), 1) << " ms (medians of 3); RSS "
        << generatedRssKb / 1024 << " MiB holding the generated document, peak "
        << importPeakKb / 1024 << " MiB after import, " << peakKb / 1024
        << " MiB at the end; sqlite3 " << sqliteVersion << ", " << repetitions
        << " repetitions per floor statement; " << passes << " measured typing passes.\n\n";

    out << "### Whole words without a limit (findProducts(limit -1) + countProducts)\n\n"
           "| Query | Hits | Median of 3 ms |\n|---|---:|---:|\n";
    for (const auto &u : std::as_const(unlimited))
        out << "| " << u.query << " | " << u.hits << " | " << number(median(u.samples)) << " |\n";
    out << "\n";

    out << "### Keystrokes by query\n\n";
    out << "| Query | Keystrokes | Median ms | p95 ms | Max ms | Slowest prefix | Floor median ms "
           "| Ratio |\n"
           "|---|---:|---:|---:|---:|---|---:|---:|\n";
    for (const QString &query : typedQueries) {
        QList<double> samples;
        QList<double> queryFloors;
        QList<double> queryMedians;
        const Keystroke *slowest = nullptr;
        for (const Keystroke &k : std::as_const(keystrokes)) {
            if (k.query != query)
                continue;
            samples.append(k.samples);
            queryMedians.append(median(k.samples));
            if (!std::isnan(k.floor))
                queryFloors.append(k.floor);
            if (!slowest || median(k.samples) > median(slowest->samples))
                slowest = &k;
        }
        const double queryFloor = median(queryFloors);
        out << "| " << query << " | " << queryMedians.size() << " | " << number(median(samples))
            << " | " << number(percentile(samples, 95)) << " | " << number(percentile(samples, 100))
            << " | \"" << (slowest ? slowest->prefix : QString()) << "\" ("
            << number(slowest ? median(slowest->samples) : std::nan("")) << " ms) | "
            << number(queryFloor) << " | "
            << number(queryFloor > 0 ? median(queryMedians) / queryFloor : std::nan("")) << "× |\n";
    }

    out << "\n### Every keystroke\n\n| Prefix | Hits | Statements | Median ms | Floor ms | Ratio "
           "|\n"
           "|---|---:|---:|---:|---:|---:|\n";
    for (const Keystroke &k : std::as_const(keystrokes)) {
        const double m = median(k.samples);
        out << "| \"" << k.prefix << "\" | " << k.hits << " | " << k.statements.size() << " | "
            << number(m) << " | " << number(k.floor) << " | "
            << number(k.floor > 0 ? m / k.floor : std::nan("")) << "× |\n";
    }
    const auto sample = std::find_if(keystrokes.cbegin(), keystrokes.cend(),
                                     [](const Keystroke &k) { return k.prefix == u"cust"_s; });
    if (sample != keystrokes.cend() && !sample->statements.isEmpty()) {
        out << "\nStatements of the keystroke \"cust\", as captured and replayed in sqlite3 "
               "(id lists shortened):\n\n```sql\n";
        for (const QString &statement : sample->statements) {
            QString shown = statement;
            shown.replace(QRegularExpression(u"\\[(\"[^\"]*\",){3}[^\\]]*\\]"_s), u"[…]"_s);
            out << shown << ";\n";
        }
        out << "```\n";
    }
    out.flush();
    return 0;
}
