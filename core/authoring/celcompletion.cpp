#include "authoring/celcompletion.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

using Kind = CelCompletionItem::Kind;

constexpr int MaxDepth = 8;

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// True inside a string literal or a // comment, where nothing is offered.
bool insideLiteral(const QString &s, qsizetype cursor)
{
    qsizetype i = 0;
    while (i < cursor) {
        const QChar c = s.at(i);
        if (c == u'/' && i + 1 < cursor && s.at(i + 1) == u'/') {
            while (i < cursor && s.at(i) != u'\n')
                ++i;
            if (i >= cursor)
                return true;
            continue;
        }
        if (c != u'"' && c != u'\'') {
            ++i;
            continue;
        }
        const bool triple = i + 2 < s.size() && s.at(i + 1) == c && s.at(i + 2) == c;
        const bool raw = i > 0 && (s.at(i - 1) == u'r' || s.at(i - 1) == u'R');
        const QString close = triple ? QString(3, c) : QString(c);
        i += close.size();
        for (;;) {
            if (i >= cursor)
                return true;
            if (!raw && s.at(i) == u'\\') {
                i += 2;
                continue;
            }
            if (!triple && s.at(i) == u'\n')
                break; // an unterminated single-line string ends with its line
            if (s.mid(i, close.size()) == close) {
                i += close.size();
                break;
            }
            ++i;
        }
    }
    return false;
}

// Position of the matching opener of the bracket just before `end`, or -1.
qsizetype matchingOpener(const QString &s, qsizetype end)
{
    const QChar close = s.at(end - 1);
    const QChar open = close == u')' ? u'(' : u'[';
    int depth = 0;
    for (qsizetype i = end - 1; i >= 0; --i) {
        if (s.at(i) == close)
            ++depth;
        else if (s.at(i) == open && --depth == 0)
            return i;
    }
    return -1;
}

// Start of the member chain (`a.b[0].c(x).d`) that ends just before `end`.
qsizetype chainStart(const QString &s, qsizetype end)
{
    qsizetype i = end;
    while (i > 0) {
        const QChar c = s.at(i - 1);
        if (isIdentifierChar(c)) {
            while (i > 0 && isIdentifierChar(s.at(i - 1)))
                --i;
        } else if (c == u']' || c == u')') {
            const qsizetype open = matchingOpener(s, i);
            if (open < 0)
                return end;
            i = open;
            if (c == u')') {
                while (i > 0 && isIdentifierChar(s.at(i - 1)))
                    --i;
            }
            if (c == u']' && i > 0
                && (isIdentifierChar(s.at(i - 1)) || s.at(i - 1) == u']' || s.at(i - 1) == u')'))
                continue;
        } else {
            break;
        }
        if (i > 0 && s.at(i - 1) == u'.' && !(i > 1 && s.at(i - 2).isDigit())) {
            --i;
            continue;
        }
        break;
    }
    return i;
}

CelCompletionItem item(Kind kind, const QString &name, const QString &insertText,
                       const QString &detail, const QString &description)
{
    return CelCompletionItem {kind, name, insertText, detail, description};
}

QString returnTypeOf(const QString &function)
{
    static const QHash<QString, QString> types = {
        {u"size"_s, u"int"_s}, {u"int"_s, u"int"_s}, {u"uint"_s, u"uint"_s},
        {u"double"_s, u"double"_s}, {u"string"_s, u"string"_s}, {u"bool"_s, u"bool"_s},
        {u"timestamp"_s, u"timestamp"_s}, {u"duration"_s, u"duration"_s},
        {u"all"_s, u"bool"_s}, {u"exists"_s, u"bool"_s}, {u"exists_one"_s, u"bool"_s},
        {u"has"_s, u"bool"_s}, {u"contains"_s, u"bool"_s}, {u"startsWith"_s, u"bool"_s},
        {u"endsWith"_s, u"bool"_s}, {u"matches"_s, u"bool"_s}, {u"lowerAscii"_s, u"string"_s},
        {u"upperAscii"_s, u"string"_s}, {u"trim"_s, u"string"_s}, {u"replace"_s, u"string"_s},
        {u"substring"_s, u"string"_s}, {u"charAt"_s, u"string"_s}, {u"join"_s, u"string"_s},
        {u"indexOf"_s, u"int"_s}, {u"lastIndexOf"_s, u"int"_s}, {u"split"_s, u"list"_s},
        {u"map"_s, u"list"_s},
    };
    if (function.startsWith(u"get"_s))
        return u"int"_s;
    return types.value(function, u"dyn"_s);
}

} // namespace

