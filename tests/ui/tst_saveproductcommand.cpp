#include "commands/saveproductcommand.h"
#include "models/catalogsession.h"
#include "uitestsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_SaveProductCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void editUndoRedo();
    void createUndoDeletes();
    void failedSaveIsDropped();

private:
    QString title(const QString &id);
    QTemporaryDir m_dir;
    CatalogSession *m_session = nullptr;
};

void tst_SaveProductCommand::initTestCase()
{
    TestSupport::enterTestMode();
    QVERIFY(m_dir.isValid());
}

void tst_SaveProductCommand::init()
{
    TestSupport::failOnUnexpectedWarnings();
    delete m_session;
    m_session = new CatalogSession(this);
    const QString path = TestSupport::createSmallMesh(
        m_dir, QString::fromLatin1(QTest::currentTestFunction()) + u".tessera"_s);
    m_session->setCatalog(TestSupport::openOrFail(path));
    QVERIFY(m_session->isOpen());
}

QString tst_SaveProductCommand::title(const QString &id)
{
    const Result<std::optional<DataProduct>> product = m_session->catalog()->product(id);
    if (!product || !product->has_value())
        return {};
    return (*product)->title;
}

void tst_SaveProductCommand::editUndoRedo()
{
    QUndoStack stack;
    QSignalSpy changed(m_session, &CatalogSession::productChanged);
    const DataProduct before = m_session->catalog()->product(u"orders.orders"_s).value().value();
    DataProduct after = before;
    after.title = u"All Orders"_s;

    stack.push(new SaveProductCommand(m_session, before, after));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.text(0), u"Edit product \"All Orders\""_s);
    QCOMPARE(title(u"orders.orders"_s), u"All Orders"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), u"orders.orders"_s);

    stack.undo();
    QCOMPARE(title(u"orders.orders"_s), u"Orders"_s);
    stack.redo();
    QCOMPARE(title(u"orders.orders"_s), u"All Orders"_s);
    QCOMPARE(changed.count(), 3);
}

void tst_SaveProductCommand::createUndoDeletes()
{
    QUndoStack stack;
    const DataProduct created = TestSupport::makeProduct(u"finance"_s, u"ledger"_s, u"Ledger"_s);
    stack.push(new SaveProductCommand(m_session, std::nullopt, created));
    QCOMPARE(stack.text(0), u"Create product \"Ledger\""_s);
    QCOMPARE(title(u"finance.ledger"_s), u"Ledger"_s);
    stack.undo();
    QVERIFY(!m_session->catalog()->product(u"finance.ledger"_s).value().has_value());
    stack.redo();
    QCOMPARE(title(u"finance.ledger"_s), u"Ledger"_s);
}

void tst_SaveProductCommand::failedSaveIsDropped()
{
    QUndoStack stack;
    QSignalSpy errors(m_session, &CatalogSession::errorOccurred);
    // The catalog refuses a product of an unknown domain: nothing to undo afterwards.
    const DataProduct orphan = TestSupport::makeProduct(u"nowhere"_s, u"thing"_s, u"Thing"_s);
    stack.push(new SaveProductCommand(m_session, std::nullopt, orphan));
    QCOMPARE(stack.count(), 0);
    QVERIFY(!stack.canUndo());
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.at(0).at(0).toString().contains(u"nowhere"_s));
}

QTEST_MAIN(tst_SaveProductCommand)
#include "tst_saveproductcommand.moc"
