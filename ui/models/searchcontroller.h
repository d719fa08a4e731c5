#pragma once

#include "models/searchrequest.h"
#include "models/searchresult.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

namespace Tessera::Gui {

class SearchInterrupter;
class SearchWorker;

// Sends product searches to a SearchWorker on its own thread and hands back only the
// result of the newest request, so the GUI never waits on the catalog and never shows an
// older result over a newer one.
class SearchController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchController)

public:
    explicit SearchController(QObject *parent = nullptr);
    // Stops the thread; waits for a running search to end.
    ~SearchController() override;

    // The catalog the worker opens for itself. Outstanding results become stale.
    void setLocation(const QString &location);
    QString location() const;

    // Queues a search; returns its sequence number.
    quint64 search(const SearchRequest &request);
    // Runs the last request again (after the catalog changed).
    quint64 refresh();
    SearchRequest lastRequest() const;
    bool isBusy() const;

signals:
    // Only for the newest request: its matches, then (when asked for) its facet counts.
    void resultReady(const Tessera::Gui::SearchRequest &request,
                     const Tessera::Gui::SearchResult &result);
    void busyChanged(bool busy);

private:
    void handleFinished(quint64 sequence, const SearchResult &result);

    QThread m_thread;
    QPointer<SearchWorker> m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::shared_ptr<SearchInterrupter> m_interrupter;
    QString m_location;
    SearchRequest m_lastRequest;
    bool m_busy = false;
};

} // namespace Tessera::Gui
