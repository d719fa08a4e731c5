#include "commands/savedomaincommand.h"
#include "dialogs/productdialog.h"
#include "dialogs/publishgatedialog.h"
#include "models/catalogsession.h"
#include "models/conformancematrixmodel.h"
#include "models/diffmodel.h"
#include "models/facetmodel.h"
#include "models/historymodel.h"
#include "models/productlistmodel.h"
#include "models/slomodel.h"
#include "models/supportchannelmodel.h"
#include "storage/catalogfactory.h"
#include "uitestsupport.h"
#include "views/conformanceview.h"
#include "views/historypage.h"
#include "views/mainwindow.h"
#include "views/policiesview.h"
#include "views/productpage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void windowTitle();
    void searchAsYouType();
    void broadSearchListsBestMatches();
    void selectShowsOverview();
    void editUndoRedo();
    void historyShowsDiff();
    void facetNarrowsResults();
    void domainTreeScopesList();
    void sortByHeader();
    void dependencyNavigates();
    void deleteWithConfirmationAndUndo();
    void deleteKeyInDomainTreeDeletesDomain();
    void addServiceLevelAndSupport();
    void openByIdWhenNotListed();
    void publishGateKeepsAFailingProductUnpublished();
    void workspacesAndConformance();
    void firstStartInstallsSample();

private:
    void search(const QString &text);
    void select(const QString &productId);
    QString catalogTitle(const QString &productId);
    void editTitle(const QString &title);
    std::optional<DataProduct> catalogProduct(const QString &productId);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
};

void tst_MainWindow::initTestCase()
{
    TestSupport::enterTestMode();
    QCoreApplication::setOrganizationName(u"Tessera"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QVERIFY(m_dir.isValid());
}

void tst_MainWindow::init()
{
    TestSupport::failOnUnexpectedWarnings();
    // A fresh sample and fresh settings for every test, so edits do not leak between them.
    QSettings().clear();
    m_path = TestSupport::installSample(
        m_dir, QString::fromLatin1(QTest::currentTestFunction()) + u".tessera"_s);
    QVERIFY(!m_path.isEmpty());
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openCatalogFile(m_path));
    m_search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    m_table = m_window->findChild<QTableView *>(u"productTable"_s);
    m_count = m_window->findChild<QLabel *>(u"countLabel"_s);
    QVERIFY(m_search && m_table && m_count);
    QTRY_COMPARE(m_table->model()->rowCount(), 40);
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
}

void tst_MainWindow::broadSearchListsBestMatches()
{
    // More matches than a search lists: the best ones appear, then the total is told.
    const int extra = 600;
    {
        auto catalog = openCatalog(m_path);
        QVERIFY(catalog.ok());
        CatalogDocument bulk;
        Domain domain;
        domain.id = u"bulk"_s;
        domain.name = u"Bulk"_s;
        bulk.domains.append(domain);
        for (int i = 0; i < extra; ++i) {
            DataProduct p;
            p.domainId = u"bulk"_s;
            p.name = u"item-%1"_s.arg(i);
            p.id = DataProduct::makeId(p.domainId, p.name);
            p.title = u"Quokka item %1"_s.arg(i);
            bulk.products.append(p);
        }
        QVERIFY(catalog.value()->importDocument(bulk).ok());
    }
    search(u"quokka"_s); // the studio lists the best 200 (MainWindow::SearchMatchLimit)
    QTRY_COMPARE(m_table->model()->rowCount(), 200);
    QTRY_VERIFY2(m_count->text().startsWith(u"600 "_s) && m_count->text().contains(u"200"_s),
                 qPrintable(m_count->text()));
    search(u"quokka item 42"_s);
    QTRY_VERIFY(m_count->text().startsWith(u"11 "_s)); // 42 and 420..429
    QCOMPARE(m_table->model()->index(0, ProductListModel::IdColumn).data().toString(), u"bulk.item-42"_s);
}

