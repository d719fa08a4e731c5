#pragma once

#include "models/searchrequest.h"
#include "models/searchresult.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace Tessera {
class Catalog;
}

namespace Tessera::Gui {

class SearchInterrupter;

// Runs product searches on its own thread with its own catalog connection (a Catalog is
// used from one thread only). Lives in the thread SearchController starts; every slot runs
// there. Requests that are already outdated when their turn comes are skipped.
class SearchWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchWorker)

public:
    // `latest` is the newest sequence number the GUI has issued; shared, read-only here.
    // The worker registers its catalog with `interrupter` so that the GUI can stop a query
    // that a newer request made useless.
    SearchWorker(std::shared_ptr<const std::atomic<quint64>> latest,
                 std::shared_ptr<SearchInterrupter> interrupter, QObject *parent = nullptr);
    ~SearchWorker() override;

    // Closes the current connection; the next search opens `location`.
    void setLocation(const QString &location);
    void search(quint64 sequence, const Tessera::Gui::SearchRequest &request);

signals:
    void finished(quint64 sequence, const Tessera::Gui::SearchResult &result);

private:
    bool ensureCatalog(SearchResult &result);
    SearchResult findMatches(const SearchRequest &request);
    SearchResult countFacets(const SearchRequest &request);
    // Runs one part; on failure retries once unless the request is outdated. Empty when the
    // result is of no use any more.
    std::optional<SearchResult> runPart(quint64 sequence, const SearchRequest &request,
                                        SearchResult (SearchWorker::*part)(const SearchRequest &));
    bool isOutdated(quint64 sequence) const;
    void closeCatalog();

    std::shared_ptr<const std::atomic<quint64>> m_latest;
    std::shared_ptr<SearchInterrupter> m_interrupter;
    QString m_location;
    std::unique_ptr<Catalog> m_catalog;
};

} // namespace Tessera::Gui
