#include "views/policyeditor.h"

#include "editors/celeditor.h"
#include "editors/tableeditor.h"
#include "governance/policytestrunner.h"
#include "governance/policyvalidator.h"
#include "models/catalogsession.h"
#include "models/domainchangemodel.h"
#include "models/exemptionmodel.h"
#include "models/policyresultmodel.h"
#include "models/policytestresultmodel.h"
#include "views/policytrialrunner.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

namespace {

// Long enough to let a steward finish a word, short enough to feel live.
constexpr int EvaluateDelayMs = 400;

// Sorted by a click on a column's header; a third click goes back to the order results come
// in (failures first).
void enableSorting(QTableView *view)
{
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->horizontalHeader()->setSortIndicatorClearable(true);
    view->setSortingEnabled(true);
}

QTableView *makeTable(const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QPlainTextEdit *makeMonospacePane(const QString &name, QWidget *parent)
{
    auto *pane = new QPlainTextEdit(parent);
    pane->setObjectName(name);
    pane->setReadOnly(true);
    pane->setLineWrapMode(QPlainTextEdit::NoWrap);
    pane->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return pane;
}

} // namespace

PolicyEditor::PolicyEditor(CatalogSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_resultModel(new PolicyResultModel(this))
    , m_changeModel(new PolicyResultModel(this))
    , m_domainChangeModel(new DomainChangeModel(this))
    , m_testModel(new PolicyTestResultModel(this))
    , m_exemptionModel(new ExemptionModel(this))
    , m_runner(new PolicyTrialRunner(this))
    , m_evaluateDelay(new QTimer(this))
{
    m_changeModel->setFilter(PolicyResultModel::Filter::Changed);
    m_evaluateDelay->setSingleShot(true);
    m_evaluateDelay->setInterval(EvaluateDelayMs);
    connect(m_evaluateDelay, &QTimer::timeout, this, &PolicyEditor::evaluateNow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"policyEditorSplitter"_s);
    layout->addWidget(splitter);

    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(top);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *form = new QWidget(scroll);
    createForm(form);
    scroll->setWidget(form);
    topLayout->addWidget(scroll, 1);
    // Under the form, outside its scroll area: an error stays in sight wherever the form is
    // scrolled to.
    m_problemLabel = new QLabel(top);
    m_problemLabel->setObjectName(u"policyProblemLabel"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemLabel->hide();
    topLayout->addWidget(m_problemLabel);
    splitter->addWidget(top);

    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(u"policyTabs"_s);
    createResultsTab();
    createWhatIfTab();
    createTestsTab();
    m_exemptionEditor = new TableEditor(m_exemptionModel, u"exemption"_s, tr("Add exemption"),
                                        tr("Remove exemption"), m_tabs);
    m_tabs->addTab(m_exemptionEditor, tr("Exemptions"));
    // The reason is the long text; the product id comes next. Dates need little room.
    QHeaderView *exemptionHeader = m_exemptionEditor->view()->horizontalHeader();
    exemptionHeader->setStretchLastSection(false);
    exemptionHeader->setSectionResizeMode(ExemptionModel::ReasonColumn, QHeaderView::Stretch);
    m_exemptionEditor->view()->setColumnWidth(ExemptionModel::ProductColumn, 260);
    m_exemptionEditor->view()->setColumnWidth(ExemptionModel::ApprovedByColumn, 140);
    m_exemptionEditor->view()->setColumnWidth(ExemptionModel::ExpiresColumn, 170);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    connect(m_runner, &PolicyTrialRunner::started, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->show();
    });
    connect(m_runner, &PolicyTrialRunner::progressed, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(done * 1000 / total));
        }
    });
    connect(m_runner, &PolicyTrialRunner::finished, this, &PolicyEditor::showTrial);
    connect(m_session, &CatalogSession::productChanged, m_evaluateDelay,
            qOverload<>(&QTimer::start));
    connect(m_session, &CatalogSession::catalogChanged, m_evaluateDelay,
            qOverload<>(&QTimer::start));
}

PolicyEditor::~PolicyEditor() = default;

