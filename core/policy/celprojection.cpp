#include "policy/celprojection.h"

#include "policy/celast.h"
#include "policy/celmap.h"
#include "policy/celstringpool.h"

#include <QStringList>

#include <atomic>
#include <bit>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

CelProjection::CelProjection(const CelProjection &other)
{
    merge(other);
}

CelProjection &CelProjection::operator=(const CelProjection &other)
{
    if (this != &other) {
        CelProjection copy(other);
        *this = std::move(copy);
    }
    return *this;
}

CelProjection::~CelProjection() = default;

void CelProjection::setWhole()
{
    // What was read below stays (a walk may still hold it) and no longer matters.
    m_whole = true;
}

quint64 CelProjection::Serial::next()
{
    static std::atomic<quint64> last {0};
    return last.fetch_add(1, std::memory_order_relaxed) + 1;
}

CelProjection &CelProjection::member(QStringView name)
{
    for (auto &[key, node] : m_members) {
        if (key == name)
            return *node;
    }
    m_members.emplace_back(CelStringPool::intern(name), std::make_unique<CelProjection>());
    m_serial.value = Serial::next();
    m_memberNames.push_back(name.toUtf8());
    // Members are added while programs are compiled, not while documents are read: the
    // table is simply made again.
    m_slots.assign(std::max(m_slots.size(), std::bit_ceil(2 * m_memberNames.size())), Slot {});
    const size_t mask = m_slots.size() - 1;
    for (size_t member = 0; member < m_memberNames.size(); ++member) {
        const Signature signature = signatureOf(m_memberNames[member]);
        size_t i = signature.slot(mask);
        while (m_slots[i].member >= 0)
            i = (i + 1) & mask;
        m_slots[i] = {signature, qsizetype(member)};
    }
    CelValue key = CelStringPool::internValue(name);
    const size_t hash = CelMap::hashOf(key.stringValue());
    m_memberKeys.push_back({key.isOwned() ? CelValue() : key, hash});
    return *m_members.back().second;
}

const CelProjection *CelProjection::findMember(QByteArrayView utf8) const
{
    const qsizetype i = indexOfMember(utf8);
    return i < 0 ? nullptr : m_members[std::size_t(i)].second.get();
}

const CelProjection *CelProjection::findMember(const QString &name) const
{
    for (const auto &[key, node] : m_members) {
        if (key.constData() == name.constData() || key == name)
            return node.get();
    }
    return nullptr;
}

CelProjection &CelProjection::elements()
{
    if (!m_elements)
        m_elements = std::make_unique<CelProjection>();
    return *m_elements;
}

void CelProjection::merge(const CelProjection &other)
{
    if (m_whole)
        return;
    if (other.m_whole) {
        m_whole = true;
        return;
    }
    m_sized = m_sized || other.m_sized;
    for (const auto &[name, node] : other.m_members)
        member(name).merge(*node);
    if (other.m_elements)
        elements().merge(*other.m_elements);
}

namespace {

// Walks a compiled expression once, recording on the projections what it reads.
class Reads
{
public:
    explicit Reads(std::span<CelProjection *const> roots)
        : m_roots(roots)
    {
    }

    // Records what `node` reads and returns the place in a document its value is, or null
    // when its value is not a part of a document (or is one already needed whole).
    CelProjection *walk(const CelAst &node)
    {
        switch (node.kind) {
        case CelAst::Kind::Literal:
            return nullptr;
        case CelAst::Kind::Identifier:
            return reference(node);
        case CelAst::Kind::Select: {
            if (node.reference == CelAst::Reference::Variable
                || node.reference == CelAst::Reference::Constant)
                return reference(node);
            CelProjection *target = walk(*node.children[0]);
            if (!target)
                return nullptr;
            CelProjection &field = target->member(node.name);
            // has() needs the member's presence only; its value is a bool.
            return node.testOnly ? nullptr : &field;
        }
        case CelAst::Kind::Call:
            return call(node);
        case CelAst::Kind::Comprehension:
            return comprehension(node);
        case CelAst::Kind::List:
        case CelAst::Kind::Map:
        case CelAst::Kind::Struct:
            break;
        }
        for (const auto &child : node.children)
            use(*child);
        return nullptr;
    }

