#pragma once

#include "governance/policychecker.h"
#include "governance/whatifreport.h"

namespace Tessera {

// Before a changed or new policy is saved: which products would change outcome compared with
// the version stored in the catalog. A disabled version counts as not applicable everywhere.
// Blocking and threaded like PolicyChecker; run it off the GUI thread.
class PolicyWhatIf
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::PolicyWhatIf)

public:
    [[nodiscard]] static Result<WhatIfReport> compare(Catalog &catalog, const Policy &edited,
                                                      const CheckOptions &options = {},
                                                      const ProgressCallback &progress = {});
    // From a report holding both versions as columns (active -1 when there is none).
    static WhatIfReport compare(const CheckReport &report, int activeColumn, int editedColumn,
                                bool activeEnabled, bool editedEnabled);
};

} // namespace Tessera
