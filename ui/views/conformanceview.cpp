#include "views/conformanceview.h"

#include "governance/policychecker.h"
#include "models/catalogsession.h"
#include "models/conformancefiltermodel.h"
#include "models/conformancematrixmodel.h"
#include "models/domainlistmodel.h"
#include "models/domainscoremodel.h"
#include "settings/studiosettings.h"
#include "storage/catalog.h"
#include "storage/catalogfactory.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QStyle>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

namespace {

using CheckResult = Result<CheckReport>;
using CheckWatcher = QFutureWatcher<CheckResult>;

// Long enough to let a burst of edits (an undo of several commands, an import) settle into
// one check, short enough to feel immediate.
constexpr int RerunDelayMs = 400;
constexpr int PolicyColumnWidth = 80;

int clampToInt(qint64 value)
{
    return int(std::min<qint64>(value, std::numeric_limits<int>::max()));
}

// Runs on a pool thread: captures values only and opens its own catalog connection, the
// window's belongs to the GUI thread.
void checkCatalog(QPromise<CheckResult> &promise, const QString &location)
{
    Result<std::unique_ptr<Catalog>> catalog = openCatalog(location);
    if (!catalog) {
        promise.addResult(CheckResult(Error{catalog.error()}));
        return;
    }
    if (promise.isCanceled())
        return;
    CheckResult report = PolicyChecker::check(
        *catalog.value(), CheckOptions{}, [&promise](qint64 done, qint64 total) {
            if (total > 0) {
                promise.setProgressRange(0, clampToInt(total));
                promise.setProgressValue(clampToInt(done));
            }
            return !promise.isCanceled();
        });
    if (promise.isCanceled())
        return;
    promise.addResult(std::move(report));
}

QString indented(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line.prepend(u"    "_s);
    return lines.join(u'\n');
}

} // namespace

