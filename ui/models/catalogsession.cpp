#include "models/catalogsession.h"

#include "storage/catalog.h"

namespace Tessera::Gui {

CatalogSession::CatalogSession(QObject *parent)
    : QObject(parent)
{
}

CatalogSession::~CatalogSession() = default;

void CatalogSession::setCatalog(std::unique_ptr<Catalog> catalog)
{
    m_catalog = std::move(catalog);
    emit catalogChanged();
}

Catalog *CatalogSession::catalog() const
{
    return m_catalog.get();
}

bool CatalogSession::isOpen() const
{
    return m_catalog != nullptr;
}

QString CatalogSession::location() const
{
    return m_catalog ? m_catalog->location() : QString();
}

void CatalogSession::notifyProductChanged(const QString &productId)
{
    emit productChanged(productId);
}

void CatalogSession::notifyDomainsChanged()
{
    emit domainsChanged();
}

void CatalogSession::notifyPoliciesChanged()
{
    emit policiesChanged();
}

void CatalogSession::reportError(const QString &message)
{
    emit errorOccurred(message);
}

} // namespace Tessera::Gui
