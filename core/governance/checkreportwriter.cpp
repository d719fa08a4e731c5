#include "governance/checkreportwriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QXmlStreamWriter>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

QString sarifLevel(Policy::Severity severity)
{
    switch (severity) {
    case Policy::Severity::Error: return u"error"_s;
    case Policy::Severity::Warning: return u"warning"_s;
    case Policy::Severity::Info: return u"note"_s;
    }
    return u"none"_s;
}

// A relative path stays relative to the checkout (%SRCROOT%), as code scanning resolves it.
QJsonObject artifactLocation(const QString &file)
{
    const QString path = QDir::cleanPath(QDir::fromNativeSeparators(file));
    if (QDir::isRelativePath(path))
        return {{u"uri"_s, QString::fromUtf8(QUrl::toPercentEncoding(path, "/"))}, {u"uriBaseId"_s, u"%SRCROOT%"_s}};
    return {{u"uri"_s, QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)}};
}

QJsonObject countsJson(const OutcomeCounts &c)
{
    return {{u"pass"_s, c.passed}, {u"fail"_s, c.failed}, {u"error"_s, c.errors},
            {u"exempt"_s, c.exempt}, {u"notApplicable"_s, c.notApplicable}, {u"score"_s, c.score()}};
}

} // namespace

QByteArray CheckReportWriter::toJson(const CheckReport &report)
{
    QJsonArray policies;
    for (qsizetype j = 0; j < report.policies.size(); ++j) {
        const CheckReport::PolicyColumn &p = report.policies.at(j);
        QJsonObject o{{u"id"_s, p.id}, {u"title"_s, p.title}, {u"scope"_s, p.scope},
                      {u"severity"_s, Policy::toString(p.severity)},
                      {u"counts"_s, countsJson(report.policyCounts[std::size_t(j)])}};
        if (!p.compileError.isEmpty())
            o.insert(u"compileError"_s, p.compileError);
        policies.append(o);
    }
    QJsonArray results;
    for (const CheckReport::Finding &f : report.findings) {
        const CheckReport::PolicyColumn &p = report.policies.at(f.policy);
        results.append(QJsonObject{{u"product"_s, report.products.at(f.product).id},
                                   {u"policy"_s, p.id},
                                   {u"severity"_s, Policy::toString(p.severity)},
                                   {u"outcome"_s, toString(f.outcome)},
                                   {u"detail"_s, f.detail()}});
    }
    QJsonArray products;
    for (qsizetype i = 0; i < report.products.size(); ++i) {
        const OutcomeCounts &c = report.productCounts[std::size_t(i)];
        products.append(QJsonObject{{u"id"_s, report.products.at(i).id},
                                    {u"domain"_s, report.products.at(i).domainId},
                                    {u"counts"_s, countsJson(c)}});
    }
    QJsonObject domains;
    for (auto it = report.domainCounts.cbegin(); it != report.domainCounts.cend(); ++it)
        domains.insert(it.key(), countsJson(it.value()));
    const QJsonObject root{{u"evaluatedAt"_s, report.evaluatedAt.toUTC().toString(Qt::ISODate)},
                           {u"summary"_s, countsJson(report.total)},
                           {u"blockingFailures"_s, report.blockingFailures()},
                           {u"policies"_s, policies},
                           {u"results"_s, results},
                           {u"products"_s, products},
                           {u"domains"_s, domains}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray CheckReportWriter::toSarif(const CheckReport &report, const PolicyIo::Locations &locations)
{
    QJsonArray rules;
    for (const CheckReport::PolicyColumn &p : report.policies) {
        rules.append(QJsonObject{
            {u"id"_s, p.id},
            {u"name"_s, p.id},
            {u"shortDescription"_s, QJsonObject{{u"text"_s, p.title}}},
            {u"fullDescription"_s, QJsonObject{{u"text"_s, p.message.isEmpty() ? p.title : p.message}}},
            {u"defaultConfiguration"_s, QJsonObject{{u"level"_s, sarifLevel(p.severity)}}}});
    }
    QJsonArray results;
    for (const CheckReport::Finding &f : report.findings) {
        const CheckReport::PolicyColumn &p = report.policies.at(f.policy);
        const CheckReport::ProductRow &product = report.products.at(f.product);
        const QString text = f.outcome == PolicyOutcome::Error
            ? tr("Policy \"%1\" cannot be evaluated for %2: %3").arg(p.id, product.id, f.detail())
            : tr("%1 fails policy \"%2\": %3").arg(product.id, p.id, f.detail());
        QJsonObject location{{u"logicalLocations"_s, QJsonArray{QJsonObject{
            {u"fullyQualifiedName"_s, product.id},
            {u"name"_s, product.id},
            {u"kind"_s, u"object"_s}}}}};
        QJsonObject result{
            {u"ruleId"_s, p.id},
            {u"ruleIndex"_s, f.policy},
            {u"level"_s, f.outcome == PolicyOutcome::Error ? u"error"_s : sarifLevel(p.severity)},
            {u"kind"_s, u"fail"_s},
            {u"message"_s, QJsonObject{{u"text"_s, text}}}};
        if (const auto where = locations.constFind(p.id); where != locations.cend()) {
            location.insert(u"physicalLocation"_s, QJsonObject{
                {u"artifactLocation"_s, artifactLocation(where->file)},
                {u"region"_s, QJsonObject{{u"startLine"_s, where->line}, {u"startColumn"_s, where->column}}}});
            // Every product failing a policy points at the same rule: without this each
            // dashboard would see one alert for all of them.
            result.insert(u"partialFingerprints"_s,
                          QJsonObject{{u"tesseraFinding/v1"_s, QString(p.id + u'/' + product.id)}});
        }
        result.insert(u"locations"_s, QJsonArray{location});
        results.append(result);
    }
    const QJsonObject driver{{u"name"_s, u"tessera"_s},
                             {u"version"_s, QStringLiteral(TESSERA_VERSION)},
                             {u"informationUri"_s, u"https://github.com/tessera-catalog/tessera"_s},
                             {u"rules"_s, rules}};
    const QJsonObject run{{u"tool"_s, QJsonObject{{u"driver"_s, driver}}}, {u"results"_s, results}};
    const QJsonObject root{{u"$schema"_s, u"https://json.schemastore.org/sarif-2.1.0.json"_s},
                           {u"version"_s, u"2.1.0"_s},
                           {u"runs"_s, QJsonArray{run}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray CheckReportWriter::toJUnit(const CheckReport &report)
{
    QHash<qint64, const CheckReport::Finding *> findingAt;
    const qint64 columns = report.policies.size();
    for (const CheckReport::Finding &f : report.findings)
        findingAt.insert(qint64(f.product) * columns + f.policy, &f);

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"testsuites"_s);
    xml.writeAttribute(u"name"_s, u"tessera check"_s);
    // Every pair is a test case: the exempt and the not applicable ones skipped, with why.
    const auto skippedOf = [](const OutcomeCounts &c) { return c.exempt + c.notApplicable; };
    const auto testsOf = [&](const OutcomeCounts &c) { return c.applicable() + skippedOf(c); };
    xml.writeAttribute(u"tests"_s, QString::number(testsOf(report.total)));
    xml.writeAttribute(u"failures"_s, QString::number(report.total.failed));
    xml.writeAttribute(u"errors"_s, QString::number(report.total.errors));
    xml.writeAttribute(u"skipped"_s, QString::number(skippedOf(report.total)));
    for (qsizetype j = 0; j < report.policies.size(); ++j) {
        const CheckReport::PolicyColumn &p = report.policies.at(j);
        const OutcomeCounts &c = report.policyCounts[std::size_t(j)];
        xml.writeStartElement(u"testsuite"_s);
        xml.writeAttribute(u"name"_s, p.id);
        xml.writeAttribute(u"tests"_s, QString::number(testsOf(c)));
        xml.writeAttribute(u"failures"_s, QString::number(c.failed));
        xml.writeAttribute(u"errors"_s, QString::number(c.errors));
        xml.writeAttribute(u"skipped"_s, QString::number(skippedOf(c)));
        for (qsizetype i = 0; i < report.products.size(); ++i) {
            const PolicyOutcome outcome = report.outcome(int(i), int(j));
            xml.writeStartElement(u"testcase"_s);
            xml.writeAttribute(u"name"_s, report.products.at(i).id);
            xml.writeAttribute(u"classname"_s, p.id);
            const CheckReport::Finding *f = findingAt.value(qint64(i) * columns + j);
            if (outcome == PolicyOutcome::Fail || outcome == PolicyOutcome::Error) {
                const QString detail = f ? f->detail() : QString();
                xml.writeStartElement(outcome == PolicyOutcome::Fail ? u"failure"_s : u"error"_s);
                xml.writeAttribute(u"message"_s, detail.section(u'\n', 0, 0));
                xml.writeAttribute(u"type"_s, Policy::toString(p.severity));
                xml.writeCharacters(detail);
                xml.writeEndElement();
            } else if (outcome == PolicyOutcome::Exempt) {
                xml.writeEmptyElement(u"skipped"_s);
                xml.writeAttribute(u"message"_s, tr("exempt"));
            } else if (outcome == PolicyOutcome::NotApplicable) {
                xml.writeEmptyElement(u"skipped"_s);
                xml.writeAttribute(u"message"_s, tr("not applicable: the policy's scope or precondition leaves the product out"));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace Tessera
