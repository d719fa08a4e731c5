#include "views/catalogtransfer.h"

#include "interop/catalogjson.h"
#include "storage/catalog.h"
#include "storage/catalogfactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace Tessera::Gui {

namespace {

// Progress values are ints; catalogs are counted in qint64.
int clampToInt(qint64 value)
{
    return int(std::min<qint64>(value, std::numeric_limits<int>::max()));
}

ProgressCallback reportTo(QPromise<TransferOutcome> &promise)
{
    return [&promise](qint64 done, qint64 total) {
        if (total > 0) {
            promise.setProgressRange(0, clampToInt(total));
            promise.setProgressValue(clampToInt(done));
        }
        return !promise.isCanceled();
    };
}

// Both functions run on a pool thread. They capture only values and open their own catalog
// connection: the window's connection belongs to the GUI thread.
void importFile(QPromise<TransferOutcome> &promise, const QString &location, const QString &file)
{
    TransferOutcome outcome;
    outcome.kind = TransferOutcome::Kind::Import;
    outcome.file = file;
    Result<CatalogDocument> document = CatalogJson::readFile(file);
    if (!document) {
        outcome.error = document.error();
        promise.addResult(outcome);
        return;
    }
    if (promise.isCanceled())
        return;
    Result<std::unique_ptr<Catalog>> catalog = openCatalog(location);
    if (!catalog) {
        outcome.error = catalog.error();
        promise.addResult(outcome);
        return;
    }
    const Result<ImportSummary> summary
        = catalog.value()->importDocument(document.value(), reportTo(promise));
    if (promise.isCanceled())
        return; // rolled back by the catalog; the watcher reports the cancellation
    if (summary) {
        outcome.ok = true;
        outcome.imported = *summary;
    } else {
        outcome.error = summary.error();
    }
    promise.addResult(outcome);
}

void exportFile(QPromise<TransferOutcome> &promise, const QString &location, const QString &file,
                const QStringList &productIds)
{
    TransferOutcome outcome;
    outcome.kind = TransferOutcome::Kind::Export;
    outcome.file = file;
    Result<std::unique_ptr<Catalog>> catalog = openCatalog(location);
    if (!catalog) {
        outcome.error = catalog.error();
        promise.addResult(outcome);
        return;
    }
    const Result<CatalogDocument> document
        = catalog.value()->exportDocument(productIds, reportTo(promise));
    if (promise.isCanceled())
        return;
    if (!document) {
        outcome.error = document.error();
        promise.addResult(outcome);
        return;
    }
    const Result<void> written = CatalogJson::writeFile(file, *document);
    if (!written) {
        outcome.error = written.error();
    } else {
        outcome.ok = true;
        outcome.exportedProducts = document->products.size();
    }
    promise.addResult(outcome);
}

} // namespace

CatalogTransfer::CatalogTransfer(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    connect(&m_watcher, &QFutureWatcher<TransferOutcome>::finished, this,
            &CatalogTransfer::handleFinished);
}

CatalogTransfer::~CatalogTransfer()
{
    if (m_watcher.isRunning()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
}

bool CatalogTransfer::isRunning() const
{
    return m_watcher.isRunning();
}

bool CatalogTransfer::startImport(const QString &catalogLocation, const QString &file)
{
    if (isRunning())
        return false;
    start(QtConcurrent::run(importFile, catalogLocation, file), TransferOutcome::Kind::Import, file,
          tr("Importing %1…").arg(QDir::toNativeSeparators(file)));
    return true;
}

bool CatalogTransfer::startExport(const QString &catalogLocation, const QString &file,
                                  const QStringList &productIds)
{
    if (isRunning())
        return false;
    const QString label = productIds.isEmpty()
        ? tr("Exporting the catalog to %1…").arg(QDir::toNativeSeparators(file))
        : tr("Exporting %Ln product(s) to %1…", nullptr, int(productIds.size()))
              .arg(QDir::toNativeSeparators(file));
    start(QtConcurrent::run(exportFile, catalogLocation, file, productIds),
          TransferOutcome::Kind::Export, file, label);
    return true;
}

void CatalogTransfer::cancel()
{
    m_watcher.cancel();
}

void CatalogTransfer::start(const QFuture<TransferOutcome> &future, TransferOutcome::Kind kind,
                            const QString &file, const QString &label)
{
    m_kind = kind;
    m_file = file;
    if (m_window) {
        m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, m_window);
        m_progress->setObjectName(QStringLiteral("transferProgress"));
        m_progress->setWindowTitle(kind == TransferOutcome::Kind::Import ? tr("Import")
                                                                         : tr("Export"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        // Short transfers finish before the dialog would flash up.
        m_progress->setMinimumDuration(400);
        connect(m_progress, &QProgressDialog::canceled, this, &CatalogTransfer::cancel);
        connect(&m_watcher, &QFutureWatcher<TransferOutcome>::progressRangeChanged, m_progress,
                &QProgressDialog::setRange);
        connect(&m_watcher, &QFutureWatcher<TransferOutcome>::progressValueChanged, m_progress,
                &QProgressDialog::setValue);
    }
    m_watcher.setFuture(future);
}

void CatalogTransfer::handleFinished()
{
    if (m_progress) {
        m_progress->disconnect(this);
        disconnect(&m_watcher, nullptr, m_progress, nullptr);
        m_progress->close();
        m_progress->deleteLater();
    }
    const QFuture<TransferOutcome> future = m_watcher.future();
    TransferOutcome outcome;
    if (future.resultCount() > 0 && !future.isCanceled()) {
        outcome = future.result();
    } else {
        outcome.kind = m_kind;
        outcome.file = m_file;
        outcome.cancelled = true;
    }
    emit finished(outcome);
}

} // namespace Tessera::Gui
