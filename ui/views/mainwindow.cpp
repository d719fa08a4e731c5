#include "views/mainwindow.h"

#include "commands/deletedomaincommand.h"
#include "commands/deleteproductcommand.h"
#include "commands/savedomaincommand.h"
#include "commands/saveproductcommand.h"
#include "dialogs/domaindialog.h"
#include "dialogs/productdialog.h"
#include "dialogs/publishgatedialog.h"
#include "governance/publishgate.h"
#include "models/catalogsession.h"
#include "models/domaintreemodel.h"
#include "models/facetmodel.h"
#include "models/productlistmodel.h"
#include "models/searchcontroller.h"
#include "storage/catalog.h"
#include "storage/catalogfactory.h"
#include "storage/samplecatalog.h"
#include "storage/sqlitecatalog.h"
#include "views/catalogtransfer.h"
#include "views/conformanceview.h"
#include "views/policiesview.h"
#include "views/productpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

namespace {

// How long typing may pause before the search runs: short enough to feel live, long
// enough not to query on every keystroke of a word.
constexpr int SearchDelayMs = 120;

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/tessera.svg"_s));
    createModels();
    createActions();
    createCentralWidget();
    createDocks();
    createMenus();
    createToolBar();

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);
    m_busyLabel = new QLabel(tr("Searching…"), this);
    m_busyLabel->setObjectName(u"busyLabel"_s);
    m_busyLabel->hide();
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_countLabel);

    restoreWindowState();
    updateTitle();
    updateActions();
    updateRecentMenu();
}

MainWindow::~MainWindow()
{
    // The list model reads through the session's catalog: detach it before the session
    // (a child destroyed after this body) closes the catalog.
    m_productModel->setCatalog(nullptr);
    // Models are destroyed before the views that show them, and a view may still signal
    // while it loses its model: nothing may reach this half-destroyed window.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

void MainWindow::createModels()
{
    m_session = new CatalogSession(this);
    m_undoStack = new QUndoStack(this);
    m_search = new SearchController(this);
    m_transfer = new CatalogTransfer(this);
    m_domainModel = new DomainTreeModel(this);
    m_facetModel = new FacetModel(this);
    m_productModel = new ProductListModel(this);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);

    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::runSearch);
    connect(m_search, &SearchController::resultReady, this, &MainWindow::applySearchResult);
    connect(m_search, &SearchController::busyChanged, this,
            [this](bool busy) { m_busyLabel->setVisible(busy); });
    connect(m_facetModel, &FacetModel::filtersChanged, this, [this] {
        runSearch();
        updateActions();
    });
    connect(m_productModel, &ProductListModel::sortRequested, this,
            [this](ProductQuery::SortKey key, bool descending) {
                m_sortKey = key;
                m_sortDescending = descending;
                runSearch();
            });
    connect(m_productModel, &ProductListModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Cannot read products: %1").arg(message));
    });

    connect(m_session, &CatalogSession::errorOccurred, this,
            [this](const QString &message) { showError(tr("Catalog Error"), message); });
    connect(m_session, &CatalogSession::productChanged, this, &MainWindow::productChangedInCatalog);
    connect(m_session, &CatalogSession::domainsChanged, this, [this] {
        reloadNames();
        m_search->search(currentRequest());
    });
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    connect(m_transfer, &CatalogTransfer::finished, this, &MainWindow::transferFinished);
}