void PolicyEditor::createForm(QWidget *form)
{
    auto *layout = new QFormLayout(form);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_idEdit = new QLineEdit(form);
    m_idEdit->setObjectName(u"policyIdEdit"_s);
    m_idEdit->setToolTip(tr("A stable identifier: lower-case letters, digits, '-' and '_'. "
                            "It cannot change once the policy is saved."));
    layout->addRow(tr("&Id:"), m_idEdit);

    m_titleEdit = new QLineEdit(form);
    m_titleEdit->setObjectName(u"policyTitleEdit"_s);
    layout->addRow(tr("&Title:"), m_titleEdit);

    auto *row = new QHBoxLayout;
    m_scopeCombo = new QComboBox(form);
    m_scopeCombo->setObjectName(u"policyScopeCombo"_s);
    m_scopeCombo->setToolTip(tr("Global policies apply to every product; a domain's policies "
                                "to the products of the domain and its subdomains."));
    row->addWidget(m_scopeCombo, 2);
    auto *severityLabel = new QLabel(tr("&Severity:"), form);
    row->addWidget(severityLabel);
    m_severityCombo = new QComboBox(form);
    m_severityCombo->setObjectName(u"policySeverityCombo"_s);
    m_severityCombo->addItem(tr("Error: blocks publishing"), u"error"_s);
    m_severityCombo->addItem(tr("Warning: needs confirmation"), u"warning"_s);
    m_severityCombo->addItem(tr("Info"), u"info"_s);
    severityLabel->setBuddy(m_severityCombo);
    row->addWidget(m_severityCombo, 1);
    auto *scopeLabel = new QLabel(tr("Sc&ope:"), form);
    scopeLabel->setBuddy(m_scopeCombo);
    layout->addRow(scopeLabel, row);

    auto *ownerRow = new QHBoxLayout;
    m_ownerEdit = new QLineEdit(form);
    m_ownerEdit->setObjectName(u"policyOwnerEdit"_s);
    m_ownerEdit->setPlaceholderText(tr("Team or person accountable for the policy"));
    ownerRow->addWidget(m_ownerEdit, 1);
    m_versionLabel = new QLabel(form);
    m_versionLabel->setObjectName(u"policyVersionLabel"_s);
    ownerRow->addWidget(m_versionLabel);
    auto *ownerLabel = new QLabel(tr("Ow&ner:"), form);
    ownerLabel->setBuddy(m_ownerEdit);
    layout->addRow(ownerLabel, ownerRow);

    m_descriptionEdit = new QPlainTextEdit(form);
    m_descriptionEdit->setObjectName(u"policyDescriptionEdit"_s);
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setFixedHeight(m_descriptionEdit->fontMetrics().lineSpacing() * 3 + 12);
    layout->addRow(tr("&Description:"), m_descriptionEdit);

    m_whenEdit = new CelEditor(form);
    m_whenEdit->setObjectName(u"policyWhenEdit"_s);
    m_whenEdit->setEmptyAllowed(true);
    m_whenEdit->setPlaceholderText(tr("Optional: products that this does not match are not applicable"));
    m_whenEdit->setFixedHeight(m_whenEdit->fontMetrics().lineSpacing() * 3 + 12);
    layout->addRow(tr("&When:"), m_whenEdit);

    m_ruleEdit = new CelEditor(form);
    m_ruleEdit->setObjectName(u"policyRuleEdit"_s);
    m_ruleEdit->setPlaceholderText(tr("A CEL expression that must be true, e.g. "
                                      "product.owner != \"\" (Ctrl+Space completes)"));
    m_ruleEdit->setMinimumHeight(m_ruleEdit->fontMetrics().lineSpacing() * 5 + 12);
    // Longer rules scroll: the results below matter as much as the source.
    m_ruleEdit->setMaximumHeight(m_ruleEdit->fontMetrics().lineSpacing() * 9 + 12);
    layout->addRow(tr("&Rule:"), m_ruleEdit);

    m_messageEdit = new QPlainTextEdit(form);
    m_messageEdit->setObjectName(u"policyMessageEdit"_s);
    m_messageEdit->setTabChangesFocus(true);
    m_messageEdit->setPlaceholderText(tr("What a failing product's owner should do"));
    m_messageEdit->setFixedHeight(m_messageEdit->fontMetrics().lineSpacing() * 2 + 12);
    layout->addRow(tr("&Message:"), m_messageEdit);

    for (QLineEdit *edit : {m_idEdit, m_titleEdit, m_ownerEdit})
        connect(edit, &QLineEdit::textChanged, this, &PolicyEditor::draftChanged);
    for (QPlainTextEdit *edit : {m_descriptionEdit, m_messageEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &PolicyEditor::draftChanged);
    for (QComboBox *combo : {m_scopeCombo, m_severityCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &PolicyEditor::draftChanged);
    for (CelEditor *edit : {m_whenEdit, m_ruleEdit}) {
        connect(edit, &QPlainTextEdit::textChanged, this, &PolicyEditor::draftChanged);
        // The compile error appears once typing pauses, with the results.
        connect(edit, &CelEditor::compiled, this, [this] {
            updateProblems();
            emit stateChanged();
        });
    }
    connect(m_exemptionModel, &QAbstractItemModel::dataChanged, this, &PolicyEditor::draftChanged);
    connect(m_exemptionModel, &QAbstractItemModel::rowsInserted, this, &PolicyEditor::draftChanged);
    connect(m_exemptionModel, &QAbstractItemModel::rowsRemoved, this, &PolicyEditor::draftChanged);
}

void PolicyEditor::createResultsTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    auto *top = new QHBoxLayout;
    m_resultFilter = new QComboBox(tab);
    m_resultFilter->setObjectName(u"resultFilterCombo"_s);
    m_resultFilter->addItem(tr("Applicable products"), int(PolicyResultModel::Filter::Applicable));
    m_resultFilter->addItem(tr("Failing products"), int(PolicyResultModel::Filter::Failing));
    m_resultFilter->addItem(tr("Changed by this edit"), int(PolicyResultModel::Filter::Changed));
    m_resultFilter->addItem(tr("All products"), int(PolicyResultModel::Filter::All));
    // The last entry, "Selected product", appears once the studio has a product selected.
    connect(m_resultFilter, &QComboBox::currentIndexChanged, this,
            &PolicyEditor::applyResultFilter);
    top->addWidget(m_resultFilter);
    m_summaryLabel = new QLabel(tab);
    m_summaryLabel->setObjectName(u"resultSummaryLabel"_s);
    top->addWidget(m_summaryLabel, 1);
    m_progress = new QProgressBar(tab);
    m_progress->setObjectName(u"evaluationProgress"_s);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    top->addWidget(m_progress);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal, tab);
    m_resultView = makeTable(u"policyResultTable"_s, split);
    m_resultView->setModel(m_resultModel);
    m_resultView->setColumnWidth(PolicyResultModel::ProductColumn, 240);
    enableSorting(m_resultView);
    connect(m_resultView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PolicyEditor::showExplanation);
    connect(m_resultView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit productActivated(index.data(PolicyResultModel::ProductIdRole).toString());
    });
    split->addWidget(m_resultView);
    m_explanation = makeMonospacePane(u"policyExplanation"_s, split);
    m_explanation->setPlaceholderText(tr("Select a failing product to see why it fails."));
    split->addWidget(m_explanation);
    // The power-assert text is wide: give it the room.
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    m_tabs->addTab(tab, tr("Results"));
}

