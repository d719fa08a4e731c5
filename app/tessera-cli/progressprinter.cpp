#include "progressprinter.h"

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Cli {

namespace {

volatile std::sig_atomic_t interrupted = 0;

extern "C" void onInterrupt(int)
{
    interrupted = 1;
}

} // namespace

ProgressPrinter::ProgressPrinter(const QString &label)
    : m_label(label)
    , m_visible(isTerminal())
{
    interrupted = 0;
    std::signal(SIGINT, onInterrupt);
    m_sinceLastDraw.start();
}

ProgressPrinter::~ProgressPrinter()
{
    finish();
    std::signal(SIGINT, SIG_DFL);
}

bool ProgressPrinter::isTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDERR_FILENO) == 1;
#else
    return false;
#endif
}

ProgressCallback ProgressPrinter::callback()
{
    return [this](qint64 done, qint64 total) { return report(done, total); };
}

bool ProgressPrinter::wasInterrupted() const
{
    return interrupted != 0;
}

bool ProgressPrinter::report(qint64 done, qint64 total)
{
    if (interrupted)
        return false;
    // Redrawing costs a write per call; ten times a second is smooth enough.
    if (!m_visible || (m_shown && done < total && m_sinceLastDraw.elapsed() < 100))
        return true;
    m_sinceLastDraw.restart();
    const QString line = total > 0
        ? tr("%1… %2% (%3 of %4)").arg(m_label).arg(done * 100 / total).arg(done).arg(total)
        : tr("%1… %2").arg(m_label).arg(done);
    // \r and "erase to end of line" redraw in place.
    const QString text = u"\r\x1b[K"_s + line;
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    m_shown = true;
    return true;
}

void ProgressPrinter::finish()
{
    if (m_shown) {
        std::fputs("\r\x1b[K", stderr);
        std::fflush(stderr);
        m_shown = false;
    }
}

} // namespace Tessera::Cli
