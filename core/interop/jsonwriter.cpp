#include "interop/jsonwriter.h"

#include <charconv>
#include <cmath>

namespace Tessera {

JsonWriter::JsonWriter(int indent, std::size_t reserve)
    : m_indent(indent)
{
    m_out.reserve(reserve);
}

void JsonWriter::newline()
{
    if (m_indent < 0)
        return;
    m_out += '\n';
    m_out.append(m_first.size() * std::size_t(m_indent), ' ');
}

// Writes the comma and line break that come before a value or key.
void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_first.empty())
        return;
    if (!m_first.back())
        m_out += ',';
    m_first.back() = false;
    newline();
}

void JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_first.push_back(true);
}

void JsonWriter::endObject()
{
    const bool empty = m_first.back();
    m_first.pop_back();
    if (!empty)
        newline();
    m_out += '}';
}

void JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_first.push_back(true);
}

void JsonWriter::endArray()
{
    const bool empty = m_first.back();
    m_first.pop_back();
    if (!empty)
        newline();
    m_out += ']';
}

void JsonWriter::key(std::string_view name)
{
    separate();
    writeString(name.data(), qsizetype(name.size()));
    m_out += m_indent < 0 ? ":" : ": ";
    m_afterKey = true;
}

void JsonWriter::writeString(const char *data, qsizetype size)
{
    static const char hex[] = "0123456789abcdef";
    m_out += '"';
    qsizetype start = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(data + start, std::size_t(i - start));
        start = i + 1;
        switch (c) {
        case '"': m_out.append("\\\""); break;
        case '\\': m_out += "\\\\"; break;
        case '\n': m_out += "\\n"; break;
        case '\r': m_out += "\\r"; break;
        case '\t': m_out += "\\t"; break;
        case '\b': m_out += "\\b"; break;
        case '\f': m_out += "\\f"; break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            m_out.append(escape, 6);
        }
        }
    }
    m_out.append(data + start, std::size_t(size - start));
    m_out += '"';
}

void JsonWriter::value(const QString &text)
{
    separate();
    // Encode and escape in one pass straight into the output: product documents are
    // mostly short strings, and a temporary UTF-8 copy of each doubled the cost.
    static const char hex[] = "0123456789abcdef";
    const qsizetype start = m_out.size();
    m_out.resize(start + text.size() * 6 + 2); // worst case: every unit escaped as \u00XX
    char *out = m_out.data() + start;
    *out++ = '"';
    const char16_t *units = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char32_t c = units[i];
        if (c < 0x80) {
            if (c >= 0x20 && c != '"' && c != '\\') {
                *out++ = char(c);
                continue;
            }
            *out++ = '\\';
            switch (c) {
            case '"': *out++ = '"'; break;
            case '\\': *out++ = '\\'; break;
            case '\n': *out++ = 'n'; break;
            case '\r': *out++ = 'r'; break;
            case '\t': *out++ = 't'; break;
            case '\b': *out++ = 'b'; break;
            case '\f': *out++ = 'f'; break;
            default:
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = hex[c >> 4];
                *out++ = hex[c & 0xf];
            }
        } else if (c < 0x800) {
            *out++ = char(0xC0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3F));
        } else if (c >= 0xD800 && c < 0xDC00 && i + 1 < size && units[i + 1] >= 0xDC00 && units[i + 1] < 0xE000) {
            const char32_t code = 0x10000 + ((c - 0xD800) << 10) + (units[i + 1] - 0xDC00);
            ++i;
            *out++ = char(0xF0 | (code >> 18));
            *out++ = char(0x80 | ((code >> 12) & 0x3F));
            *out++ = char(0x80 | ((code >> 6) & 0x3F));
            *out++ = char(0x80 | (code & 0x3F));
        } else {
            // A lone surrogate is not text: write U+FFFD as QString::toUtf8() does.
            const char32_t code = (c >= 0xD800 && c < 0xE000) ? 0xFFFD : c;
            *out++ = char(0xE0 | (code >> 12));
            *out++ = char(0x80 | ((code >> 6) & 0x3F));
            *out++ = char(0x80 | (code & 0x3F));
        }
    }
    *out++ = '"';
    m_out.resize(std::size_t(out - m_out.data()));
}

void JsonWriter::value(std::string_view utf8)
{
    separate();
    writeString(utf8.data(), qsizetype(utf8.size()));
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
}

void JsonWriter::value(qint64 number)
{
    separate();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    m_out.append(buffer, std::size_t(result.ptr - buffer));
}

void JsonWriter::value(double number)
{
    separate();
    if (!std::isfinite(number)) { // JSON has no infinities
        m_out += "null";
        return;
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    const std::string_view text(buffer, std::size_t(result.ptr - buffer));
    m_out += text;
    // Keep doubles recognisable as such when they read back ("4.0", not "4").
    if (text.find_first_of(".eEn") == std::string_view::npos)
        m_out += ".0";
}

void JsonWriter::value(const QVariant &variant)
{
    switch (variant.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr: null(); return;
    case QMetaType::Bool: value(variant.toBool()); return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt: value(variant.toLongLong()); return;
    case QMetaType::ULongLong: {
        separate();
        m_out += std::to_string(variant.toULongLong());
        return;
    }
    case QMetaType::Double:
    case QMetaType::Float: value(variant.toDouble()); return;
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        beginArray();
        const QVariantList list = variant.toList();
        for (const QVariant &item : list)
            value(item);
        endArray();
        return;
    }
    case QMetaType::QVariantMap: {
        beginObject();
        const QVariantMap map = variant.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const QByteArray name = it.key().toUtf8();
            key(std::string_view(name.constData(), std::size_t(name.size())));
            value(it.value());
        }
        endObject();
        return;
    }
    default: value(variant.toString()); return;
    }
}

void JsonWriter::null()
{
    separate();
    m_out += "null";
}

void JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out.append(json.constData(), std::size_t(json.size()));
}

void JsonWriter::value(const QDateTime &utc)
{
    if (!utc.isValid()) {
        null();
        return;
    }
    // QDateTime::toString() is general and slow; catalogs write hundreds of thousands.
    const QDateTime t = utc.timeSpec() == Qt::UTC ? utc : utc.toUTC();
    const QDate date = t.date();
    const QTime time = t.time();
    char buffer[32];
    const int year = date.year();
    if (year < 0 || year > 9999) {
        value(t.toString(Qt::ISODateWithMs));
        return;
    }
    auto two = [](char *at, int v) {
        at[0] = char('0' + v / 10);
        at[1] = char('0' + v % 10);
    };
    buffer[0] = '"';
    two(buffer + 1, year / 100);
    two(buffer + 3, year % 100);
    buffer[5] = '-';
    two(buffer + 6, date.month());
    buffer[8] = '-';
    two(buffer + 9, date.day());
    buffer[11] = 'T';
    two(buffer + 12, time.hour());
    buffer[14] = ':';
    two(buffer + 15, time.minute());
    buffer[17] = ':';
    two(buffer + 18, time.second());
    int length = 20;
    if (const int ms = time.msec()) {
        buffer[20] = '.';
        buffer[21] = char('0' + ms / 100);
        two(buffer + 22, ms % 100);
        length = 24;
    }
    buffer[length++] = 'Z';
    buffer[length++] = '"';
    separate();
    m_out.append(buffer, std::size_t(length));
}

} // namespace Tessera
