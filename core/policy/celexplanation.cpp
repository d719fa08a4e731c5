#include "policy/celexplanation.h"

#include "policy/celjson.h"
#include "policy/celmap.h"

#include <QStringList>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

constexpr qsizetype MaxValueLength = 60;

// The value of a map's "id" key: a catalog object (a product document, a port, an SLO) is
// named by it better than by whatever key happens to come first.
const CelValue *idOf(const CelValue &value)
{
    if (value.kind() != CelValue::Kind::Map)
        return nullptr;
    static const QString id = u"id"_s;
    static const size_t hash = CelMap::hashOf(id);
    return value.mapValue().findField(id, hash);
}

// Appends a value as debugString() shows it; strings, the most common, without a temporary.
void appendValue(QString &out, const CelValue &value)
{
    if (value.kind() == CelValue::Kind::String)
        CelValue::appendQuoted(out, value.stringValue());
    else
        out += value.debugString();
}

// `{"id": "orders.orders", …}`.
void appendSummary(QString &out, const CelValue &map, const CelValue &id)
{
    // A partial map (see CelJson::complete) has more members than it holds.
    const bool more = map.mapValue().size() > 1 || map.mapValue().isPartial();
    out += u"{\"id\": "_s;
    appendValue(out, id);
    out += more ? u", …}"_s : u"}"_s;
}

// Appends the value's debugString() form, objects with an id as their summary, and stops soon
// after `out` passes `limit` characters: a whole product document is long to write out only
// to be cut to 60 characters.
void appendBounded(QString &out, const CelValue &value, qsizetype limit)
{
    switch (value.kind()) {
    case CelValue::Kind::List: {
        out += u'[';
        bool first = true;
        for (const CelValue &item : value.listValue()) {
            if (out.size() > limit)
                return;
            if (!first)
                out += u", "_s;
            first = false;
            appendBounded(out, item, limit);
        }
        out += u']';
        return;
    }
    case CelValue::Kind::Map: {
        if (const CelValue *id = idOf(value)) {
            appendSummary(out, value, *id);
            return;
        }
        if (value.mapValue().isPartial()) {
            const CelValue whole = CelJson::complete(value);
            if (!whole.mapValue().isPartial()) { // else its text did not parse: show what there is
                appendBounded(out, whole, limit);
                return;
            }
        }
        out += u'{';
        bool first = true;
        for (const auto &[key, item] : value.mapValue().entries()) {
            if (out.size() > limit)
                return;
            if (!first)
                out += u", "_s;
            first = false;
            appendBounded(out, key, limit);
            out += u": "_s;
            appendBounded(out, item, limit);
        }
        out += u'}';
        return;
    }
    case CelValue::Kind::Optional:
        if (const CelValue *inner = value.optionalValue()) {
            out += u"optional.of("_s;
            appendBounded(out, *inner, limit);
            out += u')';
            return;
        }
        break;
    default:
        break;
    }
    appendValue(out, value);
}

// A value short enough to sit under the source: long lists and maps end with "…". Errors are
// kept whole: their message is the explanation. Objects with an id read `{"id": "x", …}`, whole,
// and lists of them `[{"id": "x", …}, … 3 items]` when they do not all fit.
QString abbreviated(const CelValue &value)
{
    if (value.isError())
        return u"error: "_s + value.stringValue();
    QString text;
    text.reserve(2 * MaxValueLength);
    if (const CelValue *id = idOf(value)) {
        appendSummary(text, value, *id);
        return text;
    }
    const bool objects = value.kind() == CelValue::Kind::List && !value.listValue().isEmpty()
        && std::all_of(value.listValue().cbegin(), value.listValue().cend(),
                       [](const CelValue &item) { return idOf(item) != nullptr; });
    appendBounded(text, value, MaxValueLength);
    if (text.size() <= MaxValueLength)
        return text;
    if (objects) {
        const QList<CelValue> &items = value.listValue();
        text.truncate(0);
        text += u'[';
        appendSummary(text, items.first(), *idOf(items.first()));
        text += u", … "_s + CelExplanation::tr("%n items", nullptr, int(items.size())) + u']';
        return text;
    }
    return text.left(MaxValueLength - 1) + u'…';
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
void put(QString &row, qsizetype column, QStringView text)
{
    const qsizetype end = column + text.size();
    if (row.size() < end)
        row.resize(end, u' ');
    std::copy(text.begin(), text.end(), row.begin() + column);
}

} // namespace

QString CelExplanation::render(const QString &source) const
{
    QString out;
    out.reserve(4 * source.size());
    bool first = true;
    const auto addLine = [&](QStringView line) {
        if (!first)
            out += u'\n';
        first = false;
        out += line;
    };
    const QStringList lines = source.split(u'\n');
    qsizetype lineStart = 0;
    for (const QString &line : lines) {
        addLine(line);
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
            put(bars, m.column, u"|");
        addLine(bars);
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
                    put(row, m.column, u"|");
                    later += m;
                }
                limit = m.column;
            }
            addLine(row);
            pending = later;
        }
    }
    for (const Step &step : steps) {
        if (step.binding)
            addLine(QString(step.text + u" = "_s + abbreviated(step.value)));
    }
    return out;
}

} // namespace Tessera
