#pragma once

#include "policy/celexplanationmarks.h"
#include "policy/celvalue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Tessera {

// Why an expression gave its result, in the style of a power assert: the value each
// sub-expression had, placed under its text. Inside a macro the values are those of the
// iteration that decided the result (the first element for which `all` was false).
struct CelExplanation
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CelExplanation)

public:
    struct Step
    {
        qsizetype offset = 0; // of the sub-expression's text in the source
        qsizetype length = 0;
        int line = 0;
        int column = 0;
        QString text; // the sub-expression's source text
        CelValue value;
        // Where the value is shown: the sub-expression's operator or name (a select's field).
        qsizetype markOffset = 0;
        // A macro's variable in the deciding iteration (text is its name), not a
        // sub-expression: listed below the diagram as `p = value`.
        bool binding = false;
    };

    CelValue result;
    QList<Step> steps; // in source order

    // The source with each step's value under it, rightmost and deepest first, then the
    // macro variables of the deciding iterations, e.g.
    //   product.owner != ""
    //   |       |     |
    //   |       ""    false
    //   {"id": "orders.orders", …}
    // Maps with an "id" key (product documents, ports, SLOs) show as that id, lists of them as
    // `[{"id": "a", …}, … 3 items]` when they are long. Other values longer than 60 characters
    // are cut with "…"; errors read "error: message", whole.
    QString render(const QString &source) const;
    // The same, appended to `out`.
    void render(const QString &source, QString &out) const;
    // What render() shows, before it is laid out: the values' texts and their places, which
    // outlive the values (see CelExplanationMarks).
    CelExplanationMarks marks(const QString &source) const;

    // Appends a value as an explanation shows it: values longer than 60 characters cut with
    // "…", objects with an id as `{"id": "x", …}`, errors as "error: message", whole.
    static void appendShown(QString &out, const CelValue &value);
};

} // namespace Tessera