void MainWindow::createActions()
{
    auto make = [this](const QString &icon, const QString &text, const QString &objectName) {
        auto *action = new QAction(icon.isEmpty() ? QIcon() : QIcon(icon), text, this);
        action->setObjectName(objectName);
        return action;
    };

    m_newCatalogAction
        = make(u":/icons/new-catalog.svg"_s, tr("&New Catalog…"), u"newCatalogAction"_s);
    m_newCatalogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newCatalogAction->setStatusTip(tr("Create a new, empty catalog file"));
    connect(m_newCatalogAction, &QAction::triggered, this, &MainWindow::newCatalog);

    m_openAction = make(u":/icons/open.svg"_s, tr("&Open Catalog…"), u"openAction"_s);
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openCatalogDialog);

    m_importAction = make(u":/icons/import.svg"_s, tr("&Import…"), u"importAction"_s);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Merge a JSON catalog or product file into this catalog"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importFile);

    m_exportAction = make(u":/icons/export.svg"_s, tr("&Export Catalog…"), u"exportAction"_s);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Write the whole catalog to a JSON file"));
    connect(m_exportAction, &QAction::triggered, this, [this] { exportCatalog(false); });

    m_exportSelectedAction
        = make(QString(), tr("Export &Selected Products…"), u"exportSelectedAction"_s);
    m_exportSelectedAction->setStatusTip(tr("Write the selected products to a JSON file"));
    connect(m_exportSelectedAction, &QAction::triggered, this, [this] { exportCatalog(true); });

    m_quitAction = make(QString(), tr("&Quit"), u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setIcon(QIcon(u":/icons/undo.svg"_s));
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(u"redoAction"_s);
    m_redoAction->setIcon(QIcon(u":/icons/redo.svg"_s));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    m_findAction = make(u":/icons/search.svg"_s, tr("&Find Products"), u"findAction"_s);
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });

    m_clearFiltersAction
        = make(QString(), tr("&Clear Search and Filters"), u"clearFiltersAction"_s);
    connect(m_clearFiltersAction, &QAction::triggered, this, &MainWindow::clearFilters);

    m_newProductAction = make(u":/icons/add.svg"_s, tr("&New Product…"), u"newProductAction"_s);
    m_newProductAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newProductAction->setToolTip(tr("New product (Ctrl+N)"));
    connect(m_newProductAction, &QAction::triggered, this, &MainWindow::newProduct);

    m_editProductAction = make(u":/icons/edit.svg"_s, tr("&Edit Product…"), u"editProductAction"_s);
    m_editProductAction->setShortcuts(
        {QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_editProductAction->setToolTip(tr("Edit the selected product (F2)"));
    connect(m_editProductAction, &QAction::triggered, this, &MainWindow::editProduct);

    m_deleteProductAction
        = make(u":/icons/delete.svg"_s, tr("&Delete Product…"), u"deleteProductAction"_s);
    m_deleteProductAction->setShortcut(QKeySequence(Qt::Key_Delete));
    // Delete acts on what has the focus: the product list's products here, the domain tree's
    // domain below. A window-wide shortcut deleted the product while the tree had focus.
    m_deleteProductAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteProductAction->setToolTip(tr("Delete the selected products (Delete)"));
    connect(m_deleteProductAction, &QAction::triggered, this, &MainWindow::deleteProducts);

    m_newDomainAction = make(u":/icons/domain.svg"_s, tr("New &Domain…"), u"newDomainAction"_s);
    connect(m_newDomainAction, &QAction::triggered, this, &MainWindow::newDomain);
    m_editDomainAction = make(QString(), tr("Edit Do&main…"), u"editDomainAction"_s);
    connect(m_editDomainAction, &QAction::triggered, this, &MainWindow::editDomain);
    m_deleteDomainAction = make(QString(), tr("Delete Domai&n…"), u"deleteDomainAction"_s);
    m_deleteDomainAction->setShortcut(QKeySequence(Qt::Key_Delete));
    m_deleteDomainAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteDomainAction, &QAction::triggered, this, &MainWindow::deleteDomain);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newCatalogAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addAction(m_exportSelectedAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_clearFiltersAction);

    QMenu *product = menuBar()->addMenu(tr("&Product"));
    product->addAction(m_newProductAction);
    product->addAction(m_editProductAction);
    product->addAction(m_deleteProductAction);

    QMenu *domain = menuBar()->addMenu(tr("&Domain"));
    domain->addAction(m_newDomainAction);
    domain->addAction(m_editDomainAction);
    domain->addAction(m_deleteDomainAction);

    QMenu *governance = menuBar()->addMenu(tr("&Governance"));
    governance->addAction(m_policiesView->newAction());
    governance->addAction(m_policiesView->saveAction());
    governance->addAction(m_policiesView->revertAction());
    governance->addSeparator();
    governance->addAction(m_policiesView->activateAction());
    governance->addAction(m_policiesView->deleteAction());
    governance->addSeparator();
    governance->addAction(m_policiesView->importAction());
    governance->addAction(m_policiesView->exportAction());
    // The policy actions act on the policies workspace: bring it forward first.
    for (QAction *action : governance->actions())
        connect(action, &QAction::triggered, this, [this] { showWorkspace(Workspace::Policies); });
    governance->addSeparator();
    QAction *check = governance->addAction(tr("&Check Conformance"), this, [this] {
        showWorkspace(Workspace::Conformance);
        m_conformanceView->refresh();
    });
    check->setObjectName(u"checkConformanceAction"_s);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<std::pair<Workspace, QString>> workspaces = {
        {Workspace::Products, tr("&Products")},
        {Workspace::Policies, tr("P&olicies")},
        {Workspace::Conformance, tr("&Conformance")}};
    for (const auto &[workspace, text] : workspaces) {
        QAction *action = view->addAction(text, this,
                                          [this, workspace] { showWorkspace(workspace); });
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + int(workspace))));
        action->setObjectName(u"showWorkspace%1Action"_s.arg(int(workspace) + 1));
    }
    view->addSeparator();
    view->addAction(m_undoViewAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About Tessera Studio"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newProductAction);
    toolBar->addAction(m_editProductAction);
    toolBar->addAction(m_deleteProductAction);
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
    // Their text names the command ("Undo Edit product …"): as icons with that text as a
    // tool tip, they do not make the tool bar jump with every edit.
    for (QAction *action : {m_undoAction, m_redoAction}) {
        if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    toolBar->addSeparator();
    toolBar->addAction(m_importAction);
    toolBar->addAction(m_exportAction);
}

void MainWindow::createCentralWidget()
{
    // Analysts browse products; stewards write policies: one tab each, same catalog.
    m_workspaces = new QTabWidget(this);
    m_workspaces->setObjectName(u"workspaceTabs"_s);
    m_workspaces->setDocumentMode(true);
    setCentralWidget(m_workspaces);
    m_mainSplitter = new QSplitter(Qt::Horizontal, m_workspaces);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_workspaces->addTab(m_mainSplitter, QIcon(u":/icons/product.svg"_s), tr("Products"));
    m_policiesView = new PoliciesView(m_session, m_undoStack, m_workspaces);
    m_policiesView->setObjectName(u"policiesView"_s);
    m_workspaces->addTab(m_policiesView, QIcon(u":/icons/catalog.svg"_s), tr("Policies"));
    m_conformanceView = new ConformanceView(m_session, m_workspaces);
    m_conformanceView->setObjectName(u"conformanceView"_s);
    m_workspaces->addTab(m_conformanceView, QIcon(u":/icons/field.svg"_s), tr("Conformance"));
    const auto openProduct = [this](const QString &id) {
        showWorkspace(Workspace::Products);
        showProduct(id);
    };
    connect(m_policiesView, &PoliciesView::productActivated, this, openProduct);
    // Saving, reverting, activating and deleting act on the policy in the editor: only while
    // it is in sight.
    m_policiesView->setInFront(false);
    connect(m_workspaces, &QTabWidget::currentChanged, this, [this](int index) {
        m_policiesView->setInFront(index == int(Workspace::Policies));
    });
    connect(m_conformanceView, &ConformanceView::productActivated, this, openProduct);

    // Left: where to look (domains) and what to keep (facet filters).
    m_navigationSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_navigationSplitter->setObjectName(u"navigationSplitter"_s);

    auto *domainPanel = new QWidget(m_navigationSplitter);
    auto *domainLayout = new QVBoxLayout(domainPanel);
    domainLayout->setContentsMargins(4, 4, 0, 0);
    domainLayout->addWidget(makeHeading(tr("Domains"), domainPanel));
    m_domainView = new QTreeView(domainPanel);
    m_domainView->setObjectName(u"domainTree"_s);
    m_domainView->setModel(m_domainModel);
    m_domainView->setHeaderHidden(true);
    m_domainView->setUniformRowHeights(true);
    m_domainView->header()->setStretchLastSection(false);
    m_domainView->header()->setSectionResizeMode(DomainTreeModel::NameColumn, QHeaderView::Stretch);
    m_domainView->header()->setSectionResizeMode(DomainTreeModel::CountColumn,
                                                 QHeaderView::ResizeToContents);
    m_domainView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_domainView->addActions({m_newDomainAction, m_editDomainAction, m_deleteDomainAction});
    domainLayout->addWidget(m_domainView);
    m_navigationSplitter->addWidget(domainPanel);

    auto *facetPanel = new QWidget(m_navigationSplitter);
    auto *facetLayout = new QVBoxLayout(facetPanel);
    facetLayout->setContentsMargins(4, 4, 0, 0);
    auto *facetHeading = new QHBoxLayout;
    facetHeading->addWidget(makeHeading(tr("Filters"), facetPanel), 1);
    auto *clearButton = new QPushButton(tr("Clear"), facetPanel);
    clearButton->setObjectName(u"clearFiltersButton"_s);
    clearButton->setFlat(true);
    connect(clearButton, &QPushButton::clicked, this, &MainWindow::clearFilters);
    connect(m_clearFiltersAction, &QAction::enabledChanged, clearButton, &QWidget::setEnabled);
    facetHeading->addWidget(clearButton);
    facetLayout->addLayout(facetHeading);
    m_facetView = new QTreeView(facetPanel);
    m_facetView->setObjectName(u"facetTree"_s);
    m_facetView->setModel(m_facetModel);
    m_facetView->setHeaderHidden(true);
    m_facetView->setUniformRowHeights(true);
    m_facetView->header()->setStretchLastSection(false);
    m_facetView->header()->setSectionResizeMode(FacetModel::ValueColumn, QHeaderView::Stretch);
    m_facetView->header()->setSectionResizeMode(FacetModel::CountColumn,
                                                QHeaderView::ResizeToContents);
    // Status and classification are short closed lists: open by default.
    m_facetView->expand(m_facetModel->groupIndex(FacetModel::StatusGroup));
    m_facetView->expand(m_facetModel->groupIndex(FacetModel::ClassificationGroup));
    facetLayout->addWidget(m_facetView);
    m_navigationSplitter->addWidget(facetPanel);
    m_navigationSplitter->setStretchFactor(0, 2);
    m_navigationSplitter->setStretchFactor(1, 3);

    // Right: the list over the selected product's page.
    m_contentSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_contentSplitter->setObjectName(u"contentSplitter"_s);

    auto *listPanel = new QWidget(m_contentSplitter);
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 4, 4, 0);
    m_searchEdit = new QLineEdit(listPanel);
    m_searchEdit->setObjectName(u"searchEdit"_s);
    m_searchEdit->setPlaceholderText(
        tr("Search products by id, title, description, tag, field… (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->addAction(QIcon(u":/icons/search.svg"_s), QLineEdit::LeadingPosition);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::textChanged, this, &MainWindow::updateActions);
    listLayout->addWidget(m_searchEdit);

    m_productView = new QTableView(listPanel);
    m_productView->setObjectName(u"productTable"_s);
    m_productView->setModel(m_productModel);
    m_productView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_productView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_productView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_productView->setWordWrap(false);
    m_productView->setAlternatingRowColors(true);
    m_productView->verticalHeader()->hide();
    // Fixed row heights keep scrolling through 100,000 rows cheap.
    m_productView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_productView->verticalHeader()->setDefaultSectionSize(m_productView->fontMetrics().height()
                                                           + 8);
    QHeaderView *header = m_productView->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setStretchLastSection(false);
    const int widths[] = {250, 220, 120, 90, 110, 160, 70, 130};
    for (int column = 0; column < ProductListModel::ColumnCount; ++column)
        m_productView->setColumnWidth(column, widths[column]);
    header->setSectionResizeMode(ProductListModel::TitleColumn, QHeaderView::Stretch);
    m_productView->setSortingEnabled(true);
    m_productView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_productView->addActions({m_editProductAction, m_deleteProductAction, m_exportSelectedAction});
    connect(m_productView, &QAbstractItemView::activated, this, &MainWindow::editProduct);
    connect(m_productView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::currentRowChanged);
    connect(m_productView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    listLayout->addWidget(m_productView);
    m_contentSplitter->addWidget(listPanel);

    m_pageStack = new QStackedWidget(m_contentSplitter);
    m_emptyPage = new QLabel(tr("Select a product to see its overview, schema, dependencies "
                                "and history."),
                             m_pageStack);
    m_emptyPage->setObjectName(u"emptyPage"_s);
    m_emptyPage->setAlignment(Qt::AlignCenter);
    m_emptyPage->setWordWrap(true);
    m_emptyPage->setEnabled(false);
    m_pageStack->addWidget(m_emptyPage);
    m_page = new ProductPage(m_session, m_pageStack);
    m_page->setObjectName(u"productPage"_s);
    m_pageStack->addWidget(m_page);
    connect(m_page, &ProductPage::productActivated, this,
            [this](const QString &id) { showProduct(id); });
    m_contentSplitter->addWidget(m_pageStack);
    m_contentSplitter->setStretchFactor(0, 2);
    m_contentSplitter->setStretchFactor(1, 3);

    m_mainSplitter->addWidget(m_navigationSplitter);
    m_mainSplitter->addWidget(m_contentSplitter);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({280, 1100});

    connect(m_domainView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::domainScopeChanged);
}

void MainWindow::createDocks()
{
    auto *dock = new QDockWidget(tr("Undo History"), this);
    dock->setObjectName(u"undoDock"_s);
    auto *view = new QUndoView(m_undoStack, dock);
    view->setObjectName(u"undoView"_s);
    view->setEmptyLabel(tr("<catalog opened>"));
    dock->setWidget(view);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    m_undoViewAction = dock->toggleViewAction();
    m_undoViewAction->setObjectName(u"undoViewAction"_s);
    m_undoViewAction->setIcon(QIcon(u":/icons/history.svg"_s));
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1440, 900);
    restoreState(m_settings.windowState());
    m_mainSplitter->restoreState(m_settings.mainSplitterState());
    m_navigationSplitter->restoreState(m_settings.navigationSplitterState());
    m_contentSplitter->restoreState(m_settings.contentSplitterState());
}

void MainWindow::saveWindowState()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setMainSplitterState(m_mainSplitter->saveState());
    m_settings.setNavigationSplitterState(m_navigationSplitter->saveState());
    m_settings.setContentSplitterState(m_contentSplitter->saveState());
    m_settings.setLastCatalog(m_session->location());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_policiesView->maybeSave()) {
        showWorkspace(Workspace::Policies);
        event->ignore();
        return;
    }
    if (m_transfer->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Transfer Running"),
            tr("An import or export is still running. Cancel it and quit?"));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_transfer->cancel();
    }
    saveWindowState();
    event->accept();
}

