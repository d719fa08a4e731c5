#pragma once

#include <QtGlobal>

#include <functional>

namespace Tessera {

// Reports progress of long work: called with done and total units (total 0 when unknown).
// Returns false to ask the work to stop; the work then rolls back and reports cancellation.
// Called on the thread doing the work.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

} // namespace Tessera
