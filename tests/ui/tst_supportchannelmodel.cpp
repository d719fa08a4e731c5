#include "models/supportchannelmodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_SupportChannelModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::enterTestMode(); }
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void editing();
};

void tst_SupportChannelModel::editing()
{
    SupportChannelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const SupportChannel slack {u"slack"_s, u"https://chat.example.com/c/orders"_s};
    model.setChannels({slack});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, SupportChannelModel::ChannelColumn).data().toString(), u"slack"_s);
    QCOMPARE(model.index(0, SupportChannelModel::UrlColumn).data().toString(), slack.url);
    QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);

    QVERIFY(model.insertRows(1, 1));
    QVERIFY(model.setData(model.index(1, SupportChannelModel::ChannelColumn), u" email "_s));
    QVERIFY(model.setData(model.index(1, SupportChannelModel::UrlColumn),
                          u"mailto:orders@example.com"_s));
    QCOMPARE(model.channels(),
             (QList<SupportChannel> {slack, {u"email"_s, u"mailto:orders@example.com"_s}}));
    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(model.channels().constFirst().channel, u"email"_s);
    QVERIFY(!model.insertRows(5, 1));
}

QTEST_MAIN(tst_SupportChannelModel)
#include "tst_supportchannelmodel.moc"
