#include "search/ftsquery.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

QStringList FtsQuery::words(const QString &text)
{
    QStringList result;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            current.append(c.toLower());
        } else if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

QString FtsQuery::matchExpression(const QString &text)
{
    QStringList terms;
    for (const QString &word : words(text))
        terms.append(u'"' + word + u"\"*"_s); // letters and digits only: nothing to escape
    return terms.join(u' ');
}

QString FtsQuery::initialMatchExpression(const QString &text)
{
    const QString expression = matchExpression(text);
    return expression.isEmpty() ? expression : u"^ "_s + expression;
}

} // namespace Tessera
