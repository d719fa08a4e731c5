#pragma once

#include "model/dataproduct.h"
#include "util/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace Tessera {
class Catalog;
struct ImportSummary;
} // namespace Tessera

namespace Tessera::Cli {

// tessera-cli: parses the command line, runs one subcommand over the core services and
// maps the outcome to an exit status. Data goes to stdout, messages and progress to stderr.
class CliApplication final
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Cli::CliApplication)

public:
    // Conventional statuses, as grep uses them.
    enum ExitCode {
        Success = 0,
        NothingFound = 1, // a search without hits, an unknown product
        UsageError = 2, // bad arguments, unreadable or invalid input, storage errors
        Interrupted = 130 // Ctrl+C: the command rolled back
    };

    CliApplication();
    ~CliApplication();
    Q_DISABLE_COPY_MOVE(CliApplication)

    // `arguments` as QCoreApplication::arguments() gives them, program name first.
    int run(const QStringList &arguments);

private:
    struct Command
    {
        QString name;
        QString summary;
        QString positionalName; // empty when the command takes no positional argument
        QString positionalHelp;
        QString positionalSyntax; // e.g. "FILE", "[QUERY...]"
        bool positionalRequired = false;
        bool printsData = false; // takes --format
        QList<QCommandLineOption> options;
        int (CliApplication::*handler)() = nullptr;
        // An argument that begins with a single "-" but names none of the command's options
        // is a positional one (a CEL expression such as "-1 + 2"), not an unknown option.
        bool dashedPositionals = false;
    };

    QList<Command> commands() const;
    // `arguments` with those that name none of `options` after a "--", but for unknown long
    // options.
    static QStringList positionalsLast(const QStringList &arguments, const QList<QCommandLineOption> &options);
    QString generalHelp() const;
    QString commandHelp(const Command &command, const QCommandLineParser &parser) const;

    int runInit();
    int runImport();
    int runExport();
    int runSearch();
    int runShow();
    int runGenerate();
    int runStats();
    int runCheck();
    int runPolicy();
    int runPublish();
    int runCel();
    int runPolicyTest(const QString &dir);
    int runPolicyImport(const QString &file);
    int runPolicyExport(const QStringList &ids);
    int runPolicyList();

    QString catalogPath() const;
    bool jsonOutput() const;
    // Opens the --catalog catalog, which must exist.
    Result<std::unique_ptr<Catalog>> openExisting() const;
    // The product, or nothing after reporting why (unknown id: NothingFound) in `exitCode`.
    std::optional<DataProduct> requireProduct(Catalog &catalog, const QString &id, int *exitCode);
    void printImportSummary(const QString &heading, const ImportSummary &summary);

    int fail(const QString &message, int code = UsageError);
    int usageError(const QString &message);
    void writeJson(const QByteArray &json);

    QString m_commandName;
    QCommandLineParser *m_parser = nullptr;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Tessera::Cli
