#include "policy/celmap.h"
#include "policy/celprogram.h"
#include "policy/celvalue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <nlohmann/json.hpp>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using json = nlohmann::json;

// Runs the official CEL conformance tests (cel-spec "simple" suite, as JSON). Most of the
// language is still to come, so the test guards only against regressions: every test named
// in cel-passing.txt must keep passing. Set TESSERA_CEL_UPDATE_PASSING=1 to rewrite that list
// from the current results.
class tst_CelConformance : public QObject
{
    Q_OBJECT

private slots:
    void conformance();

private:
    struct Counts
    {
        int passed = 0;
        int failed = 0;
        int skipped = 0;
    };
};

namespace {

QString qs(const json &j)
{
    return QString::fromStdString(j.get<std::string>());
}

// The expected or bound value, or nullopt for what this runner cannot represent (messages).
std::optional<CelValue> toValue(const json &v)
{
    if (!v.is_object() || v.empty())
        return std::nullopt;
    const auto it = v.begin();
    const std::string kind = it.key();
    const json &body = it.value();
    if (kind == "null_value")
        return CelValue();
    if (kind == "bool_value")
        return CelValue::fromBool(body.get<bool>());
    if (kind == "int64_value")
        return CelValue::fromInt(body.is_string() ? std::stoll(body.get<std::string>())
                                                  : body.get<qint64>());
    if (kind == "uint64_value")
        return CelValue::fromUint(body.is_string() ? std::stoull(body.get<std::string>())
                                                   : body.get<quint64>());
    if (kind == "double_value") {
        if (body.is_object()) {
            const std::string f = body.value("float", "");
            if (f == "nan")
                return CelValue::fromDouble(qQNaN());
            return CelValue::fromDouble(f.starts_with('-') ? -qInf() : qInf());
        }
        return CelValue::fromDouble(body.get<double>());
    }
    if (kind == "string_value")
        return CelValue::fromString(qs(body));
    if (kind == "bytes_value")
        return CelValue::fromBytes(QByteArray::fromBase64(qs(body).toLatin1()));
    if (kind == "type_value")
        return CelValue::fromType(qs(body));
    if (kind == "list_value") {
        QList<CelValue> values;
        for (const auto &item : body.value("values", json::array())) {
            const auto value = toValue(item);
            if (!value)
                return std::nullopt;
            values.append(*value);
        }
        return CelValue::fromList(values);
    }
    if (kind == "map_value") {
        CelMap map;
        for (const auto &entry : body.value("entries", json::array())) {
            const auto key = toValue(entry.value("key", json::object()));
            const auto value = toValue(entry.value("value", json::object()));
            if (!key || !value || !map.insert(*key, *value))
                return std::nullopt;
        }
        return CelValue::fromMap(std::move(map));
    }
    return std::nullopt; // object_value, enum_value
}

// Protobuf messages are outside a JSON-data policy language: such tests are skipped.
bool needsProtobuf(const json &test)
{
    static const QRegularExpression messageLiteral(u"\\b[A-Z][A-Za-z0-9_]*\\s*\\{"_s);
    const QString expr = qs(test.at("expr"));
    if (test.contains("container") || expr.contains(u"TestAllTypes"_s)
        || messageLiteral.match(expr).hasMatch())
        return true;
    const std::string dump = test.dump();
    return dump.find("\"object_value\"") != std::string::npos
        || dump.find("\"enum_value\"") != std::string::npos
        || dump.find("\"message_type\"") != std::string::npos;
}

enum class Outcome { Passed, Failed, Skipped };

Outcome run(const json &test, QString *detail)
{
    if (needsProtobuf(test))
        return Outcome::Skipped;
    QHash<QString, CelValue> bindings;
    for (const auto &binding : test.value("bindings", json::array())) {
        const auto value = toValue(binding.at("value").value("value", json::object()));
        if (!value)
            return Outcome::Skipped;
        bindings.insert(qs(binding.at("key")), *value);
    }

    const auto program = CelProgram::compile(qs(test.at("expr")));
    if (!program) {
        *detail = program.error();
        return Outcome::Failed;
    }
    const CelValue result = program->evaluate(bindings);

    if (test.contains("eval_error") || test.contains("any_eval_errors")) {
        *detail = u"expected an error, got "_s + result.debugString();
        return result.isError() ? Outcome::Passed : Outcome::Failed;
    }
    std::optional<CelValue> expected = CelValue::fromBool(true);
    if (test.contains("value")) {
        expected = toValue(test.at("value"));
        if (!expected)
            return Outcome::Skipped;
    } else if (test.contains("unknown") || test.contains("typed_result")) {
        return Outcome::Skipped;
    }
    *detail = u"expected "_s + expected->debugString() + u", got "_s + result.debugString();
    return result == *expected ? Outcome::Passed : Outcome::Failed;
}

} // namespace