ConformanceView::ConformanceView(CatalogSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_matrix(new ConformanceMatrixModel(this))
    , m_filter(new ConformanceFilterModel(this))
    , m_domainScores(new DomainScoreModel(this))
    , m_domainChoices(new DomainListModel(this))
    , m_rerunTimer(new QTimer(this))
{
    m_filter->setSourceModel(m_matrix);
    m_rerunTimer->setSingleShot(true);
    m_rerunTimer->setInterval(RerunDelayMs);
    connect(m_rerunTimer, &QTimer::timeout, this, &ConformanceView::refresh);

    buildUi();
    restoreSettings();

    connect(m_session, &CatalogSession::catalogChanged, this, &ConformanceView::catalogReplaced);
    connect(m_session, &CatalogSession::productChanged, this, &ConformanceView::catalogEdited);
    connect(m_session, &CatalogSession::policiesChanged, this, &ConformanceView::catalogEdited);
    connect(m_session, &CatalogSession::domainsChanged, this, [this] {
        reloadDomains();
        catalogEdited();
    });
    reloadDomains();
    updateSummary();
}

ConformanceView::~ConformanceView()
{
    saveSplitters();
    // Child models and views go before this object's members; nothing may call back into it.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
    const QList<QFutureWatcherBase *> watchers = findChildren<QFutureWatcherBase *>();
    for (QFutureWatcherBase *watcher : watchers) {
        watcher->cancel();
        watcher->waitForFinished();
    }
}

void ConformanceView::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *toolbar = new QHBoxLayout;
    m_runButton = new QPushButton(QIcon(u":/icons/search.svg"_s), tr("Run check"), this);
    m_runButton->setObjectName(u"runCheckButton"_s);
    m_runButton->setToolTip(tr("Check every product against the catalog's policies (F5)"));
    toolbar->addWidget(m_runButton);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"checkProgress"_s);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->hide();
    toolbar->addWidget(m_progress);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(u"cancelCheckButton"_s);
    m_cancelButton->setToolTip(tr("Stop the check (Esc)"));
    m_cancelButton->hide();
    toolbar->addWidget(m_cancelButton);
    toolbar->addSpacing(12);

    auto addCombo = [this, toolbar](const QString &label, const QString &name) {
        auto *text = new QLabel(label, this);
        auto *combo = new QComboBox(this);
        combo->setObjectName(name);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        text->setBuddy(combo);
        toolbar->addWidget(text);
        toolbar->addWidget(combo);
        return combo;
    };
    m_domainCombo = addCombo(tr("&Domain:"), u"domainFilterCombo"_s);
    m_domainCombo->setModel(m_domainChoices);
    m_severityCombo = addCombo(tr("S&everity:"), u"severityFilterCombo"_s);
    m_severityCombo->addItem(tr("All severities"), QString());
    for (Policy::Severity severity :
         {Policy::Severity::Error, Policy::Severity::Warning, Policy::Severity::Info})
        m_severityCombo->addItem(ConformanceMatrixModel::severityText(severity),
                                 Policy::toString(severity));
    m_outcomeCombo = addCombo(tr("&Outcome:"), u"outcomeFilterCombo"_s);
    m_outcomeCombo->addItem(tr("Any outcome"), QString());
    for (PolicyOutcome outcome : {PolicyOutcome::Fail, PolicyOutcome::Error, PolicyOutcome::Exempt,
                                  PolicyOutcome::Pass, PolicyOutcome::NotApplicable})
        m_outcomeCombo->addItem(ConformanceMatrixModel::outcomeText(outcome), toString(outcome));
    toolbar->addStretch(1);
    layout->addLayout(toolbar);

    auto *status = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"checkSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status->addWidget(m_summary, 1);
    m_staleLabel = new QLabel(tr("Out of date: the catalog changed since this check."), this);
    m_staleLabel->setObjectName(u"staleLabel"_s);
    m_staleLabel->setStyleSheet(u"color: #8a4800;"_s);
    m_staleLabel->hide();
    status->addWidget(m_staleLabel);
    layout->addLayout(status);

    m_detailSplitter = new QSplitter(Qt::Vertical, this);
    m_detailSplitter->setObjectName(u"conformanceDetailSplitter"_s);
    m_detailSplitter->setChildrenCollapsible(false);
    layout->addWidget(m_detailSplitter, 1);

    m_splitter = new QSplitter(Qt::Horizontal, m_detailSplitter);
    m_splitter->setObjectName(u"conformanceSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_matrixView = new QTableView(m_splitter);
    m_matrixView->setObjectName(u"conformanceMatrix"_s);
    m_matrixView->setModel(m_filter);
    m_matrixView->setSortingEnabled(true);
    m_matrixView->sortByColumn(ConformanceMatrixModel::ProductColumn, Qt::AscendingOrder);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixView->setWordWrap(false);
    // The product ids are the vertical header, which stays put when the policy columns scroll
    // sideways; its clicks sort by product like a column header would.
    m_matrixView->setColumnHidden(ConformanceMatrixModel::ProductColumn, true);
    m_matrixView->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_matrixView->verticalHeader()->setSectionsClickable(true);
    m_matrixView->verticalHeader()->setDefaultSectionSize(m_matrixView->fontMetrics().height() + 8);
    m_matrixView->verticalHeader()->setToolTip(tr("Click to sort by product"));
    connect(m_matrixView->verticalHeader(), &QHeaderView::sectionClicked, this, [this] {
        const QHeaderView *header = m_matrixView->horizontalHeader();
        const bool byProduct
            = header->sortIndicatorSection() == ConformanceMatrixModel::ProductColumn;
        m_matrixView->sortByColumn(ConformanceMatrixModel::ProductColumn,
                                   byProduct && header->sortIndicatorOrder() == Qt::AscendingOrder
                                       ? Qt::DescendingOrder
                                       : Qt::AscendingOrder);
    });
    // Policy titles are longer than the cells are wide: let them wrap in the header.
    m_matrixView->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    fitHeaderHeight();
    m_matrixView->horizontalHeader()->setHighlightSections(false);
    m_matrixView->setTextElideMode(Qt::ElideMiddle);
    m_splitter->addWidget(m_matrixView);

    m_domainView = new QTableView(m_splitter);
    m_domainView->setObjectName(u"domainScoreView"_s);
    m_domainView->setModel(m_domainScores);
    m_domainView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_domainView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_domainView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_domainView->setWordWrap(false);
    m_domainView->verticalHeader()->hide();
    m_domainView->verticalHeader()->setDefaultSectionSize(m_domainView->fontMetrics().height() + 8);
    m_domainView->horizontalHeader()->setStretchLastSection(true);
    m_domainView->setToolTip(tr("Scores include subdomains. Click a domain to filter the matrix."));
    m_splitter->addWidget(m_domainView);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_detailSplitter->addWidget(m_splitter);

    auto *pane = new QWidget(m_detailSplitter);
    pane->setObjectName(u"explanationPane"_s);
    auto *paneLayout = new QVBoxLayout(pane);
    paneLayout->setContentsMargins(0, 4, 0, 0);
    auto *headingRow = new QHBoxLayout;
    m_explanationHeading = new QLabel(pane);
    m_explanationHeading->setObjectName(u"explanationHeading"_s);
    m_explanationHeading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_explanationHeading->font();
    bold.setBold(true);
    m_explanationHeading->setFont(bold);
    headingRow->addWidget(m_explanationHeading, 1);
    m_openButton = new QPushButton(QIcon(u":/icons/product.svg"_s), tr("Open product"), pane);
    m_openButton->setObjectName(u"openProductButton"_s);
    m_openButton->setToolTip(tr("Show the product's page (Return or double-click in the matrix)"));
    headingRow->addWidget(m_openButton);
    paneLayout->addLayout(headingRow);
    m_explanationMeta = new QLabel(pane);
    m_explanationMeta->setObjectName(u"explanationMeta"_s);
    m_explanationMeta->setTextFormat(Qt::RichText);
    paneLayout->addWidget(m_explanationMeta);
    m_explanationMessage = new QLabel(pane);
    m_explanationMessage->setObjectName(u"explanationMessage"_s);
    m_explanationMessage->setWordWrap(true);
    m_explanationMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    paneLayout->addWidget(m_explanationMessage);
    m_explanationText = new QPlainTextEdit(pane);
    m_explanationText->setObjectName(u"explanationText"_s);
    m_explanationText->setReadOnly(true);
    // The power-assert text aligns values under the source: it needs a fixed pitch and
    // unwrapped lines.
    m_explanationText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_explanationText->setLineWrapMode(QPlainTextEdit::NoWrap);
    paneLayout->addWidget(m_explanationText, 1);
    m_detailSplitter->addWidget(pane);
    m_detailSplitter->setStretchFactor(0, 3);
    m_detailSplitter->setStretchFactor(1, 2);
    clearExplanation();

    auto *runAction = new QAction(tr("Run check"), this);
    runAction->setShortcut(QKeySequence::Refresh);
    runAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(runAction);
    connect(runAction, &QAction::triggered, this, &ConformanceView::refresh);
    auto *cancelAction = new QAction(tr("Cancel check"), this);
    cancelAction->setShortcut(QKeySequence::Cancel);
    cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(cancelAction);
    connect(cancelAction, &QAction::triggered, this, &ConformanceView::cancel);

    connect(m_runButton, &QPushButton::clicked, this, &ConformanceView::refresh);
    connect(m_cancelButton, &QPushButton::clicked, this, &ConformanceView::cancel);
    connect(m_openButton, &QPushButton::clicked, this, &ConformanceView::activateCurrent);
    for (QComboBox *combo : {m_domainCombo, m_severityCombo, m_outcomeCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ConformanceView::applyFilters);
    connect(m_matrixView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showExplanation(current);
            });
    connect(m_matrixView, &QAbstractItemView::clicked, this, &ConformanceView::showExplanation);
    connect(m_matrixView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        showExplanation(index);
        activateCurrent();
    });
    connect(m_domainView, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        const int row = m_domainChoices->rowOf(m_domainScores->domainId(index.row()));
        if (row >= 0)
            m_domainCombo->setCurrentIndex(row);
    });
}

