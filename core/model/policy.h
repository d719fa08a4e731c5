#pragma once

#include "model/policyoutcome.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tessera {

// A governance policy: a CEL rule every product in its scope must satisfy. Its document
// form (YAML or JSON) is described in docs/FORMAT.md and docs/policy.schema.json.
struct Policy
{
    enum class Severity : quint8 {
        Error,   // a failure blocks publishing
        Warning, // a failure needs a confirmation to publish
        Info,
    };

    // A product excused from the policy until `expires` (inclusive; no date: no expiry).
    struct Exemption
    {
        QString productId;
        QString reason;
        QString approvedBy;
        QDate expires;
        friend bool operator==(const Exemption &, const Exemption &) = default;
    };

    // An example product with the outcome the policy must give for it, like `opa test`.
    struct Test
    {
        QString name;
        // JSON object: a product document, possibly partial (the rest takes the defaults of
        // the canonical shape).
        QByteArray product;
        QByteArray domain;   // JSON object, or empty for {"id": <product's domain>}
        QByteArray upstream; // JSON array of (partial) product documents, or empty for []
        PolicyOutcome expect = PolicyOutcome::Pass; // pass, fail or not-applicable
        friend bool operator==(const Test &, const Test &) = default;
    };

    QString id; // slug
    QString title;
    QString description;
    QString scope = QStringLiteral("global"); // "global" or a domain id (with its subdomains)
    Severity severity = Severity::Error;
    QString when; // CEL precondition; empty: applies to every product in scope
    QString rule; // CEL; must be true
    QString message; // shown with a failure
    QString owner;   // team or person accountable for the policy
    int version = 1;
    bool enabled = true;
    QList<Exemption> exemptions;
    QList<Test> tests;

    bool isGlobal() const { return scope == QLatin1StringView("global"); }

    static QString toString(Severity severity)
    {
        switch (severity) {
        case Severity::Error: return QStringLiteral("error");
        case Severity::Warning: return QStringLiteral("warning");
        case Severity::Info: return QStringLiteral("info");
        }
        return {};
    }
    static std::optional<Severity> severityFromString(const QString &text)
    {
        for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
            if (toString(s) == text)
                return s;
        }
        return std::nullopt;
    }
    static QStringList severityNames()
    {
        return {QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")};
    }

    friend bool operator==(const Policy &, const Policy &) = default;
};

} // namespace Tessera