CatalogSession *MainWindow::session() const
{
    return m_session;
}

QUndoStack *MainWindow::undoStack() const
{
    return m_undoStack;
}

ProductPage *MainWindow::productPage() const
{
    return m_page;
}

PoliciesView *MainWindow::policiesView() const
{
    return m_policiesView;
}

ConformanceView *MainWindow::conformanceView() const
{
    return m_conformanceView;
}

void MainWindow::showWorkspace(Workspace workspace)
{
    m_workspaces->setCurrentIndex(int(workspace));
}

// --- Catalog ---------------------------------------------------------------------------

bool MainWindow::openStartupCatalog(const QString &requested)
{
    if (!requested.isEmpty())
        return openCatalogFile(requested);
    const QString last = m_settings.lastCatalog();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return openCatalogFile(last);

    const QString path = defaultCatalogPath();
    if (!QFileInfo::exists(path)) {
        // First start: a catalog to explore beats an empty window.
        const Result<void> installed = SampleCatalog::install(path);
        if (!installed) {
            showError(tr("Cannot Create the Sample Catalog"), installed.error());
            return false;
        }
        statusBar()->showMessage(
            tr("Created the sample catalog %1").arg(QDir::toNativeSeparators(path)), 8000);
    }
    return openCatalogFile(path);
}