void tst_MainWindow::search(const QString &text)
{
    m_search->setFocus();
    m_search->selectAll();
    QTest::keyClick(m_search, Qt::Key_Backspace);
    QTest::keyClicks(m_search, text);
}

void tst_MainWindow::select(const QString &productId)
{
    QAbstractItemModel *model = m_table->model();
    int row = -1;
    QTRY_VERIFY((row = qobject_cast<ProductListModel *>(model)->rowOf(productId)) >= 0);
    const QModelIndex index = model->index(row, ProductListModel::TitleColumn);
    m_table->scrollTo(index);
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, m_table->visualRect(index).center());
    QTRY_COMPARE(m_window->productPage()->productId(), productId);
}

QString tst_MainWindow::catalogTitle(const QString &productId)
{
    // A connection of its own, as another tool reading the file would have.
    std::unique_ptr<Catalog> catalog = TestSupport::openOrFail(m_path);
    if (!catalog)
        return {};
    const Result<std::optional<DataProduct>> product = catalog->product(productId);
    return product && product->has_value() ? (*product)->title : QString();
}

std::optional<DataProduct> tst_MainWindow::catalogProduct(const QString &productId)
{
    std::unique_ptr<Catalog> catalog = TestSupport::openOrFail(m_path);
    if (!catalog)
        return std::nullopt;
    const Result<std::optional<DataProduct>> product = catalog->product(productId);
    return product ? *product : std::nullopt;
}

void tst_MainWindow::editTitle(const QString &title)
{
    QTest::keyClick(m_table, Qt::Key_F2);
    ProductDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ProductDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    auto *titleEdit = dialog->findChild<QLineEdit *>(u"titleEdit"_s);
    QVERIFY(titleEdit);
    titleEdit->selectAll();
    QTest::keyClicks(titleEdit, title);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<ProductDialog *>() == nullptr);
    // A window manager gives the focus back to the window when the dialog closes; the
    // offscreen platform does not, and shortcuts only reach the active window.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_MainWindow::windowTitle()
{
    QVERIFY(m_window->windowTitle().startsWith(u"windowTitle.tessera[*]"_s));
    QVERIFY(!m_window->isWindowModified());
    QTRY_VERIFY(m_count->text().startsWith(u"40 "_s));
}

void tst_MainWindow::searchAsYouType()
{
    auto *model = qobject_cast<ProductListModel *>(m_table->model());
    search(u"orders"_s);
    QTRY_VERIFY(model->rowCount() < 40);
    QVERIFY(model->rowOf(u"orders.orders"_s) >= 0);
    QTRY_VERIFY(m_count->text().startsWith(QString::number(model->rowCount()) + u' '));

    // The best match comes first.
    search(u"carrier rates"_s);
    QTRY_COMPARE(model->productId(0), u"shipping.carrier-rates"_s);

    // Prefixes match while typing; a word nothing contains empties the list.
    search(u"refu"_s);
    QTRY_COMPARE(model->productId(0), u"payments.refunds"_s);
    search(u"zzzznothing"_s);
    QTRY_COMPARE(model->rowCount(), 0);
    QTRY_VERIFY(m_count->text().startsWith(u"0 "_s));

    // Ctrl+F focuses the search box from anywhere.
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_search->hasFocus());
}

void tst_MainWindow::selectShowsOverview()
{
    search(u"orders"_s);
    QTRY_VERIFY(m_table->model()->rowCount() < 40);
    select(u"orders.orders"_s);
    auto *title = m_window->findChild<QLabel *>(u"overviewTitle"_s);
    QVERIFY(title);
    QCOMPARE(title->text(), u"Orders"_s);
    QCOMPARE(m_window->findChild<QLabel *>(u"overviewId"_s)->text(), u"orders.orders"_s);
    QVERIFY(m_window->findChild<QLabel *>(u"overviewTags"_s)->text().contains(u"gold"_s));
    QVERIFY(m_window->findChild<ProductPage *>(u"productPage"_s)->isVisible());
}

