#include "editors/celeditor.h"
#include "models/catalogsession.h"
#include "models/policyresultmodel.h"
#include "models/policytreemodel.h"
#include "uitestsupport.h"
#include "views/policiesview.h"
#include "views/policyeditor.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_PoliciesView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::enterTestMode(); }
    void init();
    void cleanup();
    void treeListsGlobalPolicies();
    void invalidRuleShowsErrorAndFixShowsResults();
    void whatIfAndSaveOfAnActivePolicyAreUndoable();
    void newPolicyCannotBeActivatedUntilSaved();
    void savingWhileSwitchingKeepsTreeAndEditorTogether();
    void savingWithFailingTestsAsksFirst();
    void unknownFieldIsAWarning();

private:
    // Clicks `button` of the next message box, from inside its event loop.
    static void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr);
    bool waitForTrial();

    QTemporaryDir m_dir;
    std::unique_ptr<CatalogSession> m_session;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<PoliciesView> m_view;
};

void tst_PoliciesView::init()
{
    TestSupport::failOnUnexpectedWarnings();
    const QString path = TestSupport::installSample(m_dir, QUuid::createUuid().toString(QUuid::Id128));
    QVERIFY(!path.isEmpty());
    m_session = std::make_unique<CatalogSession>();
    m_session->setCatalog(TestSupport::openOrFail(path));
    m_undo = std::make_unique<QUndoStack>();
    m_view = std::make_unique<PoliciesView>(m_session.get(), m_undo.get());
    m_view->resize(1400, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void tst_PoliciesView::cleanup()
{
    m_view.reset();
    m_undo.reset();
    m_session.reset();
}

void tst_PoliciesView::answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(0, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            // Not open yet: try again once the event loop has shown it.
            answerNextMessageBox(button, text);
            return;
        }
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

bool tst_PoliciesView::waitForTrial()
{
    QSignalSpy finished(m_view->editor(), &PolicyEditor::trialFinished);
    return finished.wait(10000);
}

void tst_PoliciesView::treeListsGlobalPolicies()
{
    const PolicyTreeModel *model = m_view->model();
    QVERIFY(model->rowCount() >= 1);
    const QModelIndex global = model->index(0, 0);
    QCOMPARE(global.data().toString(), u"Global"_s);
    QVERIFY(model->rowCount(global) >= 10); // the federation's sample policy set
    QVERIFY(model->indexOf(u"owner-present"_s).isValid());
    QCOMPARE(model->indexOf(u"owner-present"_s).siblingAtColumn(PolicyTreeModel::StateColumn)
                 .data()
                 .toString(),
             u"Active"_s);
}

void tst_PoliciesView::invalidRuleShowsErrorAndFixShowsResults()
{
    QVERIFY(m_view->showPolicy(u"slo-defined"_s));
    QVERIFY(waitForTrial());
    auto *results = m_view->findChild<QTableView *>(u"policyResultTable"_s);
    QVERIFY(results);
    // The sample's products without SLOs fail the policy.
    m_view->findChild<QComboBox *>(u"resultFilterCombo"_s)->setCurrentIndex(1); // failing
    QStringList failing;
    for (int row = 0; row < results->model()->rowCount(); ++row)
        failing += results->model()->index(row, 0).data().toString();
    QVERIFY2(failing.contains(u"marketing.campaigns"_s), qPrintable(failing.join(u", "_s)));
    QVERIFY(failing.contains(u"inventory.warehouses"_s));
    // Clicks on the Product header sort by product id, up and then down; a third click brings
    // back the order results came in.
    auto *header = results->horizontalHeader();
    const auto clickHeader = [&] {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(0) + 10, header->height() / 2));
    };
    const auto shown = [&] {
        QStringList ids;
        for (int row = 0; row < results->model()->rowCount(); ++row)
            ids += results->model()->index(row, 0).data().toString();
        return ids;
    };
    QStringList sorted = failing;
    sorted.sort();
    clickHeader();
    QCOMPARE(shown(), sorted);
    clickHeader();
    std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(shown(), sorted);
    clickHeader();
    QCOMPARE(shown(), failing);

    // An explanation on show...
    results->setCurrentIndex(results->model()->index(0, 0));
    auto *explanation = m_view->findChild<QPlainTextEdit *>(u"policyExplanation"_s);
    QVERIFY(!explanation->toPlainText().isEmpty());

    // Type an invalid rule: the error shows, results go, nothing can be saved or activated.
    auto *rule = m_view->findChild<CelEditor *>(u"policyRuleEdit"_s);
    rule->selectAll();
    QTest::keyClicks(rule, u"size(product.slos) >"_s);
    QVERIFY(waitForTrial());
    auto *problems = m_view->findChild<QLabel *>(u"policyProblemLabel"_s);
    QVERIFY2(problems->text().contains(u"Rule:"_s), qPrintable(problems->text()));
    QVERIFY(problems->isVisible()); // outside the form's scroll area: always in sight
    QVERIFY(rule->hasError());
    QCOMPARE(rule->extraSelections().size(), 1);
    QCOMPARE(results->model()->rowCount(), 0);
    QVERIFY(explanation->toPlainText().isEmpty()); // ...goes with the results it explained
    QVERIFY(!m_view->saveAction()->isEnabled());
    QVERIFY(!m_view->activateAction()->isEnabled());

    // Fix it: the results come back.
    QTest::keyClicks(rule, u" 1"_s);
    QVERIFY(waitForTrial());
    QVERIFY(!rule->hasError());
    QVERIFY(problems->text().isEmpty());
    QVERIFY(!problems->isVisible());
    QVERIFY(results->model()->rowCount() > 0);
    QVERIFY(m_view->saveAction()->isEnabled());
    // Every product fails "more than one SLO" that has at most one.
    results->setCurrentIndex(results->model()->index(0, 0));
    QVERIFY(explanation->toPlainText().contains(results->model()->index(0, 0).data().toString()));
}

