#include "views/policytrialrunner.h"

#include "governance/policychecker.h"
#include "governance/policywhatif.h"
#include "storage/catalogfactory.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

PolicyTrialRunner::PolicyTrialRunner(QObject *parent)
    : QObject(parent)
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    connect(&m_watcher, &QFutureWatcher<PolicyTrial>::finished, this,
            &PolicyTrialRunner::handleFinished);
}

PolicyTrialRunner::~PolicyTrialRunner()
{
    m_pending.reset();
    ++*m_generation;
    m_watcher.waitForFinished();
}

bool PolicyTrialRunner::isRunning() const
{
    return m_watcher.isRunning() || m_pending.has_value();
}

void PolicyTrialRunner::cancel()
{
    m_pending.reset();
    ++*m_generation;
}

void PolicyTrialRunner::start(const QString &catalogLocation,
                              const std::optional<Policy> &active, const Policy &edited)
{
    Request request {catalogLocation, active, edited};
    if (m_watcher.isRunning()) {
        // The running trial is outdated: let it stop, then run the newest request only.
        ++*m_generation;
        m_pending = std::move(request);
        return;
    }
    launch(request);
}

void PolicyTrialRunner::launch(const Request &request)
{
    const quint64 generation = ++*m_generation;
    const auto current = m_generation;
    QPointer<PolicyTrialRunner> self(this);
    emit started();
    m_watcher.setFuture(QtConcurrent::run([request, generation, current, self]() {
        PolicyTrial trial;
        trial.generation = generation;
        auto catalog = openCatalog(request.location);
        if (!catalog) {
            trial.error = catalog.error();
            return trial;
        }
        QList<Policy> versions;
        if (request.active)
            versions.append(*request.active);
        // Evaluated as if activated: the what-if asks what activating it would change.
        Policy edited = request.edited;
        edited.enabled = true;
        versions.append(edited);
        CheckOptions options;
        options.includeDisabled = true;
        qint64 lastReported = -1;
        const auto progress = [&](qint64 done, qint64 total) {
            if (current->load() != generation)
                return false;
            // A few hundred updates at most, however large the catalog.
            if (total > 0 && (done - lastReported) * 200 < total && done != total)
                return true;
            lastReported = done;
            if (self)
                QMetaObject::invokeMethod(self.data(), "progressed", Qt::QueuedConnection,
                                          Q_ARG(qint64, done), Q_ARG(qint64, total));
            return true;
        };
        auto report = PolicyChecker::check(*catalog.value(), versions, options, progress);
        if (!report) {
            trial.error = report.error();
            return trial;
        }
        trial.report = std::move(report).value();
        trial.activeColumn = request.active ? 0 : -1;
        trial.editedColumn = int(versions.size()) - 1;
        trial.whatIf = PolicyWhatIf::compare(trial.report, trial.activeColumn, trial.editedColumn,
                                             request.active && request.active->enabled, true);
        return trial;
    }));
}

void PolicyTrialRunner::handleFinished()
{
    const PolicyTrial trial = m_watcher.result();
    if (m_pending) {
        const Request next = std::move(*m_pending);
        m_pending.reset();
        launch(next);
        return;
    }
    if (trial.generation == m_generation->load())
        emit finished(trial);
}

} // namespace Tessera::Gui
