#pragma once

#include "views/transferoutcome.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QProgressDialog;
class QWidget;

namespace Tessera::Gui {

// Imports a JSON file into a catalog, or exports a catalog (or some of its products) to a
// JSON file, on a worker thread with its own catalog connection, while a cancellable
// progress dialog keeps the window responsive. One transfer at a time.
class CatalogTransfer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogTransfer)

public:
    // The progress dialog is window-modal on `window`.
    explicit CatalogTransfer(QWidget *window);
    // Cancels a running transfer and waits for it (the catalog rolls it back).
    ~CatalogTransfer() override;

    bool isRunning() const;
    bool startImport(const QString &catalogLocation, const QString &file);
    // All products when `productIds` is empty.
    bool startExport(const QString &catalogLocation, const QString &file,
                     const QStringList &productIds = {});
    void cancel();

signals:
    void finished(const Tessera::Gui::TransferOutcome &outcome);

private:
    void start(const QFuture<TransferOutcome> &future, TransferOutcome::Kind kind,
               const QString &file, const QString &label);
    void handleFinished();

    QPointer<QWidget> m_window;
    QFutureWatcher<TransferOutcome> m_watcher;
    QPointer<QProgressDialog> m_progress;
    TransferOutcome::Kind m_kind = TransferOutcome::Kind::Import;
    QString m_file;
};

} // namespace Tessera::Gui