void tst_MainWindow::editUndoRedo()
{
    select(u"orders.orders"_s);
    editTitle(u"Orders (curated)"_s);

    QCOMPARE(catalogTitle(u"orders.orders"_s), u"Orders (curated)"_s);
    auto *title = m_window->findChild<QLabel *>(u"overviewTitle"_s);
    QTRY_COMPARE(title->text(), u"Orders (curated)"_s);
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(m_window->undoStack()->count(), 1);
    // The list shows the new title once the query ran again.
    auto *model = qobject_cast<ProductListModel *>(m_table->model());
    QTRY_COMPARE(model->index(model->rowOf(u"orders.orders"_s), ProductListModel::TitleColumn)
                     .data()
                     .toString(),
                 u"Orders (curated)"_s);

    QTest::keyClick(m_table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(catalogTitle(u"orders.orders"_s), u"Orders"_s);
    QTRY_COMPARE(title->text(), u"Orders"_s);
    QVERIFY(!m_window->isWindowModified());

    QTest::keyClick(m_table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(catalogTitle(u"orders.orders"_s), u"Orders (curated)"_s);
    QTRY_COMPARE(title->text(), u"Orders (curated)"_s);
    QVERIFY(m_window->isWindowModified());
}

void tst_MainWindow::historyShowsDiff()
{
    select(u"orders.orders"_s);
    ProductPage *page = m_window->productPage();
    QCOMPARE(page->historyPage()->historyModel()->rowCount(), 1);
    editTitle(u"Orders v2"_s);

    page->setCurrentIndex(ProductPage::HistoryTab);
    auto *history = page->findChild<QTableView *>(u"historyView"_s);
    auto *diff = page->findChild<QTableView *>(u"diffView"_s);
    QVERIFY(history && diff);
    QTRY_COMPARE(history->model()->rowCount(), 2);
    // The newest revision is selected: its diff against the previous one is the edit.
    QTRY_VERIFY(diff->model()->rowCount() >= 1);
    bool found = false;
    for (int row = 0; row < diff->model()->rowCount(); ++row) {
        if (diff->model()->index(row, DiffModel::PathColumn).data().toString() == u"title"_s) {
            found = true;
            QCOMPARE(diff->model()->index(row, DiffModel::KindColumn).data().toString(),
                     u"Changed"_s);
            QCOMPARE(diff->model()->index(row, DiffModel::BeforeColumn).data().toString(),
                     u"\"Orders\""_s);
            QCOMPARE(diff->model()->index(row, DiffModel::AfterColumn).data().toString(),
                     u"\"Orders v2\""_s);
        }
    }
    QVERIFY(found);
    QVERIFY(page->findChild<QLabel *>(u"diffSummary"_s)
                ->text()
                .contains(u"revision 1 to revision 2"_s));

    // Choosing the two revisions explicitly shows the same changes.
    page->historyPage()->compareRows(1, 0);
    QVERIFY(diff->model()->rowCount() >= 1);
}

void tst_MainWindow::facetNarrowsResults()
{
    auto *facets = m_window->findChild<QTreeView *>(u"facetTree"_s);
    QVERIFY(facets);
    auto *model = qobject_cast<FacetModel *>(facets->model());
    QModelIndex deprecated;
    QTRY_VERIFY(
        (deprecated = model->valueIndex(FacetModel::StatusGroup, u"deprecated"_s)).isValid());
    QCOMPARE(deprecated.siblingAtColumn(FacetModel::CountColumn).data().toString(), u"2"_s);

    // Check it as a user would: make it current and press Space.
    facets->setFocus();
    facets->setCurrentIndex(deprecated);
    QTest::keyClick(facets, Qt::Key_Space);
    QCOMPARE(model->checkedValues(FacetModel::StatusGroup), QStringList {u"deprecated"_s});
    QTRY_COMPARE(m_table->model()->rowCount(), 2);
    QTRY_VERIFY(m_count->text().startsWith(u"2 "_s));
    const QStringList listed = qobject_cast<ProductListModel *>(m_table->model())->productIds();
    QVERIFY(listed.contains(u"orders.order-events-legacy"_s));
    QVERIFY(listed.contains(u"inventory.stock-snapshot-daily"_s));

    // Text and facets combine.
    search(u"orders"_s);
    QTRY_COMPARE(m_table->model()->rowCount(), 1);
    // Text alone also counts as a filter to clear.
    facets->setCurrentIndex(model->valueIndex(FacetModel::StatusGroup, u"deprecated"_s));
    facets->setFocus();
    QTest::keyClick(facets, Qt::Key_Space);
    QTRY_VERIFY(m_table->model()->rowCount() > 1);
    QVERIFY(m_window->findChild<QPushButton *>(u"clearFiltersButton"_s)->isEnabled());

    auto *clear = m_window->findChild<QPushButton *>(u"clearFiltersButton"_s);
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_COMPARE(m_table->model()->rowCount(), 40);
    QVERIFY(m_search->text().isEmpty());
    QVERIFY(!model->hasCheckedValues());
}

void tst_MainWindow::domainTreeScopesList()
{
    auto *tree = m_window->findChild<QTreeView *>(u"domainTree"_s);
    QVERIFY(tree);
    QModelIndex marketing;
    for (int row = 0; row < tree->model()->rowCount(); ++row) {
        const QModelIndex root = tree->model()->index(row, 0);
        for (int child = 0; child < tree->model()->rowCount(root); ++child) {
            if (tree->model()->index(child, 0, root).data().toString() == u"Marketing"_s)
                marketing = tree->model()->index(child, 0, root);
        }
    }
    QVERIFY(marketing.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(marketing).center());
    // Marketing and its subdomain.
    QTRY_COMPARE(m_table->model()->rowCount(), 9);
    QTRY_VERIFY(m_count->text().startsWith(u"9 "_s));
}

void tst_MainWindow::sortByHeader()
{
    auto *model = qobject_cast<ProductListModel *>(m_table->model());
    const QString firstById = model->productId(0);
    QHeaderView *header = m_table->horizontalHeader();
    const int x = header->sectionViewportPosition(ProductListModel::TitleColumn)
        + header->sectionSize(ProductListModel::TitleColumn) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(ProductListModel::TitleColumn));
    const Qt::SortOrder first = header->sortIndicatorOrder();
    QTRY_VERIFY(model->productId(0) != firstById);
    const QString firstByTitle = model->productId(0);
    // Clicking again reverses the order.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QVERIFY(header->sortIndicatorOrder() != first);
    QTRY_VERIFY(model->productId(0) != firstByTitle);
    const QString top = model->index(0, ProductListModel::TitleColumn).data().toString();
    QVERIFY(top == u"Web & App Sessions"_s || top == u"Campaign Attribution"_s);
}

void tst_MainWindow::dependencyNavigates()
{
    select(u"orders.order-lines"_s);
    ProductPage *page = m_window->productPage();
    page->setCurrentIndex(ProductPage::DependenciesTab);
    auto *upstream = page->findChild<QTableView *>(u"upstreamView"_s);
    QVERIFY(upstream);
    QTRY_COMPARE(upstream->model()->rowCount(), 1);
    const QModelIndex orders = upstream->model()->index(0, 0);
    QCOMPARE(orders.data().toString(), u"orders.orders"_s);
    // A real double-click starts with a press; QTest::mouseDClick sends only the second one.
    const QPoint center = upstream->visualRect(orders).center();
    QTest::mouseClick(upstream->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(upstream->viewport(), Qt::LeftButton, {}, center);
    QTRY_COMPARE(page->productId(), u"orders.orders"_s);
    auto *downstream = page->findChild<QTableView *>(u"downstreamView"_s);
    QCOMPARE(downstream->model()->rowCount(), 8);
    // The list follows the page.
    const auto *model = qobject_cast<ProductListModel *>(m_table->model());
    QCOMPARE(m_table->currentIndex().row(), model->rowOf(u"orders.orders"_s));
}

void tst_MainWindow::deleteWithConfirmationAndUndo()
{
    select(u"shipping.carrier-rates"_s);
    // The confirmation is modal; answer it once it shows.
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
                answered = true;
                button->click();
            }
        }
    });
    QTest::keyClick(m_table, Qt::Key_Delete);
    QVERIFY(answered);
    QVERIFY(catalogTitle(u"shipping.carrier-rates"_s).isEmpty());
    QTRY_COMPARE(m_table->model()->rowCount(), 39);
    QTRY_VERIFY(m_window->productPage()->productId().isEmpty());

    m_window->undoStack()->undo();
    QCOMPARE(catalogTitle(u"shipping.carrier-rates"_s), u"Carrier Rates"_s);
    QTRY_COMPARE(m_table->model()->rowCount(), 40);
}