void PolicyEditor::createWhatIfTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    m_whatIfLabel = new QLabel(tab);
    m_whatIfLabel->setObjectName(u"whatIfLabel"_s);
    m_whatIfLabel->setWordWrap(true);
    layout->addWidget(m_whatIfLabel);
    auto *split = new QSplitter(Qt::Horizontal, tab);
    m_domainChangeView = makeTable(u"domainChangeTable"_s, split);
    m_domainChangeView->setModel(m_domainChangeModel);
    split->addWidget(m_domainChangeView);
    m_changeView = makeTable(u"whatIfTable"_s, split);
    m_changeView->setModel(m_changeModel);
    m_changeView->setColumnWidth(PolicyResultModel::ProductColumn, 240);
    enableSorting(m_changeView);
    connect(m_changeView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit productActivated(index.data(PolicyResultModel::ProductIdRole).toString());
    });
    split->addWidget(m_changeView);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_tabs->addTab(tab, tr("What-if"));
}

void PolicyEditor::createTestsTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    auto *top = new QHBoxLayout;
    m_testSummary = new QLabel(tab);
    m_testSummary->setObjectName(u"testSummaryLabel"_s);
    top->addWidget(m_testSummary, 1);
    auto *run = new QPushButton(tr("R&un tests"), tab);
    run->setObjectName(u"runTestsButton"_s);
    connect(run, &QPushButton::clicked, this, &PolicyEditor::runTests);
    top->addWidget(run);
    layout->addLayout(top);
    auto *split = new QSplitter(Qt::Horizontal, tab);
    m_testView = makeTable(u"policyTestTable"_s, split);
    m_testView->setModel(m_testModel);
    // The test's name says what it is about: it gets the room.
    m_testView->horizontalHeader()->setStretchLastSection(false);
    m_testView->horizontalHeader()->setSectionResizeMode(PolicyTestResultModel::NameColumn,
                                                         QHeaderView::Stretch);
    split->addWidget(m_testView);
    m_testDetail = makeMonospacePane(u"policyTestDetail"_s, split);
    split->addWidget(m_testDetail);
    connect(m_testView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_testDetail->setPlainText(
                    current.data(PolicyTestResultModel::DetailRole).toString());
            });
    layout->addWidget(split, 1);
    m_tabs->addTab(tab, tr("Tests"));
}

