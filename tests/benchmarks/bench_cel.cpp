// Throughput of compiled CEL policies on the sample catalog's product documents: each document
// converted once with CelJson::fromJson and bound as `product`, each expression compiled once
// against the policy environment and evaluated over all documents in turn, single-threaded.
// Prints one tab-separated line per expression class: class, evaluations per second, the number
// of products for which the expression is true, source.
// Not a ctest test: run it through tests/benchmarks/run.sh cel, which also runs the JavaScript
// engines on the same expressions and documents.

#include "policy/celjson.h"
#include "policy/celprogram.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

namespace {

struct Case
{
    QString name;
    QString source;
};

// The three classes of the issue: one comparison, two clauses, a nested macro.
const QList<Case> cases = {
    {u"field"_s, u"product.owner != \"\""_s},
    {u"two-clause"_s, u"product.status == \"published\" && size(product.outputPorts) > 0"_s},
    {u"nested-macro"_s,
     u"product.outputPorts.all(p, p.schema.fields.all(f, f.description != \"\"))"_s},
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"CEL evaluation throughput on the sample catalog"_s);
    parser.addHelpOption();
    const QCommandLineOption sampleOption(u"sample"_s, u"The catalog JSON file."_s, u"file"_s,
                                          QStringLiteral(TESSERA_SAMPLE_CATALOG));
    const QCommandLineOption secondsOption(u"seconds"_s, u"Time per measurement."_s,
                                           u"seconds"_s, u"0.5"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Measurements per expression; the median is reported."_s,
                                        u"n"_s, u"5"_s);
    const QCommandLineOption documentsOption(
        u"documents"_s, u"Use only the first n products (to tell cache effects apart)."_s, u"n"_s,
        u"0"_s);
    const QCommandLineOption caseOption(u"case"_s, u"Run only the named class."_s, u"name"_s);
    parser.addOptions({sampleOption, secondsOption, runsOption, documentsOption, caseOption});
    parser.process(app);

    QFile file(parser.value(sampleOption));
    if (!file.open(QIODevice::ReadOnly)) {
        err << "Cannot read " << file.fileName() << ": " << file.errorString() << Qt::endl;
        return 1;
    }
    const nlohmann::json catalog = nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
    if (!catalog.is_object() || !catalog.contains("products")) {
        err << "No \"products\" array in " << file.fileName() << Qt::endl;
        return 1;
    }
    // One variable set per product, in the environment's order: product, domain, upstream, now.
    std::vector<std::vector<CelValue>> documents;
    for (const auto &product : catalog.at("products")) {
        documents.push_back({CelJson::fromJson(product),
                             CelValue::fromString(QString::fromStdString(product.value("domain", ""))),
                             CelValue::fromList({}), CelValue::fromTimestamp({1767225600, 0})});
    }
    if (const int n = parser.value(documentsOption).toInt(); n > 0 && size_t(n) < documents.size())
        documents.resize(size_t(n));
    const CelEnvironment environment({u"product"_s, u"domain"_s, u"upstream"_s, u"now"_s});
    const double seconds = parser.value(secondsOption).toDouble();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    for (const Case &c : cases) {
        if (parser.isSet(caseOption) && parser.value(caseOption) != c.name)
            continue;
        const auto program = CelProgram::compile(c.source, environment);
        if (!program) {
            err << program.error() << Qt::endl;
            return 1;
        }
        qint64 matching = 0;
        for (const auto &variables : documents)
            matching += program->evaluate(std::span<const CelValue>(variables)) == CelValue::fromBool(true);
        std::vector<double> rates;
        qint64 trues = 0;
        for (int run = 0; run < runs; ++run) {
            qint64 evaluations = 0;
            QElapsedTimer timer;
            timer.start();
            qint64 elapsed = 0;
            do {
                // Reading the clock is slow on virtual machines: only every 10,000 or so.
                for (qint64 batch = 0; batch < 10'000; batch += qint64(documents.size())) {
                    for (const auto &variables : documents) {
                        const CelValue result
                            = program->evaluate(std::span<const CelValue>(variables));
                        trues += result.kind() == CelValue::Kind::Bool && result.boolValue();
                    }
                    evaluations += qint64(documents.size());
                }
                elapsed = timer.nsecsElapsed();
            } while (elapsed < qint64(seconds * 1e9));
            rates.push_back(double(evaluations) * 1e9 / double(elapsed));
        }
        std::sort(rates.begin(), rates.end());
        out << c.name << '\t' << qint64(rates[rates.size() / 2]) << '\t' << matching << '\t'
            << c.source << Qt::endl;
        // Keeps the evaluations from being optimised away.
        if (trues < 0)
            err << trues << Qt::endl;
    }
    return 0;
}
