#pragma once

#include "authoring/celcompletionitem.h"

#include <QAbstractListModel>
#include <QList>

namespace Tessera::Gui {

// The suggestions of the policy editor's completion popup: name, with the type or signature
// and the description as tool tip.
class CelCompletionModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CelCompletionModel)

public:
    enum Role { InsertTextRole = Qt::UserRole + 1, DetailRole, KindRole };

    explicit CelCompletionModel(QObject *parent = nullptr);
    ~CelCompletionModel() override;

    void setItems(const QList<Tessera::CelCompletionItem> &items);
    const QList<Tessera::CelCompletionItem> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Tessera::CelCompletionItem> m_items;
};

} // namespace Tessera::Gui
