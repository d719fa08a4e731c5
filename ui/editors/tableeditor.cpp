#include "editors/tableeditor.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

TableEditor::TableEditor(QAbstractItemModel *model, const QString &name, const QString &addText,
                         const QString &removeText, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableView(this);
    m_view->setObjectName(name + u"Table"_s);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMinimumHeight(90);
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(QIcon(u":/icons/add.svg"_s), addText, this);
    m_add->setObjectName(name + u"AddButton"_s);
    m_remove = new QPushButton(QIcon(u":/icons/remove.svg"_s), removeText, this);
    m_remove->setObjectName(name + u"RemoveButton"_s);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &TableEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &TableEditor::removeCurrentRow);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TableEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TableEditor::changed);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TableEditor::changed);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TableEditor::changed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TableEditor::updateButtons);
    updateButtons();
}

TableEditor::~TableEditor()
{
    // The model may outlive this widget, and a view may still signal while it
    // loses its model: nothing may reach this half-destroyed object.
    if (m_model)
        m_model->disconnect(this);
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

QTableView *TableEditor::view() const
{
    return m_view;
}

QAbstractItemModel *TableEditor::model() const
{
    return m_model;
}

void TableEditor::setFirstEditColumn(int column)
{
    m_firstEditColumn = column;
}

void TableEditor::addRow()
{
    const int row = m_model->rowCount();
    if (!m_model->insertRows(row, 1))
        return;
    const QModelIndex index = m_model->index(row, m_firstEditColumn);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->edit(index);
    updateButtons();
}

void TableEditor::removeCurrentRow()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    m_model->removeRows(row, 1);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(
            m_model->index(std::min(row, m_model->rowCount() - 1), m_firstEditColumn));
    updateButtons();
}

void TableEditor::updateButtons()
{
    m_remove->setEnabled(m_view->currentIndex().isValid());
}

} // namespace Tessera::Gui
