#include "models/catalogsession.h"
#include "models/conformancefiltermodel.h"
#include "models/conformancematrixmodel.h"
#include "models/domainscoremodel.h"
#include "uitestsupport.h"
#include "views/conformanceview.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QSettings>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

using M = ConformanceMatrixModel;

namespace {

// QTest cannot print the enum: compare canonical names.
QString outcomeName(const QModelIndex &cell)
{
    return toString(PolicyOutcome(cell.data(M::OutcomeRole).toInt()));
}

} // namespace

class tst_ConformanceView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void checkShowsEveryProduct();
    void filterByOutcomeKeepsFailingProducts();
    void filterByDomain();
    void clickShowsExplanation();
    void cancelLeavesNoResults();
    void editMarksStaleAndRechecks();
    void closedCatalog();

private:
    bool runCheck();
    QModelIndex pairIndex(const QString &productId, const QString &policyId) const;

    // The failures the sample catalog is built to have (see tst_samplepolicies).
    const QSet<QString> m_expectedFailures{
        u"pii-protected customers.loyalty-members"_s,
        u"pii-protected marketing.email-engagement"_s,
        u"slo-defined marketing.campaigns"_s,
        u"slo-defined inventory.warehouses"_s,
        u"slo-defined payments.fraud-signals"_s,
        u"no-deprecated-upstream shipping.shipment-tracking"_s,
    };
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CatalogSession> m_session;
    std::unique_ptr<ConformanceView> m_view;
};

void tst_ConformanceView::initTestCase()
{
    TestSupport::enterTestMode();
}

void tst_ConformanceView::init()
{
    TestSupport::failOnUnexpectedWarnings();
    // The view remembers its filters: start every function from none.
    QSettings().clear();
    // Each function gets its own copy of the sample: some edit it.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = TestSupport::installSample(*m_dir);
    QVERIFY(!path.isEmpty());
    m_session = std::make_unique<CatalogSession>();
    m_session->setCatalog(TestSupport::openOrFail(path));
    QVERIFY(m_session->isOpen());
    m_view = std::make_unique<ConformanceView>(m_session.get());
    m_view->resize(1200, 800);
}

void tst_ConformanceView::cleanup()
{
    m_view.reset();
    m_session.reset();
    m_dir.reset();
}

bool tst_ConformanceView::runCheck()
{
    QSignalSpy finished(m_view.get(), &ConformanceView::checkFinished);
    m_view->refresh();
    if (!m_view->isRunning())
        return false;
    if (!finished.wait(20000))
        return false;
    return m_view->lastError().isEmpty() && m_view->matrixModel()->hasReport();
}

QModelIndex tst_ConformanceView::pairIndex(const QString &productId, const QString &policyId) const
{
    const M *matrix = m_view->matrixModel();
    const int row = matrix->rowOfProduct(productId);
    const int column = matrix->columnOfPolicy(policyId);
    if (row < 0 || column < 0)
        return {};
    return m_view->filterModel()->mapFromSource(matrix->index(row, column));
}

void tst_ConformanceView::checkShowsEveryProduct()
{
    QVERIFY(m_view->isStale()); // nothing checked yet
    auto *run = m_view->findChild<QPushButton *>(u"runCheckButton"_s);
    QVERIFY(run);
    QVERIFY(run->isEnabled());
    QVERIFY(runCheck());
    QVERIFY(!m_view->isStale());
    QVERIFY(!m_view->isRunning());

    const qint64 products = m_session->catalog()->stats().value().products;
    QCOMPARE(m_view->matrixModel()->rowCount(), int(products));
    QCOMPARE(m_view->filterModel()->rowCount(), int(products));
    QVERIFY(m_view->matrixModel()->columnCount() >= M::FirstPolicyColumn + 10);

    for (const QString &failure : m_expectedFailures) {
        const QStringList parts = failure.split(u' ');
        const QModelIndex cell = pairIndex(parts.at(1), parts.at(0));
        QVERIFY2(cell.isValid(), qPrintable(failure));
        QCOMPARE(outcomeName(cell), toString(PolicyOutcome::Fail));
        QCOMPARE(cell.data().toString(), u"✗"_s);
        QVERIFY(!cell.data(M::DetailRole).toString().isEmpty());
    }
    // And a passing one.
    QCOMPARE(pairIndex(u"marketing.campaigns"_s, u"owner-present"_s).data().toString(), u"✓"_s);

    auto *summary = m_view->findChild<QLabel *>(u"checkSummary"_s);
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(u"6 failure"_s), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(u"pairs checked"_s), qPrintable(summary->text()));
    // Domain scores: marketing has failures, finance none.
    const DomainScoreModel *domains = m_view->domainScoreModel();
    QVERIFY(domains->rowCount() > 0);
    QVERIFY(domains->counts(u"marketing"_s).failed >= 2);
    QCOMPARE(domains->counts(u"finance"_s).failed, 0);
}

