#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace Tessera {
class Catalog;
}

namespace Tessera::Gui {

// The catalog a window shows, plus the notifications its views need when it changes.
// Owns the GUI thread's connection; background jobs open their own (one SQLite connection
// per thread). Undo commands report through this object, never to the user directly,
// so that the window decides how to show what happened.
class CatalogSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogSession)

public:
    explicit CatalogSession(QObject *parent = nullptr);
    ~CatalogSession() override;

    // Takes ownership; the previous catalog is closed. Emits catalogChanged().
    void setCatalog(std::unique_ptr<Catalog> catalog);
    // Null while no catalog is open.
    Catalog *catalog() const;
    bool isOpen() const;
    QString location() const;

    // Called by whoever changed the catalog so that every view refreshes once.
    void notifyProductChanged(const QString &productId);
    void notifyDomainsChanged();
    void notifyPoliciesChanged();
    void reportError(const QString &message);

signals:
    void catalogChanged();
    // A product was saved, deleted or restored.
    void productChanged(const QString &productId);
    // A domain was saved or deleted.
    void domainsChanged();
    // A policy was saved, deleted, activated or deactivated.
    void policiesChanged();
    void errorOccurred(const QString &message);

private:
    std::unique_ptr<Catalog> m_catalog;
};

} // namespace Tessera::Gui
