#pragma once

#include "model/dataproduct.h"
#include "models/searchrequest.h"
#include "models/searchresult.h"
#include "search/productquery.h"
#include "settings/studiosettings.h"
#include "views/transferoutcome.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeView;
class QUndoCommand;
class QUndoStack;

namespace Tessera {
class Catalog;
}

namespace Tessera::Gui {

class CatalogSession;
class CatalogTransfer;
class ConformanceView;
class DomainTreeModel;
class PoliciesView;
class FacetModel;
class ProductListModel;
class ProductPage;
class SearchController;

// The studio's window: domains and facet filters on the left, the product list with its
// search box, and the selected product's page. Wires views to models and user actions to
// undo commands; it is the one place that tells the user about errors.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a catalog file in place of the current one; reports failure in a message box
    // and keeps the current catalog.
    bool openCatalogFile(const QString &path);
    // At start: `requested` when given, else the last catalog, else the default catalog,
    // which is created from the bundled sample the first time.
    bool openStartupCatalog(const QString &requested = {});
    // Shows a product's page and selects it in the list when it is listed.
    bool showProduct(const QString &productId);

    CatalogSession *session() const;
    QUndoStack *undoStack() const;
    ProductPage *productPage() const;
    PoliciesView *policiesView() const;
    ConformanceView *conformanceView() const;

    // The workspaces, in the order of their tabs.
    enum class Workspace { Products, Policies, Conformance };
    void showWorkspace(Workspace workspace);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // How many of the best matches a text search lists.
    static constexpr int SearchMatchLimit = 200;

    void createModels();
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createDocks();
    void restoreWindowState();
    void saveWindowState();

    void setCatalog(std::unique_ptr<Catalog> catalog);
    void reloadNames();
    SearchRequest currentRequest() const;
    void runSearch();
    void applySearchResult(const SearchRequest &request, const SearchResult &result);
    void selectListedProduct(const QString &productId);
    void domainScopeChanged();
    void productChangedInCatalog(const QString &productId);
    void currentRowChanged();

    void newCatalog();
    void openCatalogDialog();
    void importFile();
    void exportCatalog(bool selectedOnly);
    void transferFinished(const TransferOutcome &outcome);
    void newProduct();
    void editProduct();
    // The publish gate, asked by the product dialog: false keeps the dialog open.
    bool confirmPublish(const DataProduct &product);
    void deleteProducts();
    void newDomain();
    void editDomain();
    void deleteDomain();
    void clearFilters();
    void about();

    void pushCommand(std::unique_ptr<QUndoCommand> command);
    QString selectedDomainId() const;
    QStringList selectedProductIds() const;
    void updateActions();
    void updateRecentMenu();
    void updateTitle();
    void showError(const QString &title, const QString &message);

    StudioSettings m_settings;
    CatalogSession *m_session = nullptr;
    QUndoStack *m_undoStack = nullptr;
    SearchController *m_search = nullptr;
    CatalogTransfer *m_transfer = nullptr;
    DomainTreeModel *m_domainModel = nullptr;
    FacetModel *m_facetModel = nullptr;
    ProductListModel *m_productModel = nullptr;

    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_navigationSplitter = nullptr;
    QSplitter *m_contentSplitter = nullptr;
    QTreeView *m_domainView = nullptr;
    QTreeView *m_facetView = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTableView *m_productView = nullptr;
    QTabWidget *m_workspaces = nullptr;
    PoliciesView *m_policiesView = nullptr;
    ConformanceView *m_conformanceView = nullptr;
    QStackedWidget *m_pageStack = nullptr;
    QLabel *m_emptyPage = nullptr;
    ProductPage *m_page = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_busyLabel = nullptr;
    QTimer *m_searchDelay = nullptr;
    QMenu *m_recentMenu = nullptr;

    QAction *m_newCatalogAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportSelectedAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_newProductAction = nullptr;
    QAction *m_editProductAction = nullptr;
    QAction *m_deleteProductAction = nullptr;
    QAction *m_newDomainAction = nullptr;
    QAction *m_editDomainAction = nullptr;
    QAction *m_deleteDomainAction = nullptr;
    QAction *m_undoViewAction = nullptr;

    ProductQuery::SortKey m_sortKey = ProductQuery::SortKey::Relevance;
    bool m_sortDescending = false;
    // Set while the window itself moves the list's selection, so that doing so does not
    // reload the product page.
    bool m_syncingSelection = false;
};

} // namespace Tessera::Gui
