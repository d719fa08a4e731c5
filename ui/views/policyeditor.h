#pragma once

#include "model/domain.h"
#include "model/policy.h"
#include "views/policytrial.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;
class QTimer;

namespace Tessera::Gui {

class CatalogSession;
class CelEditor;
class DomainChangeModel;
class ExemptionModel;
class PolicyResultModel;
class PolicyTestResultModel;
class PolicyTrialRunner;
class TableEditor;

// Edits one policy: its document fields, `when` and `rule` in CEL editors, exemptions; and,
// live while typing, what it says about every product of the open catalog (with the
// explanation of each failure), what would change compared with its active version
// (what-if, per domain), and the results of its own tests. Saving, activating and undo are
// the policies view's; this widget only holds the draft.
class PolicyEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyEditor)

public:
    explicit PolicyEditor(CatalogSession *session, QWidget *parent = nullptr);
    ~PolicyEditor() override;

    // Loads a policy; `stored` is its version in the catalog (none for a new policy).
    void setPolicy(const std::optional<Tessera::Policy> &stored, const Tessera::Policy &policy,
                   const QList<Tessera::Domain> &domains);
    // The draft as the form holds it.
    Tessera::Policy policy() const;
    const std::optional<Tessera::Policy> &storedPolicy() const { return m_stored; }

    // The draft differs from what was loaded.
    bool isModified() const;
    // Problems that keep the draft from being saved (bad id, empty title, rules that do not
    // compile); empty when it may be saved.
    QStringList problems() const;
    bool isValid() const { return problems().isEmpty(); }

    // The newest trial of the draft, when it matches the draft as it is now.
    std::optional<PolicyTrial> currentTrial() const;
    // The product selected in the studio: the results can be narrowed to it.
    void setSelectedProduct(const QString &productId);
    // Of the last runTests().
    int testCount() const;
    int failingTestCount() const;

public slots:
    // Compiles `when` and `rule` now, so that problems() is current.
    void compileNow();
    // Evaluates the draft now instead of after the typing pause.
    void evaluateNow();
    void runTests();

signals:
    // Whether the draft differs from what was loaded, or its validity, may have changed.
    void stateChanged();
    void trialFinished();
    void productActivated(const QString &productId);

private:
    void createForm(QWidget *form);
    void createResultsTab();
    void updateProblems();
    void createWhatIfTab();
    void createTestsTab();
    void draftChanged();
    void showTrial(const PolicyTrial &trial);
    void showExplanation(const QModelIndex &index);
    void applyResultFilter();

    CatalogSession *m_session = nullptr;
    std::optional<Tessera::Policy> m_stored;
    Tessera::Policy m_loaded;
    bool m_loading = false;

    QLineEdit *m_idEdit = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QComboBox *m_scopeCombo = nullptr;
    QComboBox *m_severityCombo = nullptr;
    QLineEdit *m_ownerEdit = nullptr;
    QLabel *m_versionLabel = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    QPlainTextEdit *m_messageEdit = nullptr;
    CelEditor *m_whenEdit = nullptr;
    CelEditor *m_ruleEdit = nullptr;
    QLabel *m_problemLabel = nullptr;

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_resultFilter = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableView *m_resultView = nullptr;
    QPlainTextEdit *m_explanation = nullptr;
    QLabel *m_whatIfLabel = nullptr;
    QTableView *m_domainChangeView = nullptr;
    QTableView *m_changeView = nullptr;
    QLabel *m_testSummary = nullptr;
    QTableView *m_testView = nullptr;
    QPlainTextEdit *m_testDetail = nullptr;
    TableEditor *m_exemptionEditor = nullptr;

    PolicyResultModel *m_resultModel = nullptr;
    PolicyResultModel *m_changeModel = nullptr;
    DomainChangeModel *m_domainChangeModel = nullptr;
    PolicyTestResultModel *m_testModel = nullptr;
    ExemptionModel *m_exemptionModel = nullptr;
    PolicyTrialRunner *m_runner = nullptr;
    QTimer *m_evaluateDelay = nullptr;
    QString m_selectedProduct;
    std::optional<PolicyTrial> m_trial;
    Tessera::Policy m_trialPolicy; // the draft the newest requested trial evaluates
};

} // namespace Tessera::Gui
