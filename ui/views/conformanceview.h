#pragma once

#include "model/domain.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QFutureWatcherBase;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace Tessera::Gui {

class CatalogSession;
class ConformanceFilterModel;
class ConformanceMatrixModel;
class DomainListModel;
class DomainScoreModel;

// The conformance of the open catalog: every (product, policy) pair checked on a worker
// thread with its own catalog connection, shown as a products × policies matrix with scores
// per product and per domain, filters by domain, severity and outcome, and the explanation
// of the clicked cell. Results go out of date when the catalog changes; the view then checks
// again by itself (a moment later, and only while it is visible).
class ConformanceView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConformanceView)

public:
    explicit ConformanceView(CatalogSession *session, QWidget *parent = nullptr);
    // Cancels a running check and waits for its worker.
    ~ConformanceView() override;

    bool isRunning() const;
    // The results shown no longer describe the catalog (or there are none yet).
    bool isStale() const;
    // The message of the last check that failed; empty after a successful one.
    QString lastError() const;

    ConformanceMatrixModel *matrixModel() const;
    ConformanceFilterModel *filterModel() const;
    DomainScoreModel *domainScoreModel() const;

    // Shows the explanation of a pair (e.g. from the product page); false when the last
    // check has no such pair.
    bool selectPair(const QString &productId, const QString &policyId);

public slots:
    // Checks the catalog now; a check already running is abandoned.
    void refresh();
    void cancel();

signals:
    // The user asked to open a product (double-click, Return, or "Open product").
    void productActivated(const QString &productId);
    // A check ended: its results are shown, it failed (see lastError()) or it was cancelled.
    // Not emitted for a check abandoned for a newer one.
    void checkFinished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fitHeaderHeight();
    void buildUi();
    void restoreSettings();
    void saveSplitters();
    void catalogReplaced();
    void catalogEdited();
    void reloadDomains();
    void applyFilters();
    void setRunning(bool running);
    void finishRun(quint64 generation, bool cancelled, const QString &error);
    void updateSummary();
    void showExplanation(const QModelIndex &proxyIndex);
    void explainSource(const QModelIndex &index);
    void clearExplanation();
    void activateCurrent();

    CatalogSession *m_session = nullptr;
    ConformanceMatrixModel *m_matrix = nullptr;
    ConformanceFilterModel *m_filter = nullptr;
    DomainScoreModel *m_domainScores = nullptr;
    DomainListModel *m_domainChoices = nullptr;

    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QComboBox *m_domainCombo = nullptr;
    QComboBox *m_severityCombo = nullptr;
    QComboBox *m_outcomeCombo = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_staleLabel = nullptr;
    QSplitter *m_splitter = nullptr;       // matrix | domain scores
    QSplitter *m_detailSplitter = nullptr; // results / explanation
    QTableView *m_matrixView = nullptr;
    QTableView *m_domainView = nullptr;
    QLabel *m_explanationHeading = nullptr;
    QLabel *m_explanationMeta = nullptr;
    QLabel *m_explanationMessage = nullptr;
    QPlainTextEdit *m_explanationText = nullptr;
    QPushButton *m_openButton = nullptr;
    QTimer *m_rerunTimer = nullptr;

    // Each run gets the next generation; a result whose generation is not the current one
    // belongs to an abandoned run and is dropped.
    quint64 m_generation = 0;
    bool m_running = false;
    // Bumped by every change of the catalog; a run remembers the value it started with.
    quint64 m_changeSerial = 0;
    quint64 m_runSerial = 0;
    bool m_stale = true;
    QString m_lastError;
    QPointer<QFutureWatcherBase> m_watcher; // the current run's; abandoned ones delete themselves
    QList<Domain> m_domains;
    // The pair the explanation pane shows (policy empty: the product's summary), kept across
    // runs so that a re-check shows the same pair again.
    QString m_shownProductId;
    QString m_shownPolicyId;
};

} // namespace Tessera::Gui
