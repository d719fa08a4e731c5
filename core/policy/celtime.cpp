#include "policy/celtime.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

using Time = CelValue::Time;
// Timestamps in nanoseconds overflow 64 bits; __extension__ keeps -Wpedantic quiet.
__extension__ typedef __int128 Nanos;

constexpr qint64 NanosPerSecond = 1'000'000'000;
constexpr qint64 MinTimestampSeconds = -62135596800; // 0001-01-01T00:00:00Z
constexpr qint64 MaxTimestampSeconds = 253402300799; // 9999-12-31T23:59:59Z

CelValue rangeError()
{
    return CelValue::error(CelTime::tr("range error: timestamp or duration out of range"));
}

Nanos toNanos(Time t)
{
    return Nanos(t.seconds) * NanosPerSecond + t.nanos;
}

// Timestamps keep nanos in [0, 10^9), as google.protobuf.Timestamp does.
CelValue makeTimestamp(Nanos n)
{
    Nanos seconds = n / NanosPerSecond;
    Nanos nanos = n % NanosPerSecond;
    if (nanos < 0) {
        nanos += NanosPerSecond;
        --seconds;
    }
    if (seconds < MinTimestampSeconds || seconds > MaxTimestampSeconds)
        return rangeError();
    return CelValue::fromTimestamp({qint64(seconds), qint32(nanos)});
}

