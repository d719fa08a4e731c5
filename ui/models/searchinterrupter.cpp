#include "models/searchinterrupter.h"

#include "storage/catalog.h"

namespace Tessera::Gui {

void SearchInterrupter::setCatalog(Catalog *catalog)
{
    const QMutexLocker locker(&m_mutex);
    m_catalog = catalog;
}

void SearchInterrupter::interrupt()
{
    const QMutexLocker locker(&m_mutex);
    if (m_catalog)
        m_catalog->interrupt();
}

} // namespace Tessera::Gui