    // The node's value is used as a whole.
    void use(const CelAst &node)
    {
        if (CelProjection *place = walk(node))
            place->setWhole();
    }

private:
    CelProjection *reference(const CelAst &node)
    {
        switch (node.reference) {
        case CelAst::Reference::Variable:
            return node.slot >= 0 && size_t(node.slot) < m_roots.size() ? m_roots[size_t(node.slot)]
                                                                           : nullptr;
        case CelAst::Reference::Local:
            return node.slot >= 0 && size_t(node.slot) < m_locals.size() ? m_locals[size_t(node.slot)]
                                                                            : nullptr;
        case CelAst::Reference::ByName:
            // Resolved only when evaluating: any name may be a document.
            for (CelProjection *root : m_roots) {
                if (root)
                    root->setWhole();
            }
            return nullptr;
        case CelAst::Reference::Constant:
            return nullptr;
        }
        return nullptr;
    }

    CelProjection *call(const CelAst &node)
    {
        const bool index = node.function == CelAst::Function::Index
            || node.function == CelAst::Function::OptionalIndex;
        if (index && node.children.size() == 2) {
            const CelAst &key = *node.children[1];
            CelProjection *target = walk(*node.children[0]);
            if (target && key.kind == CelAst::Kind::Literal) {
                switch (key.value.kind()) {
                case CelValue::Kind::String:
                    return &target->member(key.value.stringValue());
                case CelValue::Kind::Int:
                case CelValue::Kind::Uint:
                    return &target->elements();
                default:
                    break;
                }
            }
            if (target)
                target->setWhole();
            use(key);
            return nullptr;
        }
        if (node.function == CelAst::Function::Size && node.children.size() == 1) {
            if (CelProjection *target = walk(*node.children[0]))
                target->setSized();
            return nullptr;
        }
        for (const auto &child : node.children)
            use(*child);
        return nullptr;
    }

    CelProjection *comprehension(const CelAst &node)
    {
        const bool iterates = node.macro == CelAst::Macro::All || node.macro == CelAst::Macro::Exists
            || node.macro == CelAst::Macro::ExistsOne || node.macro == CelAst::Macro::Map;
        // filter() returns the range's own elements, which anything may then read; the
        // optional macros bind the optional's value. Both need their range whole.
        CelProjection *range = iterates ? walk(*node.children[0]) : nullptr;
        if (!iterates)
            use(*node.children[0]);
        const size_t slot = size_t(std::max(0, node.slot));
        if (m_locals.size() <= slot)
            m_locals.resize(slot + 1, nullptr);
        CelProjection *const outer = m_locals[slot];
        m_locals[slot] = range ? &range->elements() : nullptr;
        for (size_t i = 1; i < node.children.size(); ++i)
            use(*node.children[i]);
        m_locals[slot] = outer;
        return nullptr;
    }

    std::span<CelProjection *const> m_roots;
    std::vector<CelProjection *> m_locals;
};

} // namespace

void CelProjection::collect(const CelAst &program, std::span<CelProjection *const> roots)
{
    Reads(roots).use(program);
}

QString CelProjection::debugString() const
{
    if (m_whole)
        return u"*"_s;
    QStringList parts;
    for (const auto &[name, node] : m_members) {
        const bool presence = !node->m_whole && !node->m_sized && node->m_members.empty()
            && !node->m_elements;
        parts += presence ? name : name + u": "_s + node->debugString();
    }
    QString text = u'{' + parts.join(u", "_s) + u'}';
    if (m_elements)
        text = (m_members.empty() ? QString() : text + u' ') + u'[' + m_elements->debugString() + u']';
    else if (m_sized && m_members.empty())
        text.clear();
    return m_sized ? u'#' + text : text;
}

} // namespace Tessera
