#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace Tessera::Gui {

// The studio's persistent preferences: one typed facade over QSettings so that every key
// and its default live in studiosettings.cpp and nowhere else.
class StudioSettings final
{
public:
    static constexpr int MaxRecentCatalogs = 8;

    StudioSettings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // QSplitter::saveState() of the main (navigation | content) splitter.
    QByteArray mainSplitterState() const;
    void setMainSplitterState(const QByteArray &state);
    // QSplitter::saveState() of the content (product list / product page) splitter.
    QByteArray contentSplitterState() const;
    void setContentSplitterState(const QByteArray &state);
    // QSplitter::saveState() of the navigation (domains / facets) splitter.
    QByteArray navigationSplitterState() const;
    void setNavigationSplitterState(const QByteArray &state);

    // The conformance view: QSplitter::saveState() of its (matrix | domains) and
    // (results / explanation) splitters, and its severity and outcome filters as canonical
    // names ("error", "fail"; empty: all).
    QByteArray conformanceSplitterState() const;
    void setConformanceSplitterState(const QByteArray &state);
    QByteArray conformanceDetailSplitterState() const;
    void setConformanceDetailSplitterState(const QByteArray &state);
    QString conformanceSeverityFilter() const;
    void setConformanceSeverityFilter(const QString &severity);
    QString conformanceOutcomeFilter() const;
    void setConformanceOutcomeFilter(const QString &outcome);

    // The catalog open when the studio last quit; empty before the first run.
    QString lastCatalog() const;
    void setLastCatalog(const QString &path);

    // Most recent first, at most MaxRecentCatalogs, without duplicates.
    QStringList recentCatalogs() const;
    void addRecentCatalog(const QString &path);
    void removeRecentCatalog(const QString &path);
    void clearRecentCatalogs();

    void sync();

private:
    QSettings m_settings;
};

} // namespace Tessera::Gui