void ConformanceView::fitHeaderHeight()
{
    // As many lines as the longest policy title takes wrapped at the column width, at least
    // four and at most seven; the tool tip has the whole title.
    QHeaderView *header = m_matrixView->horizontalHeader();
    const QFontMetrics metrics(header->font());
    const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 2;
    int height = 4 * metrics.lineSpacing();
    for (int column = ConformanceMatrixModel::FirstPolicyColumn; column < m_filter->columnCount();
         ++column) {
        const QString title = m_filter->headerData(column, Qt::Horizontal).toString();
        const QRect bounds = metrics.boundingRect(QRect(0, 0, PolicyColumnWidth - margin, 1000),
                                                  Qt::AlignCenter | Qt::TextWordWrap, title);
        height = std::max(height, bounds.height());
    }
    header->setMinimumHeight(std::min(height, 7 * metrics.lineSpacing()) + margin);
}

void ConformanceView::restoreSettings()
{
    const StudioSettings settings;
    // The matrix needs the width; the domain list reads fine narrow.
    m_splitter->setSizes({960, 280});
    m_detailSplitter->setSizes({460, 220});
    if (const QByteArray state = settings.conformanceSplitterState(); !state.isEmpty())
        m_splitter->restoreState(state);
    if (const QByteArray state = settings.conformanceDetailSplitterState(); !state.isEmpty())
        m_detailSplitter->restoreState(state);
    if (const int i = m_severityCombo->findData(settings.conformanceSeverityFilter()); i >= 0)
        m_severityCombo->setCurrentIndex(i);
    if (const int i = m_outcomeCombo->findData(settings.conformanceOutcomeFilter()); i >= 0)
        m_outcomeCombo->setCurrentIndex(i);
    applyFilters();
}

