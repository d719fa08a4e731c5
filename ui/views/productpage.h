#pragma once

#include "util/result.h"

#include <QTabWidget>

class QLabel;
class QTreeView;

namespace Tessera::Gui {

class CatalogSession;
class DependenciesPage;
class HistoryPage;
class OverviewPage;
class SchemaModel;

// Everything about one product, in tabs: Overview, Schema, Dependencies, History.
// Reads the product from the session's catalog each time it is shown, so it never holds
// stale copies after an edit or an undo.
class ProductPage final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductPage)

public:
    enum Tab { OverviewTab, SchemaTab, DependenciesTab, HistoryTab };

    explicit ProductPage(CatalogSession *session, QWidget *parent = nullptr);
    ~ProductPage() override;

    // Loads and shows the product; an error when it cannot be read or does not exist.
    Result<void> showProduct(const QString &productId);
    // Reads the shown product again (after it changed).
    Result<void> reload();
    void clear();
    QString productId() const;

    OverviewPage *overviewPage() const;
    HistoryPage *historyPage() const;
    DependenciesPage *dependenciesPage() const;
    SchemaModel *schemaModel() const;

signals:
    // The user asked to open another product (a dependency link).
    void productActivated(const QString &productId);

private:
    CatalogSession *m_session = nullptr;
    QString m_productId;
    OverviewPage *m_overview = nullptr;
    SchemaModel *m_schema = nullptr;
    QTreeView *m_schemaView = nullptr;
    QLabel *m_schemaSummary = nullptr;
    DependenciesPage *m_dependencies = nullptr;
    HistoryPage *m_history = nullptr;
};

} // namespace Tessera::Gui