void tst_PoliciesView::whatIfAndSaveOfAnActivePolicyAreUndoable()
{
    QVERIFY(m_view->showPolicy(u"owner-present"_s));
    QVERIFY(waitForTrial());
    auto *rule = m_view->findChild<CelEditor *>(u"policyRuleEdit"_s);
    const QString original = rule->toPlainText();
    // Stricter: public products newly fail (the policy's own tests still pass).
    rule->setPlainText(original + u" && product.classification != \"public\""_s);
    QVERIFY(waitForTrial());
    const auto trial = m_view->editor()->currentTrial();
    QVERIFY(trial.has_value());
    QVERIFY(!trial->whatIf.newlyFailing.isEmpty());
    auto *whatIf = m_view->findChild<QTableView *>(u"whatIfTable"_s);
    QCOMPARE(whatIf->model()->rowCount(), trial->whatIf.newlyFailing.size()
                                              + trial->whatIf.newlyPassing.size());
    auto *domains = m_view->findChild<QTableView *>(u"domainChangeTable"_s);
    QVERIFY(domains->model()->rowCount() > 0);
    QVERIFY(m_view->findChild<QLabel *>(u"whatIfLabel"_s)->text().contains(
        QString::number(trial->whatIf.newlyFailing.size())));

    // Modified: cannot be activated or deactivated until saved.
    QVERIFY(!m_view->activateAction()->isEnabled());

    // Saving an active policy that newly fails products asks first.
    QString question;
    answerNextMessageBox(QMessageBox::Save, &question);
    QVERIFY(m_view->save());
    QVERIFY2(question.contains(QString::number(trial->whatIf.newlyFailing.size())),
             qPrintable(question));
    QCOMPARE(m_undo->count(), 1);
    auto stored = m_session->catalog()->policies();
    QVERIFY(stored);
    const auto saved = std::find_if(stored->cbegin(), stored->cend(),
                                    [](const Policy &p) { return p.id == u"owner-present"_s; });
    QVERIFY(saved != stored->cend());
    QVERIFY(saved->rule.contains(u"public"_s));
    QCOMPARE(saved->version, 2); // every saved change is a new version
    QVERIFY(!m_view->editor()->isModified());
    QVERIFY(m_view->activateAction()->isEnabled());

    m_undo->undo();
    stored = m_session->catalog()->policies();
    const auto restored = std::find_if(stored->cbegin(), stored->cend(),
                                       [](const Policy &p) { return p.id == u"owner-present"_s; });
    QCOMPARE(restored->rule, original);
    QCOMPARE(rule->toPlainText(), original); // the editor follows the undo
}

