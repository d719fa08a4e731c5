#include "models/roleassignmentmodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_RoleAssignmentModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::enterTestMode(); }
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void namesAndEditing();
};

void tst_RoleAssignmentModel::namesAndEditing()
{
    RoleAssignmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAssignments({{u"ana.lima"_s, Role::Owner}, {u"ghost"_s, Role::Consumer}});
    model.setPeople({{u"ana.lima"_s, u"Ana Lima"_s, {}, {}}, {u"marcus"_s, u"Marcus"_s, {}, {}}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, RoleAssignmentModel::PersonColumn).data().toString(), u"Ana Lima"_s);
    QCOMPARE(model.index(0, RoleAssignmentModel::PersonColumn).data(Qt::EditRole).toString(),
             u"ana.lima"_s);
    // Someone the catalog does not know shows by id.
    QCOMPARE(model.index(1, RoleAssignmentModel::PersonColumn).data().toString(), u"ghost"_s);
    QCOMPARE(model.index(0, RoleAssignmentModel::RoleColumn).data().toString(),
             displayName(Role::Owner));
    QCOMPARE(model.index(0, RoleAssignmentModel::RoleColumn).data(Qt::EditRole).toString(),
             u"owner"_s);

    QVERIFY(model.setData(model.index(1, RoleAssignmentModel::PersonColumn), u"marcus"_s));
    QVERIFY(model.setData(model.index(1, RoleAssignmentModel::RoleColumn), u"steward"_s));
    QVERIFY(!model.setData(model.index(1, RoleAssignmentModel::RoleColumn), u"boss"_s));
    QCOMPARE(model.assignments().at(1), (RoleAssignment {u"marcus"_s, Role::Steward}));

    // A new row names the first person, so that it is valid from the start.
    QVERIFY(model.insertRows(2, 1));
    QCOMPARE(model.assignments().at(2).personId, u"ana.lima"_s);
    QVERIFY(model.removeRows(0, 2));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_MAIN(tst_RoleAssignmentModel)
#include "tst_roleassignmentmodel.moc"
