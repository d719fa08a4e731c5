// The studio's main(): parses the command line, loads translations and opens the window.
// Everything else lives in tessera_ui.

#include "views/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDebug>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

// What to open, from `--catalog FILE`, `--open ID` or one argument that is either a
// tessera://product/ID URL or a catalog file.
struct Request
{
    QString catalog;
    QString productId;
    QString error;
};

Request parseArguments(QCommandLineParser &parser, const QApplication &app)
{
    parser.setApplicationDescription(QApplication::translate(
        "main", "Tessera Studio: a data catalog and governance studio for a data mesh."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption catalogOption(
        {u"c"_s, u"catalog"_s},
        QApplication::translate("main", "Open the catalog FILE instead of the last one."),
        QApplication::translate("main", "FILE"));
    const QCommandLineOption openOption(
        {u"o"_s, u"open"_s},
        QApplication::translate("main", "Show the product with the id ID, e.g. orders.orders."),
        QApplication::translate("main", "ID"));
    parser.addOption(catalogOption);
    parser.addOption(openOption);
    parser.addPositionalArgument(
        u"target"_s,
        QApplication::translate("main", "A product URL (tessera://product/ID) or a catalog file."),
        u"[target]"_s);
    parser.process(app);

    Request request;
    request.catalog = parser.value(catalogOption);
    request.productId = parser.value(openOption);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        request.error = QApplication::translate("main", "Expected at most one target, got %1.")
                            .arg(positional.size());
        return request;
    }
    if (!positional.isEmpty()) {
        const QString &target = positional.constFirst();
        const QUrl url(target);
        if (url.scheme() == "tessera"_L1) {
            if (url.host() != "product"_L1 || url.path().size() < 2) {
                request.error = QApplication::translate("main",
                                                        "\"%1\" is not a product URL such as "
                                                        "tessera://product/orders.orders.")
                                    .arg(target);
                return request;
            }
            request.productId = url.path().mid(1);
        } else if (request.catalog.isEmpty()) {
            request.catalog = target;
        }
    }
    return request;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Tessera Studio"_s);
    QApplication::setOrganizationName(u"Tessera"_s);
    QApplication::setOrganizationDomain(u"tessera.example"_s);
    QApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/tessera.svg"_s));

    // Qt's own strings first, then ours; both follow the system locale.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    // Without a catalogue for the user's language, English with its plural forms.
    QTranslator translator;
    if (translator.load(QLocale(), u"tessera"_s, u"_"_s, u":/i18n"_s)
        || translator.load(u"tessera_en"_s, u":/i18n"_s)) {
        QApplication::installTranslator(&translator);
    }

    QCommandLineParser parser;
    const Request request = parseArguments(parser, app);
    if (!request.error.isEmpty()) {
        qCritical().noquote() << request.error;
        return 2;
    }

    Tessera::Gui::MainWindow window;
    window.show();
    if (window.openStartupCatalog(request.catalog) && !request.productId.isEmpty())
        window.showProduct(request.productId);
    return app.exec();
}
