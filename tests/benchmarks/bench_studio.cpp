// The studio at scale: opens a large catalog (made by bench_catalog) in the main window,
// offscreen, and reports the time until the first page of the product list is shown, and
// the process's resident memory (VmRSS, VmHWM) after opening and after a search.
// Not a ctest test: run through tests/benchmarks/run.sh.

#include "views/mainwindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

// A line of /proc/self/status in MiB, or -1 where there is none.
double statusMebibytes(const QString &key)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const auto match
        = QRegularExpression(u"^%1:\\s*(\\d+) kB"_s.arg(key), QRegularExpression::MultilineOption)
              .match(QString::fromLatin1(file.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : -1;
}

// Processes events until `done` holds or `timeoutMs` passes; returns whether it held.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

QString status(double value, double target)
{
    return value < 0 ? u"n/a"_s : value <= target ? u"met"_s : u"**MISSED**"_s;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Tessera"_s);
    QCoreApplication::setApplicationName(u"bench_studio"_s);
    // Keep the user's studio settings (recent files, last catalog) out of it.
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Tessera studio scale benchmark."_s);
    parser.addHelpOption();
    const QCommandLineOption catalogOption(u"catalog"_s, u"Catalog file to open."_s, u"file"_s);
    const QCommandLineOption queryOption(u"query"_s, u"Text to type after opening."_s, u"text"_s,
                                         u"customer"_s);
    parser.addOptions({catalogOption, queryOption});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString path = parser.value(catalogOption);
    if (path.isEmpty() || !QFile::exists(path)) {
        err << "bench_studio: --catalog must name an existing catalog" << Qt::endl;
        return 2;
    }

    const double rssBefore = statusMebibytes(u"VmRSS"_s);
    Tessera::Gui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    auto *table = window.findChild<QTableView *>(u"productTable"_s);
    auto *search = window.findChild<QLineEdit *>(u"searchEdit"_s);
    if (!table || !search) {
        err << "bench_studio: the main window has no productTable or searchEdit" << Qt::endl;
        return 1;
    }

    // First page shown: the list has rows, the first row has its text, and it was painted.
    QElapsedTimer timer;
    timer.start();
    if (!window.openCatalogFile(path)) {
        err << "bench_studio: cannot open " << path << Qt::endl;
        return 1;
    }
    const bool shown = waitFor(
        [table] {
            QAbstractItemModel *model = table->model();
            return model && model->rowCount() > 0
                && !model->index(0, 0).data().toString().isEmpty();
        },
        60'000);
    table->viewport()->grab(); // forces the paint of the visible rows
    const double firstPageMs = double(timer.nsecsElapsed()) / 1e6;
    const int rows = table->model() ? table->model()->rowCount() : 0;
    const double rssOpen = statusMebibytes(u"VmRSS"_s);

    // Type a query character by character, as a user would, and wait for the list to change.
    const QString query = parser.value(queryOption);
    timer.restart();
    for (const QChar c : query) {
        search->insert(QString(c));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    const bool searched = waitFor(
        [table, rows] { return table->model() && table->model()->rowCount() != rows; }, 60'000);
    table->viewport()->grab();
    const double searchMs = double(timer.nsecsElapsed()) / 1e6;
    const int matches = table->model() ? table->model()->rowCount() : 0;
    const double rssSearch = statusMebibytes(u"VmRSS"_s);
    const double hwm = statusMebibytes(u"VmHWM"_s);

    out << "## Studio (" << rows << " products listed, offscreen)\n\n"
        << "| Measure | Result | Target | Status |\n|---|---:|---:|---|\n"
        << "| Open + first page shown (MainWindow::openCatalogFile → first row painted) | "
        << (shown ? QString::number(firstPageMs, 'f', 0) + u" ms"_s : u"timed out"_s)
        << " | ≤ 1000 ms | " << status(shown ? firstPageMs : 1e9, 1000) << " |\n"
        << "| Typing \"" << query << "\" → list updated (" << matches << " rows) | "
        << (searched ? QString::number(searchMs, 'f', 0) + u" ms"_s : u"timed out"_s)
        << " | – | |\n"
        << "| VmRSS before the window | " << QString::number(rssBefore, 'f', 0) << " MiB | – | |\n"
        << "| VmRSS after opening | " << QString::number(rssOpen, 'f', 0) << " MiB | ≤ 400 MB | "
        << status(rssOpen * 1.048576, 400) << " |\n"
        << "| VmRSS after the search | " << QString::number(rssSearch, 'f', 0)
        << " MiB | ≤ 400 MB | " << status(rssSearch * 1.048576, 400) << " |\n"
        << "| VmHWM (peak) | " << QString::number(hwm, 'f', 0) << " MiB | ≤ 400 MB | "
        << status(hwm * 1.048576, 400) << " |\n";
    out.flush();
    window.close();
    return shown ? 0 : 1;
}
