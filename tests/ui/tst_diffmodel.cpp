#include "models/diffmodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_DiffModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::enterTestMode(); }
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void compare_data();
    void compare();
    void coloursByKind();
};

void tst_DiffModel::compare_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("oldValue");
    QTest::addColumn<QString>("newValue");

    QTest::newRow("changed") << u"{\"title\":\"Orders\"}"_s << u"{\"title\":\"All orders\"}"_s
                             << u"Changed"_s << u"title"_s << u"\"Orders\""_s
                             << u"\"All orders\""_s;
    QTest::newRow("added") << u"{}"_s << u"{\"version\":\"1.0.0\"}"_s << u"Added"_s << u"version"_s
                           << QString() << u"\"1.0.0\""_s;
    QTest::newRow("removed") << u"{\"usage\":\"x\"}"_s << u"{}"_s << u"Removed"_s << u"usage"_s
                             << u"\"x\""_s << QString();
}

void tst_DiffModel::compare()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, kind);
    QFETCH(QString, path);
    QFETCH(QString, oldValue);
    QFETCH(QString, newValue);

    DiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.compare(before, after);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, DiffModel::KindColumn).data().toString(), kind);
    QCOMPARE(model.index(0, DiffModel::PathColumn).data().toString(), path);
    QCOMPARE(model.index(0, DiffModel::BeforeColumn).data().toString(), oldValue);
    QCOMPARE(model.index(0, DiffModel::AfterColumn).data().toString(), newValue);
    QCOMPARE(model.changes().size(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_DiffModel::coloursByKind()
{
    DiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.compare(u"{\"a\":1,\"b\":2}"_s, u"{\"a\":3,\"c\":4}"_s);
    QCOMPARE(model.rowCount(), 3);
    QSet<QRgb> backgrounds;
    QSet<int> kinds;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        kinds.insert(index.data(DiffModel::KindRole).toInt());
        backgrounds.insert(index.data(Qt::BackgroundRole).value<QColor>().rgb());
        QVERIFY(index.data(Qt::ForegroundRole).value<QColor>().isValid());
    }
    QCOMPARE(kinds.size(), 3);
    QCOMPARE(backgrounds.size(), 3); // added, removed and changed look different
}

QTEST_MAIN(tst_DiffModel)
#include "tst_diffmodel.moc"
