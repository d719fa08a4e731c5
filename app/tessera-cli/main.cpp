#include "cliapplication.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the studio, so both find the same default catalog.
    QCoreApplication::setOrganizationName(u"Tessera"_s);
    QCoreApplication::setApplicationName(u"tessera"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(TESSERA_VERSION));

    Tessera::Cli::CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
