#include "authoring/celfieldcheck.h"

#include "policy/celast.h"

#include <optional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

// A place in a product document as a schema path ("[]" for an array's items); `upstream`
// marks the list of product documents itself.
struct Place
{
    QStringList path;
    bool upstream = false;
};

class FieldWalk
{
public:
    FieldWalk(const DocumentSchema &schema, int productSlot, int upstreamSlot)
        : m_schema(schema)
        , m_productSlot(productSlot)
        , m_upstreamSlot(upstreamSlot)
    {
    }

    QList<CelSourceError> problems;

    // Checks `node` and returns where in a document its value is, if known.
    std::optional<Place> walk(const CelAst &node)
    {
        switch (node.kind) {
        case CelAst::Kind::Identifier:
            return reference(node);
        case CelAst::Kind::Select: {
            if (node.reference == CelAst::Reference::Variable)
                return reference(node);
            const std::optional<Place> target = walk(*node.children[0]);
            if (!target)
                return std::nullopt;
            return member(*target, node.name, node);
        }
        case CelAst::Kind::Call:
            if ((node.function == CelAst::Function::Index
                 || node.function == CelAst::Function::OptionalIndex)
                && node.children.size() == 2) {
                const std::optional<Place> target = walk(*node.children[0]);
                const CelAst &key = *node.children[1];
                walkAll(key);
                if (!target || key.kind != CelAst::Kind::Literal)
                    return std::nullopt;
                if (key.value.kind() == CelValue::Kind::String)
                    return member(*target, key.value.stringValue(), key);
                return items(*target);
            }
            break;
        case CelAst::Kind::Comprehension: {
            const std::optional<Place> range = walk(*node.children[0]);
            const size_t slot = size_t(std::max(0, node.slot));
            if (m_locals.size() <= slot)
                m_locals.resize(slot + 1);
            const std::optional<Place> outer = m_locals[slot];
            m_locals[slot] = range ? items(*range) : std::nullopt;
            for (size_t i = 1; i < node.children.size(); ++i)
                walk(*node.children[i]);
            m_locals[slot] = outer;
            return std::nullopt;
        }
        default:
            break;
        }
        walkAll(node);
        return std::nullopt;
    }

private:
    void walkAll(const CelAst &node)
    {
        for (const auto &child : node.children)
            walk(*child);
    }

    std::optional<Place> reference(const CelAst &node)
    {
        if (node.reference == CelAst::Reference::Variable) {
            if (node.slot >= 0 && node.slot == m_productSlot)
                return Place {};
            if (node.slot >= 0 && node.slot == m_upstreamSlot)
                return Place {{}, true};
        } else if (node.reference == CelAst::Reference::Local && node.slot >= 0
                   && size_t(node.slot) < m_locals.size()) {
            return m_locals[size_t(node.slot)];
        }
        return std::nullopt;
    }

    static std::optional<Place> items(const Place &place)
    {
        if (place.upstream)
            return Place {};
        Place inner = place;
        inner.path.append(u"[]"_s);
        return inner;
    }

    std::optional<Place> member(const Place &place, const QString &name, const CelAst &node)
    {
        if (place.upstream)
            return std::nullopt;
        const QList<SchemaProperty> properties = m_schema.properties(place.path);
        // Open objects (maps such as customProperties) list no properties: nothing to check.
        if (properties.isEmpty())
            return std::nullopt;
        for (const SchemaProperty &property : properties) {
            if (property.name == name) {
                Place inner = place;
                inner.path.append(name);
                return inner;
            }
        }
        QString path = place.path.join(u'.');
        path.replace(u".[]"_s, u"[]"_s);
        const QString reason = place.path.isEmpty()
            ? CelFieldCheck::tr("product documents have no field \"%1\"").arg(name)
            : CelFieldCheck::tr("\"%1\" of product documents has no field \"%2\"").arg(path, name);
        // has(x.f) keeps the macro's position: the name follows its operand and the dot.
        const qsizetype offset = node.kind == CelAst::Kind::Select && node.testOnly
            ? node.children[0]->offset + node.children[0]->length + 1
            : node.tokenOffset;
        problems.append({node.line, node.column, offset, qsizetype(name.size()), reason});
        return std::nullopt;
    }

    const DocumentSchema &m_schema;
    int m_productSlot;
    int m_upstreamSlot;
    std::vector<std::optional<Place>> m_locals;
};

} // namespace

QList<CelSourceError> CelFieldCheck::unknownFields(const CelAst &program, const DocumentSchema &schema,
                                                   int productSlot, int upstreamSlot)
{
    FieldWalk walk(schema, productSlot, upstreamSlot);
    walk.walk(program);
    return walk.problems;
}

} // namespace Tessera
