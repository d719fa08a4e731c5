#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QVariant>
#include <QVariantMap>

namespace Tessera::Gui {

// A product's custom properties as key/value rows, in the form. Rows may hold the same or
// an empty key while the user types (the form flags them). Values are any JSON values; a
// value the user edits becomes the text typed, the others keep their type.
class CustomPropertyModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomPropertyModel)

public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };

    explicit CustomPropertyModel(QObject *parent = nullptr);
    ~CustomPropertyModel() override;

    void setProperties(const QVariantMap &properties);
    // With two rows of the same key, the later one wins.
    QVariantMap properties() const;
    QStringList keys() const;

    // A value as one line of text: strings and numbers as they are, lists and maps as JSON.
    static QString displayText(const QVariant &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    struct Entry
    {
        QString key;
        QVariant value;
    };
    QList<Entry> m_entries;
};

} // namespace Tessera::Gui
