#pragma once

#include <QList>
#include <QString>

#include <span>

namespace Tessera {

class CelValue;

// An explanation (CelExplanation) as it will be shown, before it is laid out: the text of each
// value and where in the source it belongs, and the lines naming macro variables. A value that
// owns its data (the source is shared, not copied): unlike CelExplanation it outlives the
// values of the evaluation, so a check keeps one per failure, and lays it out only when the
// failure is shown. Laid out, most of an explanation is padding and bars.
class CelExplanationMarks
{
public:
    CelExplanationMarks() = default;

    // A sub-expression's value and its place, or (binding) a macro variable's value and name.
    struct Value
    {
        qsizetype markOffset = 0; // of the sub-expression's operator or name in the source
        qsizetype depth = 0;      // the sub-expression's length
        bool binding = false;
        QStringView name;         // a binding's variable
        const CelValue *value = nullptr;
    };
    // The texts of `values` (in source order) as CelExplanation shows them, under `source`.
    static CelExplanationMarks make(const QString &source, std::span<const Value> values);

    // True when there is no explanation (not even a source without values).
    bool isEmpty() const { return m_source.isEmpty() && m_marks.isEmpty(); }
    // The source the marks point into.
    const QString &source() const { return m_source; }

    // Appends the laid-out explanation: the source with each value under its place, rightmost
    // and deepest first, then the macro variables (see CelExplanation::render()).
    void render(QString &out) const;
    QString render() const;
    // `message`, then "\n" and the laid-out explanation unless it shows nothing: how a failure
    // reads.
    QString under(const QString &message) const;

    friend bool operator==(const CelExplanationMarks &, const CelExplanationMarks &) = default;

private:
    struct Mark
    {
        qint32 offset = 0; // in the source, of the sub-expression's operator or name
        qint32 depth = 0;  // the sub-expression's length: shorter ones are deeper
        qsizetype textEnd = 0; // in m_texts, where the value's text (or the variable's line) ends
        bool binding = false;  // a macro variable's line, shown below the diagram
        friend bool operator==(const Mark &, const Mark &) = default;
    };

    QString m_source;
    QString m_texts; // the marks' texts, one after the other
    QList<Mark> m_marks; // in source order
};

} // namespace Tessera
