#include "models/domainlistmodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_DomainListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::enterTestMode(); }
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void treeOrder();
    void noneRowAndExclusion();

private:
    const QList<Domain> m_domains = {{u"sales"_s, u"Sales"_s, {}, {}, {}},
                                     {u"orders"_s, u"Orders"_s, u"sales"_s, {}, {}},
                                     {u"carts"_s, u"Carts"_s, u"orders"_s, {}, {}},
                                     {u"customers"_s, u"Customers"_s, u"sales"_s, {}, {}},
                                     {u"finance"_s, u"Finance"_s, {}, {}, {}}};
};

void tst_DomainListModel::treeOrder()
{
    DomainListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDomains(m_domains);
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.domainId(row));
    // Parents before children, siblings by name.
    QCOMPARE(ids,
             (QStringList {u"finance"_s, u"sales"_s, u"customers"_s, u"orders"_s, u"carts"_s}));
    QCOMPARE(model.index(4, 0).data(DomainListModel::DepthRole).toInt(), 2);
    QCOMPARE(model.index(4, 0).data().toString(), u"        Carts"_s);
    QCOMPARE(model.index(4, 0).data(Qt::EditRole).toString(), u"Carts"_s);
    QCOMPARE(model.rowOf(u"orders"_s), 3);
}

void tst_DomainListModel::noneRowAndExclusion()
{
    DomainListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // A domain cannot move below itself: "orders" and its subdomain are not offered.
    model.setDomains(m_domains, u"(top level)"_s, u"orders"_s);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, 0).data().toString(), u"(top level)"_s);
    QCOMPARE(model.domainId(0), QString());
    QCOMPARE(model.rowOf(u"orders"_s), -1);
    QCOMPARE(model.rowOf(u"carts"_s), -1);
    QCOMPARE(model.rowOf(u"customers"_s), 3);
}

QTEST_MAIN(tst_DomainListModel)
#include "tst_domainlistmodel.moc"
