#include "views/policiesview.h"

#include "commands/savepolicycommand.h"
#include "governance/policyio.h"
#include "governance/policyvalidator.h"
#include "models/catalogsession.h"
#include "models/policytreemodel.h"
#include "storage/catalog.h"
#include "views/policyeditor.h"

#include <QAction>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

PoliciesView::PoliciesView(CatalogSession *session, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undoStack(undoStack)
    , m_model(new PolicyTreeModel(this))
{
    const auto action = [this](const QString &name, const QString &icon, const QString &text,
                               const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(icon.isEmpty() ? QIcon() : QIcon(icon), text, this);
        a->setObjectName(name);
        if (!shortcut.isEmpty()) {
            a->setShortcut(shortcut);
            // Only while the policies are on screen: elsewhere the keys mean something else.
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_newAction = action(u"newPolicyAction"_s, u":/icons/add.svg"_s, tr("&New Policy"),
                         QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N), &PoliciesView::newPolicy);
    m_saveAction = action(u"savePolicyAction"_s, QString(), tr("&Save Policy"),
                          QKeySequence(Qt::CTRL | Qt::Key_S), [this] { save(); });
    m_revertAction = action(u"revertPolicyAction"_s, u":/icons/undo.svg"_s,
                            tr("&Revert Changes"), QKeySequence(), &PoliciesView::revert);
    m_activateAction = action(u"activatePolicyAction"_s, QString(), tr("&Activate"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                              &PoliciesView::toggleActive);
    m_deleteAction = action(u"deletePolicyAction"_s, u":/icons/delete.svg"_s,
                            tr("&Delete Policy"), QKeySequence(), &PoliciesView::deletePolicy);
    m_importAction = action(u"importPoliciesAction"_s, u":/icons/import.svg"_s,
                            tr("&Import Policies…"), QKeySequence(),
                            &PoliciesView::importPolicies);
    m_exportAction = action(u"exportPoliciesAction"_s, u":/icons/export.svg"_s,
                            tr("E&xport Policies…"), QKeySequence(),
                            &PoliciesView::exportPolicies);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(u"policyToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({m_newAction, m_saveAction, m_revertAction});
    toolBar->addSeparator();
    toolBar->addAction(m_activateAction);
    toolBar->addSeparator();
    toolBar->addActions({m_deleteAction, m_importAction, m_exportAction});
    layout->addWidget(toolBar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"policiesSplitter"_s);
    m_tree = new QTreeView(splitter);
    m_tree->setObjectName(u"policyTree"_s);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(PolicyTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(PolicyTreeModel::SeverityColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(PolicyTreeModel::StateColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions({m_newAction, m_activateAction, m_deleteAction, m_exportAction});
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { currentChanged(current); });
    splitter->addWidget(m_tree);

    m_stack = new QStackedWidget(splitter);
    m_emptyLabel = new QLabel(tr("Select a policy to edit it, or create one with New Policy."),
                              m_stack);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setEnabled(false);
    m_stack->addWidget(m_emptyLabel);
    m_editor = new PolicyEditor(m_session, m_stack);
    m_editor->setObjectName(u"policyEditor"_s);
    m_stack->addWidget(m_editor);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({420, 1000});
    layout->addWidget(splitter, 1);

    connect(m_editor, &PolicyEditor::stateChanged, this, &PoliciesView::updateActions);
    connect(m_editor, &PolicyEditor::productActivated, this, &PoliciesView::productActivated);
    connect(m_session, &CatalogSession::catalogChanged, this, [this] {
        m_shownId.clear();
        m_stack->setCurrentWidget(m_emptyLabel);
        reload();
    });
    connect(m_session, &CatalogSession::policiesChanged, this, &PoliciesView::reload);
    connect(m_session, &CatalogSession::domainsChanged, this, &PoliciesView::reload);
    reload();
}

PoliciesView::~PoliciesView() = default;

std::optional<Policy> PoliciesView::stored(const QString &id) const
{
    for (const Policy &policy : m_policies) {
        if (policy.id == id)
            return policy;
    }
    return std::nullopt;
}

void PoliciesView::reload()
{
    m_policies.clear();
    QList<Domain> domains;
    if (Catalog *catalog = m_session->catalog()) {
        auto policies = catalog->policies();
        auto loaded = catalog->domains();
        if (!policies || !loaded) {
            m_session->reportError(!policies ? policies.error() : loaded.error());
        } else {
            m_policies = policies.value();
            domains = loaded.value();
        }
    }
    const QSignalBlocker blocker(m_tree->selectionModel());
    m_model->setPolicies(m_policies, domains);
    m_tree->expandAll();
    if (!m_shownId.isEmpty()) {
        const std::optional<Policy> current = stored(m_shownId);
        if (!current) {
            // Deleted (or its creation undone): nothing left to edit.
            m_shownId.clear();
            m_stack->setCurrentWidget(m_emptyLabel);
        } else {
            m_tree->setCurrentIndex(m_model->indexOf(m_shownId));
            // The stored version moved (saved here, undone, activated): show it, unless the
            // user is in the middle of other changes.
            Policy draft = m_editor->policy();
            draft.version = current->version;
            if (m_editor->storedPolicy() != current
                && (!m_editor->isModified() || draft == *current))
                m_editor->setPolicy(current, *current, domains);
        }
    }
    updateActions();
}

bool PoliciesView::showPolicy(const QString &policyId)
{
    const QModelIndex index = m_model->indexOf(policyId);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    return m_shownId == policyId;
}

void PoliciesView::currentChanged(const QModelIndex &current)
{
    const QString id = m_model->policyId(current);
    if (id.isEmpty() || id == m_shownId)
        return;
    const bool saved = maybeSave();
    // Saving reloads the tree, which then points at the saved policy again: point it where the
    // editor does, or a click on the saved policy would change nothing.
    const QSignalBlocker blocker(m_tree->selectionModel());
    if (!saved) {
        m_tree->setCurrentIndex(m_model->indexOf(m_shownId));
        return;
    }
    const std::optional<Policy> policy = stored(id);
    if (!policy)
        return;
    m_tree->setCurrentIndex(m_model->indexOf(id));
    m_shownId = id;
    auto domains = m_session->catalog()->domains();
    m_editor->setPolicy(policy, *policy, domains ? domains.value() : QList<Domain>());
    m_stack->setCurrentWidget(m_editor);
    updateActions();
}

bool PoliciesView::maybeSave()
{
    if (m_stack->currentWidget() != m_editor || !m_editor->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Policy"),
        tr("The policy \"%1\" has unsaved changes. Save them?").arg(m_editor->policy().title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    return true;
}

void PoliciesView::newPolicy()
{
    if (!m_session->isOpen() || !maybeSave())
        return;
    QString scope = m_tree->currentIndex().data(PolicyTreeModel::ScopeRole).toString();
    if (scope.isEmpty())
        scope = u"global"_s;
    Policy policy;
    // A free id; the steward renames it before the first save.
    policy.id = u"new-policy"_s;
    for (int n = 2; stored(policy.id); ++n)
        policy.id = u"new-policy-%1"_s.arg(n);
    policy.title = tr("New policy");
    policy.scope = scope;
    policy.severity = Policy::Severity::Warning;
    // New policies start inactive: they are activated once saved and reviewed.
    policy.enabled = false;
    m_shownId.clear();
    m_tree->clearSelection();
    auto domains = m_session->catalog()->domains();
    m_editor->setPolicy(std::nullopt, policy, domains ? domains.value() : QList<Domain>());
    m_stack->setCurrentWidget(m_editor);
    m_editor->findChild<QWidget *>(u"policyIdEdit"_s)->setFocus();
    updateActions();
}

bool PoliciesView::save()
{
    if (m_stack->currentWidget() != m_editor || !m_session->isOpen())
        return false;
    m_editor->compileNow();
    const QStringList problems = m_editor->problems();
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot Save Policy"),
                             tr("Fix these first:\n\n%1").arg(problems.join(u'\n')));
        return false;
    }
    const std::optional<Policy> before = m_editor->storedPolicy();
    Policy after = m_editor->policy();
    if (!before && stored(after.id)) {
        QMessageBox::warning(this, tr("Cannot Save Policy"),
                             tr("A policy with the id \"%1\" exists already.").arg(after.id));
        return false;
    }
    if (before && after == *before)
        return true;
    m_editor->runTests();
    if (const int failing = m_editor->failingTestCount(); failing > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Save Policy"),
            tr("%1 of the policy's %n test(s) fail: the policy does not do what its tests expect. "
               "Save it anyway?",
               nullptr, m_editor->testCount())
                .arg(failing),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return false;
    }
    if (before)
        after.version = before->version + 1;
    // An active policy changes what blocks publishing at once: say what it would change.
    if (before && before->enabled) {
        std::optional<PolicyTrial> trial = m_editor->currentTrial();
        if (!trial) {
            // Typed a moment ago: evaluate the draft as it is now (well under a second even
            // for a large catalog) rather than save without knowing what it breaks.
            QEventLoop loop;
            connect(m_editor, &PolicyEditor::trialFinished, &loop, &QEventLoop::quit);
            m_editor->evaluateNow();
            loop.exec(QEventLoop::ExcludeUserInputEvents);
            trial = m_editor->currentTrial();
        }
        if (trial && !trial->whatIf.newlyFailing.isEmpty()) {
            QStringList perDomain;
            for (auto it = trial->whatIf.byDomain.cbegin(); it != trial->whatIf.byDomain.cend();
                 ++it) {
                if (it->newlyFailing > 0)
                    perDomain += tr("%1: %2").arg(it.key()).arg(it->newlyFailing);
            }
            perDomain.sort();
            const auto answer = QMessageBox::question(
                this, tr("Save Active Policy"),
                //: %1 lists the domains with their counts, e.g. "Orders: 2, Marketing: 1".
                tr("This policy is active. With this change %n product(s) would newly fail "
                   "(%1).",
                   nullptr, int(trial->whatIf.newlyFailing.size()))
                        .arg(perDomain.join(u", "_s))
                    + u' '
                    + tr("%n product(s) would newly pass.", nullptr,
                         int(trial->whatIf.newlyPassing.size()))
                    + u' ' + tr("Save it?"),
                QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Save)
                return false;
        }
    }
    m_shownId = after.id;
    push(std::make_unique<SavePolicyCommand>(m_session, before, after));
    // A failed save drops the command and reports; the draft stays in the editor.
    return stored(after.id) == after;
}

void PoliciesView::revert()
{
    if (m_stack->currentWidget() != m_editor)
        return;
    auto domains = m_session->catalog()->domains();
    const QList<Domain> list = domains ? domains.value() : QList<Domain>();
    if (const std::optional<Policy> current = m_editor->storedPolicy()) {
        m_editor->setPolicy(current, *current, list);
    } else {
        m_shownId.clear();
        m_stack->setCurrentWidget(m_emptyLabel);
    }
    updateActions();
}

void PoliciesView::deletePolicy()
{
    const std::optional<Policy> policy = m_editor->storedPolicy();
    if (m_stack->currentWidget() != m_editor || !policy)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Policy"),
        tr("Delete the policy \"%1\"? You can undo this.").arg(policy->title),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    push(std::make_unique<SavePolicyCommand>(m_session, policy, std::nullopt));
}

void PoliciesView::toggleActive()
{
    const std::optional<Policy> policy = m_editor->storedPolicy();
    if (!policy || m_editor->isModified() || !m_editor->isValid())
        return;
    Policy after = *policy;
    after.enabled = !after.enabled;
    push(std::make_unique<SavePolicyCommand>(m_session, policy, after));
}

void PoliciesView::importPolicies()
{
    if (!m_session->isOpen() || !maybeSave())
        return;
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import Policies"), QString(),
        tr("Policy documents (*.yaml *.yml *.json);;All files (*)"));
    if (file.isEmpty())
        return;
    const auto read = PolicyIo::readFile(file);
    if (!read) {
        QMessageBox::warning(this, tr("Cannot Import Policies"), read.error());
        return;
    }
    QStringList problems;
    for (const Policy &policy : read.value()) {
        for (const PolicyValidator::Problem &problem : PolicyValidator::validate(policy))
            problems += tr("%1 (%2): %3").arg(policy.id, problem.field, problem.message);
    }
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot Import Policies"),
                             tr("%1 has invalid policies; nothing was imported.\n\n%2")
                                 .arg(QDir::toNativeSeparators(file), problems.join(u'\n')));
        return;
    }
    // One undo step for the whole file.
    auto macro = std::make_unique<QUndoCommand>(
        tr("Import %n policy(ies) from %1", nullptr, int(read->size()))
            .arg(QFileInfo(file).fileName()));
    for (const Policy &policy : read.value())
        new SavePolicyCommand(m_session, stored(policy.id), policy, macro.get());
    push(std::move(macro));
}

void PoliciesView::exportPolicies()
{
    if (!m_session->isOpen())
        return;
    QList<Policy> policies = m_policies;
    QString suggested = u"policies.yaml"_s;
    if (const std::optional<Policy> shown = m_editor->storedPolicy();
        shown && m_stack->currentWidget() == m_editor) {
        const auto answer = QMessageBox::question(
            this, tr("Export Policies"),
            tr("Export only \"%1\"? Choose No to export all %n policy(ies).", nullptr,
               int(m_policies.size()))
                .arg(shown->title),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Yes) {
            policies = {*shown};
            suggested = shown->id + u".yaml"_s;
        }
    }
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export Policies"), suggested, tr("YAML (*.yaml *.yml);;JSON (*.json)"));
    if (file.isEmpty())
        return;
    const auto format = file.endsWith(u".json"_s, Qt::CaseInsensitive) ? PolicyIo::Format::Json
                                                                        : PolicyIo::Format::Yaml;
    const Result<void> written = PolicyIo::writeFile(file, policies, format);
    if (!written)
        QMessageBox::warning(this, tr("Cannot Export Policies"), written.error());
}

void PoliciesView::setSelectedProduct(const QString &productId)
{
    m_editor->setSelectedProduct(productId);
}

void PoliciesView::push(std::unique_ptr<QUndoCommand> command)
{
    m_undoStack->push(command.release());
}

void PoliciesView::setInFront(bool inFront)
{
    m_inFront = inFront;
    updateActions();
}

void PoliciesView::updateActions()
{
    const bool open = m_session->isOpen();
    const bool editing = open && m_inFront && m_stack->currentWidget() == m_editor;
    const std::optional<Policy> policy = editing ? m_editor->storedPolicy() : std::nullopt;
    const bool modified = editing && m_editor->isModified();
    const bool valid = editing && m_editor->isValid();
    m_newAction->setEnabled(open);
    m_importAction->setEnabled(open);
    m_exportAction->setEnabled(open && !m_policies.isEmpty());
    m_saveAction->setEnabled(editing && (modified || !policy) && valid);
    m_revertAction->setEnabled(editing && modified);
    m_deleteAction->setEnabled(policy.has_value());
    const bool canToggle = policy && !modified && valid;
    m_activateAction->setEnabled(canToggle);
    m_activateAction->setText(policy && policy->enabled ? tr("Deacti&vate") : tr("&Activate"));
    if (!policy)
        m_activateAction->setToolTip(tr("Save the policy before activating it."));
    else if (modified)
        m_activateAction->setToolTip(tr("Save or revert the changes before activating."));
    else if (!valid)
        m_activateAction->setToolTip(tr("Fix the policy's errors before activating it."));
    else
        m_activateAction->setToolTip(policy->enabled
                                         ? tr("Stop enforcing this policy.")
                                         : tr("Enforce this policy: checks and the publish gate "
                                              "use it."));
}

} // namespace Tessera::Gui
