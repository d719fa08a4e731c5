#pragma once

#include <QMutex>

namespace Tessera {
class Catalog;
}

namespace Tessera::Gui {

// Lets the GUI thread interrupt the query that the search worker is running on its own
// catalog connection (Catalog::interrupt() is the one call that is safe from another
// thread). The worker registers its catalog while it has one; the mutex makes sure the
// catalog is not closed during an interrupt.
class SearchInterrupter final
{
public:
    SearchInterrupter() = default;
    Q_DISABLE_COPY_MOVE(SearchInterrupter)

    // Worker thread: the catalog queries run on, or null before closing it.
    void setCatalog(Catalog *catalog);
    // Any thread: makes the running query, if any, fail soon.
    void interrupt();

private:
    QMutex m_mutex;
    Catalog *m_catalog = nullptr;
};

} // namespace Tessera::Gui
