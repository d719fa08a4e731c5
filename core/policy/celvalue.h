#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <compare>
#include <memory>
#include <optional>
#include <variant>

namespace Tessera {

class CelMap;

// A CEL runtime value. Cheap to copy: scalars are inline, strings and bytes implicitly shared,
// lists and maps immutable and shared. Errors are values too, because CEL propagates and
// absorbs them like operands (`false && error` is false).
class CelValue final
{
public:
    enum class Kind : quint8 {
        Null,
        Bool,
        Int,
        Uint,
        Double,
        String,
        Bytes,
        List,
        Map,
        Type,
        Timestamp,
        Duration,
        Error,
    };

    // Seconds and nanoseconds as in google.protobuf.Timestamp/Duration; nanos has the sign of
    // seconds.
    struct Time
    {
        qint64 seconds = 0;
        qint32 nanos = 0;
        friend bool operator==(const Time &, const Time &) = default;
    };

    CelValue() = default; // null

    static CelValue fromBool(bool value);
    static CelValue fromInt(qint64 value);
    static CelValue fromUint(quint64 value);
    static CelValue fromDouble(double value);
    static CelValue fromString(const QString &value);
    static CelValue fromBytes(const QByteArray &value);
    static CelValue fromList(QList<CelValue> values);
    static CelValue fromMap(CelMap map);
    // A type value such as `int` or `list`; the name is the CEL type name.
    static CelValue fromType(const QString &name);
    static CelValue fromTimestamp(Time time);
    static CelValue fromDuration(Time time);
    static CelValue error(const QString &message);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind == Kind::Error; }
    bool isNumber() const
    {
        return m_kind == Kind::Int || m_kind == Kind::Uint || m_kind == Kind::Double;
    }

    // Accessors: only valid for the matching kind.
    bool boolValue() const { return std::get<bool>(m_data); }
    qint64 intValue() const { return std::get<qint64>(m_data); }
    quint64 uintValue() const { return std::get<quint64>(m_data); }
    double doubleValue() const { return std::get<double>(m_data); }
    // String, Type (its name) or Error (its message).
    const QString &stringValue() const { return std::get<QString>(m_data); }
    const QByteArray &bytesValue() const { return std::get<QByteArray>(m_data); }
    const QList<CelValue> &listValue() const { return *std::get<ListPtr>(m_data); }
    const CelMap &mapValue() const { return *std::get<MapPtr>(m_data); }
    Time timeValue() const { return std::get<Time>(m_data); }

    // The CEL type name: "int", "list", "google.protobuf.Timestamp", ...
    QString typeName() const;

    // CEL `==`: numbers compare by value across int/uint/double, other kinds must match,
    // NaN is unequal to everything. Never true for errors.
    bool celEquals(const CelValue &other) const;

    // CEL ordering. nullopt when no `<` overload exists for the two kinds;
    // unordered when a NaN is involved (every comparison is then false).
    std::optional<std::partial_ordering> celCompare(const CelValue &other) const;

    // For diagnostics and test output, in CEL literal syntax where there is one.
    QString debugString() const;

    // Identity, not CEL equality: kinds must match exactly and NaN equals NaN.
    // Used to compare results with expected values.
    friend bool operator==(const CelValue &a, const CelValue &b);

private:
    using ListPtr = std::shared_ptr<const QList<CelValue>>;
    using MapPtr = std::shared_ptr<const CelMap>;

    using Data = std::variant<std::monostate, bool, qint64, quint64, double, QString, QByteArray,
                              ListPtr, MapPtr, Time>;

    // For the factories: the kind says how to read the data (a QString is a string, a type
    // name or an error message).
    CelValue(Kind kind, Data data) : m_kind(kind), m_data(std::move(data)) {}

    Kind m_kind = Kind::Null;
    Data m_data;
};

} // namespace Tessera
