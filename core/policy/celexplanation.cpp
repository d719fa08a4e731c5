#include "policy/celexplanation.h"

#include <QStringList>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

constexpr qsizetype MaxValueLength = 60;

// A value short enough to sit under the source: long lists and maps end with "…". Errors are
// kept whole: their message is the explanation.
QString abbreviated(const CelValue &value)
{
    if (value.isError())
        return u"error: "_s + value.stringValue();
    QString text = value.debugString();
    if (text.size() > MaxValueLength)
        text = text.left(MaxValueLength - 1) + u'…';
    return text;
}

// Display columns count code points, so that markers line up under non-BMP characters too.
qsizetype displayWidth(QStringView text)
{
    qsizetype width = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++width;
    }
    return width;
}

struct Marker
{
    qsizetype column = 0;
    qsizetype depth = 0; // the sub-expression's length: shorter ones are deeper
    QString text;
};

// Writes `text` into `row` at `column`, padding with spaces.
void put(QString &row, qsizetype column, const QString &text)
{
    if (row.size() < column)
        row += QString(column - row.size(), u' ');
    row.replace(column, text.size(), text);
}

} // namespace

QString CelExplanation::render(const QString &source) const
{
    QStringList out;
    const QStringList lines = source.split(u'\n');
    qsizetype lineStart = 0;
    for (const QString &line : lines) {
        out += line;
        const qsizetype lineEnd = lineStart + line.size();
        QList<Marker> pending;
        for (const Step &step : steps) {
            if (step.binding || step.markOffset < lineStart || step.markOffset > lineEnd)
                continue;
            pending += Marker {displayWidth(QStringView(line).left(step.markOffset - lineStart)),
                               step.length, abbreviated(step.value)};
        }
        lineStart = lineEnd + 1;
        if (pending.isEmpty())
            continue;
        // Rightmost first, and of two at one column the deeper one, as power asserts do.
        std::stable_sort(pending.begin(), pending.end(), [](const Marker &a, const Marker &b) {
            return a.column != b.column ? a.column > b.column : a.depth < b.depth;
        });
        QString bars;
        for (const Marker &m : std::as_const(pending))
            put(bars, m.column, u"|"_s);
        out += bars;
        // Each row shows the values that fit to the left of what is already on it, and a bar
        // for every value still to come.
        while (!pending.isEmpty()) {
            QString row;
            qsizetype limit = std::numeric_limits<qsizetype>::max();
            QList<Marker> later;
            for (const Marker &m : std::as_const(pending)) {
                if (m.column >= limit) {
                    later += m;
                    continue;
                }
                if (limit == std::numeric_limits<qsizetype>::max()
                    || m.column + displayWidth(m.text) < limit) {
                    put(row, m.column, m.text);
                } else {
                    put(row, m.column, u"|"_s);
                    later += m;
                }
                limit = m.column;
            }
            out += row;
            pending = later;
        }
    }
    for (const Step &step : steps) {
        if (step.binding)
            out += step.text + u" = "_s + abbreviated(step.value);
    }
    return out.join(u'\n');
}

} // namespace Tessera
