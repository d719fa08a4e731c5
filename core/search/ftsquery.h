#pragma once

#include <QString>
#include <QStringList>

namespace Tessera {

// Turns what a user types into an FTS5 MATCH expression: every word must occur, each as a
// prefix (so "cust ord" finds "customer orders" while typing). Words are split the way the
// unicode61 tokenizer splits them; FTS5 syntax characters in the input are never live.
class FtsQuery
{
public:
    static QStringList words(const QString &text);
    // Empty when the text has no words.
    static QString matchExpression(const QString &text);
    // The same words, the first of them at the start of a column (FTS5 "^"): what a
    // name or title beginning with the typed text matches. Empty when no words.
    static QString initialMatchExpression(const QString &text);
};

} // namespace Tessera
