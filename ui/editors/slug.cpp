#include "editors/slug.h"

namespace Tessera::Gui {

QString Slug::suggest(const QString &text)
{
    QString slug;
    const QString lower = text.trimmed().toLower();
    for (const QChar c : lower) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug.append(c);
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug.append(u'-'); // one separator per run of spaces and punctuation
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

} // namespace Tessera::Gui
