#pragma once

#include "storage/importsummary.h"

#include <QMetaType>
#include <QString>

namespace Tessera::Gui {

// How an import or export that ran in the background ended.
struct TransferOutcome
{
    enum class Kind { Import, Export };

    Kind kind = Kind::Import;
    QString file;
    bool ok = false;
    bool cancelled = false;
    QString error; // set when !ok and !cancelled
    ImportSummary imported; // for an import
    qint64 exportedProducts = 0;
};

} // namespace Tessera::Gui

Q_DECLARE_METATYPE(Tessera::Gui::TransferOutcome)
