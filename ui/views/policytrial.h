#pragma once

#include "governance/checkreport.h"
#include "governance/whatifreport.h"

#include <QString>

namespace Tessera::Gui {

// What a trial of an edited policy found: its outcome on every product, the outcome of its
// active version (column -1 when there is none) and the what-if between the two.
struct PolicyTrial
{
    quint64 generation = 0;
    QString error; // empty on success; the trial was cancelled or could not read the catalog
    Tessera::CheckReport report;
    int editedColumn = 0;
    int activeColumn = -1;
    Tessera::WhatIfReport whatIf;
};

} // namespace Tessera::Gui
