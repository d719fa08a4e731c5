#include "models/slomodel.h"
#include "uitestsupport.h"
#include "views/overviewpage.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_OverviewPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::enterTestMode(); }
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void showsServiceLevels();
};

void tst_OverviewPage::showsServiceLevels()
{
    OverviewPage page;
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *view = page.findChild<QTableView *>(u"overviewSlos"_s);
    auto *none = page.findChild<QLabel *>(u"overviewNoSlos"_s);
    QVERIFY(view && none);
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    DataProduct product = TestSupport::makeProduct(u"orders"_s, u"orders"_s, u"Orders"_s);
    page.setProduct(product, {}, {}, {});
    QVERIFY(none->isVisible());
    QVERIFY(!view->isVisible());

    ServiceLevelObjective latency;
    latency.property = u"latency"_s;
    latency.value = qint64(4);
    latency.unit = u"h"_s;
    latency.element = u"orders.order_ts"_s;
    latency.driver = u"operational"_s;
    latency.description = u"Fresh"_s;
    ServiceLevelObjective window;
    window.property = u"timeOfAvailability"_s;
    window.value = u"09:00-17:00"_s;
    product.slos = {latency, window};
    page.setProduct(product, {}, {}, {});
    QVERIFY(!none->isVisible());
    QVERIFY(view->isVisible());
    QCOMPARE(view->model()->rowCount(), 2);

    // Compact: property, objective, element and driver; the rest is hidden.
    QStringList shown;
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        if (!view->isColumnHidden(column))
            shown.append(view->model()->headerData(column, Qt::Horizontal).toString());
    }
    QCOMPARE(shown, (QStringList {u"Property"_s, u"Objective"_s, u"Element"_s, u"Driver"_s}));
    QCOMPARE(view->model()->index(0, SloModel::ObjectiveColumn).data().toString(), u"4 h"_s);
    QCOMPARE(view->model()->index(1, SloModel::ObjectiveColumn).data().toString(),
             u"09:00-17:00"_s);
    // Every row shows without an inner scroll bar.
    QVERIFY(view->height() >= view->rowHeight(0) * 2 + view->horizontalHeader()->height());
}

QTEST_MAIN(tst_OverviewPage)
#include "tst_overviewpage.moc"
