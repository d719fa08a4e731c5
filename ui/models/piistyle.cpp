#include "models/piistyle.h"

#include <QColor>

namespace Tessera::Gui {

QBrush PiiStyle::background()
{
    return QColor(0xfd, 0xe3, 0xd6);
}

QBrush PiiStyle::foreground()
{
    return QColor(0x8a, 0x2b, 0x06);
}

} // namespace Tessera::Gui
