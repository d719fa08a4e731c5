#pragma once

#include <QString>

namespace Tessera::Gui {

// Identifier suggestions for the forms: ids of domains and names of products are slugs
// (see ProductValidator::isSlug), derived from what the user types as a display name.
class Slug final
{
public:
    // "Store Returns & Repairs" -> "store-returns-repairs"; empty when nothing is left.
    // Letters outside a-z (accents, other scripts) are dropped, not transliterated.
    static QString suggest(const QString &text);
};

} // namespace Tessera::Gui