void ConformanceView::saveSplitters()
{
    StudioSettings settings;
    settings.setConformanceSplitterState(m_splitter->saveState());
    settings.setConformanceDetailSplitterState(m_detailSplitter->saveState());
}

bool ConformanceView::isRunning() const
{
    return m_running;
}

bool ConformanceView::isStale() const
{
    return m_stale;
}

QString ConformanceView::lastError() const
{
    return m_lastError;
}

ConformanceMatrixModel *ConformanceView::matrixModel() const
{
    return m_matrix;
}

ConformanceFilterModel *ConformanceView::filterModel() const
{
    return m_filter;
}

DomainScoreModel *ConformanceView::domainScoreModel() const
{
    return m_domainScores;
}

void ConformanceView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Hidden views do not check in the background; one shown with old results catches up.
    if (m_stale && !m_running && m_session->isOpen())
        m_rerunTimer->start();
}

void ConformanceView::refresh()
{
    m_rerunTimer->stop();
    if (m_watcher) {
        // Abandoned: its worker stops at its next progress report, its result is dropped.
        m_watcher->cancel();
        m_watcher = nullptr;
    }
    m_lastError.clear();
    if (!m_session->isOpen()) {
        setRunning(false);
        updateSummary();
        return;
    }
    const quint64 generation = ++m_generation;
    m_runSerial = m_changeSerial;
    auto *watcher = new CheckWatcher(this);
    m_watcher = watcher;
    connect(watcher, &CheckWatcher::progressRangeChanged, this,
            [this, generation](int minimum, int maximum) {
                if (generation == m_generation)
                    m_progress->setRange(minimum, maximum);
            });
    connect(watcher, &CheckWatcher::progressValueChanged, this, [this, generation](int value) {
        if (generation == m_generation)
            m_progress->setValue(value);
    });
    connect(watcher, &CheckWatcher::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // abandoned for a newer run or cancelled: already handled
        m_watcher = nullptr;
        const QFuture<CheckResult> future = watcher->future();
        if (future.isCanceled() || future.resultCount() == 0) {
            finishRun(generation, true, {});
            return;
        }
        const CheckResult result = future.result();
        if (!result) {
            finishRun(generation, false, result.error());
            return;
        }
        const QString productId = m_shownProductId;
        const QString policyId = m_shownPolicyId;
        m_matrix->setReport(*result);
        m_domainScores->setReport(*result, m_domains);
        m_stale = m_runSerial != m_changeSerial;
        m_matrixView->resizeColumnToContents(ConformanceMatrixModel::DomainColumn);
        m_matrixView->resizeColumnToContents(ConformanceMatrixModel::ScoreColumn);
        for (int column = ConformanceMatrixModel::FirstPolicyColumn;
             column < m_filter->columnCount(); ++column)
            m_matrixView->setColumnWidth(column, PolicyColumnWidth);
        fitHeaderHeight();
        m_domainView->resizeColumnsToContents();
        // Every column of the scores is worth seeing: never hide Failures behind a scroll bar.
        m_domainView->setMinimumWidth(m_domainView->horizontalHeader()->length()
                                      + m_domainView->verticalScrollBar()->sizeHint().width()
                                      + 2 * m_domainView->frameWidth());
        if (productId.isEmpty() || !selectPair(productId, policyId))
            clearExplanation();
        finishRun(generation, false, {});
    });
    setRunning(true);
    updateSummary();
    watcher->setFuture(QtConcurrent::run(checkCatalog, m_session->location()));
}

