#include "models/custompropertymodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_CustomPropertyModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::enterTestMode(); }
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void keepsTypesUntilEdited();
    void newKeysAreUnique();
};

void tst_CustomPropertyModel::keepsTypesUntilEdited()
{
    CustomPropertyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QVariantMap original = {{u"costCenter"_s, u"CC-1001"_s},
                                  {u"replicas"_s, qint64(3)},
                                  {u"regions"_s, QVariantList {u"eu"_s, u"us"_s}}};
    model.setProperties(original);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.properties(), original);
    QCOMPARE(model.keys(), (QStringList {u"costCenter"_s, u"regions"_s, u"replicas"_s}));
    QCOMPARE(model.index(1, CustomPropertyModel::ValueColumn).data().toString(),
             u"[\"eu\",\"us\"]"_s);

    // Committing the shown text unchanged keeps the list and the number.
    for (int row : {1, 2}) {
        const QModelIndex value = model.index(row, CustomPropertyModel::ValueColumn);
        QVERIFY(model.setData(value, value.data(Qt::EditRole)));
    }
    QCOMPARE(model.properties(), original);

    // An edited value is the text typed; renaming a key keeps the value's type.
    QVERIFY(model.setData(model.index(2, CustomPropertyModel::ValueColumn), u"4"_s));
    QCOMPARE(model.properties().value(u"replicas"_s), QVariant(u"4"_s));
    QVERIFY(model.setData(model.index(1, CustomPropertyModel::KeyColumn), u" zones "_s));
    QCOMPARE(model.properties().value(u"zones"_s), original.value(u"regions"_s));
}

void tst_CustomPropertyModel::newKeysAreUnique()
{
    CustomPropertyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.insertRows(0, 1));
    QVERIFY(model.insertRows(1, 1));
    QCOMPARE(model.keys(), (QStringList {u"property"_s, u"property2"_s}));
    // Two rows may share a key while the user types; the later one wins.
    QVERIFY(model.setData(model.index(1, CustomPropertyModel::KeyColumn), u"property"_s));
    QVERIFY(model.setData(model.index(1, CustomPropertyModel::ValueColumn), u"b"_s));
    QCOMPARE(model.properties(), (QVariantMap {{u"property"_s, u"b"_s}}));
    QVERIFY(model.removeRows(0, 2));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_CustomPropertyModel)
#include "tst_custompropertymodel.moc"
