#include "dialogs/inputportdialog.h"

#include "models/catalogsession.h"
#include "models/outputportmodel.h"
#include "models/productlistmodel.h"
#include "models/searchcontroller.h"
#include "storage/catalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

InputPortDialog::InputPortDialog(CatalogSession *session, const QString &excludedProductId,
                                 QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_excludedProductId(excludedProductId)
    , m_search(new SearchController(this))
    , m_results(new ProductListModel(this))
    , m_ports(new OutputPortModel(this))
    , m_debounce(new QTimer(this))
{
    setWindowTitle(tr("Add Input"));
    setObjectName(u"inputPortDialog"_s);
    resize(720, 520);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Choose the upstream product and the output port this "
                                    "product reads."),
                                 this));
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(u"inputSearchEdit"_s);
    m_searchEdit->setPlaceholderText(tr("Search products by id, title, tag…"));
    m_searchEdit->setClearButtonEnabled(true);
    layout->addWidget(m_searchEdit);

    m_results->setCatalog(session->catalog());
    m_resultView = new QTableView(this);
    m_resultView->setObjectName(u"inputResultView"_s);
    m_resultView->setModel(m_results);
    m_resultView->verticalHeader()->hide();
    m_resultView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultView->setWordWrap(false);
    for (int column = 0; column < ProductListModel::ColumnCount; ++column) {
        if (column != ProductListModel::IdColumn && column != ProductListModel::TitleColumn
            && column != ProductListModel::StatusColumn) {
            m_resultView->hideColumn(column);
        }
    }
    m_resultView->verticalHeader()->setDefaultSectionSize(m_resultView->fontMetrics().height() + 8);
    m_resultView->setColumnWidth(ProductListModel::IdColumn, 280);
    m_resultView->setColumnWidth(ProductListModel::StatusColumn, 100);
    m_resultView->horizontalHeader()->setSectionResizeMode(ProductListModel::TitleColumn,
                                                           QHeaderView::Stretch);
    layout->addWidget(m_resultView, 1);

    auto *form = new QFormLayout;
    m_portCombo = new QComboBox(this);
    m_portCombo->setObjectName(u"inputPortCombo"_s);
    m_portCombo->setModel(m_ports);
    m_portCombo->setModelColumn(OutputPortModel::NameColumn);
    form->addRow(tr("&Port:"), m_portCombo);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Same debounce as the main search box: one query per pause in typing.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &InputPortDialog::runSearch);
    connect(m_searchEdit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &SearchController::resultReady, this,
            [this](const SearchRequest &, const SearchResult &result) {
                QStringList ids = result.productIds;
                ids.removeAll(m_excludedProductId);
                m_results->setProductIds(ids);
                if (!result.ok())
                    m_message->setText(result.error);
                if (m_results->rowCount() > 0 && !m_resultView->currentIndex().isValid())
                    m_resultView->setCurrentIndex(m_results->index(0, 0));
            });
    connect(m_resultView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InputPortDialog::productChosen);
    connect(m_portCombo, &QComboBox::currentIndexChanged, this, &InputPortDialog::updateOk);

    m_search->setLocation(session->location());
    runSearch();
    updateOk();
}

InputPortDialog::~InputPortDialog()
{
    // Child models are destroyed before the views that show them, and a view may still
    // signal while it loses its model: nothing may reach this half-destroyed object.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

QString InputPortDialog::productId() const
{
    return m_productId;
}

QString InputPortDialog::productTitle() const
{
    return m_productTitle;
}

QString InputPortDialog::portName() const
{
    return m_portCombo->currentText();
}

void InputPortDialog::runSearch()
{
    SearchRequest request;
    request.query.text = m_searchEdit->text().trimmed();
    request.query.limit = MaxResults;
    request.withFacets = false; // a picker has no filters to count
    m_search->search(request);
}

void InputPortDialog::productChosen()
{
    m_productId = m_results->productId(m_resultView->currentIndex().row());
    m_productTitle.clear();
    m_ports->setPorts({});
    m_message->clear();
    if (!m_productId.isEmpty() && m_session->catalog()) {
        const Result<std::optional<DataProduct>> product
            = m_session->catalog()->product(m_productId);
        if (!product) {
            m_message->setText(product.error());
        } else if (product->has_value()) {
            m_productTitle = (*product)->title;
            m_ports->setPorts((*product)->outputPorts);
            if ((*product)->outputPorts.isEmpty())
                m_message->setText(tr("%1 has no output port to read.").arg(m_productId));
        }
    }
    m_portCombo->setCurrentIndex(m_ports->rowCount() > 0 ? 0 : -1);
    updateOk();
}

void InputPortDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_productId.isEmpty() && m_portCombo->currentIndex() >= 0);
}

} // namespace Tessera::Gui
