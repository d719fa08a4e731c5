#pragma once

#include "models/dependencymodel.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Tessera::Gui {

// The Dependencies tab: the products this one consumes and the products that consume it.
// Double-clicking a product opens it.
class DependenciesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DependenciesPage)

public:
    explicit DependenciesPage(QWidget *parent = nullptr);
    ~DependenciesPage() override;

    void setDependencies(const QList<DependencyModel::Entry> &upstream,
                         const QList<DependencyModel::Entry> &downstream);
    void clear();
    DependencyModel *upstreamModel() const;
    DependencyModel *downstreamModel() const;

signals:
    void productActivated(const QString &productId);

private:
    QTableView *makeView(DependencyModel *model, const QString &objectName);
    void updateLabels();

    DependencyModel *m_upstream = nullptr;
    DependencyModel *m_downstream = nullptr;
    QTableView *m_upstreamView = nullptr;
    QTableView *m_downstreamView = nullptr;
    QLabel *m_upstreamLabel = nullptr;
    QLabel *m_downstreamLabel = nullptr;
};

} // namespace Tessera::Gui
