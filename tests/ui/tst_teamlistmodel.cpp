#include "models/teamlistmodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_TeamListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::enterTestMode(); }
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void teams();
};

void tst_TeamListModel::teams()
{
    TeamListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1); // "no owner" is always offered
    model.setTeams(
        {{u"z-team"_s, u"Zeta"_s, {}, u"z@example.com"_s}, {u"a-team"_s, u"Alpha"_s, {}, {}}});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), u"(no owner)"_s);
    QCOMPARE(model.teamId(0), QString());
    QCOMPARE(model.index(1, 0).data().toString(), u"Alpha"_s);
    QCOMPARE(model.index(2, 0).data(TeamListModel::TeamIdRole).toString(), u"z-team"_s);
    QCOMPARE(model.index(2, 0).data(Qt::ToolTipRole).toString(), u"z@example.com"_s);
    QCOMPARE(model.rowOf(u"z-team"_s), 2);
    QCOMPARE(model.rowOf(u"nobody"_s), -1);
}

QTEST_MAIN(tst_TeamListModel)
#include "tst_teamlistmodel.moc"
