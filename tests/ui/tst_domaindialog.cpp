#include "dialogs/domaindialog.h"
#include "models/catalogsession.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_DomainDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void newDomainSuggestsId();
    void duplicateIdIsRefused();
    void editCannotMoveBelowItself();

private:
    QTemporaryDir m_dir;
    CatalogSession m_session;
};

void tst_DomainDialog::initTestCase()
{
    TestSupport::enterTestMode();
    QVERIFY(m_dir.isValid());
    m_session.setCatalog(TestSupport::openOrFail(TestSupport::createSmallMesh(m_dir)));
    QVERIFY(m_session.isOpen());
}

void tst_DomainDialog::newDomainSuggestsId()
{
    DomainDialog dialog(&m_session, std::nullopt, u"sales"_s);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"domainNameEdit"_s),
                     u"Store Returns & Repairs"_s);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"domainIdEdit"_s)->text(), u"store-returns-repairs"_s);
    QVERIFY(ok->isEnabled());
    const Domain domain = dialog.domain();
    QCOMPARE(domain.id, u"store-returns-repairs"_s);
    QCOMPARE(domain.name, u"Store Returns & Repairs"_s);
    QCOMPARE(domain.parentId, u"sales"_s);
}

void tst_DomainDialog::duplicateIdIsRefused()
{
    DomainDialog dialog(&m_session, std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"domainNameEdit"_s), u"Finance"_s);
    auto *error = dialog.findChild<QLabel *>(u"idError"_s);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"finance"_s));
    QVERIFY(!dialog.isValid());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"domainIdEdit"_s), u"-2"_s);
    QVERIFY(!error->isVisible());
    QVERIFY(dialog.isValid());
}

void tst_DomainDialog::editCannotMoveBelowItself()
{
    const Domain sales = m_session.catalog()->domain(u"sales"_s).value().value();
    DomainDialog dialog(&m_session, sales);
    QVERIFY(dialog.isValid());
    QCOMPARE(dialog.domain(), sales);
    QVERIFY(dialog.findChild<QLineEdit *>(u"domainIdEdit"_s)->isReadOnly());
    auto *parent = dialog.findChild<QComboBox *>(u"parentCombo"_s);
    // (top level) and finance: not sales itself, nor orders or customers below it.
    QCOMPARE(parent->count(), 2);
    QCOMPARE(parent->currentIndex(), 0);
}

QTEST_MAIN(tst_DomainDialog)
#include "tst_domaindialog.moc"
