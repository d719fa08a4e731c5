#include "models/searchcontroller.h"

#include "models/searchinterrupter.h"
#include "models/searchworker.h"

#include <QMetaObject>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

SearchController::SearchController(QObject *parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
    , m_interrupter(std::make_shared<SearchInterrupter>())
{
    qRegisterMetaType<SearchRequest>();
    qRegisterMetaType<SearchResult>();
    m_thread.setObjectName(u"tessera-search"_s);
    // Parentless because it lives in another thread; deleted there once the thread ends.
    auto *worker = new SearchWorker(m_latest, m_interrupter);
    worker->moveToThread(&m_thread);
    m_worker = worker;
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SearchWorker::finished, this, &SearchController::handleFinished);
    m_thread.start();
}

SearchController::~SearchController()
{
    // Outdated requests still queued are skipped, so quitting does not wait for them.
    m_latest->store(std::numeric_limits<quint64>::max());
    m_interrupter->interrupt();
    m_thread.quit();
    m_thread.wait();
}

void SearchController::setLocation(const QString &location)
{
    m_location = location;
    // Results computed on the old catalog must not be shown.
    m_latest->fetch_add(1);
    if (m_busy) {
        m_interrupter->interrupt();
        m_busy = false;
        emit busyChanged(false);
    }
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, location] {
        if (worker)
            worker->setLocation(location);
    });
}

QString SearchController::location() const
{
    return m_location;
}

quint64 SearchController::search(const SearchRequest &request)
{
    m_lastRequest = request;
    const quint64 sequence = m_latest->fetch_add(1) + 1;
    // A search still running answers a request nobody wants any more: stop it, so that
    // the worker gets to this one sooner.
    if (m_busy)
        m_interrupter->interrupt();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, sequence, request] {
        if (worker)
            worker->search(sequence, request);
    });
    if (!m_busy) {
        m_busy = true;
        emit busyChanged(true);
    }
    return sequence;
}

quint64 SearchController::refresh()
{
    return search(m_lastRequest);
}

SearchRequest SearchController::lastRequest() const
{
    return m_lastRequest;
}

bool SearchController::isBusy() const
{
    return m_busy;
}

void SearchController::handleFinished(quint64 sequence, const SearchResult &result)
{
    if (sequence != m_latest->load())
        return;
    const bool last
        = !result.ok() || result.part == SearchResult::Part::Facets || !m_lastRequest.withFacets;
    if (last && m_busy) {
        m_busy = false;
        emit busyChanged(false);
    }
    emit resultReady(m_lastRequest, result);
}

} // namespace Tessera::Gui