bool MainWindow::openCatalogFile(const QString &path)
{
    if (!m_policiesView->maybeSave())
        return false;
    Result<std::unique_ptr<Catalog>> opened = openCatalog(path);
    if (!opened) {
        showError(tr("Cannot Open Catalog"), opened.error());
        if (!QFileInfo::exists(path)) {
            m_settings.removeRecentCatalog(path);
            updateRecentMenu();
        }
        return false;
    }
    setCatalog(std::move(opened).value());
    return true;
}

void MainWindow::setCatalog(std::unique_ptr<Catalog> catalog)
{
    // Commands of the old catalog must not run against the new one.
    m_undoStack->clear();
    m_undoStack->setClean();
    m_productModel->setCatalog(nullptr);
    m_page->clear();
    m_pageStack->setCurrentWidget(m_emptyPage);

    m_session->setCatalog(std::move(catalog));
    const QString location = m_session->location();
    m_productModel->setCatalog(m_session->catalog());
    m_search->setLocation(location);

    {
        // Reset the query without running it once per reset step.
        const QSignalBlocker facetBlocker(m_facetModel);
        const QSignalBlocker searchBlocker(m_searchEdit);
        m_facetModel->clearAllChecked();
        m_facetModel->setCounts({});
        m_searchEdit->clear();
    }
    reloadNames();
    {
        const QSignalBlocker blocker(m_domainView->selectionModel());
        m_domainView->setCurrentIndex(m_domainModel->rootIndex());
    }

    m_settings.setLastCatalog(location);
    m_settings.addRecentCatalog(location);
    updateRecentMenu();
    updateTitle();
    updateActions();
    runSearch();
}

