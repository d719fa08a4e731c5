#include "texttable.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Cli {

TextTable::TextTable(const QStringList &headers)
    : m_headers(headers)
{
}

void TextTable::setAlignment(int column, Align align)
{
    if (m_alignments.size() <= column)
        m_alignments.resize(column + 1, Align::Left);
    m_alignments[column] = align;
}

void TextTable::setMaximumWidth(int column, int width)
{
    if (m_maximumWidths.size() <= column)
        m_maximumWidths.resize(column + 1, 0);
    m_maximumWidths[column] = width;
}

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

QString TextTable::cell(const QStringList &row, int column) const
{
    QString text = row.value(column);
    const int maximum = m_maximumWidths.value(column, 0);
    if (maximum > 1 && text.size() > maximum)
        text = text.left(maximum - 1) + u"…"_s;
    return text;
}

QString TextTable::render(int indent) const
{
    qsizetype columns = m_headers.size();
    for (const QStringList &row : m_rows)
        columns = std::max(columns, row.size());

    QList<qsizetype> widths(columns, 0);
    auto measure = [&](const QStringList &row) {
        for (int c = 0; c < columns; ++c)
            widths[c] = std::max(widths.at(c), cell(row, c).size());
    };
    if (!m_headers.isEmpty())
        measure(m_headers);
    for (const QStringList &row : m_rows)
        measure(row);

    const QString margin(indent, QLatin1Char(' '));
    QString text;
    auto writeRow = [&](const QStringList &row) {
        QString line = margin;
        for (int c = 0; c < columns; ++c) {
            const QString value = cell(row, c);
            const bool last = c == columns - 1;
            if (c > 0)
                line += u"  "_s;
            if (m_alignments.value(c, Align::Left) == Align::Right)
                line += value.rightJustified(widths.at(c));
            else
                line += last ? value : value.leftJustified(widths.at(c));
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    };
    if (!m_headers.isEmpty())
        writeRow(m_headers);
    for (const QStringList &row : m_rows)
        writeRow(row);
    return text;
}

} // namespace Tessera::Cli
