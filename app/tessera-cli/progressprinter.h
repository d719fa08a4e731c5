#pragma once

#include "util/progress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

namespace Tessera::Cli {

// A one-line progress display on stderr for long commands, shown only when stderr is a
// terminal so that logs and pipes stay clean. While it exists, Ctrl+C asks the work to stop
// (the callback returns false), so an import rolls back instead of dying half way.
class ProgressPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Cli::ProgressPrinter)

public:
    // `label` is what is being done, e.g. "Importing".
    explicit ProgressPrinter(const QString &label);
    ~ProgressPrinter();
    Q_DISABLE_COPY_MOVE(ProgressPrinter)

    ProgressCallback callback();
    // Clears the line; the next output starts on a clean line.
    void finish();
    // Whether the user pressed Ctrl+C.
    bool wasInterrupted() const;

    static bool isTerminal();

private:
    bool report(qint64 done, qint64 total);

    QString m_label;
    bool m_visible = false;
    bool m_shown = false;
    QElapsedTimer m_sinceLastDraw;
};

} // namespace Tessera::Cli
