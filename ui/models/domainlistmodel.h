#pragma once

#include "model/domain.h"

#include <QAbstractListModel>
#include <QList>

namespace Tessera::Gui {

// The domains as a flat list in tree order, names indented by depth: the model of the
// domain combo boxes in the forms. Optionally starts with a "none" row (id "").
class DomainListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainListModel)

public:
    enum Role { DomainIdRole = Qt::UserRole + 1, DepthRole };

    explicit DomainListModel(QObject *parent = nullptr);
    ~DomainListModel() override;

    // `noneText` non-empty adds a first row with an empty id (e.g. "(top level)").
    // Domains in `excluded` and their subdomains are left out (a domain cannot be
    // moved below itself).
    void setDomains(const QList<Domain> &domains, const QString &noneText = {},
                    const QString &excluded = {});

    int rowOf(const QString &domainId) const;
    QString domainId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id;
        QString name;
        int depth = 0;
    };
    QList<Row> m_rows;
};

} // namespace Tessera::Gui
