#include "interop/syntheticcatalog.h"
#include "models/searchcontroller.h"
#include "uitestsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_SearchController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void search_data();
    void search();
    void newestResultWins();
    void resultsArriveOnGuiThread();
    void typingFastOnALargeCatalog();
    void badLocationReportsError();
    void matchesOnly();

private:
    // The newest answer's parts received so far, by part.
    static SearchResult part(const QSignalSpy &ready, SearchResult::Part which);
    QTemporaryDir m_dir;
    QString m_samplePath;
};

void tst_SearchController::initTestCase()
{
    TestSupport::enterTestMode();
    QVERIFY(m_dir.isValid());
    m_samplePath = TestSupport::installSample(m_dir);
    QVERIFY(!m_samplePath.isEmpty());
}

SearchResult tst_SearchController::part(const QSignalSpy &ready, SearchResult::Part which)
{
    for (qsizetype i = ready.size() - 1; i >= 0; --i) {
        const auto result = ready.at(i).at(1).value<SearchResult>();
        if (result.part == which)
            return result;
    }
    SearchResult none;
    none.error = u"no such part received"_s;
    return none;
}

void tst_SearchController::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("listed");

    QTest::newRow("everything") << QString() << QStringList() << qint64(40) << QString()
                                << u"orders.orders"_s;
    QTest::newRow("common word") << u"orders"_s << QStringList() << qint64(-1) << QString()
                                 << u"orders.orders"_s;
    QTest::newRow("distinctive words") << u"carrier rates"_s << QStringList() << qint64(-1)
                                       << u"shipping.carrier-rates"_s << QString();
    QTest::newRow("prefix") << u"refu"_s << QStringList() << qint64(-1) << u"payments.refunds"_s
                            << QString();
    QTest::newRow("facet") << QString() << QStringList {u"deprecated"_s} << qint64(2) << QString()
                           << u"orders.order-events-legacy"_s;
}

void tst_SearchController::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, statuses);
    QFETCH(qint64, count);
    QFETCH(QString, first);
    QFETCH(QString, listed);

    SearchController controller;
    controller.setLocation(m_samplePath);
    QSignalSpy ready(&controller, &SearchController::resultReady);
    SearchRequest request;
    request.query.text = text;
    request.query.statuses = statuses;
    controller.search(request);
    QVERIFY(controller.isBusy());
    QTRY_VERIFY(!controller.isBusy());
    // Matches first, then the facet counts.
    QCOMPARE(ready.size(), 2);
    QCOMPARE(ready.at(0).at(0).value<SearchRequest>(), request);
    const SearchResult matches = ready.at(0).at(1).value<SearchResult>();
    QVERIFY2(matches.ok(), qPrintable(matches.error));
    QVERIFY(matches.part == SearchResult::Part::Matches);
    if (count >= 0)
        QCOMPARE(matches.count, count);
    QCOMPARE(matches.productIds.size(), matches.count);
    if (!first.isEmpty())
        QCOMPARE(matches.productIds.constFirst(), first);
    if (!listed.isEmpty())
        QVERIFY(matches.productIds.contains(listed));
    const SearchResult facets = ready.at(1).at(1).value<SearchResult>();
    QVERIFY2(facets.ok(), qPrintable(facets.error));
    QVERIFY(facets.part == SearchResult::Part::Facets);
    QVERIFY(!facets.facets.statuses.isEmpty());
}

void tst_SearchController::newestResultWins()
{
    SearchController controller;
    controller.setLocation(m_samplePath);
    QSignalSpy ready(&controller, &SearchController::resultReady);
    QSignalSpy busy(&controller, &SearchController::busyChanged);

    // As when typing "pay" quickly: three requests before any result.
    const QStringList texts = {u"p"_s, u"pa"_s, u"pay"_s};
    quint64 last = 0;
    for (const QString &text : texts) {
        SearchRequest request;
        request.query.text = text;
        last = controller.search(request);
    }
    QTRY_VERIFY(!controller.isBusy());
    QVERIFY(last > 0);
    // The worker answers in order, so any part of an older answer would have come first.
    QCOMPARE(ready.count(), 2);
    for (const QList<QVariant> &arguments : std::as_const(ready))
        QCOMPARE(arguments.at(0).value<SearchRequest>().query.text, u"pay"_s);
    QCOMPARE(controller.lastRequest().query.text, u"pay"_s);
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);

    // refresh() runs the last request again.
    controller.refresh();
    QVERIFY(ready.wait());
    QCOMPARE(ready.at(2).at(0).value<SearchRequest>().query.text, u"pay"_s);
}

void tst_SearchController::resultsArriveOnGuiThread()
{
    SearchController controller;
    controller.setLocation(m_samplePath);
    QThread *receivedOn = nullptr;
    connect(&controller, &SearchController::resultReady, this,
            [&receivedOn] { receivedOn = QThread::currentThread(); });
    controller.search({});
    QTRY_VERIFY(receivedOn != nullptr);
    QCOMPARE(receivedOn, QThread::currentThread());
}

void tst_SearchController::typingFastOnALargeCatalog()
{
    // Enough products that a search is still running when the next keystroke arrives, so
    // queries get interrupted; the newest one must still answer, and correctly.
    const QString path = m_dir.filePath(u"large.tessera"_s);
    {
        Result<std::unique_ptr<SqliteCatalog>> created = SqliteCatalog::create(path);
        QVERIFY2(created, qPrintable(created.error()));
        QVERIFY(created.value()->importDocument(SyntheticCatalog::generate(4000, 11)));
    }
    SearchController controller;
    controller.setLocation(path);
    QSignalSpy ready(&controller, &SearchController::resultReady);
    const QString text = u"customer churn score"_s;
    for (qsizetype length = 1; length <= text.size(); ++length) {
        SearchRequest request;
        request.query.text = text.left(length);
        controller.search(request);
        // Let the worker start on it, as the time between two keystrokes would.
        QCoreApplication::processEvents();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy(), 20000);
    QVERIFY(!ready.isEmpty());
    const auto request = ready.last().at(0).value<SearchRequest>();
    QCOMPARE(request.query.text, text);
    const SearchResult result = part(ready, SearchResult::Part::Matches);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY2(part(ready, SearchResult::Part::Facets).ok(), "no facet counts for the newest");

    std::unique_ptr<Catalog> catalog = TestSupport::openOrFail(path);
    QVERIFY(catalog);
    QCOMPARE(result.count, catalog->countProducts(request.query).value());
    QCOMPARE(result.productIds.size(), result.count);
}

void tst_SearchController::badLocationReportsError()
{
    SearchController controller;
    controller.setLocation(m_dir.filePath(u"does-not-exist.tessera"_s));
    QSignalSpy ready(&controller, &SearchController::resultReady);
    controller.search({});
    QVERIFY(ready.wait());
    const auto result = ready.at(0).at(1).value<SearchResult>();
    QVERIFY(!result.ok());
    QVERIFY(result.productIds.isEmpty());
}

void tst_SearchController::matchesOnly()
{
    SearchController controller;
    controller.setLocation(m_samplePath);
    QSignalSpy ready(&controller, &SearchController::resultReady);
    SearchRequest request;
    request.query.text = u"pay"_s;
    request.query.limit = 2;
    request.withFacets = false;
    controller.search(request);
    QTRY_VERIFY(!controller.isBusy());
    QCOMPARE(ready.size(), 1);
    const auto result = ready.at(0).at(1).value<SearchResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.productIds.size(), 2);
    // The count ignores the limit.
    QVERIFY(result.count > 2);
}

QTEST_MAIN(tst_SearchController)
#include "tst_searchcontroller.moc"
