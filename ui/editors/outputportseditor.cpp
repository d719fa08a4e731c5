#include "editors/outputportseditor.h"

#include "editors/comboboxdelegate.h"
#include "models/outputportmodel.h"
#include "models/schemafieldmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

namespace {

QTableView *makeTable(QWidget *parent, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QPushButton *makeButton(QWidget *parent, const QString &icon, const QString &text,
                        const QString &objectName)
{
    auto *button = new QPushButton(QIcon(icon), text, parent);
    button->setObjectName(objectName);
    return button;
}

} // namespace

OutputPortsEditor::OutputPortsEditor(QWidget *parent)
    : QWidget(parent)
    , m_ports(new OutputPortModel(this))
    , m_fields(new SchemaFieldModel(this))
{
    m_ports->setEditable(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_portView = makeTable(this, u"portTable"_s);
    m_portView->setModel(m_ports);
    m_portView->hideColumn(OutputPortModel::FieldsColumn);
    QStringList typeLabels;
    for (const QString &name : portTypeNames())
        typeLabels.append(displayName(*portTypeFromString(name)));
    m_portView->setItemDelegateForColumn(OutputPortModel::TypeColumn,
                                         new ComboBoxDelegate(portTypeNames(), typeLabels, this));
    m_portView->setMinimumHeight(90);
    layout->addWidget(m_portView, 2);

    auto *portButtons = new QHBoxLayout;
    m_addPort = makeButton(this, u":/icons/add.svg"_s, tr("Add port"), u"addPortButton"_s);
    m_removePort
        = makeButton(this, u":/icons/remove.svg"_s, tr("Remove port"), u"removePortButton"_s);
    portButtons->addWidget(m_addPort);
    portButtons->addWidget(m_removePort);
    portButtons->addStretch(1);
    layout->addLayout(portButtons);

    auto *fieldsLabel
        = new QLabel(tr("Fields of the selected port (check PII for personal data):"), this);
    layout->addWidget(fieldsLabel);
    m_fieldView = makeTable(this, u"fieldTable"_s);
    m_fieldView->setModel(m_fields);
    m_fieldView->setMinimumHeight(120);
    layout->addWidget(m_fieldView, 3);

    auto *fieldButtons = new QHBoxLayout;
    m_addField = makeButton(this, u":/icons/add.svg"_s, tr("Add field"), u"addFieldButton"_s);
    m_removeField
        = makeButton(this, u":/icons/remove.svg"_s, tr("Remove field"), u"removeFieldButton"_s);
    m_fieldUp = makeButton(this, u":/icons/up.svg"_s, tr("Move up"), u"fieldUpButton"_s);
    m_fieldDown = makeButton(this, u":/icons/down.svg"_s, tr("Move down"), u"fieldDownButton"_s);
    for (QPushButton *button : {m_addField, m_removeField, m_fieldUp, m_fieldDown})
        fieldButtons->addWidget(button);
    fieldButtons->addStretch(1);
    layout->addLayout(fieldButtons);

    connect(m_portView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showFieldsOf(current.isValid() ? current.row() : -1);
            });
    connect(m_fieldView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OutputPortsEditor::updateButtons);
    connect(m_ports, &QAbstractItemModel::dataChanged, this, &OutputPortsEditor::changed);
    connect(m_fields, &SchemaFieldModel::fieldsEdited, this, [this] {
        // The field table edits a copy of one port's fields; write it back to the port.
        m_ports->setFields(m_currentPort, m_fields->fields());
        updateButtons();
        emit changed();
    });

    connect(m_addPort, &QPushButton::clicked, this, [this] {
        const int row = m_ports->addPort();
        selectPort(row);
        m_portView->edit(m_ports->index(row, OutputPortModel::NameColumn));
        emit changed();
    });
    connect(m_removePort, &QPushButton::clicked, this, [this] {
        const int row = m_portView->currentIndex().row();
        if (row < 0)
            return;
        m_ports->removePort(row);
        selectPort(std::min(row, m_ports->rowCount() - 1));
        emit changed();
    });
    connect(m_addField, &QPushButton::clicked, this, [this] {
        if (m_currentPort < 0)
            return;
        const int row = m_fields->addField();
        m_fieldView->setCurrentIndex(m_fields->index(row, SchemaFieldModel::NameColumn));
        m_fieldView->edit(m_fields->index(row, SchemaFieldModel::NameColumn));
    });
    connect(m_removeField, &QPushButton::clicked, this, [this] {
        const int row = m_fieldView->currentIndex().row();
        if (row < 0)
            return;
        m_fields->removeField(row);
        if (m_fields->rowCount() > 0)
            m_fieldView->setCurrentIndex(
                m_fields->index(std::min(row, m_fields->rowCount() - 1), 0));
    });
    auto move = [this](int delta) {
        const int row = m_fieldView->currentIndex().row();
        const int target = row + delta;
        if (row < 0 || target < 0 || target >= m_fields->rowCount())
            return;
        m_fields->moveField(row, target);
        m_fieldView->setCurrentIndex(m_fields->index(target, 0));
    };
    connect(m_fieldUp, &QPushButton::clicked, this, [move] { move(-1); });
    connect(m_fieldDown, &QPushButton::clicked, this, [move] { move(1); });
    updateButtons();
}

OutputPortsEditor::~OutputPortsEditor()
{
    // Child models are destroyed before the views that show them, and a view may still
    // signal while it loses its model: nothing may reach this half-destroyed object.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

void OutputPortsEditor::setPorts(const QList<OutputPort> &ports)
{
    m_ports->setPorts(ports);
    m_portView->resizeColumnsToContents();
    selectPort(ports.isEmpty() ? -1 : 0);
}

QList<OutputPort> OutputPortsEditor::ports() const
{
    return m_ports->ports();
}

OutputPortModel *OutputPortsEditor::portModel() const
{
    return m_ports;
}

SchemaFieldModel *OutputPortsEditor::fieldModel() const
{
    return m_fields;
}

void OutputPortsEditor::selectPort(int row)
{
    if (row >= 0 && row < m_ports->rowCount())
        m_portView->setCurrentIndex(m_ports->index(row, OutputPortModel::NameColumn));
    else
        showFieldsOf(-1);
}

void OutputPortsEditor::showFieldsOf(int row)
{
    m_currentPort = row;
    m_fields->setFields(m_ports->port(row).fields);
    m_fieldView->resizeColumnsToContents();
    updateButtons();
}

void OutputPortsEditor::updateButtons()
{
    const bool hasPort = m_currentPort >= 0;
    const int fieldRow = m_fieldView->currentIndex().row();
    m_removePort->setEnabled(hasPort);
    m_fieldView->setEnabled(hasPort);
    m_addField->setEnabled(hasPort);
    m_removeField->setEnabled(hasPort && fieldRow >= 0);
    m_fieldUp->setEnabled(hasPort && fieldRow > 0);
    m_fieldDown->setEnabled(hasPort && fieldRow >= 0 && fieldRow < m_fields->rowCount() - 1);
}

} // namespace Tessera::Gui