void tst_ConformanceView::filterByOutcomeKeepsFailingProducts()
{
    QVERIFY(runCheck());
    auto *outcome = m_view->findChild<QComboBox *>(u"outcomeFilterCombo"_s);
    QVERIFY(outcome);
    outcome->setCurrentIndex(outcome->findData(u"fail"_s));
    QSet<QString> shown;
    const QAbstractItemModel *proxy = m_view->filterModel();
    for (int row = 0; row < proxy->rowCount(); ++row)
        shown.insert(proxy->index(row, 0).data(M::ProductIdRole).toString());
    QSet<QString> failing;
    for (const QString &failure : m_expectedFailures)
        failing.insert(failure.section(u' ', 1));
    QCOMPARE(shown, failing);

    // Warnings only: none of the sample's failures is a warning.
    auto *severity = m_view->findChild<QComboBox *>(u"severityFilterCombo"_s);
    severity->setCurrentIndex(severity->findData(u"warning"_s));
    QCOMPARE(proxy->rowCount(), 0);
    severity->setCurrentIndex(0);
    outcome->setCurrentIndex(0);
    QCOMPARE(proxy->rowCount(), m_view->matrixModel()->rowCount());
}

void tst_ConformanceView::filterByDomain()
{
    QVERIFY(runCheck());
    auto *domain = m_view->findChild<QComboBox *>(u"domainFilterCombo"_s);
    QVERIFY(domain);
    const int marketing = domain->findData(u"marketing"_s, Qt::UserRole + 1);
    QVERIFY(marketing > 0);
    domain->setCurrentIndex(marketing);
    // Marketing and its subdomains (one level deep in the sample).
    QSet<QString> inMarketing{u"marketing"_s};
    const Result<QList<Domain>> domains = m_session->catalog()->domains();
    QVERIFY(domains);
    for (const Domain &d : *domains) {
        if (d.parentId == u"marketing"_s)
            inMarketing.insert(d.id);
    }
    QVERIFY(inMarketing.size() > 1);
    const QAbstractItemModel *proxy = m_view->filterModel();
    QSet<QString> shownDomains;
    for (int row = 0; row < proxy->rowCount(); ++row)
        shownDomains.insert(proxy->index(row, 0).data(M::DomainIdRole).toString());
    QCOMPARE(shownDomains, inMarketing);
    QVERIFY(proxy->rowCount() < m_view->matrixModel()->rowCount());

    // Clicking a domain in the scores list filters the same way.
    auto *scores = m_view->findChild<QTableView *>(u"domainScoreView"_s);
    QVERIFY(scores);
    domain->setCurrentIndex(0);
    QCOMPARE(proxy->rowCount(), m_view->matrixModel()->rowCount());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    const QModelIndex finance = scores->model()->index(
        m_view->domainScoreModel()->rowOf(u"finance"_s), DomainScoreModel::DomainColumn);
    QTest::mouseClick(scores->viewport(), Qt::LeftButton, {}, scores->visualRect(finance).center());
    QCOMPARE(domain->currentData(Qt::UserRole + 1).toString(), u"finance"_s);
    QVERIFY(proxy->rowCount() > 0);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QCOMPARE(proxy->index(row, 0).data(M::DomainIdRole).toString(), u"finance"_s);
}

