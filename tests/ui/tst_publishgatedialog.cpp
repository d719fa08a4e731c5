#include "dialogs/publishgatedialog.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_PublishGateDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::enterTestMode(); }
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void blockedOffersOnlyClose();
    void warningsAskForConfirmation();
    void confirmPublish_data();
    void confirmPublish();

private:
    static PublishReport::Finding finding(const QString &id, Policy::Severity severity,
                                          const QString &detail)
    {
        return {id, id + u" title"_s, severity, PolicyOutcome::Fail, detail};
    }
    static PublishReport blockedReport()
    {
        PublishReport report;
        report.productId = u"marketing.campaigns"_s;
        report.blocking = {finding(u"slo-defined"_s, Policy::Severity::Error,
                                   u"size(product.slos) > 0\n|                  |\n0"
                                   u"                  false"_s)};
        report.warnings = {finding(u"field-descriptions"_s, Policy::Severity::Warning, {})};
        report.evaluated = 10;
        return report;
    }
    static PublishReport warningReport()
    {
        PublishReport report;
        report.productId = u"sales.kpis"_s;
        report.warnings = {finding(u"field-descriptions"_s, Policy::Severity::Warning,
                                   u"fields.all(f, f.description != \"\")\n|\nfalse"_s)};
        report.notes = {finding(u"tagged"_s, Policy::Severity::Info, {})};
        report.evaluated = 10;
        return report;
    }
};

void tst_PublishGateDialog::blockedOffersOnlyClose()
{
    PublishGateDialog dialog(blockedReport(), u"Campaigns"_s);
    QVERIFY(dialog.isBlocked());
    QVERIFY(!dialog.findChild<QPushButton *>(u"publishAnywayButton"_s));
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QVERIFY(buttons);
    QCOMPARE(buttons->buttons().size(), 1);
    QVERIFY(buttons->button(QDialogButtonBox::Close));
    auto *heading = dialog.findChild<QLabel *>(u"headingLabel"_s);
    QVERIFY(heading);
    QCOMPARE(heading->text(), u"Cannot publish “Campaigns”"_s);
    auto *findings = dialog.findChild<QTextBrowser *>(u"findingsView"_s);
    QVERIFY(findings);
    const QString text = findings->toPlainText();
    QVERIFY2(text.contains(u"slo-defined title"_s), qPrintable(text));
    QVERIFY2(text.contains(u"size(product.slos) > 0"_s), qPrintable(text));
    // Warnings are listed too: the user fixes everything at once.
    QVERIFY2(text.contains(u"field-descriptions title"_s), qPrintable(text));
}

void tst_PublishGateDialog::warningsAskForConfirmation()
{
    PublishGateDialog dialog(warningReport());
    QVERIFY(!dialog.isBlocked());
    auto *publish = dialog.findChild<QPushButton *>(u"publishAnywayButton"_s);
    QVERIFY(publish);
    auto *heading = dialog.findChild<QLabel *>(u"headingLabel"_s);
    QCOMPARE(heading->text(), u"Publish “sales.kpis” with warnings?"_s);
    const QString text = dialog.findChild<QTextBrowser *>(u"findingsView"_s)->toPlainText();
    QVERIFY2(text.contains(u"f.description"_s) && text.contains(u"tagged title"_s),
             qPrintable(text));
    // Return must not publish by accident.
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QVERIFY(buttons->button(QDialogButtonBox::Cancel)->isDefault());
    QVERIFY(!publish->isDefault());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(publish, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void tst_PublishGateDialog::confirmPublish_data()
{
    QTest::addColumn<PublishReport>("report");
    QTest::addColumn<QString>("answer"); // button to click; empty: no dialog expected
    QTest::addColumn<bool>("expected");

    PublishReport notesOnly;
    notesOnly.productId = u"a.b"_s;
    notesOnly.notes = {{u"tagged"_s, u"Tagged"_s, Policy::Severity::Info, PolicyOutcome::Fail, {}}};

    QTest::newRow("clean") << PublishReport{} << QString() << true;
    QTest::newRow("notes only") << notesOnly << QString() << true;
    QTest::newRow("blocked") << blockedReport() << u"close"_s << false;
    QTest::newRow("warnings, publish anyway") << warningReport() << u"publish"_s << true;
    QTest::newRow("warnings, cancel") << warningReport() << u"cancel"_s << false;
}

void tst_PublishGateDialog::confirmPublish()
{
    QFETCH(PublishReport, report);
    QFETCH(QString, answer);
    QFETCH(bool, expected);

    QWidget window;
    bool shown = false;
    bool clicked = false;
    // The dialog is modal: answer it from the event loop it runs.
    QTimer answerer;
    answerer.setInterval(10);
    connect(&answerer, &QTimer::timeout, &window, [&] {
        auto *dialog = qobject_cast<PublishGateDialog *>(QApplication::activeModalWidget());
        if (!dialog || clicked)
            return;
        shown = true;
        clicked = true;
        auto *buttons = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s);
        QPushButton *button = nullptr;
        if (answer == u"publish"_s)
            button = dialog->findChild<QPushButton *>(u"publishAnywayButton"_s);
        else if (answer == u"cancel"_s)
            button = buttons->button(QDialogButtonBox::Cancel);
        else
            button = buttons->button(QDialogButtonBox::Close);
        if (!button) {
            dialog->reject();
            return;
        }
        QTest::mouseClick(button, Qt::LeftButton);
    });
    answerer.start();
    QCOMPARE(PublishGateDialog::confirmPublish(&window, report, u"Product"_s), expected);
    QCOMPARE(shown, !answer.isEmpty());
    QCOMPARE(PublishGateDialog::needsDialog(report), !answer.isEmpty());
}

QTEST_MAIN(tst_PublishGateDialog)
#include "tst_publishgatedialog.moc"