void ConformanceView::cancel()
{
    if (!m_running)
        return;
    if (m_watcher) {
        m_watcher->cancel();
        m_watcher = nullptr;
    }
    // Tell the user now; the worker stops on its own at its next progress report.
    const quint64 generation = m_generation++;
    finishRun(generation, true, {});
}

void ConformanceView::finishRun(quint64 generation, bool cancelled, const QString &error)
{
    Q_UNUSED(generation)
    m_lastError = error;
    setRunning(false);
    updateSummary();
    if (cancelled)
        m_summary->setText(m_matrix->hasReport()
                               ? tr("Check cancelled; showing the results of the previous one.")
                               : tr("Check cancelled."));
    emit checkFinished();
}

void ConformanceView::setRunning(bool running)
{
    m_running = running;
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
    m_runButton->setEnabled(!running && m_session->isOpen());
    if (running)
        m_progress->setRange(0, 0); // busy until the checker knows how much there is
}

void ConformanceView::updateSummary()
{
    m_staleLabel->setVisible(m_stale && m_matrix->hasReport());
    m_summary->setStyleSheet(QString());
    if (!m_session->isOpen()) {
        m_summary->setText(tr("No catalog is open."));
        m_runButton->setEnabled(false);
        return;
    }
    m_runButton->setEnabled(!m_running);
    if (m_running) {
        m_summary->setText(tr("Checking every product against the policies…"));
        return;
    }
    if (!m_lastError.isEmpty()) {
        m_summary->setStyleSheet(u"color: #8c1616;"_s);
        m_summary->setText(tr("The check failed: %1").arg(m_lastError));
        return;
    }
    if (!m_matrix->hasReport()) {
        m_summary->setText(tr("Press F5 to check every product against the catalog's policies."));
        return;
    }
    const CheckReport &report = m_matrix->report();
    if (report.policies.isEmpty()) {
        m_summary->setText(tr("The catalog has no enabled policies to check."));
        return;
    }
    const qint64 pairs = qint64(report.products.size()) * qint64(report.policies.size());
    QStringList parts;
    //: %1 is a product × policy count; it can exceed what %n holds, hence no plural form.
    parts << tr("%1 pairs checked in %2 ms")
                 .arg(QLocale().toString(pairs), QLocale().toString(report.elapsedMs));
    parts << tr("%n failure(s)", nullptr, clampToInt(report.total.failed));
    if (report.total.errors > 0)
        parts << tr("%n error(s)", nullptr, clampToInt(report.total.errors));
    if (report.total.exempt > 0)
        parts << tr("%n exempt", nullptr, clampToInt(report.total.exempt));
    parts << tr("score %1").arg(ConformanceMatrixModel::scoreText(report.total.score()));
    m_summary->setText(parts.join(u" · "_s));
}

