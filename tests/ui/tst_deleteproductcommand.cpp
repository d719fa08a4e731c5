#include "commands/deleteproductcommand.h"
#include "models/catalogsession.h"
#include "uitestsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_DeleteProductCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void deleteUndoRestores();
    void deletingMissingProductFails();

private:
    QTemporaryDir m_dir;
};

void tst_DeleteProductCommand::initTestCase()
{
    TestSupport::enterTestMode();
    QVERIFY(m_dir.isValid());
}

void tst_DeleteProductCommand::deleteUndoRestores()
{
    CatalogSession session;
    session.setCatalog(
        TestSupport::openOrFail(TestSupport::createSmallMesh(m_dir, u"a.tessera"_s)));
    QVERIFY(session.isOpen());
    Catalog *catalog = session.catalog();
    const DataProduct orders = catalog->product(u"orders.orders"_s).value().value();
    const qsizetype revisions = catalog->history(orders.id).value().size();

    QUndoStack stack;
    QSignalSpy changed(&session, &CatalogSession::productChanged);
    stack.push(new DeleteProductCommand(&session, orders));
    QCOMPARE(stack.text(0), u"Delete product \"Orders\""_s);
    QVERIFY(!catalog->product(orders.id).value().has_value());
    // Its consumers now point at a missing product.
    QCOMPARE(catalog->consumersOf(orders.id).value().size(), 2);

    stack.undo();
    const std::optional<DataProduct> restored = catalog->product(orders.id).value();
    QVERIFY(restored.has_value());
    QCOMPARE(restored->title, orders.title);
    QCOMPARE(restored->outputPorts, orders.outputPorts);
    // The restored product continues its history.
    QVERIFY(catalog->history(orders.id).value().size() > revisions);

    stack.redo();
    QVERIFY(!catalog->product(orders.id).value().has_value());
    QCOMPARE(changed.count(), 3);
}

void tst_DeleteProductCommand::deletingMissingProductFails()
{
    CatalogSession session;
    session.setCatalog(
        TestSupport::openOrFail(TestSupport::createSmallMesh(m_dir, u"b.tessera"_s)));
    QSignalSpy errors(&session, &CatalogSession::errorOccurred);
    QUndoStack stack;
    stack.push(new DeleteProductCommand(
        &session, TestSupport::makeProduct(u"orders"_s, u"ghost"_s, u"Ghost"_s)));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(errors.count(), 1);
}

QTEST_MAIN(tst_DeleteProductCommand)
#include "tst_deleteproductcommand.moc"
