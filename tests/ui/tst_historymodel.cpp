#include "models/historymodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_HistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void revisions();

private:
    QTemporaryDir m_dir;
};

void tst_HistoryModel::initTestCase()
{
    TestSupport::enterTestMode();
    QVERIFY(m_dir.isValid());
}

void tst_HistoryModel::revisions()
{
    std::unique_ptr<Catalog> catalog = TestSupport::openOrFail(TestSupport::createSmallMesh(m_dir));
    QVERIFY(catalog);
    DataProduct product = catalog->product(u"orders.orders"_s).value().value();
    product.version = u"1.1.0"_s;
    QVERIFY(catalog->saveProduct(product));
    product.version = u"2.0.0"_s;
    QVERIFY(catalog->saveProduct(product));
    const Result<QList<HistoryEntry>> history = catalog->history(product.id);
    QVERIFY(history);

    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(*history);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
    // Newest first, as the catalog returns them.
    QCOMPARE(model.index(0, HistoryModel::RevisionColumn).data().toInt(), 3);
    QCOMPARE(model.index(0, HistoryModel::VersionColumn).data().toString(), u"2.0.0"_s);
    QCOMPARE(model.index(2, HistoryModel::VersionColumn).data().toString(), u"1.0.0"_s);
    QVERIFY(!model.index(0, HistoryModel::SavedAtColumn).data().toString().isEmpty());
    QVERIFY(model.index(1, 0).data(HistoryModel::DocumentRole).toString().contains(u"1.1.0"_s));
    QCOMPARE(model.rowOfRevision(1), 2);
    QCOMPARE(model.rowOfRevision(9), -1);
    QCOMPARE(model.entry(0).revision, 3);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_HistoryModel)
#include "tst_historymodel.moc"