void ConformanceView::catalogReplaced()
{
    ++m_changeSerial;
    if (m_watcher) {
        m_watcher->cancel();
        m_watcher = nullptr;
        ++m_generation;
        setRunning(false);
    }
    m_matrix->clear();
    m_domainScores->clear();
    m_lastError.clear();
    m_stale = true;
    m_shownProductId.clear();
    m_shownPolicyId.clear();
    clearExplanation();
    reloadDomains();
    updateSummary();
    if (isVisible() && m_session->isOpen())
        m_rerunTimer->start();
}

void ConformanceView::catalogEdited()
{
    ++m_changeSerial;
    m_stale = true;
    updateSummary();
    if (isVisible() && m_session->isOpen())
        m_rerunTimer->start();
}

void ConformanceView::reloadDomains()
{
    const QString current = m_domainCombo->currentData(DomainListModel::DomainIdRole).toString();
    m_domains.clear();
    if (Catalog *catalog = m_session->catalog()) {
        Result<QList<Domain>> domains = catalog->domains();
        if (domains)
            m_domains = std::move(domains).value();
        else
            m_session->reportError(domains.error());
    }
    {
        const QSignalBlocker blocker(m_domainCombo);
        m_domainChoices->setDomains(m_domains, tr("All domains"));
        m_domainCombo->setCurrentIndex(std::max(0, m_domainChoices->rowOf(current)));
    }
    m_filter->setDomains(m_domains);
    QHash<QString, QString> names;
    for (const Domain &domain : std::as_const(m_domains))
        names.insert(domain.id, domain.name);
    m_matrix->setDomainNames(names);
    applyFilters();
}

void ConformanceView::applyFilters()
{
    m_filter->setDomainFilter(m_domainCombo->currentData(DomainListModel::DomainIdRole).toString());
    const QString severity = m_severityCombo->currentData().toString();
    m_filter->setSeverityFilter(Policy::severityFromString(severity));
    const QString outcome = m_outcomeCombo->currentData().toString();
    m_filter->setOutcomeFilter(policyOutcomeFromString(outcome));
    StudioSettings settings;
    settings.setConformanceSeverityFilter(severity);
    settings.setConformanceOutcomeFilter(outcome);
    for (int column = ConformanceMatrixModel::FirstPolicyColumn; column < m_filter->columnCount();
         ++column)
        m_matrixView->setColumnWidth(column, PolicyColumnWidth);
    // An explanation of a pair the new filters hide would explain something not on screen.
    if (!m_shownProductId.isEmpty()) {
        const int row = m_matrix->rowOfProduct(m_shownProductId);
        const int column = m_shownPolicyId.isEmpty() ? int(ConformanceMatrixModel::DomainColumn)
                                                     : m_matrix->columnOfPolicy(m_shownPolicyId);
        if (row < 0 || column < 0 || !m_filter->mapFromSource(m_matrix->index(row, column)).isValid())
            clearExplanation();
    }
    if (m_shownProductId.isEmpty() && m_matrix->rowCount() > 0 && m_filter->rowCount() == 0)
        m_explanationHeading->setText(tr("No product matches the filters."));
}

bool ConformanceView::selectPair(const QString &productId, const QString &policyId)
{
    const int row = m_matrix->rowOfProduct(productId);
    // The product column is hidden (the vertical header shows it): its summary is on Domain.
    const int column = policyId.isEmpty() ? int(ConformanceMatrixModel::DomainColumn)
                                          : m_matrix->columnOfPolicy(policyId);
    if (row < 0 || column < 0)
        return false;
    const QModelIndex source = m_matrix->index(row, column);
    const QModelIndex proxy = m_filter->mapFromSource(source);
    if (proxy.isValid()) {
        m_matrixView->setCurrentIndex(proxy);
        m_matrixView->scrollTo(proxy);
    }
    // A pair the filters hide still gets its explanation.
    explainSource(source);
    return true;
}

void ConformanceView::clearExplanation()
{
    m_shownProductId.clear();
    m_shownPolicyId.clear();
    m_explanationHeading->setText(tr("Click a cell of the matrix to see why it passes or fails."));
    m_explanationMeta->clear();
    m_explanationMessage->clear();
    m_explanationMessage->hide();
    m_explanationText->clear();
    m_explanationText->setPlaceholderText(QString());
    m_openButton->setEnabled(false);
}

