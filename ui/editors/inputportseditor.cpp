#include "editors/inputportseditor.h"

#include "dialogs/inputportdialog.h"
#include "models/catalogsession.h"
#include "models/dependencymodel.h"
#include "storage/catalog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

InputPortsEditor::InputPortsEditor(CatalogSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new DependencyModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableView(this);
    m_view->setObjectName(u"inputTable"_s);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(DependencyModel::ProductColumn, 280);
    m_view->setColumnWidth(DependencyModel::TitleColumn, 220);
    layout->addWidget(m_view);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(QIcon(u":/icons/add.svg"_s), tr("Add input…"), this);
    m_add->setObjectName(u"addInputButton"_s);
    m_remove = new QPushButton(QIcon(u":/icons/remove.svg"_s), tr("Remove input"), this);
    m_remove->setObjectName(u"removeInputButton"_s);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &InputPortsEditor::addInput);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_view->currentIndex().row();
        if (row < 0)
            return;
        m_model->removeEntry(row);
        updateButtons();
        emit changed();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InputPortsEditor::updateButtons);
    updateButtons();
}

InputPortsEditor::~InputPortsEditor()
{
    // Child models are destroyed before the views that show them, and a view may still
    // signal while it loses its model: nothing may reach this half-destroyed object.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

void InputPortsEditor::setInputPorts(const QList<InputPort> &inputs)
{
    QStringList ids;
    for (const InputPort &input : inputs)
        ids.append(input.productId);
    QHash<QString, QString> titles;
    if (Catalog *catalog = m_session->catalog()) {
        if (const Result<QList<ProductSummary>> summaries = catalog->summaries(ids)) {
            for (const ProductSummary &summary : *summaries)
                titles.insert(summary.id, summary.title);
        }
    }
    QList<DependencyModel::Entry> entries;
    for (const InputPort &input : inputs) {
        entries.append({input.productId, input.portName, titles.value(input.productId),
                        !titles.contains(input.productId)});
    }
    m_model->setEntries(entries);
    if (!entries.isEmpty())
        m_view->resizeColumnsToContents();
    updateButtons();
}

QList<InputPort> InputPortsEditor::inputPorts() const
{
    QList<InputPort> inputs;
    for (const DependencyModel::Entry &entry : m_model->entries())
        inputs.append({entry.productId, entry.portName});
    return inputs;
}

void InputPortsEditor::setOwnProductId(const QString &productId)
{
    m_ownProductId = productId;
}

DependencyModel *InputPortsEditor::model() const
{
    return m_model;
}

void InputPortsEditor::addInput()
{
    auto *dialog = new InputPortDialog(m_session, m_ownProductId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int row = m_model->addEntry(
            {dialog->productId(), dialog->portName(), dialog->productTitle(), false});
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->resizeColumnsToContents();
        updateButtons();
        emit changed();
    });
    dialog->open();
}

void InputPortsEditor::updateButtons()
{
    m_remove->setEnabled(m_view->currentIndex().isValid());
}

} // namespace Tessera::Gui
