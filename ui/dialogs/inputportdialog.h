#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Tessera::Gui {

class CatalogSession;
class OutputPortModel;
class ProductListModel;
class SearchController;

// Picks an upstream product and one of its output ports for a new input port. The product
// search runs on a background thread like the main product list, so it scales to large
// catalogs.
class InputPortDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputPortDialog)

public:
    // `excludedProductId` (the product being edited) is not offered.
    InputPortDialog(CatalogSession *session, const QString &excludedProductId,
                    QWidget *parent = nullptr);
    ~InputPortDialog() override;

    QString productId() const;
    QString productTitle() const;
    QString portName() const;

private:
    void runSearch();
    void productChosen();
    void updateOk();

    static constexpr int MaxResults = 200;

    CatalogSession *m_session = nullptr;
    QString m_excludedProductId;
    QString m_productId;
    QString m_productTitle;
    SearchController *m_search = nullptr;
    ProductListModel *m_results = nullptr;
    OutputPortModel *m_ports = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTableView *m_resultView = nullptr;
    QComboBox *m_portCombo = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace Tessera::Gui