void ConformanceView::showExplanation(const QModelIndex &proxyIndex)
{
    if (proxyIndex.isValid())
        explainSource(m_filter->mapToSource(proxyIndex));
}

void ConformanceView::explainSource(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const CheckReport &report = m_matrix->report();
    const int row = index.row();
    const int policy = m_matrix->policyIndex(index.column());
    const QString productId = report.products.at(row).id;
    m_shownProductId = productId;
    m_openButton->setEnabled(true);

    if (policy < 0) {
        // The product's own columns: all its failures at once.
        m_shownPolicyId.clear();
        const OutcomeCounts &counts = report.productCounts.at(std::size_t(row));
        m_explanationHeading->setText(productId);
        m_explanationMeta->setText(
            tr("Score %1 · %2 of %n applicable policies pass", nullptr,
               clampToInt(counts.applicable()))
                .arg(ConformanceMatrixModel::scoreText(counts.score()))
                .arg(counts.passed));
        m_explanationMessage->hide();
        QStringList blocks;
        for (const CheckReport::Finding &finding : report.findings) {
            if (finding.product != row)
                continue;
            const CheckReport::PolicyColumn &column = report.policies.at(finding.policy);
            blocks << tr("%1 [%2, %3]\n%4")
                          .arg(column.title,
                               ConformanceMatrixModel::severityText(column.severity),
                               ConformanceMatrixModel::outcomeText(finding.outcome),
                               indented(finding.detail()));
        }
        m_explanationText->setPlainText(blocks.join(u"\n\n"_s));
        m_explanationText->setPlaceholderText(tr("The product passes every policy that applies."));
        return;
    }

    const CheckReport::PolicyColumn &column = report.policies.at(policy);
    const PolicyOutcome outcome = report.outcome(row, policy);
    m_shownPolicyId = column.id;
    m_explanationHeading->setText(tr("%1 · %2").arg(productId, column.title));
    const QColor color = ConformanceMatrixModel::foreground(outcome, column.severity);
    const QColor background = ConformanceMatrixModel::background(outcome, column.severity);
    const QString badge = background.isValid()
        ? u"<span style=\"color:%1; background-color:%2;\">&nbsp;%3 %4&nbsp;</span>"_s.arg(
            color.name(), background.name(), ConformanceMatrixModel::symbol(outcome),
            ConformanceMatrixModel::outcomeText(outcome).toHtmlEscaped())
        : u"<span style=\"color:%1;\">%2 %3</span>"_s.arg(
            color.name(), ConformanceMatrixModel::symbol(outcome),
            ConformanceMatrixModel::outcomeText(outcome).toHtmlEscaped());
    m_explanationMeta->setText(tr("%1 &nbsp; Policy <b>%2</b> · severity %3")
                                   .arg(badge, column.id.toHtmlEscaped(),
                                        ConformanceMatrixModel::severityText(column.severity)));
    const QString detail = index.data(ConformanceMatrixModel::DetailRole).toString();
    m_explanationMessage->setText(column.message);
    // A failure's explanation starts with the message already: say it once.
    m_explanationMessage->setVisible(!column.message.isEmpty()
                                     && !detail.startsWith(column.message));
    m_explanationText->setPlainText(detail);
    switch (outcome) {
    case PolicyOutcome::Pass:
        m_explanationText->setPlaceholderText(tr("The product satisfies the rule."));
        break;
    case PolicyOutcome::NotApplicable:
        m_explanationText->setPlaceholderText(
            tr("The policy does not apply: the product is out of its scope, or its condition "
               "(when) does not match."));
        break;
    case PolicyOutcome::Exempt:
        m_explanationText->setPlaceholderText(
            tr("The product has an unexpired exemption from this policy."));
        break;
    case PolicyOutcome::Fail:
    case PolicyOutcome::Error: m_explanationText->setPlaceholderText(QString()); break;
    }
}

void ConformanceView::activateCurrent()
{
    if (!m_shownProductId.isEmpty())
        emit productActivated(m_shownProductId);
}

} // namespace Tessera::Gui
