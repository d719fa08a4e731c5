#pragma once

#include "policy/celvalue.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <cstring>
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
    // The same as an index for memberAt() and memberKey(), or -1. Inline, by a hash of the
    // name's length and first and last eight bytes: a reader looks up every key it meets.
    qsizetype indexOfMember(QByteArrayView utf8) const
    {
        if (m_slots.empty()) [[unlikely]] // moved from
            return -1;
        const Signature key = signatureOf(utf8);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = key.slot(mask);; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.member < 0)
                return -1;
            if (slot.signature == key
                && (key.length <= 16
                    || std::memcmp(m_memberNames[std::size_t(slot.member)].constData() + 8, utf8.data() + 8,
                                   std::size_t(key.length - 16)) == 0))
                return slot.member;
        }
    }
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
    // Differs between projections, and changes when members are added: a reader may keep
    // what it found of a projection's members by its address and serial.
    quint64 serial() const { return m_serial.value; }

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

    // A name's length with its first and last eight bytes (zero-padded when shorter): equal
    // for names of up to 16 bytes only when the names are.
    struct Signature
    {
        quint64 head = 0;
        quint64 tail = 0;
        qsizetype length = 0;
        bool operator==(const Signature &) const = default;
        size_t slot(size_t mask) const
        {
            return size_t(((head ^ tail) + quint64(length)) * 0x9E3779B97F4A7C15ull >> 40) & mask;
        }
    };
    static quint64 bytesAt(const char *p, qsizetype n) // n <= 8
    {
        quint64 word = 0;
        if (n == 8) {
            std::memcpy(&word, p, 8);
        } else if (n >= 4) {
            // Two loads that overlap: the bytes they share are the same.
            quint32 low, high;
            std::memcpy(&low, p, 4);
            std::memcpy(&high, p + n - 4, 4);
            word = quint64(low) | (quint64(high) << (8 * (n - 4)));
        } else {
            for (qsizetype i = 0; i < n; ++i)
                word |= quint64(quint8(p[i])) << (8 * i);
        }
        return word;
    }
    static Signature signatureOf(QByteArrayView utf8)
    {
        const qsizetype n = utf8.size();
        Signature signature;
        signature.length = n;
        signature.head = bytesAt(utf8.data(), std::min<qsizetype>(n, 8));
        if (n > 8)
            signature.tail = bytesAt(utf8.data() + n - std::min<qsizetype>(n - 8, 8), std::min<qsizetype>(n - 8, 8));
        return signature;
    }
    // Open addressing over the members' signatures, at most half full.
    struct Slot
    {
        Signature signature;
        qsizetype member = -1;
    };
    std::vector<Slot> m_slots = std::vector<Slot>(4);
    struct Key
    {
        CelValue value;
        size_t hash = 0;
    };
    std::vector<Key> m_memberKeys;
    std::unique_ptr<CelProjection> m_elements;
    // Fresh for every projection made, copied into or moved from.
    struct Serial
    {
        Serial() = default;
        Serial(const Serial &) {}
        Serial(Serial &&other) noexcept : value(std::exchange(other.value, next())) {}
        Serial &operator=(const Serial &)
        {
            value = next();
            return *this;
        }
        Serial &operator=(Serial &&other) noexcept
        {
            value = std::exchange(other.value, next());
            return *this;
        }
        static quint64 next();
        quint64 value = next();
    };
    Serial m_serial;
};

} // namespace Tessera
