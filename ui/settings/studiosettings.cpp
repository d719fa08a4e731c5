#include "settings/studiosettings.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

namespace {

// Every key of the studio's settings. Defaults are the empty value of each type, which
// callers treat as "nothing remembered yet".
namespace Key {
const auto windowGeometry = "window/geometry"_L1;
const auto windowState = "window/state"_L1;
const auto mainSplitter = "window/mainSplitter"_L1;
const auto contentSplitter = "window/contentSplitter"_L1;
const auto navigationSplitter = "window/navigationSplitter"_L1;
const auto conformanceSplitter = "conformance/splitter"_L1;
const auto conformanceDetailSplitter = "conformance/detailSplitter"_L1;
const auto conformanceSeverity = "conformance/severity"_L1;
const auto conformanceOutcome = "conformance/outcome"_L1;
const auto lastCatalog = "catalog/last"_L1;
const auto recentCatalogs = "catalog/recent"_L1;
} // namespace Key

QString normalized(const QString &path)
{
    // Compare recent entries by their absolute clean path so that "./a.db" and "a.db"
    // do not appear twice.
    return path.isEmpty() ? QString() : QDir::cleanPath(QDir(path).absolutePath());
}

} // namespace

StudioSettings::StudioSettings() = default;

QByteArray StudioSettings::windowGeometry() const
{
    return m_settings.value(Key::windowGeometry).toByteArray();
}

void StudioSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(Key::windowGeometry, geometry);
}

QByteArray StudioSettings::windowState() const
{
    return m_settings.value(Key::windowState).toByteArray();
}

void StudioSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(Key::windowState, state);
}

QByteArray StudioSettings::mainSplitterState() const
{
    return m_settings.value(Key::mainSplitter).toByteArray();
}

void StudioSettings::setMainSplitterState(const QByteArray &state)
{
    m_settings.setValue(Key::mainSplitter, state);
}

QByteArray StudioSettings::contentSplitterState() const
{
    return m_settings.value(Key::contentSplitter).toByteArray();
}

void StudioSettings::setContentSplitterState(const QByteArray &state)
{
    m_settings.setValue(Key::contentSplitter, state);
}

QByteArray StudioSettings::navigationSplitterState() const
{
    return m_settings.value(Key::navigationSplitter).toByteArray();
}

void StudioSettings::setNavigationSplitterState(const QByteArray &state)
{
    m_settings.setValue(Key::navigationSplitter, state);
}

QByteArray StudioSettings::conformanceSplitterState() const
{
    return m_settings.value(Key::conformanceSplitter).toByteArray();
}

void StudioSettings::setConformanceSplitterState(const QByteArray &state)
{
    m_settings.setValue(Key::conformanceSplitter, state);
}

QByteArray StudioSettings::conformanceDetailSplitterState() const
{
    return m_settings.value(Key::conformanceDetailSplitter).toByteArray();
}

void StudioSettings::setConformanceDetailSplitterState(const QByteArray &state)
{
    m_settings.setValue(Key::conformanceDetailSplitter, state);
}

QString StudioSettings::conformanceSeverityFilter() const
{
    return m_settings.value(Key::conformanceSeverity).toString();
}

void StudioSettings::setConformanceSeverityFilter(const QString &severity)
{
    m_settings.setValue(Key::conformanceSeverity, severity);
}

QString StudioSettings::conformanceOutcomeFilter() const
{
    return m_settings.value(Key::conformanceOutcome).toString();
}

void StudioSettings::setConformanceOutcomeFilter(const QString &outcome)
{
    m_settings.setValue(Key::conformanceOutcome, outcome);
}

QString StudioSettings::lastCatalog() const
{
    return m_settings.value(Key::lastCatalog).toString();
}

void StudioSettings::setLastCatalog(const QString &path)
{
    m_settings.setValue(Key::lastCatalog, normalized(path));
}

QStringList StudioSettings::recentCatalogs() const
{
    QStringList recent = m_settings.value(Key::recentCatalogs).toStringList();
    recent.removeAll(QString());
    if (recent.size() > MaxRecentCatalogs)
        recent.resize(MaxRecentCatalogs);
    return recent;
}

void StudioSettings::addRecentCatalog(const QString &path)
{
    const QString entry = normalized(path);
    if (entry.isEmpty())
        return;
    QStringList recent = recentCatalogs();
    recent.removeAll(entry);
    recent.prepend(entry);
    if (recent.size() > MaxRecentCatalogs)
        recent.resize(MaxRecentCatalogs);
    m_settings.setValue(Key::recentCatalogs, recent);
}

void StudioSettings::removeRecentCatalog(const QString &path)
{
    QStringList recent = recentCatalogs();
    recent.removeAll(normalized(path));
    m_settings.setValue(Key::recentCatalogs, recent);
}

void StudioSettings::clearRecentCatalogs()
{
    m_settings.remove(Key::recentCatalogs);
}

void StudioSettings::sync()
{
    m_settings.sync();
}

} // namespace Tessera::Gui
