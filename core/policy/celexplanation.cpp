#include "policy/celexplanation.h"

#include "policy/celjson.h"
#include "policy/celmap.h"

#include <QStringList>

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

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

// Appends a value short enough to sit under the source: long lists and maps end with "…".
// Errors are kept whole: their message is the explanation. Objects with an id read
// `{"id": "x", …}`, whole, and lists of them `[{"id": "x", …}, … 3 items]` when they do not all
// fit. Appended, not returned: an explanation shows many values, and one buffer serves them.
void appendAbbreviated(QString &out, const CelValue &value)
{
    if (value.isError()) {
        out += u"error: "_s;
        out += value.stringValue();
        return;
    }
    const qsizetype start = out.size();
    if (const CelValue *id = idOf(value)) {
        appendSummary(out, value, *id);
        return;
    }
    const bool objects = value.kind() == CelValue::Kind::List && !value.listValue().isEmpty()
        && std::all_of(value.listValue().cbegin(), value.listValue().cend(),
                       [](const CelValue &item) { return idOf(item) != nullptr; });
    appendBounded(out, value, start + MaxValueLength);
    if (out.size() - start <= MaxValueLength)
        return;
    if (objects) {
        const QList<CelValue> &items = value.listValue();
        out.truncate(start);
        out += u'[';
        appendSummary(out, items.first(), *idOf(items.first()));
        out += u", … "_s;
        out += CelExplanation::tr("%n items", nullptr, int(items.size()));
        out += u']';
        return;
    }
    out.truncate(start + MaxValueLength - 1);
    out += u'…';
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

// A value to show under the source, its text a slice of a buffer shared by all of them.
struct Marker
{
    qsizetype column = 0;
    qsizetype depth = 0; // the sub-expression's length: shorter ones are deeper
    qsizetype textStart = 0;
    qsizetype textLength = 0;
    qsizetype width = 0; // of the text, in columns
};

// Writes `text` into `row` at `column`, padding with spaces.
void put(std::u16string &row, qsizetype column, QStringView text)
{
    const std::size_t end = std::size_t(column + text.size());
    if (row.size() < end)
        row.resize(end, u' ');
    std::copy(text.utf16(), text.utf16() + text.size(), row.begin() + column);
}

} // namespace

QString CelExplanation::render(const QString &source) const
{
    QString out;
    render(source, out);
    return out;
}

void CelExplanation::render(const QString &source, QString &out) const
{
    // A check renders an explanation for every failure it finds: the lines are laid out in
    // buffers of the thread's, reused from line to line and from explanation to explanation,
    // and `out` grows once, by what they hold.
    thread_local std::u16string built;
    thread_local std::u16string row;
    thread_local QString texts;
    thread_local std::vector<Marker> pending;
    thread_local std::vector<Marker> later;
    built.clear();
    bool first = true;
    const auto addLine = [&](QStringView line) {
        if (!first)
            built += u'\n';
        first = false;
        built.append(line.utf16(), std::size_t(line.size()));
    };
    const QStringView all(source);
    qsizetype lineStart = 0;
    while (true) {
        const qsizetype newline = all.indexOf(u'\n', lineStart);
        const qsizetype lineEnd = newline < 0 ? all.size() : newline;
        const QStringView line = all.sliced(lineStart, lineEnd - lineStart);
        addLine(line);
        // Counted once: a line without surrogates, the usual one, has a column per unit.
        const bool bmp = displayWidth(line) == line.size();
        pending.clear();
        texts.resize(0);
        for (const Step &step : steps) {
            if (step.binding || step.markOffset < lineStart || step.markOffset > lineEnd)
                continue;
            const qsizetype offset = step.markOffset - lineStart;
            Marker marker;
            marker.column = bmp ? offset : displayWidth(line.left(offset));
            marker.depth = step.length;
            marker.textStart = texts.size();
            appendAbbreviated(texts, step.value);
            marker.textLength = texts.size() - marker.textStart;
            marker.width = displayWidth(QStringView(texts).sliced(marker.textStart, marker.textLength));
            pending.push_back(marker);
        }
        if (!pending.empty()) {
            // Rightmost first, and of two at one column the deeper one, as power asserts do.
            std::stable_sort(pending.begin(), pending.end(), [](const Marker &a, const Marker &b) {
                return a.column != b.column ? a.column > b.column : a.depth < b.depth;
            });
            row.clear();
            for (const Marker &m : pending)
                put(row, m.column, u"|");
            addLine(row);
            // Each row shows the values that fit to the left of what is already on it, and a
            // bar for every value still to come.
            while (!pending.empty()) {
                row.clear();
                later.clear();
                qsizetype limit = std::numeric_limits<qsizetype>::max();
                for (const Marker &m : pending) {
                    if (m.column >= limit) {
                        later.push_back(m);
                        continue;
                    }
                    if (limit == std::numeric_limits<qsizetype>::max() || m.column + m.width < limit) {
                        put(row, m.column, QStringView(texts).sliced(m.textStart, m.textLength));
                    } else {
                        put(row, m.column, u"|");
                        later.push_back(m);
                    }
                    limit = m.column;
                }
                addLine(row);
                pending.swap(later);
            }
        }
        if (newline < 0)
            break;
        lineStart = newline + 1;
    }
    for (const Step &step : steps) {
        if (!step.binding)
            continue;
        texts.resize(0);
        texts += step.text;
        texts += u" = "_s;
        appendAbbreviated(texts, step.value);
        addLine(texts);
    }
    out.reserve(out.size() + qsizetype(built.size()));
    out.append(QStringView(built.data(), qsizetype(built.size())));
    // An error's message is shown whole: the buffers of an explanation of a long one are not
    // worth keeping.
    constexpr std::size_t Kept = 64 << 10;
    if (built.capacity() > Kept)
        built = {};
    if (std::size_t(texts.capacity()) > Kept)
        texts = QString();
    if (row.capacity() > Kept)
        row = {};
}

} // namespace Tessera
