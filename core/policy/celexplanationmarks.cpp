#include "policy/celexplanationmarks.h"

#include "policy/celexplanation.h"

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

namespace Tessera {

namespace {

// Display columns count code points, so that markers line up under non-BMP characters too.
qsizetype displayWidth(QStringView text)
{
    qsizetype width = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++width;
    }
    return width;
}

// A value to show under a line of the source.
struct Marker
{
    qsizetype column = 0;
    qsizetype depth = 0;
    QStringView text;
    qsizetype width = 0; // of the text, in columns
};

// Writes `text` into `row` at `column`, padding with spaces.
void put(std::u16string &row, qsizetype column, QStringView text)
{
    const std::size_t end = std::size_t(column + text.size());
    if (row.size() < end)
        row.resize(end, u' ');
    std::copy(text.utf16(), text.utf16() + text.size(), row.begin() + column);
}

} // namespace

CelExplanationMarks CelExplanationMarks::make(const QString &source, std::span<const Value> values)
{
    // The texts are built in a buffer of the thread's and kept at their size: a check keeps
    // the marks of every failure it finds.
    thread_local QString texts;
    texts.resize(0);
    CelExplanationMarks marks;
    marks.m_source = source;
    marks.m_marks.reserve(qsizetype(values.size()));
    for (const Value &value : values) {
        Mark mark;
        mark.binding = value.binding;
        if (value.binding) {
            texts += value.name;
            texts += QLatin1StringView(" = ");
        } else {
            mark.offset = qint32(value.markOffset);
            mark.depth = qint32(value.depth);
        }
        CelExplanation::appendShown(texts, *value.value);
        mark.textEnd = texts.size();
        marks.m_marks.append(mark);
    }
    marks.m_texts = QString(texts.constData(), texts.size());
    // An error's message is shown whole: the buffer of a long one is not worth keeping.
    if (texts.capacity() > 64 << 10)
        texts = QString();
    return marks;
}

QString CelExplanationMarks::render() const
{
    QString out;
    render(out);
    return out;
}

QString CelExplanationMarks::under(const QString &message) const
{
    if (isEmpty())
        return message;
    QString text = message;
    text += u'\n';
    render(text);
    if (QStringView(text).sliced(message.size()).trimmed().isEmpty())
        text.truncate(message.size());
    return text;
}

void CelExplanationMarks::render(QString &out) const
{
    // A report lays out every failure it writes: the lines are built in buffers of the
    // thread's, reused from line to line and from explanation to explanation, and `out` grows
    // once, by what they hold.
    thread_local std::u16string built;
    thread_local std::u16string row;
    thread_local std::vector<Marker> pending;
    thread_local std::vector<Marker> later;
    built.clear();
    bool first = true;
    const auto addLine = [&](QStringView line) {
        if (!first)
            built += u'\n';
        first = false;
        built.append(line.utf16(), std::size_t(line.size()));
    };
    const auto textOf = [&](qsizetype mark) {
        const qsizetype start = mark > 0 ? m_marks.at(mark - 1).textEnd : 0;
        return QStringView(m_texts).sliced(start, m_marks.at(mark).textEnd - start);
    };
    const QStringView all(m_source);
    qsizetype lineStart = 0;
    while (true) {
        const qsizetype newline = all.indexOf(u'\n', lineStart);
        const qsizetype lineEnd = newline < 0 ? all.size() : newline;
        const QStringView line = all.sliced(lineStart, lineEnd - lineStart);
        addLine(line);
        // Counted once: a line without surrogates, the usual one, has a column per unit.
        const bool bmp = displayWidth(line) == line.size();
        pending.clear();
        for (qsizetype i = 0; i < m_marks.size(); ++i) {
            const Mark &mark = m_marks.at(i);
            if (mark.binding || mark.offset < lineStart || mark.offset > lineEnd)
                continue;
            const qsizetype offset = mark.offset - lineStart;
            Marker marker;
            marker.column = bmp ? offset : displayWidth(line.left(offset));
            marker.depth = mark.depth;
            marker.text = textOf(i);
            marker.width = displayWidth(marker.text);
            pending.push_back(marker);
        }
        if (!pending.empty()) {
            // Rightmost first, and of two at one column the deeper one, as power asserts do.
            std::stable_sort(pending.begin(), pending.end(), [](const Marker &a, const Marker &b) {
                return a.column != b.column ? a.column > b.column : a.depth < b.depth;
            });
            row.clear();
            for (const Marker &m : pending)
                put(row, m.column, u"|");
            addLine(row);
            // Each row shows the values that fit to the left of what is already on it, and a
            // bar for every value still to come.
            while (!pending.empty()) {
                row.clear();
                later.clear();
                qsizetype limit = std::numeric_limits<qsizetype>::max();
                for (const Marker &m : pending) {
                    if (m.column >= limit) {
                        later.push_back(m);
                        continue;
                    }
                    if (limit == std::numeric_limits<qsizetype>::max() || m.column + m.width < limit) {
                        put(row, m.column, m.text);
                    } else {
                        put(row, m.column, u"|");
                        later.push_back(m);
                    }
                    limit = m.column;
                }
                addLine(row);
                pending.swap(later);
            }
        }
        if (newline < 0)
            break;
        lineStart = newline + 1;
    }
    for (qsizetype i = 0; i < m_marks.size(); ++i) {
        if (m_marks.at(i).binding)
            addLine(textOf(i));
    }
    out.reserve(out.size() + qsizetype(built.size()));
    out.append(QStringView(built.data(), qsizetype(built.size())));
    // An error's message is shown whole: the buffers of an explanation of a long one are not
    // worth keeping.
    constexpr std::size_t Kept = 64 << 10;
    if (built.capacity() > Kept)
        built = {};
    if (row.capacity() > Kept)
        row = {};
}

} // namespace Tessera
