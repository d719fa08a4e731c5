#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Tessera::Gui {

// Colours CEL source: literals, keywords, the policy variables, macros and functions, and
// comments. Triple-quoted strings may span lines (the block state carries them over).
class CelHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CelHighlighter)

public:
    explicit CelHighlighter(QTextDocument *document);
    ~CelHighlighter() override;

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State { Normal = -1, InTripleDouble = 1, InTripleSingle = 2 };

    qsizetype highlightString(const QString &text, qsizetype start, qsizetype quoteAt);

    QTextCharFormat m_keyword;
    QTextCharFormat m_variable;
    QTextCharFormat m_function;
    QTextCharFormat m_number;
    QTextCharFormat m_string;
    QTextCharFormat m_comment;
};

} // namespace Tessera::Gui
