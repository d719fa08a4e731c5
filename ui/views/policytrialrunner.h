#pragma once

#include "model/policy.h"
#include "views/policytrial.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace Tessera::Gui {

// Evaluates an edited policy and its active version over a whole catalog on a worker thread,
// with its own catalog connection. Starting a new trial abandons the running one: only the
// newest result is ever delivered, so live evaluation while typing never shows stale data.
class PolicyTrialRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyTrialRunner)

public:
    explicit PolicyTrialRunner(QObject *parent = nullptr);
    // Abandons a running trial and waits for its thread.
    ~PolicyTrialRunner() override;

    // `active` is the stored version (none for a new policy).
    void start(const QString &catalogLocation, const std::optional<Tessera::Policy> &active,
               const Tessera::Policy &edited);
    void cancel();
    bool isRunning() const;

signals:
    void started();
    // Products evaluated so far, of `total`.
    void progressed(qint64 done, qint64 total);
    void finished(const Tessera::Gui::PolicyTrial &trial);

private:
    struct Request
    {
        QString location;
        std::optional<Tessera::Policy> active;
        Tessera::Policy edited;
    };

    void launch(const Request &request);
    void handleFinished();

    QFutureWatcher<PolicyTrial> m_watcher;
    std::optional<Request> m_pending;
    // Shared with the worker, which gives up as soon as it is no longer the newest.
    std::shared_ptr<std::atomic<quint64>> m_generation;
};

} // namespace Tessera::Gui
