#pragma once

#include "policy/celvalue.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <memory>
#include <span>
#include <utility>
#include <vector>

namespace Tessera {

struct CelAst;

// What some CEL programs can read of a JSON document: the members of its objects they select,
// the elements of its arrays they iterate, and the parts they use as whole values. A check of
// many documents converts only that (see CelJson::parse), since building and freeing the rest
// is most of a check's time. Worked out from the compiled programs, conservatively: a value
// that flows anywhere but into a field selection, a literal index, has() or a macro's range
// is needed whole.
//
// A node is one place in the document. A default node needs nothing but the value's presence;
// members and elements add what is read below it.
class CelProjection final
{
public:
    CelProjection() = default;
    CelProjection(const CelProjection &other);
    CelProjection &operator=(const CelProjection &other);
    CelProjection(CelProjection &&) noexcept = default;
    CelProjection &operator=(CelProjection &&) noexcept = default;
    ~CelProjection();

    // The value is read as a whole (compared, passed to a function, its size taken...).
    bool isWhole() const { return m_whole; }
    void setWhole();

    // Only the value's size is read (besides what members and elements say): an array then
    // keeps all its elements, an object all its members.
    bool isSized() const { return m_sized; }
    void setSized() { m_sized = true; }

    // What is read of the member `name` of an object value; created when absent. Member
    // names are pooled (CelStringPool), so findMember() usually matches by address.
    CelProjection &member(QStringView name);
    const CelProjection *findMember(const QString &name) const;
    // The same by the name's UTF-8 bytes, as a JSON reader meets them.
    const CelProjection *findMember(QByteArrayView utf8) const;
    qsizetype memberCount() const { return qsizetype(m_members.size()); }
    // The same as an index for memberAt() and memberKey(), or -1.
    qsizetype indexOfMember(QByteArrayView utf8) const;
    const CelProjection &memberAt(qsizetype index) const
    {
        return *m_members[std::size_t(index)].second;
    }
    // The member's name as a map key, a borrowed pooled string (null when the pool had no
    // room for it), with its CelMap::hashOf(): a reader that keeps the member need not make it.
    const CelValue &memberKey(qsizetype index) const
    {
        return m_memberKeys[std::size_t(index)].value;
    }
    size_t memberKeyHash(qsizetype index) const { return m_memberKeys[std::size_t(index)].hash; }

    // What is read of each element of an array value (iterated or indexed by a number);
    // reading elements of an object value means iterating its keys, which needs it whole.
    CelProjection &elements();
    const CelProjection *findElements() const { return m_elements.get(); }

    // Reads everything either reads.
    void merge(const CelProjection &other);

    // Adds what `program` reads of its variables: `roots[slot]` is the projection of the
    // declared variable `slot` when it holds a document, null for the other variables. An
    // expression that looks variables up by name (no declared environment) reads every
    // document whole.
    static void collect(const CelAst &program, std::span<CelProjection *const> roots);

    // A readable form for tests: `{id, outputPorts: [{schema: {fields: [{pii}]}}]}`, `*`
    // for whole, `#` before what is also sized.
    QString debugString() const;

private:
    bool m_whole = false;
    bool m_sized = false;
    std::vector<std::pair<QString, std::unique_ptr<CelProjection>>> m_members;
    std::vector<QByteArray> m_memberNames; // m_members' names in UTF-8
    struct Key
    {
        CelValue value;
        size_t hash = 0;
    };
    std::vector<Key> m_memberKeys;
    std::unique_ptr<CelProjection> m_elements;
};

} // namespace Tessera