CelCompletion::CelCompletion()
    : m_product(DocumentSchema::product())
    , m_domain(DocumentSchema::domain())
{
}

CelCompletion::Type CelCompletion::typeFromSchema(const DocumentSchema *schema,
                                                  const QStringList &path)
{
    const QString json = schema->typeAt(path);
    Type type {u"dyn"_s, nullptr, {}, false};
    if (json.contains(u"object"_s))
        type = Type {u"map"_s, schema, path, false};
    else if (json.contains(u"array"_s))
        type = Type {u"list"_s, schema, path, false};
    else if (json.contains(u"string"_s))
        type.cel = u"string"_s;
    else if (json.contains(u"integer"_s))
        type.cel = u"int"_s;
    else if (json.contains(u"number"_s))
        type.cel = u"double"_s;
    else if (json.contains(u"boolean"_s))
        type.cel = u"bool"_s;
    return type;
}

CelCompletion::Type CelCompletion::elementOf(const Type &container)
{
    if (container.cel == u"map"_s)
        return Type {u"string"_s, nullptr, {}, false}; // macros over a map range over its keys
    if (container.cel != u"list"_s || !container.schema)
        return Type {u"dyn"_s, nullptr, {}, false};
    if (container.listOfRoot)
        return typeFromSchema(container.schema, {});
    return typeFromSchema(container.schema, container.path + QStringList {u"[]"_s});
}

CelCompletion::Type CelCompletion::typeOfVariable(const QString &source, const QString &name,
                                                  qsizetype before, int depth) const
{
    if (name == u"product"_s)
        return typeFromSchema(&m_product, {});
    if (name == u"domain"_s)
        return typeFromSchema(&m_domain, {});
    if (name == u"upstream"_s)
        return Type {u"list"_s, &m_product, {}, true};
    if (name == u"now"_s)
        return Type {u"timestamp"_s, nullptr, {}, false};
    if (depth >= MaxDepth)
        return Type {u"dyn"_s, nullptr, {}, false};
    // A macro variable: the innermost binding before the use, `range.all(name, …`.
    const QRegularExpression binding(
        u"\\.(all|exists|exists_one|map|filter)\\(\\s*%1\\s*,"_s.arg(
            QRegularExpression::escape(name)));
    qsizetype rangeEnd = -1;
    for (auto it = binding.globalMatch(source.left(before)); it.hasNext();)
        rangeEnd = it.next().capturedStart();
    if (rangeEnd < 0)
        return Type {u"dyn"_s, nullptr, {}, false};
    return elementOf(typeOfChain(source, chainStart(source, rangeEnd), rangeEnd, depth + 1));
}

CelCompletion::Type CelCompletion::typeOfChain(const QString &source, qsizetype from,
                                               qsizetype to, int depth) const
{
    const Type unknown {u"dyn"_s, nullptr, {}, false};
    Type type = unknown;
    bool first = true;
    qsizetype i = from;
    while (i < to) {
        const QChar c = source.at(i);
        if (c == u'.') {
            ++i;
            continue;
        }
        if (c == u'[') {
            qsizetype depthCount = 0;
            while (i < to) {
                if (source.at(i) == u'[')
                    ++depthCount;
                else if (source.at(i) == u']' && --depthCount == 0)
                    break;
                ++i;
            }
            ++i;
            type = elementOf(type);
            first = false;
            continue;
        }
        if (!isIdentifierChar(c))
            return unknown;
        const qsizetype start = i;
        while (i < to && isIdentifierChar(source.at(i)))
            ++i;
        const QString name = source.mid(start, i - start);
        if (i < to && source.at(i) == u'(') {
            qsizetype depthCount = 0;
            while (i < to) {
                if (source.at(i) == u'(')
                    ++depthCount;
                else if (source.at(i) == u')' && --depthCount == 0)
                    break;
                ++i;
            }
            ++i;
            if (!first && name == u"filter"_s)
                continue; // a filtered list keeps its element type
            const QString result = returnTypeOf(name);
            type = Type {result, nullptr, {}, false};
        } else if (first) {
            type = typeOfVariable(source, name, start, depth);
        } else if (type.cel == u"map"_s && type.schema) {
            type = typeFromSchema(type.schema, type.path + QStringList {name});
        } else {
            type = unknown;
        }
        first = false;
    }
    return type;
}