void tst_MainWindow::deleteKeyInDomainTreeDeletesDomain()
{
    // An empty domain, made as the Domain menu would make it.
    m_window->undoStack()->push(new SaveDomainCommand(
        m_window->session(), std::nullopt, Domain {u"archive"_s, u"Archive"_s, {}, {}, {}}));
    select(u"shipping.carrier-rates"_s);

    auto *tree = m_window->findChild<QTreeView *>(u"domainTree"_s);
    QModelIndex archive;
    auto findArchive = [tree, &archive] {
        const QModelIndexList found
            = tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, u"Archive"_s, 1,
                                   Qt::MatchExactly | Qt::MatchRecursive);
        archive = found.isEmpty() ? QModelIndex() : found.constFirst();
        return archive.isValid();
    };
    QTRY_VERIFY(findArchive());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(archive).center());
    QVERIFY(tree->hasFocus());
    QCOMPARE(tree->currentIndex(), archive);

    QString question;
    QTimer::singleShot(0, this, [&question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY2(question.contains(u"Archive"_s), qPrintable(question));
    {
        std::unique_ptr<Catalog> catalog = TestSupport::openOrFail(m_path);
        QVERIFY(catalog);
        QVERIFY(!catalog->domain(u"archive"_s).value().has_value());
    }
    QTRY_VERIFY(!findArchive());
    // The product shown below the list is not what the tree's Delete is about.
    QCOMPARE(catalogTitle(u"shipping.carrier-rates"_s), u"Carrier Rates"_s);

    m_window->undoStack()->undo();
    {
        std::unique_ptr<Catalog> catalog = TestSupport::openOrFail(m_path);
        QVERIFY(catalog);
        QVERIFY(catalog->domain(u"archive"_s).value().has_value());
    }
    QTRY_VERIFY(findArchive());
}

void tst_MainWindow::addServiceLevelAndSupport()
{
    select(u"orders.orders"_s);
    const DataProduct before = catalogProduct(u"orders.orders"_s).value();
    QTest::keyClick(m_table, Qt::Key_F2);
    ProductDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ProductDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    auto *tabs = dialog->findChild<QTabWidget *>(u"productDialogTabs"_s);

    tabs->setCurrentIndex(ProductDialog::ServiceLevelsPage);
    auto *slos = dialog->findChild<QTableView *>(u"sloTable"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"sloAddButton"_s), Qt::LeftButton);
    const int row = int(before.slos.size());
    // Adding opens the new row's property; leave it and fill the row cell by cell.
    QWidget *editor = slos->indexWidget(slos->model()->index(row, SloModel::PropertyColumn));
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Escape);
    TestSupport::typeIntoCell(slos, row, SloModel::PropertyColumn, u"latency"_s);
    TestSupport::typeIntoCell(slos, row, SloModel::ValueColumn, u"4"_s);
    TestSupport::typeIntoCell(slos, row, SloModel::UnitColumn, u"h"_s);
    TestSupport::typeIntoCell(slos, row, SloModel::ElementColumn, u"orders.order_ts"_s);

    tabs->setCurrentIndex(ProductDialog::SupportPage);
    auto *channels = dialog->findChild<QTableView *>(u"supportChannelTable"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"supportChannelAddButton"_s),
                      Qt::LeftButton);
    const int channel = int(before.supportChannels.size());
    editor = channels->indexWidget(
        channels->model()->index(channel, SupportChannelModel::ChannelColumn));
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Escape);
    TestSupport::typeIntoCell(channels, channel, SupportChannelModel::ChannelColumn, u"teams"_s);
    TestSupport::typeIntoCell(channels, channel, SupportChannelModel::UrlColumn,
             u"https://teams.example.com/orders"_s);

    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<ProductDialog *>() == nullptr);

    const DataProduct after = catalogProduct(u"orders.orders"_s).value();
    QCOMPARE(after.slos.size(), before.slos.size() + 1);
    const ServiceLevelObjective latency = after.slos.constLast();
    QCOMPARE(latency.property, u"latency"_s);
    QCOMPARE(latency.value.toLongLong(), 4);
    QVERIFY(latency.value.typeId() == QMetaType::LongLong
            || latency.value.typeId() == QMetaType::Int);
    QCOMPARE(latency.unit, u"h"_s);
    QCOMPARE(latency.element, u"orders.order_ts"_s);
    QCOMPARE(after.supportChannels.constLast(),
             (SupportChannel {u"teams"_s, u"https://teams.example.com/orders"_s}));
    // The overview shows the new objective.
    auto *overviewSlos = m_window->findChild<QTableView *>(u"overviewSlos"_s);
    QTRY_COMPARE(overviewSlos->model()->rowCount(), int(after.slos.size()));

    m_window->undoStack()->undo();
    const DataProduct undone = catalogProduct(u"orders.orders"_s).value();
    QCOMPARE(undone.slos, before.slos);
    QCOMPARE(undone.supportChannels, before.supportChannels);
    QTRY_COMPARE(overviewSlos->model()->rowCount(), int(before.slos.size()));
}