void MainWindow::reloadNames()
{
    Catalog *catalog = m_session->catalog();
    if (!catalog) {
        m_domainModel->clear();
        return;
    }
    const Result<QList<Domain>> domains = catalog->domains();
    const Result<QHash<QString, qint64>> counts = catalog->productCountsByDomain();
    const Result<QList<Team>> teams = catalog->teams();
    for (const QString &error :
         {domains ? QString() : domains.error(), counts ? QString() : counts.error(),
          teams ? QString() : teams.error()}) {
        if (!error.isEmpty()) {
            showError(tr("Cannot Read the Catalog"), error);
            return;
        }
    }

    const QString selected = selectedDomainId();
    {
        // Re-selecting the same domain afterwards is not a change of scope.
        const QSignalBlocker blocker(m_domainView->selectionModel());
        m_domainModel->setDomains(*domains, *counts);
        m_domainView->expandAll();
        QModelIndex index = m_domainModel->indexOf(selected);
        m_domainView->setCurrentIndex(index.isValid() ? index : m_domainModel->rootIndex());
    }
    if (selectedDomainId() != selected)
        domainScopeChanged();

    QHash<QString, QString> domainNames;
    for (const Domain &domain : *domains)
        domainNames.insert(domain.id, domain.name);
    QHash<QString, QString> teamNames;
    for (const Team &team : *teams)
        teamNames.insert(team.id, team.name);
    m_productModel->setNames(domainNames, teamNames);
    m_facetModel->setNames(domainNames, teamNames);
}

// --- Search ----------------------------------------------------------------------------

SearchRequest MainWindow::currentRequest() const
{
    SearchRequest request;
    request.query.text = m_searchEdit->text().trimmed();
    const QString scope = selectedDomainId();
    if (!scope.isEmpty())
        request.domainScope = {scope};
    // Domain facet values lie inside the scope (see applySearchResult), so checking some
    // narrows the scope further.
    const QStringList checkedDomains = m_facetModel->checkedValues(FacetModel::DomainGroup);
    request.query.domainIds = checkedDomains.isEmpty() ? request.domainScope : checkedDomains;
    m_facetModel->applyTo(request.query);
    request.query.sortKey = m_sortKey;
    request.query.descending = m_sortDescending;
    // A search lists its best matches, not all of them: a short word can match most of a
    // large catalog, and ranking all of it would stall every keystroke.
    if (!request.query.text.isEmpty())
        request.query.limit = SearchMatchLimit;
    return request;
}

void MainWindow::runSearch()
{
    m_searchDelay->stop();
    if (!m_session->isOpen())
        return;
    m_search->search(currentRequest());
}

void MainWindow::applySearchResult(const SearchRequest &request, const SearchResult &result)
{
    if (!result.ok()) {
        statusBar()->showMessage(tr("Search failed: %1").arg(result.error));
        return;
    }
    if (result.part == SearchResult::Part::Matches) {
        m_productModel->setProductIds(result.productIds);
        if (result.truncated)
            m_countLabel->setText(tr("Best %L1 matches (counting…)").arg(result.productIds.size()));
        else
            m_countLabel->setText(tr("%Ln product(s)", nullptr, int(result.count)));
        selectListedProduct(m_page->productId());
        return;
    }

    const qsizetype shown = m_productModel->rowCount();
    if (result.count > shown)
        m_countLabel->setText(tr("%Ln product(s), best %L1 shown", nullptr, int(result.count)).arg(shown));
    else
        m_countLabel->setText(tr("%Ln product(s)", nullptr, int(result.count)));
    FacetCounts facets = result.facets;
    if (!request.domainScope.isEmpty()) {
        // The catalog counts domains without any domain filter; offer only those in scope.
        const QString scope = request.domainScope.constFirst();
        facets.domains.removeIf([this, &scope](const FacetCounts::Bucket &bucket) {
            return !m_domainModel->isWithin(bucket.value, scope);
        });
    }
    m_facetModel->setCounts(facets);
}