QList<CelCompletionItem> CelCompletion::membersOf(const Type &type) const
{
    QList<CelCompletionItem> items;
    // A document object has named fields; macros over its keys would only distract.
    bool document = false;
    if (type.cel == u"map"_s && type.schema) {
        const QList<SchemaProperty> properties = type.schema->properties(type.path);
        document = !properties.isEmpty();
        for (const SchemaProperty &property : properties) {
            QString description = property.description;
            if (!property.enumValues.isEmpty())
                description += u' ' + tr("One of: %1.").arg(property.enumValues.join(u", "_s));
            items += item(Kind::Field, property.name, property.name, property.type,
                          description.trimmed());
        }
    }
    const bool dyn = type.cel == u"dyn"_s;
    if (dyn || type.cel == u"list"_s || (type.cel == u"map"_s && !document)) {
        items += item(Kind::Macro, u"all"_s, u"all("_s, u"all(x, predicate)"_s,
                      tr("True when the predicate holds for every element."));
        items += item(Kind::Macro, u"exists"_s, u"exists("_s, u"exists(x, predicate)"_s,
                      tr("True when the predicate holds for at least one element."));
        items += item(Kind::Macro, u"exists_one"_s, u"exists_one("_s,
                      u"exists_one(x, predicate)"_s,
                      tr("True when the predicate holds for exactly one element."));
        items += item(Kind::Macro, u"filter"_s, u"filter("_s, u"filter(x, predicate)"_s,
                      tr("The elements for which the predicate holds."));
        items += item(Kind::Macro, u"map"_s, u"map("_s, u"map(x, transform)"_s,
                      tr("Each element transformed."));
    }
    if (dyn || type.cel == u"list"_s || type.cel == u"map"_s || type.cel == u"string"_s)
        items += item(Kind::Function, u"size"_s, u"size()"_s, u"size() → int"_s,
                      tr("Number of elements, entries or characters."));
    if (dyn || type.cel == u"list"_s)
        items += item(Kind::Function, u"join"_s, u"join("_s, u"join(separator) → string"_s,
                      tr("The strings of the list joined with the separator."));
    if (dyn || type.cel == u"string"_s) {
        const QList<std::pair<QString, QString>> functions = {
            {u"contains"_s, tr("True when the text contains the argument.")},
            {u"startsWith"_s, tr("True when the text starts with the argument.")},
            {u"endsWith"_s, tr("True when the text ends with the argument.")},
            {u"matches"_s, tr("True when the RE2 regular expression matches part of the text.")},
            {u"lowerAscii"_s, tr("The text with ASCII letters in lower case.")},
            {u"upperAscii"_s, tr("The text with ASCII letters in upper case.")},
            {u"trim"_s, tr("The text without leading and trailing white space.")},
            {u"split"_s, tr("The parts of the text between separators.")},
            {u"replace"_s, tr("The text with every occurrence of a substring replaced.")},
            {u"indexOf"_s, tr("Position of the first occurrence of the argument, or -1.")},
            {u"substring"_s, tr("The characters from a start to an end position.")},
        };
        for (const auto &[name, description] : functions) {
            const bool noArguments = name == u"lowerAscii"_s || name == u"upperAscii"_s
                || name == u"trim"_s;
            items += item(Kind::Function, name, name + (noArguments ? u"()"_s : u"("_s),
                          name + (noArguments ? u"()"_s : u"(…)"_s), description);
        }
    }
    if (dyn || type.cel == u"timestamp"_s) {
        for (const QString &name : {u"getFullYear"_s, u"getMonth"_s, u"getDayOfMonth"_s,
                                    u"getDayOfWeek"_s, u"getDayOfYear"_s, u"getHours"_s,
                                    u"getMinutes"_s, u"getSeconds"_s}) {
            items += item(Kind::Function, name, name + u"()"_s, name + u"([timeZone]) → int"_s,
                          tr("A part of the time, in UTC or the given time zone."));
        }
    }
    return items;
}

