#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <string>
#include <string_view>
#include <vector>

namespace Tessera {

// Streams JSON text into a byte array without building a document tree: catalogs of
// 100,000 products are written in one pass. Strings are UTF-8; doubles use the shortest
// text that reads back to the same value.
class JsonWriter
{
public:
    // indent < 0 writes compact JSON; otherwise pretty-prints with that many spaces.
    explicit JsonWriter(int indent = -1, std::size_t reserve = 4096);

    // The text written so far.
    QByteArray bytes() const { return QByteArray(m_out.data(), qsizetype(m_out.size())); }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // A member name (UTF-8), escaped as needed.
    void key(std::string_view name);

    void value(const QString &text);
    void value(std::string_view utf8);
    void value(const char *utf8) { value(std::string_view(utf8)); }
    void value(bool flag);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void value(const QVariant &variant); // null, bool, numbers, strings, lists and maps
    // A UTC timestamp as ISO 8601 ("2026-11-24T10:00:00Z", with milliseconds when set),
    // or null when invalid.
    void value(const QDateTime &utc);
    void null();
    // Inserts already serialized JSON as one value.
    void raw(const QByteArray &json);

    // key(name) followed by value(v).
    template<typename T>
    void member(std::string_view name, const T &v)
    {
        key(name);
        value(v);
    }

private:
    void separate();
    void newline();
    void writeString(const char *data, qsizetype size);

    std::string m_out;
    int m_indent;
    std::vector<bool> m_first; // per open container: no element written yet
    bool m_afterKey = false;
};

} // namespace Tessera