void tst_CelConformance::conformance()
{
    const QDir dir(QStringLiteral(TESSERA_CEL_CONFORMANCE_DIR));
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(u"No conformance files in "_s + dir.absolutePath()));

    QSet<QString> passing;
    QStringList passingInOrder;
    Counts total;
    for (const QString &fileName : files) {
        QFile file(dir.filePath(fileName));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const json suite = json::parse(file.readAll().toStdString(), nullptr, false);
        QVERIFY2(!suite.is_discarded(), qPrintable(u"Invalid JSON: "_s + fileName));

        Counts counts;
        const QString base = QFileInfo(fileName).completeBaseName();
        for (const auto &section : suite.value("section", json::array())) {
            for (const auto &test : section.value("test", json::array())) {
                const QString name
                    = base + u'/' + qs(section.at("name")) + u'/' + qs(test.at("name"));
                QString detail;
                switch (run(test, &detail)) {
                case Outcome::Passed:
                    ++counts.passed;
                    passing.insert(name);
                    passingInOrder.append(name);
                    break;
                case Outcome::Failed:
                    ++counts.failed;
                    if (qEnvironmentVariableIsSet("TESSERA_CEL_VERBOSE"))
                        qInfo("FAIL %s: %s | %s", qPrintable(name),
                              test.at("expr").get<std::string>().c_str(), qPrintable(detail));
                    break;
                case Outcome::Skipped:
                    ++counts.skipped;
                    break;
                }
            }
        }
        qInfo("%-20s %d passed, %d failed, %d skipped", qPrintable(fileName), counts.passed,
              counts.failed, counts.skipped);
        total.passed += counts.passed;
        total.failed += counts.failed;
        total.skipped += counts.skipped;
    }
    qInfo("%-20s %d passed, %d failed, %d skipped", "total", total.passed, total.failed,
          total.skipped);

    QFile list(QStringLiteral(TESSERA_CEL_PASSING_LIST));
    if (qEnvironmentVariableIntValue("TESSERA_CEL_UPDATE_PASSING") == 1) {
        QVERIFY2(list.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text),
                 qPrintable(list.fileName()));
        list.write(QString(passingInOrder.join(u'\n') + u'\n').toUtf8());
        return;
    }
    QVERIFY2(list.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(list.fileName()));
    QStringList regressions;
    QSet<QString> listed;
    for (const QByteArray &line : list.readAll().split('\n')) {
        const QString name = QString::fromUtf8(line).trimmed();
        if (name.isEmpty())
            continue;
        listed.insert(name);
        if (!passing.contains(name))
            regressions.append(name);
    }
    const qsizetype beyond = (passing - listed).size();
    if (beyond > 0)
        qInfo("%lld tests pass beyond the list; run with TESSERA_CEL_UPDATE_PASSING=1 to add them",
              qlonglong(beyond));
    QVERIFY2(regressions.isEmpty(),
             qPrintable(u"No longer passing: "_s + regressions.join(u", "_s)));
}

QTEST_GUILESS_MAIN(tst_CelConformance)
#include "tst_celconformance.moc"
