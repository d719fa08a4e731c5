#include "policy/celexplanation.h"

#include "policy/celjson.h"
#include "policy/celmap.h"

#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>

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
    out.append(QStringView(u"{\"id\": "));
    appendValue(out, id);
    out.append(more ? QStringView(u", …}") : QStringView(u"}"));
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
            if (!whole.mapValue().isPartial()) { // else its text is gone: show what there is
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
        if (value.mapValue().isPartial()) // it has more members than it holds
            out += first ? u"…"_s : u", …"_s;
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

} // namespace

QString CelExplanation::render(const QString &source) const
{
    QString out;
    render(source, out);
    return out;
}

void CelExplanation::render(const QString &source, QString &out) const
{
    marks(source).render(out);
}

CelExplanationMarks CelExplanation::marks(const QString &source) const
{
    QVarLengthArray<CelExplanationMarks::Value, 32> values;
    for (const Step &step : steps)
        values.append({step.markOffset, step.length, step.binding, step.text, &step.value});
    return CelExplanationMarks::make(source, values);
}

// Appends a value short enough to sit under the source: long lists and maps end with "…".
// Errors are kept whole: their message is the explanation. Objects with an id read
// `{"id": "x", …}`, whole, and lists of them `[{"id": "x", …}, … 3 items]` when they do not all
// fit. Appended, not returned: an explanation shows many values, and one buffer serves them.
void CelExplanation::appendShown(QString &out, const CelValue &value)
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

} // namespace Tessera
