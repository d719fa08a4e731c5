#pragma once

#include "authoring/celcompletionitem.h"
#include "authoring/documentschema.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tessera {

// What the policy editor offers at the cursor: after `product.` the fields of the product
// document (from its JSON Schema), after `p.` inside `product.outputPorts.all(p, …)` the
// fields of an output port, the methods and macros that apply to the receiver's type, and
// at the start of a term the variables, global functions and literals. Works on text as
// typed, so it tolerates the incomplete expressions it is asked about.
class CelCompletion final
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CelCompletion)

public:
    struct Result
    {
        qsizetype replaceFrom = 0; // the prefix starts here and ends at the cursor
        QString prefix;
        QList<CelCompletionItem> items; // matching the prefix (case-insensitively), sorted
    };

    // The policy variables: product, domain, upstream, now.
    CelCompletion();

    Result complete(const QString &source, qsizetype cursor) const;

private:
    // What an expression is known to be: a CEL type and, for documents, where in which
    // schema.
    struct Type
    {
        QString cel; // "map", "list", "string", "int", "double", "bool", "timestamp", "dyn"
        const DocumentSchema *schema = nullptr;
        QStringList path;
        bool listOfRoot = false; // upstream: a list whose elements are whole documents
    };

    Type typeOfChain(const QString &source, qsizetype from, qsizetype to, int depth) const;
    Type typeOfVariable(const QString &source, const QString &name, qsizetype before,
                        int depth) const;
    static Type typeFromSchema(const DocumentSchema *schema, const QStringList &path);
    static Type elementOf(const Type &container);
    QList<CelCompletionItem> membersOf(const Type &type) const;
    QList<CelCompletionItem> globals() const;

    DocumentSchema m_product;
    DocumentSchema m_domain;
};

} // namespace Tessera