QList<CelCompletionItem> CelCompletion::globals() const
{
    QList<CelCompletionItem> items {
        item(Kind::Variable, u"product"_s, u"product"_s, u"product document"_s,
             tr("The product being checked, as its canonical document.")),
        item(Kind::Variable, u"domain"_s, u"domain"_s, u"domain document"_s,
             tr("The domain the product belongs to.")),
        item(Kind::Variable, u"upstream"_s, u"upstream"_s, u"list of product documents"_s,
             tr("The documents of the products this product consumes.")),
        item(Kind::Variable, u"now"_s, u"now"_s, u"timestamp"_s,
             tr("The time of the check.")),
        item(Kind::Macro, u"has"_s, u"has("_s, u"has(x.field) → bool"_s,
             tr("True when the field is present.")),
        item(Kind::Function, u"size"_s, u"size("_s, u"size(x) → int"_s,
             tr("Number of elements, entries or characters.")),
        item(Kind::Function, u"timestamp"_s, u"timestamp("_s, u"timestamp(string)"_s,
             tr("A timestamp from RFC 3339 text, e.g. timestamp(product.updatedAt).")),
        item(Kind::Function, u"duration"_s, u"duration("_s, u"duration(string)"_s,
             tr("A duration from text such as \"24h\" or \"90m\".")),
        item(Kind::Function, u"matches"_s, u"matches("_s, u"matches(text, regex) → bool"_s,
             tr("True when the RE2 regular expression matches part of the text.")),
        item(Kind::Function, u"int"_s, u"int("_s, u"int(x)"_s, tr("Converts to an integer.")),
        item(Kind::Function, u"double"_s, u"double("_s, u"double(x)"_s,
             tr("Converts to a floating-point number.")),
        item(Kind::Function, u"string"_s, u"string("_s, u"string(x)"_s,
             tr("Converts to text.")),
        item(Kind::Function, u"type"_s, u"type("_s, u"type(x)"_s, tr("The type of a value.")),
        item(Kind::Keyword, u"true"_s, u"true"_s, u"bool"_s, {}),
        item(Kind::Keyword, u"false"_s, u"false"_s, u"bool"_s, {}),
        item(Kind::Keyword, u"null"_s, u"null"_s, u"null_type"_s, {}),
        item(Kind::Keyword, u"in"_s, u"in"_s, u"x in list"_s,
             tr("True when the list contains the value, or the map the key.")),
    };
    return items;
}

CelCompletion::Result CelCompletion::complete(const QString &source, qsizetype cursor) const
{
    Result result;
    cursor = std::clamp<qsizetype>(cursor, 0, source.size());
    if (insideLiteral(source, cursor))
        return result;
    qsizetype start = cursor;
    while (start > 0 && isIdentifierChar(source.at(start - 1)))
        --start;
    result.replaceFrom = start;
    result.prefix = source.mid(start, cursor - start);
    if (!result.prefix.isEmpty() && result.prefix.at(0).isDigit())
        return result;

    QList<CelCompletionItem> candidates;
    if (start > 0 && source.at(start - 1) == u'.') {
        const qsizetype receiverEnd = start - 1;
        const qsizetype receiverStart = chainStart(source, receiverEnd);
        if (receiverStart == receiverEnd || source.at(receiverStart).isDigit())
            return result; // a number such as "1." or a stray dot
        candidates = membersOf(typeOfChain(source, receiverStart, receiverEnd, 0));
    } else {
        candidates = globals();
        // Macro variables bound before the cursor, e.g. `p` in `….all(p, `.
        static const QRegularExpression binding(
            u"\\.(?:all|exists|exists_one|map|filter)\\(\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*,"_s);
        QStringList locals;
        for (auto it = binding.globalMatch(source.left(start)); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (!locals.contains(name))
                locals += name;
        }
        for (const QString &name : std::as_const(locals)) {
            const Type type = typeOfVariable(source, name, start, 0);
            candidates.prepend(item(Kind::Variable, name, name, type.cel,
                                    tr("Bound by the enclosing macro.")));
        }
    }
    for (const CelCompletionItem &candidate : std::as_const(candidates)) {
        if (candidate.name.startsWith(result.prefix, Qt::CaseInsensitive)
            && candidate.name != result.prefix)
            result.items += candidate;
    }
    return result;
}

} // namespace Tessera
