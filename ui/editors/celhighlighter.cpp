#include "editors/celhighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

namespace {

bool isIdentifierStart(QChar c) { return c.isLetter() || c == u'_'; }
bool isIdentifierChar(QChar c) { return c.isLetterOrNumber() || c == u'_'; }

} // namespace

CelHighlighter::CelHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    // Readable on light and dark palettes alike.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    m_keyword.setForeground(dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x00, 0x33, 0x99));
    m_keyword.setFontWeight(QFont::Bold);
    m_variable.setForeground(dark ? QColor(0xc7, 0x92, 0xea) : QColor(0x7a, 0x1f, 0x99));
    m_function.setForeground(dark ? QColor(0x4e, 0xc9, 0xb0) : QColor(0x00, 0x6e, 0x6e));
    m_number.setForeground(dark ? QColor(0xf7, 0x8c, 0x6c) : QColor(0xa3, 0x3b, 0x00));
    m_string.setForeground(dark ? QColor(0xc3, 0xe8, 0x8d) : QColor(0x1a, 0x7f, 0x37));
    m_comment.setForeground(dark ? QColor(0x80, 0x80, 0x80) : QColor(0x6a, 0x73, 0x7d));
    m_comment.setFontItalic(true);
}

CelHighlighter::~CelHighlighter() = default;

// Colours the string whose opening quote is at quoteAt (after any r/b prefix from start)
// and returns where it ends; a triple-quoted string that does not end on this line sets
// the block state.
qsizetype CelHighlighter::highlightString(const QString &text, qsizetype start, qsizetype quoteAt)
{
    const QChar quote = text.at(quoteAt);
    const bool triple = quoteAt + 2 < text.size() && text.at(quoteAt + 1) == quote
        && text.at(quoteAt + 2) == quote;
    const bool raw = text.mid(start, quoteAt - start).contains(u'r', Qt::CaseInsensitive);
    const QString close = triple ? QString(3, quote) : QString(quote);
    qsizetype i = quoteAt + close.size();
    while (i < text.size()) {
        if (!raw && text.at(i) == u'\\') {
            i += 2;
            continue;
        }
        if (text.mid(i, close.size()) == close) {
            i += close.size();
            setFormat(int(start), int(i - start), m_string);
            return i;
        }
        ++i;
    }
    setFormat(int(start), int(text.size() - start), m_string);
    if (triple)
        setCurrentBlockState(quote == u'"' ? InTripleDouble : InTripleSingle);
    return text.size();
}

void CelHighlighter::highlightBlock(const QString &text)
{
    static const QSet<QString> keywords = {u"true"_s, u"false"_s, u"null"_s, u"in"_s};
    static const QSet<QString> variables = {u"product"_s, u"domain"_s, u"upstream"_s, u"now"_s};

    setCurrentBlockState(Normal);
    qsizetype i = 0;
    if (const int previous = previousBlockState(); previous == InTripleDouble
        || previous == InTripleSingle) {
        const QString close = QString(3, previous == InTripleDouble ? u'"' : u'\'');
        const qsizetype end = text.indexOf(close);
        if (end < 0) {
            setFormat(0, int(text.size()), m_string);
            setCurrentBlockState(previous);
            return;
        }
        i = end + 3;
        setFormat(0, int(i), m_string);
    }
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'/' && i + 1 < text.size() && text.at(i + 1) == u'/') {
            setFormat(int(i), int(text.size() - i), m_comment);
            return;
        }
        if (c == u'"' || c == u'\'') {
            i = highlightString(text, i, i);
            continue;
        }
        if (c.isDigit() || (c == u'.' && i + 1 < text.size() && text.at(i + 1).isDigit())) {
            const qsizetype start = i;
            while (i < text.size()
                   && (text.at(i).isLetterOrNumber() || text.at(i) == u'.'
                       || ((text.at(i) == u'+' || text.at(i) == u'-')
                           && (text.at(i - 1) == u'e' || text.at(i - 1) == u'E'))))
                ++i;
            setFormat(int(start), int(i - start), m_number);
            continue;
        }
        if (isIdentifierStart(c)) {
            const qsizetype start = i;
            while (i < text.size() && isIdentifierChar(text.at(i)))
                ++i;
            const QString word = text.mid(start, i - start);
            // String prefixes: r"…", b'…', rb"…".
            if (i < text.size() && (text.at(i) == u'"' || text.at(i) == u'\'')
                && word.size() <= 2
                && word.toLower().remove(u'r').remove(u'b').isEmpty()) {
                i = highlightString(text, start, i);
                continue;
            }
            const bool member = start > 0 && text.at(start - 1) == u'.';
            qsizetype next = i;
            while (next < text.size() && text.at(next).isSpace())
                ++next;
            if (keywords.contains(word) && !member)
                setFormat(int(start), int(word.size()), m_keyword);
            else if (next < text.size() && text.at(next) == u'(')
                setFormat(int(start), int(word.size()), m_function);
            else if (variables.contains(word) && !member)
                setFormat(int(start), int(word.size()), m_variable);
            continue;
        }
        ++i;
    }
}

} // namespace Tessera::Gui