void tst_MainWindow::publishGateKeepsAFailingProductUnpublished()
{
    // A draft without SLOs: the error-severity "At least one SLO" policy blocks it.
    select(u"payments.fraud-signals"_s);
    QTest::keyClick(m_table, Qt::Key_F2);
    ProductDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ProductDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    auto *status = dialog->findChild<QComboBox *>(u"statusCombo"_s);
    status->setCurrentIndex(status->findData(u"published"_s));
    bool sawGate = false;
    bool offeredToPublish = true;
    QString findings;
    QTimer::singleShot(0, this, [&] {
        // The gate's dialog is modal: inspect and close it from inside its event loop.
        QTRY_VERIFY(qobject_cast<PublishGateDialog *>(QApplication::activeModalWidget()));
        auto *gate = qobject_cast<PublishGateDialog *>(QApplication::activeModalWidget());
        sawGate = gate->isBlocked();
        offeredToPublish = gate->findChild<QPushButton *>(u"publishAnywayButton"_s) != nullptr
            && gate->findChild<QPushButton *>(u"publishAnywayButton"_s)->isVisible();
        findings = gate->findChild<QTextBrowser *>(u"findingsView"_s)->toPlainText();
        gate->reject();
    });
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(sawGate);
    QVERIFY(!offeredToPublish);
    QVERIFY2(findings.contains(u"SLO"_s), qPrintable(findings));
    // Nothing typed is lost: the form stays open, and the catalog keeps the draft.
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->product().status == LifecycleStatus::Published);
    dialog->reject();
    QTRY_VERIFY(m_window->findChild<ProductDialog *>() == nullptr);
    QVERIFY(catalogProduct(u"payments.fraud-signals"_s)->status == LifecycleStatus::Draft);
}

