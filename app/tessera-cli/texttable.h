#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Tessera::Cli {

// Plain-text columns for terminal output: every column as wide as its widest cell, two
// spaces between columns, no trailing blanks. Widths count QChars, which is right for the
// Latin text the catalog holds and close enough for the rest.
class TextTable final
{
public:
    enum class Align { Left, Right };

    // An empty header list means no header line.
    explicit TextTable(const QStringList &headers = {});

    void setAlignment(int column, Align align);
    // Cells beyond the widest column are cut with an ellipsis (0: never cut).
    void setMaximumWidth(int column, int width);
    void addRow(const QStringList &cells);
    bool isEmpty() const { return m_rows.isEmpty(); }

    // The table, each line indented by `indent` spaces and ending with a newline.
    QString render(int indent = 0) const;

private:
    QString cell(const QStringList &row, int column) const;

    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<Align> m_alignments;
    QList<int> m_maximumWidths;
};

} // namespace Tessera::Cli