void MainWindow::selectListedProduct(const QString &productId)
{
    const int row = productId.isEmpty() ? -1 : m_productModel->rowOf(productId);
    const QModelIndex current = m_productView->currentIndex();
    if (row >= 0 && current.isValid() && current.row() == row)
        return;
    m_syncingSelection = true;
    if (row >= 0) {
        const QModelIndex index = m_productModel->index(row, ProductListModel::IdColumn);
        m_productView->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_productView->scrollTo(index);
    } else {
        m_productView->selectionModel()->clearSelection();
    }
    m_syncingSelection = false;
    updateActions();
}

void MainWindow::domainScopeChanged()
{
    // Domain facet values belong to the old scope.
    {
        const QSignalBlocker blocker(m_facetModel);
        m_facetModel->clearChecked(FacetModel::DomainGroup);
    }
    runSearch();
    updateActions();
}

void MainWindow::clearFilters()
{
    {
        const QSignalBlocker facetBlocker(m_facetModel);
        const QSignalBlocker searchBlocker(m_searchEdit);
        const QSignalBlocker domainBlocker(m_domainView->selectionModel());
        m_facetModel->clearAllChecked();
        m_searchEdit->clear();
        m_domainView->setCurrentIndex(m_domainModel->rootIndex());
    }
    // Signals were blocked, so the views repaint from the models' current state.
    m_facetView->viewport()->update();
    runSearch();
    updateActions();
}

void MainWindow::currentRowChanged()
{
    updateActions();
    if (m_syncingSelection)
        return;
    const QString id = m_productModel->productId(m_productView->currentIndex().row());
    m_policiesView->setSelectedProduct(id);
    if (!id.isEmpty() && id != m_page->productId())
        showProduct(id);
}

bool MainWindow::showProduct(const QString &productId)
{
    const Result<void> shown = m_page->showProduct(productId);
    if (!shown) {
        statusBar()->showMessage(shown.error(), 8000);
        return false;
    }
    m_pageStack->setCurrentWidget(m_page);
    selectListedProduct(productId);
    updateActions();
    return true;
}

void MainWindow::productChangedInCatalog(const QString &productId)
{
    reloadNames(); // product counts per domain
    m_search->search(currentRequest());
    if (m_page->productId() == productId) {
        if (!m_page->reload()) {
            // Deleted (or an undone creation): nothing left to show.
            m_page->clear();
            m_pageStack->setCurrentWidget(m_emptyPage);
        }
    }
    updateActions();
}

// --- File actions ----------------------------------------------------------------------

