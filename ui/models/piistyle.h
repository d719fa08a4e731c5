#pragma once

#include <QBrush>

namespace Tessera::Gui {

// The one look of personal data (PII) everywhere it is listed: a warm background with dark
// text, readable on light and dark palettes alike because both colours are set.
class PiiStyle final
{
public:
    static QBrush background();
    static QBrush foreground();
};

} // namespace Tessera::Gui
