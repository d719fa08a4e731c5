#include "commands/savedomaincommand.h"
#include "models/catalogsession.h"
#include "uitestsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_SaveDomainCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void createAndEdit();
    void refusedParentIsDropped();

private:
    QTemporaryDir m_dir;
};

void tst_SaveDomainCommand::initTestCase()
{
    TestSupport::enterTestMode();
    QVERIFY(m_dir.isValid());
}

void tst_SaveDomainCommand::createAndEdit()
{
    CatalogSession session;
    session.setCatalog(
        TestSupport::openOrFail(TestSupport::createSmallMesh(m_dir, u"a.tessera"_s)));
    QVERIFY(session.isOpen());
    Catalog *catalog = session.catalog();
    QUndoStack stack;
    QSignalSpy changed(&session, &CatalogSession::domainsChanged);

    const Domain risk {u"risk"_s, u"Risk"_s, u"finance"_s, u"Credit and fraud risk"_s, {}};
    stack.push(new SaveDomainCommand(&session, std::nullopt, risk));
    QCOMPARE(stack.text(0), u"Create domain \"Risk\""_s);
    QCOMPARE(catalog->domain(u"risk"_s).value(), std::optional<Domain>(risk));

    Domain renamed = risk;
    renamed.name = u"Risk Management"_s;
    stack.push(new SaveDomainCommand(&session, risk, renamed));
    QCOMPARE(catalog->domain(u"risk"_s).value()->name, u"Risk Management"_s);

    stack.undo();
    QCOMPARE(catalog->domain(u"risk"_s).value()->name, u"Risk"_s);
    stack.undo();
    QVERIFY(!catalog->domain(u"risk"_s).value().has_value());
    stack.redo();
    stack.redo();
    QCOMPARE(catalog->domain(u"risk"_s).value()->name, u"Risk Management"_s);
    QCOMPARE(changed.count(), 6);
}

void tst_SaveDomainCommand::refusedParentIsDropped()
{
    CatalogSession session;
    session.setCatalog(
        TestSupport::openOrFail(TestSupport::createSmallMesh(m_dir, u"b.tessera"_s)));
    QSignalSpy errors(&session, &CatalogSession::errorOccurred);
    QUndoStack stack;
    stack.push(new SaveDomainCommand(&session, std::nullopt,
                                     Domain {u"x"_s, u"X"_s, u"no-such-parent"_s, {}, {}}));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(errors.count(), 1);
}

QTEST_MAIN(tst_SaveDomainCommand)
#include "tst_savedomaincommand.moc"
