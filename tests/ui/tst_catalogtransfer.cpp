#include "interop/catalogjson.h"
#include "interop/syntheticcatalog.h"
#include "uitestsupport.h"
#include "views/catalogtransfer.h"

#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_CatalogTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void exportThenImport();
    void exportSelection();
    void importReportsPosition();
    void oneTransferAtATime();
    void cancelLeavesCatalogUnchanged();

private:
    TransferOutcome waitForOutcome(CatalogTransfer &transfer);
    QTemporaryDir m_dir;
    QString m_samplePath;
};

void tst_CatalogTransfer::initTestCase()
{
    TestSupport::enterTestMode();
    QVERIFY(m_dir.isValid());
    m_samplePath = TestSupport::installSample(m_dir);
    QVERIFY(!m_samplePath.isEmpty());
}

TransferOutcome tst_CatalogTransfer::waitForOutcome(CatalogTransfer &transfer)
{
    QSignalSpy finished(&transfer, &CatalogTransfer::finished);
    if (!finished.wait(20000))
        return {};
    return finished.at(0).at(0).value<TransferOutcome>();
}

void tst_CatalogTransfer::exportThenImport()
{
    QWidget window;
    CatalogTransfer transfer(&window);
    const QString file = m_dir.filePath(u"export.json"_s);
    QVERIFY(transfer.startExport(m_samplePath, file));
    TransferOutcome outcome = waitForOutcome(transfer);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(outcome.kind == TransferOutcome::Kind::Export);
    QCOMPARE(outcome.exportedProducts, 40);
    QVERIFY(QFile::exists(file));

    const QString target = m_dir.filePath(u"empty.tessera"_s);
    QVERIFY(SqliteCatalog::create(target));
    QVERIFY(transfer.startImport(target, file));
    outcome = waitForOutcome(transfer);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(outcome.kind == TransferOutcome::Kind::Import);
    QCOMPARE(outcome.imported.products, 40);
    QCOMPARE(outcome.imported.domains, 8);
    std::unique_ptr<Catalog> imported = TestSupport::openOrFail(target);
    QVERIFY(imported);
    QCOMPARE(imported->stats().value().products, 40);
    QVERIFY(!transfer.isRunning());
}

void tst_CatalogTransfer::exportSelection()
{
    QWidget window;
    CatalogTransfer transfer(&window);
    const QString file = m_dir.filePath(u"selection.json"_s);
    QVERIFY(transfer.startExport(m_samplePath, file, {u"orders.orders"_s, u"payments.refunds"_s}));
    const TransferOutcome outcome = waitForOutcome(transfer);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.exportedProducts, 2);
    const Result<CatalogDocument> document = CatalogJson::readFile(file);
    QVERIFY2(document, qPrintable(document.error()));
    QCOMPARE(document->products.size(), 2);
}

void tst_CatalogTransfer::importReportsPosition()
{
    const QString file = m_dir.filePath(u"broken.json"_s);
    QFile broken(file);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\n  \"format\": \"tessera-catalog\",\n  \"domains\": [ oops ]\n}\n");
    broken.close();

    QWidget window;
    CatalogTransfer transfer(&window);
    QVERIFY(transfer.startImport(m_samplePath, file));
    const TransferOutcome outcome = waitForOutcome(transfer);
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.cancelled);
    // The message names the file and the line of the syntax error.
    QVERIFY2(outcome.error.contains(u"broken.json"_s), qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(u'3'), qPrintable(outcome.error));
    QCOMPARE(outcome.file, file);
}

void tst_CatalogTransfer::oneTransferAtATime()
{
    QWidget window;
    CatalogTransfer transfer(&window);
    const QString file = m_dir.filePath(u"again.json"_s);
    QVERIFY(transfer.startExport(m_samplePath, file));
    QVERIFY(transfer.isRunning());
    QVERIFY(!transfer.startExport(m_samplePath, file));
    const TransferOutcome outcome = waitForOutcome(transfer);
    QVERIFY(outcome.ok || outcome.cancelled);
}

void tst_CatalogTransfer::cancelLeavesCatalogUnchanged()
{
    // Big enough that reading it takes far longer than pressing Cancel.
    const QString file = m_dir.filePath(u"large.json"_s);
    QVERIFY(CatalogJson::writeFile(file, SyntheticCatalog::generate(5000, 3)));
    const QString target = m_dir.filePath(u"cancel.tessera"_s);
    QVERIFY(SqliteCatalog::create(target));

    QWidget window;
    CatalogTransfer transfer(&window);
    QSignalSpy finished(&transfer, &CatalogTransfer::finished);
    QVERIFY(transfer.startImport(target, file));
    auto *progress = window.findChild<QProgressDialog *>(u"transferProgress"_s);
    QVERIFY(progress);
    QVERIFY(progress->isModal() || progress->windowModality() == Qt::WindowModal);
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QVERIFY(finished.wait(30000));
    const auto outcome = finished.at(0).at(0).value<TransferOutcome>();
    QVERIFY(outcome.cancelled);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.file, file);
    std::unique_ptr<Catalog> catalog = TestSupport::openOrFail(target);
    QVERIFY(catalog);
    QCOMPARE(catalog->stats().value().products, 0);
    // The dialog goes away with the transfer.
    QTRY_VERIFY(window.findChild<QProgressDialog *>(u"transferProgress"_s) == nullptr);
}

QTEST_MAIN(tst_CatalogTransfer)
#include "tst_catalogtransfer.moc"