void tst_MainWindow::workspacesAndConformance()
{
    auto *tabs = m_window->findChild<QTabWidget *>(u"workspaceTabs"_s);
    QCOMPARE(tabs->count(), 3);
    m_window->findChild<QAction *>(u"showWorkspace3Action"_s)->trigger();
    QCOMPARE(tabs->currentIndex(), 2);
    QSignalSpy finished(m_window->conformanceView(), &ConformanceView::checkFinished);
    m_window->findChild<QAction *>(u"checkConformanceAction"_s)->trigger();
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_window->conformanceView()->matrixModel()->rowCount(), 40);
    // Opening a product from the matrix shows it in the products workspace.
    emit m_window->conformanceView()->productActivated(u"inventory.warehouses"_s);
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(m_window->productPage()->productId(), u"inventory.warehouses"_s);
    m_window->findChild<QAction *>(u"showWorkspace2Action"_s)->trigger();
    QCOMPARE(tabs->currentIndex(), 1);

    // The policy in the editor can be deleted (also by menu or shortcut) only while in sight.
    auto *policies = m_window->findChild<PoliciesView *>(u"policiesView"_s);
    QVERIFY(policies->showPolicy(u"owner-present"_s));
    QVERIFY(policies->deleteAction()->isEnabled());
    m_window->findChild<QAction *>(u"showWorkspace1Action"_s)->trigger();
    QVERIFY(!policies->deleteAction()->isEnabled());
    QVERIFY(!policies->activateAction()->isEnabled());
    QVERIFY(policies->newAction()->isEnabled());
    m_window->findChild<QAction *>(u"showWorkspace2Action"_s)->trigger();
    QVERIFY(policies->deleteAction()->isEnabled());
}

