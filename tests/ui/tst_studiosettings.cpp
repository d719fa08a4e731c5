#include "settings/studiosettings.h"
#include "uitestsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_StudioSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaults();
    void roundTrip();
    void recentCatalogs();
};

void tst_StudioSettings::initTestCase()
{
    TestSupport::enterTestMode();
    QCoreApplication::setOrganizationName(u"Tessera"_s);
    QCoreApplication::setApplicationName(u"tst_studiosettings"_s);
}

void tst_StudioSettings::init()
{
    TestSupport::failOnUnexpectedWarnings();
    QSettings().clear();
}

void tst_StudioSettings::defaults()
{
    const StudioSettings settings;
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.windowState().isEmpty());
    QVERIFY(settings.mainSplitterState().isEmpty());
    QVERIFY(settings.lastCatalog().isEmpty());
    QVERIFY(settings.recentCatalogs().isEmpty());
    // Test mode keeps the file away from the user's configuration.
    QVERIFY(QSettings().fileName().contains(u"qttest"_s));
}

void tst_StudioSettings::roundTrip()
{
    {
        StudioSettings settings;
        settings.setWindowGeometry("geometry");
        settings.setWindowState("state");
        settings.setMainSplitterState("main");
        settings.setContentSplitterState("content");
        settings.setNavigationSplitterState("navigation");
        settings.setLastCatalog(u"/tmp/a/../b.tessera"_s);
        settings.sync();
    }
    const StudioSettings settings;
    QCOMPARE(settings.windowGeometry(), "geometry");
    QCOMPARE(settings.windowState(), "state");
    QCOMPARE(settings.mainSplitterState(), "main");
    QCOMPARE(settings.contentSplitterState(), "content");
    QCOMPARE(settings.navigationSplitterState(), "navigation");
    QCOMPARE(settings.lastCatalog(), u"/tmp/b.tessera"_s);
}

void tst_StudioSettings::recentCatalogs()
{
    StudioSettings settings;
    for (int i = 1; i <= 10; ++i)
        settings.addRecentCatalog(u"/data/catalog%1.tessera"_s.arg(i));
    QStringList recent = settings.recentCatalogs();
    QCOMPARE(recent.size(), StudioSettings::MaxRecentCatalogs);
    QCOMPARE(recent.constFirst(), u"/data/catalog10.tessera"_s);
    QCOMPARE(recent.constLast(), u"/data/catalog3.tessera"_s);

    // Opening one again moves it to the front instead of listing it twice.
    settings.addRecentCatalog(u"/data/./catalog5.tessera"_s);
    recent = settings.recentCatalogs();
    QCOMPARE(recent.size(), StudioSettings::MaxRecentCatalogs);
    QCOMPARE(recent.constFirst(), u"/data/catalog5.tessera"_s);
    QCOMPARE(recent.count(u"/data/catalog5.tessera"_s), 1);

    settings.removeRecentCatalog(u"/data/catalog5.tessera"_s);
    QVERIFY(!settings.recentCatalogs().contains(u"/data/catalog5.tessera"_s));
    settings.addRecentCatalog(QString());
    QCOMPARE(settings.recentCatalogs().size(), StudioSettings::MaxRecentCatalogs - 1);
    settings.clearRecentCatalogs();
    QVERIFY(settings.recentCatalogs().isEmpty());
}

QTEST_MAIN(tst_StudioSettings)
#include "tst_studiosettings.moc"