void PolicyEditor::setPolicy(const std::optional<Policy> &stored, const Policy &policy,
                             const QList<Domain> &domains)
{
    m_loading = true;
    m_stored = stored;
    m_loaded = policy;
    m_idEdit->setText(policy.id);
    m_idEdit->setReadOnly(stored.has_value());
    m_titleEdit->setText(policy.title);
    m_scopeCombo->clear();
    m_scopeCombo->addItem(tr("Global"), u"global"_s);
    QList<Domain> sorted = domains;
    std::sort(sorted.begin(), sorted.end(), [](const Domain &a, const Domain &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    for (const Domain &domain : std::as_const(sorted))
        m_scopeCombo->addItem(tr("Domain: %1").arg(domain.name), domain.id);
    int scopeIndex = m_scopeCombo->findData(policy.scope);
    if (scopeIndex < 0) {
        // A domain that no longer exists stays visible rather than silently becoming global.
        m_scopeCombo->addItem(tr("Domain: %1 (unknown)").arg(policy.scope), policy.scope);
        scopeIndex = m_scopeCombo->count() - 1;
    }
    m_scopeCombo->setCurrentIndex(scopeIndex);
    m_severityCombo->setCurrentIndex(m_severityCombo->findData(Policy::toString(policy.severity)));
    m_ownerEdit->setText(policy.owner);
    m_versionLabel->setText(stored ? tr("Version %1 · %2")
                                         .arg(stored->version)
                                         .arg(stored->enabled ? tr("active") : tr("inactive"))
                                   : tr("Not saved yet"));
    m_descriptionEdit->setPlainText(policy.description);
    m_messageEdit->setPlainText(policy.message);
    m_whenEdit->setPlainText(policy.when);
    m_ruleEdit->setPlainText(policy.rule);
    m_exemptionModel->setExemptions(policy.exemptions);
    m_loading = false;
    m_whenEdit->compileNow();
    m_ruleEdit->compileNow();
    m_trial.reset();
    m_resultModel->clear();
    m_changeModel->clear();
    m_domainChangeModel->clear();
    m_explanation->clear();
    runTests();
    evaluateNow();
    emit stateChanged();
}

Policy PolicyEditor::policy() const
{
    Policy policy = m_loaded;
    policy.id = m_idEdit->text().trimmed();
    policy.title = m_titleEdit->text().trimmed();
    policy.scope = m_scopeCombo->currentData().toString();
    policy.severity = Policy::severityFromString(m_severityCombo->currentData().toString())
                          .value_or(Policy::Severity::Error);
    policy.owner = m_ownerEdit->text().trimmed();
    policy.description = m_descriptionEdit->toPlainText();
    policy.message = m_messageEdit->toPlainText();
    policy.when = m_whenEdit->toPlainText();
    policy.rule = m_ruleEdit->toPlainText();
    policy.exemptions = m_exemptionModel->exemptions();
    return policy;
}

bool PolicyEditor::isModified() const
{
    return policy() != m_loaded;
}

QStringList PolicyEditor::problems() const
{
    QStringList problems;
    static const QRegularExpression slug(u"^[a-z0-9][a-z0-9_-]*$"_s);
    if (!slug.match(m_idEdit->text().trimmed()).hasMatch())
        problems += tr("Id: use lower-case letters, digits, '-' and '_', starting with a letter "
                       "or digit.");
    if (m_titleEdit->text().trimmed().isEmpty())
        problems += tr("Title: a policy needs a title.");
    if (m_whenEdit->hasError())
        problems += tr("When: %1").arg(m_whenEdit->errorMessage());
    if (m_ruleEdit->hasError())
        problems += tr("Rule: %1").arg(m_ruleEdit->errorMessage());
    const QList<Policy::Exemption> exemptions = m_exemptionModel->exemptions();
    for (qsizetype i = 0; i < exemptions.size(); ++i) {
        if (exemptions.at(i).productId.isEmpty())
            problems += tr("Exemption %1: name the exempted product.").arg(i + 1);
    }
    return problems;
}

std::optional<PolicyTrial> PolicyEditor::currentTrial() const
{
    if (!m_trial || m_runner->isRunning() || m_evaluateDelay->isActive()
        || m_trialPolicy != policy())
        return std::nullopt;
    return m_trial;
}

void PolicyEditor::setSelectedProduct(const QString &productId)
{
    m_selectedProduct = productId;
    constexpr int SelectedEntry = 4;
    if (productId.isEmpty()) {
        if (m_resultFilter->count() > SelectedEntry)
            m_resultFilter->removeItem(SelectedEntry);
    } else {
        const QString text = tr("Only the selected product (%1)").arg(productId);
        if (m_resultFilter->count() > SelectedEntry)
            m_resultFilter->setItemText(SelectedEntry, text);
        else
            m_resultFilter->addItem(text, -1);
    }
    applyResultFilter();
}

void PolicyEditor::applyResultFilter()
{
    const int filter = m_resultFilter->currentData().toInt();
    if (filter < 0) {
        m_resultModel->setProductFilter(m_selectedProduct);
    } else {
        m_resultModel->setProductFilter({});
        m_resultModel->setFilter(PolicyResultModel::Filter(filter));
    }
    if (m_resultModel->rowCount() > 0 && !m_resultView->currentIndex().isValid())
        m_resultView->setCurrentIndex(m_resultModel->index(0, 0));
}

void PolicyEditor::draftChanged()
{
    if (m_loading)
        return;
    updateProblems();
    m_evaluateDelay->start();
    emit stateChanged();
}

void PolicyEditor::compileNow()
{
    m_whenEdit->compileNow();
    m_ruleEdit->compileNow();
    updateProblems();
}

void PolicyEditor::evaluateNow()
{
    m_evaluateDelay->stop();
    compileNow();
    runTests();
    if (!m_session->isOpen())
        return;
    if (m_whenEdit->hasError() || m_ruleEdit->hasError()) {
        // Nothing to evaluate: keep the last results out of sight rather than misleading.
        m_runner->cancel();
        m_trial.reset();
        m_resultModel->clear();
        m_changeModel->clear();
        m_domainChangeModel->clear();
        m_explanation->clear();
        m_progress->hide();
        m_summaryLabel->setText(tr("Fix the errors above to see results."));
        m_whatIfLabel->setText(m_summaryLabel->text());
        emit trialFinished();
        return;
    }
    m_trialPolicy = policy();
    m_runner->start(m_session->location(), m_stored, m_trialPolicy);
}

void PolicyEditor::showTrial(const PolicyTrial &trial)
{
    m_progress->hide();
    if (!trial.error.isEmpty()) {
        m_summaryLabel->setText(tr("Could not evaluate: %1").arg(trial.error));
        emit trialFinished();
        return;
    }
    m_trial = trial;
    const QString selected = m_resultView->currentIndex().data(PolicyResultModel::ProductIdRole)
                                 .toString();
    m_resultModel->setResults(trial.report, trial.editedColumn, trial.activeColumn, trial.whatIf);
    m_changeModel->setResults(trial.report, trial.editedColumn, trial.activeColumn, trial.whatIf);
    m_domainChangeModel->setReport(trial.whatIf);

    const OutcomeCounts &counts = trial.report.policyCounts.at(size_t(trial.editedColumn));
    m_summaryLabel->setText(
        tr("%1 passed · %2 failed · %3 exempt · %4 errors · %5 not applicable (%6 ms)")
            .arg(counts.passed)
            .arg(counts.failed)
            .arg(counts.exempt)
            .arg(counts.errors)
            .arg(counts.notApplicable)
            .arg(trial.report.elapsedMs));
    const qsizetype failing = trial.whatIf.newlyFailing.size();
    const qsizetype passing = trial.whatIf.newlyPassing.size();
    if (failing == 0 && passing == 0)
        m_whatIfLabel->setText(trial.whatIf.isNew
                                   ? tr("Activating this new policy would fail no product.")
                                   : tr("Compared with the active version, no product changes "
                                        "outcome."));
    else
        m_whatIfLabel->setText(
            //: Followed by "%n product(s) would newly pass."
            (trial.whatIf.isNew ? tr("Activating this new policy: %n product(s) would newly "
                                     "fail.",
                                     nullptr, int(failing))
                                : tr("Compared with the active version: %n product(s) would "
                                     "newly fail.",
                                     nullptr, int(failing)))
            + u' ' + tr("%n product(s) would newly pass.", nullptr, int(passing)));
    m_tabs->setTabText(1, failing + passing > 0 ? tr("What-if (%1)").arg(failing + passing)
                                                : tr("What-if"));
    const int row = m_resultModel->rowOf(selected);
    if (row >= 0)
        m_resultView->setCurrentIndex(m_resultModel->index(row, 0));
    else
        showExplanation(m_resultView->currentIndex());
    emit trialFinished();
}

void PolicyEditor::showExplanation(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_explanation->clear();
        return;
    }
    const QString detail = index.data(PolicyResultModel::DetailRole).toString();
    const auto outcome = PolicyOutcome(index.data(PolicyResultModel::OutcomeRole).toInt());
    const QString product = index.data(PolicyResultModel::ProductIdRole).toString();
    QString text = tr("%1: %2").arg(product, PolicyResultModel::outcomeText(outcome));
    if (!detail.isEmpty())
        text += u"\n\n"_s + detail;
    m_explanation->setPlainText(text);
}

void PolicyEditor::updateProblems()
{
    // Problems block saving and come in red; warnings (likely mistakes that still compile)
    // only when there is no problem, in amber.
    QStringList lines = problems();
    const bool blocking = !lines.isEmpty();
    if (!blocking) {
        for (const QString &warning : m_whenEdit->warnings())
            lines += tr("When: %1").arg(warning);
        for (const QString &warning : m_ruleEdit->warnings())
            lines += tr("Rule: %1").arg(warning);
    }
    m_problemLabel->setStyleSheet(blocking ? u"color: #b00020;"_s : u"color: #9a5b00;"_s);
    m_problemLabel->setText(lines.join(u'\n'));
    m_problemLabel->setVisible(!lines.isEmpty());
}

int PolicyEditor::testCount() const
{
    return m_testModel->rowCount();
}

int PolicyEditor::failingTestCount() const
{
    return m_testModel->failedCount();
}

void PolicyEditor::runTests()
{
    const Policy draft = policy();
    if (draft.tests.isEmpty()) {
        m_testModel->setResults({});
        m_testSummary->setText(tr("This policy has no tests. Tests are written in the policy "
                                  "document (see docs/FORMAT.md) and imported."));
        return;
    }
    if (m_whenEdit->hasError() || m_ruleEdit->hasError()) {
        m_testModel->setResults({});
        m_testSummary->setText(tr("Fix the errors above to run the tests."));
        return;
    }
    m_testModel->setResults(PolicyTestRunner::run(draft));
    const int failed = m_testModel->failedCount();
    m_testSummary->setText(failed == 0
                               ? tr("All %n test(s) pass.", nullptr, m_testModel->rowCount())
                               : tr("%1 of %n test(s) FAIL.", nullptr, m_testModel->rowCount())
                                     .arg(failed));
    m_tabs->setTabText(2, failed == 0 ? tr("Tests") : tr("Tests (%1 failing)").arg(failed));
}

} // namespace Tessera::Gui