void tst_PoliciesView::savingWhileSwitchingKeepsTreeAndEditorTogether()
{
    QVERIFY(m_view->showPolicy(u"slo-defined"_s));
    auto *message = m_view->findChild<QPlainTextEdit *>(u"policyMessageEdit"_s);
    QVERIFY(message);
    message->setPlainText(u"Declare an SLO."_s);
    QVERIFY(m_view->editor()->isModified());

    // Another policy, and Save in the unsaved-changes question.
    auto *tree = m_view->findChild<QTreeView *>(u"policyTree"_s);
    answerNextMessageBox(QMessageBox::Save);
    tree->setCurrentIndex(m_view->model()->indexOf(u"owner-present"_s));
    QCOMPARE(m_view->editor()->policy().id, u"owner-present"_s);
    QCOMPARE(m_view->model()->policyId(tree->currentIndex()), u"owner-present"_s);
    auto stored = m_session->catalog()->policies();
    QVERIFY(stored);
    QVERIFY(std::any_of(stored->cbegin(), stored->cend(), [](const Policy &p) {
        return p.id == u"slo-defined"_s && p.message == u"Declare an SLO."_s;
    }));

    // Back to the saved one: the editor follows the tree.
    tree->setCurrentIndex(m_view->model()->indexOf(u"slo-defined"_s));
    QCOMPARE(m_view->editor()->policy().id, u"slo-defined"_s);
    QCOMPARE(m_view->editor()->policy().message, u"Declare an SLO."_s);
}

void tst_PoliciesView::savingWithFailingTestsAsksFirst()
{
    QVERIFY(m_view->showPolicy(u"slo-defined"_s));
    QVERIFY(waitForTrial());
    auto *rule = m_view->findChild<CelEditor *>(u"policyRuleEdit"_s);
    // Every product passes now, so "no SLO fails" fails as a test; no product newly fails.
    rule->setPlainText(u"size(product.slos) >= 0"_s);
    QVERIFY(waitForTrial());
    QString question;
    answerNextMessageBox(QMessageBox::Cancel, &question);
    QVERIFY(!m_view->save());
    QVERIFY2(question.startsWith(u"1 of the policy's 3 test"_s), qPrintable(question));
    QCOMPARE(m_undo->count(), 0);
    QVERIFY(m_view->editor()->isModified());

    answerNextMessageBox(QMessageBox::Save);
    QVERIFY(m_view->save());
    QCOMPARE(m_undo->count(), 1);
}

void tst_PoliciesView::unknownFieldIsAWarning()
{
    QVERIFY(m_view->showPolicy(u"owner-present"_s));
    QVERIFY(waitForTrial());
    auto *rule = m_view->findChild<CelEditor *>(u"policyRuleEdit"_s);
    rule->selectAll();
    QTest::keyClicks(rule, u"product.owne != \"\""_s);
    QVERIFY(waitForTrial());
    // It compiles (documents are maps), so it is no error; but the schema has no such field.
    QVERIFY(!rule->hasError());
    QCOMPARE(rule->warnings(), QStringList{u"product documents have no field \"owne\""_s});
    QCOMPARE(rule->extraSelections().size(), 1);
    auto *problems = m_view->findChild<QLabel *>(u"policyProblemLabel"_s);
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(u"Rule: product documents have no field \"owne\""_s),
             qPrintable(problems->text()));
    QVERIFY(m_view->saveAction()->isEnabled());
}

void tst_PoliciesView::newPolicyCannotBeActivatedUntilSaved()
{
    m_view->newPolicy();
    QVERIFY(!m_view->activateAction()->isEnabled());
    m_view->findChild<QLineEdit *>(u"policyIdEdit"_s)->setText(u"tags-present"_s);
    m_view->findChild<QLineEdit *>(u"policyTitleEdit"_s)->setText(u"Products are tagged"_s);
    m_view->findChild<CelEditor *>(u"policyRuleEdit"_s)->setPlainText(u"size(product.tags) > 0"_s);
    QVERIFY(waitForTrial());
    QVERIFY(m_view->editor()->isValid());
    QVERIFY(!m_view->activateAction()->isEnabled()); // not saved yet
    QVERIFY(m_view->save());
    QVERIFY(m_view->model()->indexOf(u"tags-present"_s).isValid());
    QVERIFY(m_view->activateAction()->isEnabled());
    QCOMPARE(m_view->activateAction()->text(), u"&Activate"_s);
    m_view->activateAction()->trigger();
    auto stored = m_session->catalog()->policies();
    const auto created = std::find_if(stored->cbegin(), stored->cend(),
                                      [](const Policy &p) { return p.id == u"tags-present"_s; });
    QVERIFY(created != stored->cend());
    QVERIFY(created->enabled);
    QCOMPARE(m_undo->count(), 2);
    m_undo->undo();
    m_undo->undo();
    QVERIFY(!m_view->model()->indexOf(u"tags-present"_s).isValid());
}

QTEST_MAIN(tst_PoliciesView)
#include "tst_policiesview.moc"
