#include "model/productvalidator.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

bool ProductValidator::isSlug(const QString &text)
{
    static const QRegularExpression slug(u"^[a-z0-9][a-z0-9_-]*$"_s);
    return slug.match(text).hasMatch();
}

bool ProductValidator::isSemanticVersion(const QString &text)
{
    // The regular expression published with Semantic Versioning 2.0.0.
    static const QRegularExpression semver(
        u"^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
        "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
        "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"_s);
    return semver.match(text).hasMatch();
}

QList<ProductValidator::Problem> ProductValidator::validate(const DataProduct &product)
{
    QList<Problem> problems;
    auto add = [&problems](const QString &field, const QString &message) {
        problems.append({field, message});
    };

    if (!isSlug(product.domainId))
        add(u"domain"_s, tr("The domain must be a lower-case identifier (letters, digits, '-', '_')."));
    if (!isSlug(product.name))
        add(u"name"_s, tr("The name must be a lower-case identifier (letters, digits, '-', '_')."));
    if (product.id != DataProduct::makeId(product.domainId, product.name))
        add(u"id"_s, tr("The id must be \"%1\" (domain and name).")
                         .arg(DataProduct::makeId(product.domainId, product.name)));
    if (product.title.trimmed().isEmpty())
        add(u"title"_s, tr("The title is required."));
    if (!isSemanticVersion(product.version))
        add(u"version"_s, tr("\"%1\" is not a semantic version such as 1.2.0.").arg(product.version));
    if (product.status == LifecycleStatus::Deprecated && !product.sunsetDate.isValid())
        add(u"sunsetDate"_s, tr("A deprecated product needs a sunset date."));

    QSet<QString> portNames;
    for (qsizetype i = 0; i < product.outputPorts.size(); ++i) {
        const OutputPort &port = product.outputPorts.at(i);
        const QString where = u"outputPorts/%1"_s.arg(i);
        if (port.name.trimmed().isEmpty())
            add(where + u"/name"_s, tr("Output port %1 has no name.").arg(i + 1));
        else if (portNames.contains(port.name))
            add(where + u"/name"_s, tr("Two output ports are named \"%1\".").arg(port.name));
        portNames.insert(port.name);
        QSet<QString> fieldNames;
        for (qsizetype j = 0; j < port.fields.size(); ++j) {
            const SchemaField &field = port.fields.at(j);
            const QString fieldWhere = where + u"/schema/fields/%1/name"_s.arg(j);
            if (field.name.trimmed().isEmpty())
                add(fieldWhere, tr("Field %1 of port \"%2\" has no name.").arg(j + 1).arg(port.name));
            else if (fieldNames.contains(field.name))
                add(fieldWhere, tr("Port \"%1\" has two fields named \"%2\".").arg(port.name, field.name));
            fieldNames.insert(field.name);
        }
    }
    for (qsizetype i = 0; i < product.inputPorts.size(); ++i) {
        const InputPort &input = product.inputPorts.at(i);
        if (input.productId.trimmed().isEmpty())
            add(u"inputPorts/%1/product"_s.arg(i), tr("Input %1 names no upstream product.").arg(i + 1));
        else if (input.productId == product.id)
            add(u"inputPorts/%1/product"_s.arg(i), tr("A product cannot consume itself."));
    }
    for (qsizetype i = 0; i < product.slos.size(); ++i) {
        if (product.slos.at(i).property.trimmed().isEmpty())
            add(u"slos/%1/property"_s.arg(i), tr("Service-level objective %1 has no property.").arg(i + 1));
    }
    return problems;
}

QList<ProductValidator::Problem> ProductValidator::validate(const Domain &domain)
{
    QList<Problem> problems;
    if (!isSlug(domain.id))
        problems.append({u"id"_s, tr("The domain id must be a lower-case identifier (letters, digits, '-', '_').")});
    if (domain.name.trimmed().isEmpty())
        problems.append({u"name"_s, tr("The domain name is required.")});
    if (!domain.parentId.isEmpty() && domain.parentId == domain.id)
        problems.append({u"parent"_s, tr("A domain cannot be its own parent.")});
    return problems;
}

} // namespace Tessera