void tst_ConformanceView::clickShowsExplanation()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(runCheck());
    auto *matrix = m_view->findChild<QTableView *>(u"conformanceMatrix"_s);
    QVERIFY(matrix);
    const QModelIndex cell = pairIndex(u"customers.loyalty-members"_s, u"pii-protected"_s);
    QVERIFY(cell.isValid());
    matrix->scrollTo(cell);
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualRect(cell).center());
    QCOMPARE(matrix->currentIndex(), cell);

    auto *heading = m_view->findChild<QLabel *>(u"explanationHeading"_s);
    auto *text = m_view->findChild<QPlainTextEdit *>(u"explanationText"_s);
    QVERIFY(heading && text);
    const QString title
        = matrix->model()->headerData(cell.column(), Qt::Horizontal).toString();
    QVERIFY2(heading->text().contains(title), qPrintable(heading->text()));
    QVERIFY2(heading->text().contains(u"customers.loyalty-members"_s), qPrintable(heading->text()));
    QVERIFY(!text->toPlainText().trimmed().isEmpty());
    QCOMPARE(text->toPlainText(), cell.data(M::DetailRole).toString());
    QVERIFY(text->isReadOnly());

    // Double-click, Return and the button open the product.
    QSignalSpy activated(m_view.get(), &ConformanceView::productActivated);
    QTest::mouseDClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualRect(cell).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), u"customers.loyalty-members"_s);
    auto *open = m_view->findChild<QPushButton *>(u"openProductButton"_s);
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(activated.size(), 2);

    // A re-check keeps showing the same pair.
    QVERIFY(runCheck());
    QVERIFY2(heading->text().contains(title), qPrintable(heading->text()));

    // Filters that hide the pair take its explanation away; an empty matrix says why.
    auto *severity = m_view->findChild<QComboBox *>(u"severityFilterCombo"_s);
    severity->setCurrentIndex(severity->findData(u"warning"_s));
    auto *outcome = m_view->findChild<QComboBox *>(u"outcomeFilterCombo"_s);
    outcome->setCurrentIndex(outcome->findData(u"fail"_s));
    QCOMPARE(m_view->filterModel()->rowCount(), 0);
    QCOMPARE(heading->text(), u"No product matches the filters."_s);
    QVERIFY(text->toPlainText().isEmpty());
    QVERIFY(!open->isEnabled());
    // (The filters are remembered: leave them as the next test expects them.)
    severity->setCurrentIndex(0);
    outcome->setCurrentIndex(0);
}

void tst_ConformanceView::cancelLeavesNoResults()
{
    QSignalSpy finished(m_view.get(), &ConformanceView::checkFinished);
    m_view->refresh();
    QVERIFY(m_view->isRunning());
    auto *cancel = m_view->findChild<QPushButton *>(u"cancelCheckButton"_s);
    QVERIFY(cancel);
    QVERIFY(!cancel->isHidden());
    m_view->cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!m_view->isRunning());
    QVERIFY(cancel->isHidden());
    // The worker stops on its own; nothing of it may show up afterwards.
    QTRY_VERIFY(m_view->findChildren<QFutureWatcherBase *>().isEmpty());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_view->matrixModel()->rowCount(), 0);
    QVERIFY(!m_view->matrixModel()->hasReport());
    QVERIFY(m_view->isStale());
    auto *summary = m_view->findChild<QLabel *>(u"checkSummary"_s);
    QCOMPARE(summary->text(), u"Check cancelled."_s);

    // A check started after the cancelled one works.
    QVERIFY(runCheck());
    QVERIFY(m_view->matrixModel()->rowCount() > 0);

    // A new check right away abandons the running one, which reports nothing.
    m_view->refresh();
    m_view->refresh();
    QVERIFY(runCheck());
}

void tst_ConformanceView::editMarksStaleAndRechecks()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(runCheck());
    const QString productId = u"inventory.warehouses"_s;
    QCOMPARE(outcomeName(pairIndex(productId, u"slo-defined"_s)), toString(PolicyOutcome::Fail));

    Result<std::optional<DataProduct>> loaded = m_session->catalog()->product(productId);
    QVERIFY(loaded && loaded->has_value());
    DataProduct product = **loaded;
    ServiceLevelObjective slo;
    slo.id = u"freshness"_s;
    slo.property = u"latency"_s;
    slo.value = 4;
    slo.unit = u"h"_s;
    product.slos.append(slo);
    QVERIFY(m_session->catalog()->saveProduct(product));

    QSignalSpy finished(m_view.get(), &ConformanceView::checkFinished);
    m_session->notifyProductChanged(productId);
    QVERIFY(m_view->isStale());
    auto *stale = m_view->findChild<QLabel *>(u"staleLabel"_s);
    QVERIFY(stale && stale->isVisible());
    QVERIFY(finished.wait(20000));
    QVERIFY(!m_view->isStale());
    QVERIFY(!stale->isVisible());
    QCOMPARE(outcomeName(pairIndex(productId, u"slo-defined"_s)), toString(PolicyOutcome::Pass));
}

void tst_ConformanceView::closedCatalog()
{
    QVERIFY(runCheck());
    m_session->setCatalog(nullptr);
    QCOMPARE(m_view->matrixModel()->rowCount(), 0);
    auto *summary = m_view->findChild<QLabel *>(u"checkSummary"_s);
    QCOMPARE(summary->text(), u"No catalog is open."_s);
    QVERIFY(!m_view->findChild<QPushButton *>(u"runCheckButton"_s)->isEnabled());
    m_view->refresh();
    QVERIFY(!m_view->isRunning());
}

QTEST_MAIN(tst_ConformanceView)
#include "tst_conformanceview.moc"
