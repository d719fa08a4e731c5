#pragma once

#include "governance/policytestrunner.h"

#include <QAbstractTableModel>
#include <QList>

namespace Tessera::Gui {

// The results of a policy's own tests: each example product with the expected and the
// actual outcome; a mismatch carries the text that explains the actual one.
class PolicyTestResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyTestResultModel)

public:
    enum Column { ResultColumn, NameColumn, ExpectedColumn, ActualColumn, ColumnCount };
    enum Role { PassedRole = Qt::UserRole + 1, DetailRole };

    explicit PolicyTestResultModel(QObject *parent = nullptr);
    ~PolicyTestResultModel() override;

    void setResults(const QList<Tessera::PolicyTestResult> &results);
    const QList<Tessera::PolicyTestResult> &results() const { return m_results; }
    int failedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Tessera::PolicyTestResult> m_results;
};

} // namespace Tessera::Gui
