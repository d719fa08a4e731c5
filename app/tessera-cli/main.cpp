#include "cliapplication.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The studio's names: defaultCatalogPath() derives from them, and the CLI must find the
    // catalog the studio shows.
    QCoreApplication::setOrganizationName(u"Tessera"_s);
    QCoreApplication::setOrganizationDomain(u"tessera.example"_s);
    QCoreApplication::setApplicationName(u"Tessera Studio"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(TESSERA_VERSION));

    Tessera::Cli::CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
