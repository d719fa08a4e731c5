#pragma once

#include "model/dataproduct.h"

#include <QSet>
#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;
class QTableView;

namespace Tessera::Gui {

class OutputPortModel;
class SloModel;

// The Overview tab of a product: what it is, who owns it, its lifecycle, how to reach it,
// its service levels, its output ports and its inputs. Upstream products are links that navigate.
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    // Names are display names for the product's domain and owner team; `missingInputs`
    // holds the upstream product ids that are not in the catalog.
    void setProduct(const DataProduct &product, const QString &domainName, const QString &teamName,
                    const QSet<QString> &missingInputs);
    void clear();

signals:
    void productActivated(const QString &productId);

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName);
    static QString escaped(const QString &text);
    // Shows every row without an inner scroll bar; the page itself scrolls.
    static void fitHeight(QTableView *view);

    QScrollArea *m_scroll = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_classification = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_owner = nullptr;
    QLabel *m_domain = nullptr;
    QLabel *m_tags = nullptr;
    QLabel *m_support = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_purpose = nullptr;
    QLabel *m_limitations = nullptr;
    QLabel *m_usage = nullptr;
    QLabel *m_properties = nullptr;
    QLabel *m_inputs = nullptr;
    QTableView *m_portView = nullptr;
    OutputPortModel *m_ports = nullptr;
    QLabel *m_noSlos = nullptr;
    QTableView *m_sloView = nullptr;
    SloModel *m_slos = nullptr;
};

} // namespace Tessera::Gui