void MainWindow::newCatalog()
{
    const QString dir = QFileInfo(m_session->location()).absolutePath();
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Catalog"), QDir(dir).filePath(tr("catalog.tessera")),
        tr("Tessera catalogs (*.tessera *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".tessera"_s;
    if (QFileInfo(path) == QFileInfo(m_session->location())) {
        showError(tr("Cannot Create Catalog"),
                  tr("\"%1\" is the catalog that is open.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    // The file dialog has already asked whether to replace an existing file.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(tr("Cannot Create Catalog"),
                  tr("Cannot replace \"%1\".").arg(QDir::toNativeSeparators(path)));
        return;
    }
    Result<std::unique_ptr<SqliteCatalog>> created = SqliteCatalog::create(path);
    if (!created) {
        showError(tr("Cannot Create Catalog"), created.error());
        return;
    }
    setCatalog(std::unique_ptr<Catalog>(std::move(created).value()));
    statusBar()->showMessage(tr("Created %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::openCatalogDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Catalog"), QFileInfo(m_session->location()).absolutePath(),
        tr("Tessera catalogs (*.tessera *.db);;All files (*)"));
    if (!path.isEmpty())
        openCatalogFile(path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentCatalogs();
    for (int i = 0; i < recent.size(); ++i) {
        const QString &path = recent.at(i);
        // &1 … &8 give each entry a keyboard accelerator.
        QAction *action
            = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { openCatalogFile(path); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear Menu"), this, [this] {
            m_settings.clearRecentCatalogs();
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::importFile()
{
    if (!m_session->isOpen() || m_transfer->isRunning())
        return;
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("JSON files (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    m_transfer->startImport(m_session->location(), file);
    updateActions();
}

void MainWindow::exportCatalog(bool selectedOnly)
{
    if (!m_session->isOpen() || m_transfer->isRunning())
        return;
    const QStringList ids = selectedOnly ? selectedProductIds() : QStringList();
    if (selectedOnly && ids.isEmpty())
        return;
    const QString suggested = selectedOnly && ids.size() == 1
        ? ids.constFirst() + u".json"_s
        : QFileInfo(m_session->location()).completeBaseName() + u".json"_s;
    QString file = QFileDialog::getSaveFileName(
        this, selectedOnly ? tr("Export Selected Products") : tr("Export Catalog"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(suggested),
        tr("JSON files (*.json)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += u".json"_s;
    m_transfer->startExport(m_session->location(), file, ids);
    updateActions();
}

void MainWindow::transferFinished(const TransferOutcome &outcome)
{
    updateActions();
    const QString file = QDir::toNativeSeparators(outcome.file);
    const bool isImport = outcome.kind == TransferOutcome::Kind::Import;
    if (outcome.cancelled) {
        statusBar()->showMessage(isImport ? tr("Import cancelled; the catalog is unchanged.")
                                          : tr("Export cancelled."),
                                 8000);
        return;
    }
    if (!outcome.ok) {
        showError(isImport ? tr("Import Failed") : tr("Export Failed"), outcome.error);
        return;
    }
    if (isImport) {
        const ImportSummary &s = outcome.imported;
        statusBar()->showMessage(tr("Imported %1: %2, %3, %4.")
                                     .arg(file, tr("%Ln product(s)", nullptr, int(s.products)),
                                          tr("%Ln domain(s)", nullptr, int(s.domains)),
                                          tr("%Ln team(s)", nullptr, int(s.teams))),
                                 10000);
        // The import wrote through its own connection: everything shown may have changed.
        reloadNames();
        m_search->search(currentRequest());
        if (!m_page->productId().isEmpty() && !m_page->reload()) {
            m_page->clear();
            m_pageStack->setCurrentWidget(m_emptyPage);
        }
    } else {
        statusBar()->showMessage(
            tr("Exported %1 to %2.")
                .arg(tr("%Ln product(s)", nullptr, int(outcome.exportedProducts)), file),
            10000);
    }
}

// --- Product and domain edits ----------------------------------------------------------

void MainWindow::pushCommand(std::unique_ptr<QUndoCommand> command)
{
    // QUndoStack takes ownership; it runs redo() and drops the command if that failed.
    m_undoStack->push(command.release());
}

void MainWindow::newProduct()
{
    if (!m_session->isOpen())
        return;
    auto *dialog = new ProductDialog(m_session, std::nullopt, selectedDomainId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPublishCheck([this](const DataProduct &product) { return confirmPublish(product); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const DataProduct product = dialog->product();
        pushCommand(std::make_unique<SaveProductCommand>(m_session, std::nullopt, product));
        showProduct(product.id);
    });
    dialog->open();
}

void MainWindow::editProduct()
{
    const QString id = m_page->productId();
    if (id.isEmpty() || !m_session->isOpen())
        return;
    const Result<std::optional<DataProduct>> before = m_session->catalog()->product(id);
    if (!before) {
        showError(tr("Cannot Edit Product"), before.error());
        return;
    }
    if (!before->has_value()) {
        showError(tr("Cannot Edit Product"), tr("The product \"%1\" no longer exists.").arg(id));
        return;
    }
    auto *dialog = new ProductDialog(m_session, **before, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPublishCheck([this](const DataProduct &product) { return confirmPublish(product); });
    connect(dialog, &QDialog::accepted, this, [this, dialog, original = **before] {
        const DataProduct after = dialog->product();
        if (after == original)
            return; // nothing to save, nothing to undo
        pushCommand(std::make_unique<SaveProductCommand>(m_session, original, after));
    });
    dialog->open();
}

bool MainWindow::confirmPublish(const DataProduct &product)
{
    if (!m_session->isOpen())
        return false;
    const Result<PublishReport> report = PublishGate::check(*m_session->catalog(), product);
    if (!report) {
        showError(tr("Cannot Publish"), report.error());
        return false;
    }
    QWidget *parent = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : this;
    return PublishGateDialog::confirmPublish(parent, report.value(),
                                             product.title.isEmpty() ? product.id : product.title);
}

void MainWindow::deleteProducts()
{
    if (!m_session->isOpen())
        return;
    QStringList ids = selectedProductIds();
    if (ids.isEmpty() && !m_page->productId().isEmpty())
        ids.append(m_page->productId());
    if (ids.isEmpty())
        return;

    Catalog *catalog = m_session->catalog();
    QList<DataProduct> products;
    int consumers = 0;
    for (const QString &id : std::as_const(ids)) {
        const Result<std::optional<DataProduct>> product = catalog->product(id);
        if (!product) {
            showError(tr("Cannot Delete Product"), product.error());
            return;
        }
        if (!product->has_value())
            continue;
        products.append(**product);
        if (const Result<QList<LineageEdge>> edges = catalog->consumersOf(id))
            consumers += int(edges->size());
    }
    if (products.isEmpty())
        return;

    const QString question = products.size() == 1
        ? tr("Delete the product \"%1\" (%2)?")
              .arg(products.constFirst().title, products.constFirst().id)
        : tr("Delete %Ln products?", nullptr, int(products.size()));
    const QString detail = consumers > 0
        ? tr("%Ln input port(s) of other products read it; they will show it as missing.", nullptr,
             consumers)
        : tr("You can undo this with Edit › Undo.");
    QMessageBox box(QMessageBox::Question, tr("Delete Product"), question, QMessageBox::Cancel,
                    this);
    box.setInformativeText(detail);
    QPushButton *deleteButton = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != deleteButton)
        return;

    if (products.size() > 1)
        m_undoStack->beginMacro(tr("Delete %Ln products", nullptr, int(products.size())));
    for (const DataProduct &product : std::as_const(products))
        pushCommand(std::make_unique<DeleteProductCommand>(m_session, product));
    if (products.size() > 1)
        m_undoStack->endMacro();
}

void MainWindow::newDomain()
{
    if (!m_session->isOpen())
        return;
    auto *dialog = new DomainDialog(m_session, std::nullopt, selectedDomainId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        pushCommand(std::make_unique<SaveDomainCommand>(m_session, std::nullopt, dialog->domain()));
    });
    dialog->open();
}

void MainWindow::editDomain()
{
    const QString id = selectedDomainId();
    if (id.isEmpty() || !m_session->isOpen())
        return;
    const Result<std::optional<Domain>> before = m_session->catalog()->domain(id);
    if (!before || !before->has_value()) {
        showError(tr("Cannot Edit Domain"),
                  before ? tr("The domain \"%1\" no longer exists.").arg(id) : before.error());
        return;
    }
    auto *dialog = new DomainDialog(m_session, **before, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, original = **before] {
        const Domain after = dialog->domain();
        if (after != original)
            pushCommand(std::make_unique<SaveDomainCommand>(m_session, original, after));
    });
    dialog->open();
}

void MainWindow::deleteDomain()
{
    const QString id = selectedDomainId();
    if (id.isEmpty() || !m_session->isOpen())
        return;
    const QModelIndex index = m_domainModel->indexOf(id);
    const qint64 products = index.data(DomainTreeModel::ProductCountRole).toLongLong();
    const int subdomains = m_domainModel->rowCount(index);
    const QString name = m_domainModel->domainName(id);
    if (products > 0 || subdomains > 0) {
        // Say why before the catalog refuses, and what to do about it.
        QMessageBox::information(this, tr("Delete Domain"),
                                 tr("\"%1\" still holds %2 and %3. Move or delete them first.")
                                     .arg(name, tr("%Ln product(s)", nullptr, int(products)),
                                          tr("%Ln subdomain(s)", nullptr, subdomains)));
        return;
    }
    const Result<std::optional<Domain>> domain = m_session->catalog()->domain(id);
    if (!domain || !domain->has_value()) {
        showError(tr("Cannot Delete Domain"),
                  domain ? tr("The domain \"%1\" no longer exists.").arg(id) : domain.error());
        return;
    }
    if (QMessageBox::question(this, tr("Delete Domain"), tr("Delete the domain \"%1\"?").arg(name))
        != QMessageBox::Yes) {
        return;
    }
    pushCommand(std::make_unique<DeleteDomainCommand>(m_session, **domain));
}

// --- Helpers ---------------------------------------------------------------------------

QString MainWindow::selectedDomainId() const
{
    return m_domainModel->domainId(m_domainView->currentIndex());
}

QStringList MainWindow::selectedProductIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_productView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(m_productModel->productId(index.row()));
    return ids;
}

void MainWindow::updateActions()
{
    const bool open = m_session->isOpen();
    const bool idle = !m_transfer->isRunning();
    const bool hasProduct = open && !m_page->productId().isEmpty();
    const bool hasSelection = open && m_productView->selectionModel()->hasSelection();
    const bool hasDomain = open && !selectedDomainId().isEmpty();
    const bool writable = open && !m_session->catalog()->isReadOnly();

    m_importAction->setEnabled(writable && idle);
    m_exportAction->setEnabled(open && idle);
    m_exportSelectedAction->setEnabled(hasSelection && idle);
    m_newProductAction->setEnabled(writable);
    m_editProductAction->setEnabled(writable && hasProduct);
    m_deleteProductAction->setEnabled(writable && (hasProduct || hasSelection));
    m_newDomainAction->setEnabled(writable);
    m_editDomainAction->setEnabled(writable && hasDomain);
    m_deleteDomainAction->setEnabled(writable && hasDomain);
    m_clearFiltersAction->setEnabled(open
                                     && (m_facetModel->hasCheckedValues()
                                         || !m_searchEdit->text().isEmpty()
                                         || !selectedDomainId().isEmpty()));
}

void MainWindow::updateTitle()
{
    const QString location = m_session->location();
    // [*] is where Qt shows the modified marker (setWindowModified).
    setWindowTitle(location.isEmpty()
                       ? tr("Tessera Studio")
                       : tr("%1[*] — Tessera Studio").arg(QFileInfo(location).fileName()));
    setWindowFilePath(location);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Tessera Studio"),
        tr("<h3>Tessera Studio %1</h3>"
           "<p>A data catalog and governance studio for a data mesh: find data products, "
           "see their schemas, lineage and history, and curate them.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace Tessera::Gui
