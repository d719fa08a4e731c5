#include "commands/deletedomaincommand.h"
#include "models/catalogsession.h"
#include "uitestsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_DeleteDomainCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void deleteEmptyDomain();
    void refusesDomainWithProducts();

private:
    QTemporaryDir m_dir;
};

void tst_DeleteDomainCommand::initTestCase()
{
    TestSupport::enterTestMode();
    QVERIFY(m_dir.isValid());
}

void tst_DeleteDomainCommand::deleteEmptyDomain()
{
    CatalogSession session;
    session.setCatalog(
        TestSupport::openOrFail(TestSupport::createSmallMesh(m_dir, u"a.tessera"_s)));
    QVERIFY(session.isOpen());
    Catalog *catalog = session.catalog();
    const Domain finance = catalog->domain(u"finance"_s).value().value();
    QUndoStack stack;
    stack.push(new DeleteDomainCommand(&session, finance));
    QCOMPARE(stack.text(0), u"Delete domain \"Finance\""_s);
    QVERIFY(!catalog->domain(u"finance"_s).value().has_value());
    stack.undo();
    QCOMPARE(catalog->domain(u"finance"_s).value(), std::optional<Domain>(finance));
}

void tst_DeleteDomainCommand::refusesDomainWithProducts()
{
    CatalogSession session;
    session.setCatalog(
        TestSupport::openOrFail(TestSupport::createSmallMesh(m_dir, u"b.tessera"_s)));
    QSignalSpy errors(&session, &CatalogSession::errorOccurred);
    QUndoStack stack;
    stack.push(
        new DeleteDomainCommand(&session, session.catalog()->domain(u"orders"_s).value().value()));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(errors.count(), 1);
    QVERIFY(session.catalog()->domain(u"orders"_s).value().has_value());
}

QTEST_MAIN(tst_DeleteDomainCommand)
#include "tst_deletedomaincommand.moc"