// Durations keep nanos with the sign of seconds, as google.protobuf.Duration does, and fit
// in int64 nanoseconds (about ±292 years), as the language definition limits them.
CelValue makeDuration(Nanos n)
{
    if (n < Nanos(std::numeric_limits<qint64>::min())
        || n > Nanos(std::numeric_limits<qint64>::max()))
        return rangeError();
    return CelValue::fromDuration({qint64(n / NanosPerSecond), qint32(n % NanosPerSecond)});
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

CelValue parseTimestamp(const QString &text)
{
    static const QRegularExpression rfc3339(
        u"^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?(?:([Zz])|([+-])(\\d{2}):(\\d{2}))$"_s);
    const auto m = rfc3339.match(text);
    if (!m.hasMatch())
        return CelValue::error(
            CelTime::tr("cannot parse \"%1\" as an RFC 3339 timestamp").arg(text));
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    const int day = m.captured(3).toInt();
    const int hour = m.captured(4).toInt();
    const int minute = m.captured(5).toInt();
    const int second = m.captured(6).toInt();
    if (year < 1)
        return rangeError();
    if (!QDate::isValid(year, month, day) || hour > 23 || minute > 59 || second > 59)
        return CelValue::error(CelTime::tr("invalid date or time in timestamp \"%1\"").arg(text));
    const QString fraction = m.captured(7);
    const qint64 nanos = fraction.isEmpty() ? 0 : fraction.leftJustified(9, u'0').toLongLong();
    qint64 offset = 0;
    if (m.captured(8).isEmpty()) {
        offset = (m.captured(10).toInt() * 60 + m.captured(11).toInt()) * 60;
        if (m.captured(9) == u"-"_s)
            offset = -offset;
    }
    const qint64 seconds = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600
        + minute * 60 + second - offset;
    return makeTimestamp(Nanos(seconds) * NanosPerSecond + nanos);
}

// Go's duration syntax, as CEL uses it: "-1h2m3.5s", "100ms"; units h m s ms us µs ns.
// Parsed in integer nanoseconds so that large durations stay exact.
CelValue parseDuration(const QString &text)
{
    static const QRegularExpression part(u"(\\d*)(?:\\.(\\d*))?(h|ms|m|s|us|µs|ns)"_s);
    qsizetype pos = 0;
    bool negative = false;
    if (text.startsWith(u'-') || text.startsWith(u'+')) {
        negative = text.startsWith(u'-');
        pos = 1;
    }
    const auto invalid = [&] {
        return CelValue::error(CelTime::tr("cannot parse \"%1\" as a duration").arg(text));
    };
    if (text.mid(pos) == u"0"_s)
        return CelValue::fromDuration({});
    if (pos >= text.size())
        return invalid();
    Nanos total = 0;
    while (pos < text.size()) {
        const auto m = part.match(text, pos, QRegularExpression::NormalMatch,
                                  QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
            return invalid();
        const QString whole = m.captured(1);
        const QString fraction = m.captured(2).left(18);
        if (whole.size() > 18)
            return rangeError();
        const QString unit = m.captured(3);
        const Nanos scale = unit == u"h"_s ? Nanos(3600) * NanosPerSecond
            : unit == u"m"_s               ? Nanos(60) * NanosPerSecond
            : unit == u"s"_s               ? Nanos(NanosPerSecond)
            : unit == u"ms"_s              ? Nanos(1'000'000)
            : unit == u"ns"_s              ? Nanos(1)
                                           : Nanos(1'000);
        total += Nanos(whole.toLongLong()) * scale;
        if (!fraction.isEmpty()) {
            Nanos denominator = 1;
            for (qsizetype i = 0; i < fraction.size(); ++i)
                denominator *= 10;
            total += Nanos(fraction.toLongLong()) * scale / denominator;
        }
        pos = m.capturedEnd(0);
        if (total > Nanos(std::numeric_limits<qint64>::max()) + 1)
            return rangeError(); // before a long run of parts could overflow even 128 bits
    }
    return makeDuration(negative ? -total : total);
}

QString fractionText(qint32 nanos)
{
    if (nanos == 0)
        return {};
    QString digits = QString::number(std::abs(nanos)).rightJustified(9, u'0');
    while (digits.endsWith(u'0'))
        digits.chop(1);
    return u'.' + digits;
}

// The time zone argument: "UTC", an IANA name, or a fixed offset such as "+05:30" or "02:00".
// Fixed offsets are kept as seconds, whatever their size: QTimeZone takes none beyond ±14 hours,
// and CEL's syntax (two digits of hours, two of minutes) allows up to ±99:99.
struct Zone
{
    std::optional<QTimeZone> named;
    qint64 offset = 0; // east of UTC, when not named
};

std::optional<Zone> zoneFor(const QString &name)
{
    static const QRegularExpression fixed(u"^([+-]?)(\\d{2}):(\\d{2})$"_s);
    const auto m = fixed.match(name);
    if (m.hasMatch()) {
        qint64 offset = (m.captured(2).toInt() * 60 + m.captured(3).toInt()) * 60;
        if (m.captured(1) == u"-"_s)
            offset = -offset;
        return Zone {std::nullopt, offset};
    }
    QTimeZone zone(name.toUtf8());
    if (!zone.isValid())
        return std::nullopt;
    return Zone {zone, 0};
}

} // namespace

CelValue CelTime::timestamp(const CelValue &arg)
{
    switch (arg.kind()) {
    case CelValue::Kind::Timestamp:
        return arg;
    case CelValue::Kind::String:
        return parseTimestamp(arg.stringValue());
    case CelValue::Kind::Int:
        return makeTimestamp(Nanos(arg.intValue()) * NanosPerSecond);
    default:
        return CelValue::error(
            tr("no matching overload for 'timestamp' applied to (%1)").arg(arg.typeName()));
    }
}

CelValue CelTime::duration(const CelValue &arg)
{
    switch (arg.kind()) {
    case CelValue::Kind::Duration:
        return arg;
    case CelValue::Kind::String:
        return parseDuration(arg.stringValue());
    default:
        return CelValue::error(
            tr("no matching overload for 'duration' applied to (%1)").arg(arg.typeName()));
    }
}

CelValue CelTime::add(const CelValue &a, const CelValue &b)
{
    using K = CelValue::Kind;
    if (a.kind() == K::Timestamp && b.kind() == K::Duration)
        return makeTimestamp(toNanos(a.timeValue()) + toNanos(b.timeValue()));
    if (a.kind() == K::Duration && b.kind() == K::Timestamp)
        return makeTimestamp(toNanos(a.timeValue()) + toNanos(b.timeValue()));
    if (a.kind() == K::Duration && b.kind() == K::Duration)
        return makeDuration(toNanos(a.timeValue()) + toNanos(b.timeValue()));
    return CelValue::error(
        tr("no matching overload for '_+_' applied to (%1, %2)").arg(a.typeName(), b.typeName()));
}

CelValue CelTime::subtract(const CelValue &a, const CelValue &b)
{
    using K = CelValue::Kind;
    if (a.kind() == K::Timestamp && b.kind() == K::Duration)
        return makeTimestamp(toNanos(a.timeValue()) - toNanos(b.timeValue()));
    if (a.kind() == K::Timestamp && b.kind() == K::Timestamp)
        return makeDuration(toNanos(a.timeValue()) - toNanos(b.timeValue()));
    if (a.kind() == K::Duration && b.kind() == K::Duration)
        return makeDuration(toNanos(a.timeValue()) - toNanos(b.timeValue()));
    return CelValue::error(
        tr("no matching overload for '_-_' applied to (%1, %2)").arg(a.typeName(), b.typeName()));
}

QString CelTime::toString(const CelValue &value)
{
    const Time t = value.timeValue();
    if (value.kind() == CelValue::Kind::Duration) {
        const bool negative = t.seconds < 0 || t.nanos < 0;
        return (negative ? u"-"_s : QString()) + QString::number(std::abs(t.seconds))
            + fractionText(t.nanos) + u's';
    }
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(t.seconds, QTimeZone::utc());
    return utc.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + fractionText(t.nanos) + u'Z';
}

CelValue CelTime::accessor(const QString &name, const std::vector<CelValue> &args)
{
    const auto noOverload = [&] {
        QStringList types;
        for (const CelValue &arg : args)
            types += arg.typeName();
        return CelValue::error(
            tr("no matching overload for '%1' applied to (%2)").arg(name, types.join(u", "_s)));
    };
    if (args.empty() || args.size() > 2)
        return noOverload();
    const CelValue &receiver = args[0];
    const Time t = receiver.kind() == CelValue::Kind::Timestamp
            || receiver.kind() == CelValue::Kind::Duration
        ? receiver.timeValue()
        : Time {};

    if (receiver.kind() == CelValue::Kind::Duration && args.size() == 1) {
        if (name == u"getHours"_s)
            return CelValue::fromInt(t.seconds / 3600);
        if (name == u"getMinutes"_s)
            return CelValue::fromInt(t.seconds / 60);
        if (name == u"getSeconds"_s)
            return CelValue::fromInt(t.seconds);
        if (name == u"getMilliseconds"_s)
            return CelValue::fromInt(t.nanos / 1'000'000);
        return noOverload();
    }
    if (receiver.kind() != CelValue::Kind::Timestamp)
        return noOverload();

    Zone zone;
    if (args.size() == 2) {
        if (args[1].kind() != CelValue::Kind::String)
            return noOverload();
        const auto found = zoneFor(args[1].stringValue());
        if (!found)
            return CelValue::error(tr("unknown time zone \"%1\"").arg(args[1].stringValue()));
        zone = *found;
    }
    const QDateTime local = zone.named ? QDateTime::fromSecsSinceEpoch(t.seconds, *zone.named)
                                       : QDateTime::fromSecsSinceEpoch(t.seconds + zone.offset, QTimeZone::utc());
    const QDate date = local.date();
    const QTime time = local.time();
    if (name == u"getFullYear"_s) // QDate has no year 0: the year before 1 is -1 there, 0 in CEL
        return CelValue::fromInt(date.year() < 0 ? date.year() + 1 : date.year());
    if (name == u"getMonth"_s)
        return CelValue::fromInt(date.month() - 1);
    if (name == u"getDate"_s)
        return CelValue::fromInt(date.day());
    if (name == u"getDayOfMonth"_s)
        return CelValue::fromInt(date.day() - 1);
    if (name == u"getDayOfWeek"_s)
        return CelValue::fromInt(date.dayOfWeek() % 7); // Sunday is 0 in CEL, 7 in Qt
    if (name == u"getDayOfYear"_s)
        return CelValue::fromInt(date.dayOfYear() - 1);
    if (name == u"getHours"_s)
        return CelValue::fromInt(time.hour());
    if (name == u"getMinutes"_s)
        return CelValue::fromInt(time.minute());
    if (name == u"getSeconds"_s)
        return CelValue::fromInt(time.second());
    if (name == u"getMilliseconds"_s)
        return CelValue::fromInt(t.nanos / 1'000'000);
    return noOverload();
}

} // namespace Tessera