void tst_MainWindow::openByIdWhenNotListed()
{
    search(u"payments"_s);
    QTRY_VERIFY(m_table->model()->rowCount() < 40);
    // As `tessera --open inventory.warehouses` does: the page shows it even if the list
    // does not contain it.
    QVERIFY(m_window->showProduct(u"inventory.warehouses"_s));
    QCOMPARE(m_window->findChild<QLabel *>(u"overviewTitle"_s)->text(), u"Warehouses & Stores"_s);
    QVERIFY(!m_window->showProduct(u"no.such-product"_s));
    QCOMPARE(m_window->productPage()->productId(), u"inventory.warehouses"_s);
}

void tst_MainWindow::firstStartInstallsSample()
{
    // Test mode puts the default catalog under ~/.qttest, never the user's own.
    const QString path = defaultCatalogPath();
    QVERIFY(path.contains(u"qttest"_s));
    QFile::remove(path);
    QSettings().clear();

    MainWindow window;
    QVERIFY(window.openStartupCatalog());
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(QFileInfo(window.session()->location()), QFileInfo(path));
    auto *table = window.findChild<QTableView *>(u"productTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 40);
    auto *recent = window.findChild<QMenu *>(u"recentMenu"_s);
    QVERIFY(recent->isEnabled());
    QVERIFY(recent->actions().constFirst()->text().contains(QFileInfo(path).fileName()));

    // The next start opens the last catalog, here the one this test opened first.
    QVERIFY(window.openCatalogFile(m_path));
    QSettings().sync();
    MainWindow again;
    QVERIFY(again.openStartupCatalog());
    QCOMPARE(QFileInfo(again.session()->location()), QFileInfo(m_path));
    // An explicit catalog wins over the last one.
    MainWindow explicitly;
    QVERIFY(explicitly.openStartupCatalog(path));
    QCOMPARE(QFileInfo(explicitly.session()->location()), QFileInfo(path));
    QFile::remove(path);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
