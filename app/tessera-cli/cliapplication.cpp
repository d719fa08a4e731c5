#include "cliapplication.h"

#include "progressprinter.h"
#include "texttable.h"

#include "governance/checkreportwriter.h"
#include "governance/policychecker.h"
#include "governance/policyio.h"
#include "governance/policytestrunner.h"
#include "governance/publishgate.h"
#include "interop/catalogjson.h"
#include "policy/celjson.h"
#include "policy/celprogram.h"
#include "interop/syntheticcatalog.h"
#include "model/enums.h"
#include "storage/catalogfactory.h"
#include "storage/samplecatalog.h"
#include "storage/sqlitecatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <nlohmann/json.hpp>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Cli {

namespace {

const QString programName = u"tessera-cli"_s;

// Long text wrapped to a readable width, each line indented.
QString wrapped(const QString &text, int indent, int width = 92)
{
    const QString margin(indent, QLatin1Char(' '));
    QString result;
    QString line;
    for (const QStringView word : text.tokenize(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width - indent) {
            result += margin + line + QLatin1Char('\n');
            line.clear();
        }
        if (!line.isEmpty())
            line += QLatin1Char(' ');
        line += word;
    }
    if (!line.isEmpty())
        result += margin + line + QLatin1Char('\n');
    return result;
}

QString formatTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : u"-"_s;
}

// Comma-separated values, possibly given several times: --tag a,b --tag c.
QStringList listValues(const QStringList &values)
{
    QStringList result;
    for (const QString &value : values) {
        for (const QStringView part : value.tokenize(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString item = part.trimmed().toString();
            if (!item.isEmpty() && !result.contains(item))
                result.append(item);
        }
    }
    return result;
}

bool isUrl(const QString &location)
{
    return location.contains(u"://"_s);
}

// The sidecar files SQLite keeps next to a catalog in WAL mode.
void removeCatalogFiles(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    QFile::remove(path + u"-journal"_s);
}

} // namespace

CliApplication::CliApplication()
    : m_out(stdout)
    , m_err(stderr)
{
}

CliApplication::~CliApplication()
{
    m_out.flush();
    m_err.flush();
}

QList<CliApplication::Command> CliApplication::commands() const
{
    const QCommandLineOption force(u"force"_s, tr("Replace the catalog if it exists."));
    const QCommandLineOption sample(u"sample"_s,
                                    tr("Fill the new catalog with the bundled retail sample."));
    const QCommandLineOption products(
        u"products"_s, tr("Export only these products (comma-separated ids; repeatable)."),
        u"ids"_s);
    const QCommandLineOption domain(
        u"domain"_s, tr("Only products of this domain or its subdomains (repeatable)."),
        u"domain"_s);
    const QCommandLineOption tag(
        u"tag"_s, tr("Only products with this tag (repeatable: all must match)."), u"tag"_s);
    const QCommandLineOption status(u"status"_s,
                                    tr("Only products with this status (repeatable): %1.")
                                        .arg(lifecycleStatusNames().join(u", "_s)),
                                    u"status"_s);
    const QCommandLineOption limit(u"limit"_s, tr("Show at most N products (0: all)."), u"N"_s,
                                   u"20"_s);
    const QCommandLineOption count(u"products"_s, tr("Number of products to generate."), u"N"_s);
    const QCommandLineOption seed(
        u"seed"_s, tr("Seed of the generator: the same seed gives the same catalog."), u"S"_s,
        u"42"_s);

    const QCommandLineOption checkFormat(u"format"_s, tr("Output format: text, json, junit or sarif."),
                                         u"format"_s, u"text"_s);
    const QCommandLineOption policiesDir(
        u"policies"_s, tr("Evaluate the policies of this folder (*.yaml, *.yml, *.json) instead of "
                          "the catalog's."),
        u"dir"_s);
    const QCommandLineOption all(u"all"_s, tr("Evaluate disabled policies too."));
    const QCommandLineOption policyFormat(u"format"_s, tr("Export format: yaml or json."),
                                          u"format"_s, u"yaml"_s);
    const QCommandLineOption yes(u"yes"_s, tr("Publish despite failing warning-severity policies."));
    const QCommandLineOption vars(
        u"vars"_s, tr("Variables: a JSON object of names to typed values {\"type\": T, \"value\": V}."),
        u"json"_s);

    return {
        {u"init"_s,
         tr("Create a catalog, empty or with the bundled sample."),
         {},
         {},
         {},
         false,
         false,
         {sample, force},
         &CliApplication::runInit},
        {u"import"_s,
         tr("Import a catalog file or product documents (all or nothing)."),
         u"file"_s,
         tr("JSON file to import: a catalog file or product documents."),
         u"FILE"_s,
         true,
         true,
         {},
         &CliApplication::runImport},
        {u"export"_s,
         tr("Export the catalog, or some of its products, to a JSON file."),
         u"file"_s,
         tr("File to write (\"-\" for standard output)."),
         u"FILE"_s,
         true,
         false,
         {products},
         &CliApplication::runExport},
        {u"search"_s,
         tr("Search products by text and facets."),
         u"query"_s,
         tr("Words to search for; each matches as a prefix."),
         u"[QUERY...]"_s,
         false,
         true,
         {domain, tag, status, limit},
         &CliApplication::runSearch},
        {u"show"_s,
         tr("Show one product."),
         u"product"_s,
         tr("Product id, e.g. orders.orders."),
         u"PRODUCT_ID"_s,
         true,
         true,
         {},
         &CliApplication::runShow},
        {u"generate"_s,
         tr("Add a synthetic catalog of N products for scale tests (creates the catalog if "
            "needed)."),
         {},
         {},
         {},
         false,
         true,
         {count, seed},
         &CliApplication::runGenerate},
        {u"stats"_s,
         tr("Count what the catalog holds."),
         {},
         {},
         {},
         false,
         true,
         {},
         &CliApplication::runStats},
        {u"check"_s,
         tr("Evaluate the policies over every product; exit 1 when an error-severity policy "
            "fails."),
         {},
         {},
         {},
         false,
         false,
         {checkFormat, policiesDir, all},
         &CliApplication::runCheck},
        {u"policy"_s,
         tr("Manage policies: \"test DIR\" runs the tests beside the policies of a folder, "
            "\"import FILE\" stores policies, \"export [ID...]\" prints them, \"list\" lists "
            "them."),
         u"action"_s,
         tr("test DIR, import FILE, export [ID...] or list."),
         u"ACTION [ARGS...]"_s,
         true,
         false,
         {policyFormat},
         &CliApplication::runPolicy},
        {u"publish"_s,
         tr("Publish a product through the publish gate: failing error-severity policies block "
            "it, failing warnings need --yes. For a product already published, says whether it "
            "would still pass (exit 1 when not)."),
         u"product"_s,
         tr("Product id, e.g. orders.orders."),
         u"PRODUCT_ID"_s,
         true,
         false,
         {yes},
         &CliApplication::runPublish},
        {u"cel"_s,
         tr("Evaluate one CEL expression and print its result as one line of typed JSON."),
         u"expression"_s,
         tr("The CEL expression."),
         u"EXPR"_s,
         true,
         false,
         {vars},
         &CliApplication::runCel,
         true},
    };
}

QString CliApplication::generalHelp() const
{
    QString text = tr("Usage: %1 COMMAND [options] [arguments]").arg(programName) + u"\n\n"_s
        + tr("Create, import, export, search and inspect Tessera data catalogs.") + u"\n\n"_s
        + tr("Commands:") + QLatin1Char('\n');
    TextTable table;
    for (const Command &command : commands())
        table.addRow({command.name, command.summary});
    text += table.render(2) + QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
    TextTable options;
    options.addRow({u"-h, --help"_s, tr("Show this help.")});
    options.addRow({u"-v, --version"_s, tr("Show the version.")});
    text += options.render(2) + QLatin1Char('\n')
        + tr("Every command takes --catalog FILE (default: %1).")
              .arg(QDir::toNativeSeparators(defaultCatalogPath()))
        + QLatin1Char('\n')
        + tr("Run \"%1 COMMAND --help\" for the options of a command.").arg(programName) + u"\n\n"_s
        + tr("Exit status: 0 success, 1 nothing found, 2 usage or input error.")
        + QLatin1Char('\n');
    return text;
}

QString CliApplication::commandHelp(const Command &command, const QCommandLineParser &parser) const
{
    // QCommandLineParser names the executable by its full path and knows nothing of
    // subcommands: rewrite its usage line.
    QString text = parser.helpText();
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    QString usage = tr("Usage: %1 %2 [options]").arg(programName, command.name);
    if (!command.positionalSyntax.isEmpty())
        usage += QLatin1Char(' ') + command.positionalSyntax;
    text.replace(0, lineEnd, usage);
    return text + QLatin1Char('\n')
        + tr("Exit status: 0 success, 1 nothing found, 2 usage or input error.")
        + QLatin1Char('\n');
}

int CliApplication::run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first.isEmpty())
        return usageError(tr("no command given"));
    if (first == u"-h"_s || first == u"--help"_s || first == u"-?"_s
        || (first == u"help"_s && arguments.size() == 2)) {
        m_out << generalHelp();
        return Success;
    }
    if (first == u"-v"_s || first == u"--version"_s) {
        m_out << programName << QLatin1Char(' ') << QCoreApplication::applicationVersion()
              << QLatin1Char('\n');
        return Success;
    }

    QStringList rest = arguments.mid(2);
    QString name = first;
    if (first == u"help"_s) { // "help COMMAND" is "COMMAND --help"
        name = arguments.at(2);
        rest = {u"--help"_s};
    }
    const QList<Command> all = commands();
    const auto command = std::find_if(all.cbegin(), all.cend(),
                                      [&name](const Command &c) { return c.name == name; });
    if (command == all.cend()) {
        if (name.startsWith(QLatin1Char('-')))
            return usageError(tr("unknown option \"%1\"").arg(name));
        return usageError(tr("unknown command \"%1\"").arg(name));
    }
    m_commandName = command->name;

    QCommandLineParser parser;
    m_parser = &parser;
    parser.setApplicationDescription(command->summary);
    const QCommandLineOption help = parser.addHelpOption();
    QList<QCommandLineOption> options = {
        QCommandLineOption(help.names() + QStringList {u"help-all"_s}, help.description()),
        {u"catalog"_s,
         tr("Catalog file (default: %1).").arg(QDir::toNativeSeparators(defaultCatalogPath())),
         u"file"_s}};
    if (command->printsData)
        options.append({u"format"_s, tr("Output format: text or json."), u"format"_s, u"text"_s});
    options += command->options;
    parser.addOptions(options.mid(1));
    if (!command->positionalName.isEmpty())
        parser.addPositionalArgument(command->positionalName, command->positionalHelp,
                                     command->positionalSyntax);

    if (command->dashedPositionals)
        rest = positionalsLast(rest, options);
    if (!parser.parse(QStringList {arguments.constFirst()} + rest))
        return usageError(parser.errorText());
    if (parser.isSet(help) || parser.isSet(u"help-all"_s)) {
        m_out << commandHelp(*command, parser);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (command->positionalRequired && positional.isEmpty())
        return usageError(tr("missing %1").arg(command->positionalSyntax));
    const bool variadic = command->positionalSyntax.endsWith(u"...]"_s);
    if ((command->positionalName.isEmpty() && !positional.isEmpty())
        || (!variadic && positional.size() > 1))
        return usageError(tr("unexpected argument \"%1\"").arg(positional.constLast()));
    if (command->printsData) {
        const QString format = parser.value(u"format"_s);
        if (format != u"text"_s && format != u"json"_s)
            return usageError(tr("unknown format \"%1\" (use text or json)").arg(format));
    }
    if (parser.isSet(u"catalog"_s) && parser.value(u"catalog"_s).isEmpty())
        return usageError(tr("--catalog needs a file name"));

    const int code = (this->*(command->handler))();
    m_parser = nullptr;
    return code;
}

QStringList CliApplication::positionalsLast(const QStringList &arguments, const QList<QCommandLineOption> &options)
{
    // QCommandLineParser takes every argument that begins with "-" for an option: the ones
    // that name none go after "--", where it takes them as they are.
    const auto optionOf = [&options](const QString &argument) -> std::optional<QCommandLineOption> {
        if (!argument.startsWith(QLatin1Char('-')) || argument.size() < 2)
            return std::nullopt;
        QString name = argument.mid(argument.startsWith(u"--"_s) ? 2 : 1);
        name = name.left(name.indexOf(QLatin1Char('=')));
        for (const QCommandLineOption &option : options) {
            if (option.names().contains(name))
                return option;
        }
        return std::nullopt;
    };
    QStringList named;
    QStringList positionals;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s) {
            positionals += arguments.mid(i + 1);
            break;
        }
        const auto option = optionOf(argument);
        if (!option) {
            // A mistyped long option stays an option, for the parser to report; "-1" and
            // "-x" are expressions.
            (argument.startsWith(u"--"_s) ? named : positionals).append(argument);
            continue;
        }
        named.append(argument);
        if (!option->valueName().isEmpty() && !argument.contains(QLatin1Char('=')) && i + 1 < arguments.size())
            named.append(arguments.at(++i));
    }
    return named + QStringList {u"--"_s} + positionals;
}

int CliApplication::fail(const QString &message, int code)
{
    m_out.flush();
    m_err << programName << u": "_s << message << QLatin1Char('\n');
    m_err.flush();
    return code;
}

int CliApplication::usageError(const QString &message)
{
    fail(m_commandName.isEmpty() ? message : m_commandName + u": "_s + message);
    const QString helpCommand = m_commandName.isEmpty()
        ? QString(programName + u" --help"_s)
        : QString(programName + QLatin1Char(' ') + m_commandName + u" --help"_s);
    m_err << tr("Run \"%1\" for usage.").arg(helpCommand) << QLatin1Char('\n');
    return UsageError;
}

QString CliApplication::catalogPath() const
{
    const QString path = m_parser->value(u"catalog"_s);
    return path.isEmpty() ? defaultCatalogPath() : path;
}

bool CliApplication::jsonOutput() const
{
    return m_parser->value(u"format"_s) == u"json"_s;
}

Result<std::unique_ptr<Catalog>> CliApplication::openExisting() const
{
    const QString path = catalogPath();
    if (!isUrl(path) && !QFileInfo::exists(path)) {
        return Error {tr("the catalog \"%1\" does not exist (create it with \"%2 init\")")
                          .arg(QDir::toNativeSeparators(path), programName)};
    }
    return openCatalog(path);
}

void CliApplication::writeJson(const QByteArray &json)
{
    // Straight to stdout: an exported catalog can be hundreds of megabytes.
    m_out.flush();
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    if (!json.endsWith('\n'))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

void CliApplication::printImportSummary(const QString &heading, const ImportSummary &summary)
{
    if (jsonOutput()) {
        const QJsonObject object {
            {u"domains"_s, summary.domains},   {u"teams"_s, summary.teams},
            {u"people"_s, summary.people},     {u"products"_s, summary.products},
            {u"policies"_s, summary.policies}, {u"observations"_s, summary.observations}};
        writeJson(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return;
    }
    TextTable table;
    table.setAlignment(1, TextTable::Align::Right);
    table.addRow({tr("Domains"), QString::number(summary.domains)});
    table.addRow({tr("Teams"), QString::number(summary.teams)});
    table.addRow({tr("People"), QString::number(summary.people)});
    table.addRow({tr("Products"), QString::number(summary.products)});
    table.addRow({tr("Policies"), QString::number(summary.policies)});
    table.addRow({tr("Observations"), QString::number(summary.observations)});
    m_out << heading << QLatin1Char('\n') << table.render(2);
}

int CliApplication::runInit()
{
    const QString path = catalogPath();
    const bool sample = m_parser->isSet(u"sample"_s);
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && !m_parser->isSet(u"force"_s)) {
        return fail(tr("the catalog \"%1\" already exists (use --force to replace it)")
                        .arg(QDir::toNativeSeparators(path)));
    }
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("cannot create the folder \"%1\"")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));

    // Build the new catalog beside the old one and swap it in with one rename, so a failure
    // leaves the existing catalog as it was.
    const QString staging = info.absoluteDir().filePath(
        u".%1.new-%2"_s.arg(info.fileName()).arg(QCoreApplication::applicationPid()));
    removeCatalogFiles(staging);
    if (sample) {
        if (Result<void> installed = SampleCatalog::install(staging); !installed) {
            removeCatalogFiles(staging);
            return fail(installed.error());
        }
    } else {
        auto created = SqliteCatalog::create(staging);
        if (!created) {
            removeCatalogFiles(staging);
            return fail(created.error());
        }
    }
    if (exists) {
        // A stale write-ahead log of the old file would be replayed into the new one.
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
    }
    if (std::rename(QFile::encodeName(staging).constData(), QFile::encodeName(path).constData())
        != 0) {
        removeCatalogFiles(staging);
        return fail(tr("cannot replace \"%1\"").arg(QDir::toNativeSeparators(path)));
    }
    m_out << (sample ? tr("Created %1 with the bundled sample.").arg(QDir::toNativeSeparators(path))
                     : tr("Created the empty catalog %1.").arg(QDir::toNativeSeparators(path)))
          << QLatin1Char('\n');
    return Success;
}

int CliApplication::runImport()
{
    const QString file = m_parser->positionalArguments().constFirst();
    auto catalog = openExisting();
    if (!catalog)
        return fail(catalog.error());
    auto document = CatalogJson::readFile(file);
    if (!document)
        return fail(document.error());

    ProgressPrinter progress(tr("Importing"));
    auto summary = catalog.value()->importDocument(document.value(), progress.callback());
    progress.finish();
    if (!summary) {
        if (progress.wasInterrupted())
            return fail(tr("interrupted: nothing was imported"), Interrupted);
        return fail(summary.error());
    }
    printImportSummary(
        tr("Imported %1 into %2:")
            .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(catalogPath())),
        summary.value());
    return Success;
}

int CliApplication::runExport()
{
    const QString file = m_parser->positionalArguments().constFirst();
    const QStringList ids = listValues(m_parser->values(u"products"_s));
    auto catalog = openExisting();
    if (!catalog)
        return fail(catalog.error());
    for (const QString &id : ids) {
        int code = Success;
        if (!requireProduct(*catalog.value(), id, &code))
            return code;
    }

    ProgressPrinter progress(tr("Exporting"));
    auto document = catalog.value()->exportDocument(ids, progress.callback());
    progress.finish();
    if (!document) {
        if (progress.wasInterrupted())
            return fail(tr("interrupted: nothing was exported"), Interrupted);
        return fail(document.error());
    }
    const qsizetype count = document->products.size();
    if (file == u"-"_s) {
        writeJson(CatalogJson::serialize(document.value()));
        m_err << tr("Products exported: %1.").arg(count) << QLatin1Char('\n');
        return Success;
    }
    if (Result<void> written = CatalogJson::writeFile(file, document.value()); !written)
        return fail(written.error());
    m_out << tr("Products exported to %1: %2.").arg(QDir::toNativeSeparators(file)).arg(count)
          << QLatin1Char('\n');
    return Success;
}

int CliApplication::runSearch()
{
    ProductQuery query;
    query.text = m_parser->positionalArguments().join(QLatin1Char(' '));
    query.tags = listValues(m_parser->values(u"tag"_s));
    for (const QString &status : listValues(m_parser->values(u"status"_s))) {
        const auto known = lifecycleStatusFromString(status.toLower());
        if (!known) {
            return usageError(tr("unknown status \"%1\" (use one of: %2)")
                                  .arg(status, lifecycleStatusNames().join(u", "_s)));
        }
        query.statuses.append(toString(*known));
    }
    bool ok = false;
    const int limit = m_parser->value(u"limit"_s).toInt(&ok);
    if (!ok || limit < 0)
        return usageError(tr("--limit needs a number of products, 0 for all"));
    query.limit = limit == 0 ? -1 : limit;

    auto catalog = openExisting();
    if (!catalog)
        return fail(catalog.error());
    query.domainIds = listValues(m_parser->values(u"domain"_s));
    for (const QString &id : std::as_const(query.domainIds)) {
        auto domain = catalog.value()->domain(id);
        if (!domain)
            return fail(domain.error());
        if (!domain->has_value())
            return usageError(tr("unknown domain \"%1\"").arg(id));
    }

    auto hits = catalog.value()->findProducts(query);
    if (!hits)
        return fail(hits.error());

    if (jsonOutput()) {
        QJsonArray array;
        for (const SearchHit &hit : hits.value())
            array.append(QJsonObject {{u"id"_s, hit.productId}, {u"score"_s, hit.score}});
        writeJson(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return hits->isEmpty() ? NothingFound : Success;
    }
    if (hits->isEmpty()) {
        m_out << tr("No products match.") << QLatin1Char('\n');
        return NothingFound;
    }

    QStringList ids;
    ids.reserve(hits->size());
    for (const SearchHit &hit : hits.value())
        ids.append(hit.productId);
    auto summaries = catalog.value()->summaries(ids);
    if (!summaries)
        return fail(summaries.error());
    const bool scored = !query.text.trimmed().isEmpty();
    QStringList headers {tr("ID"), tr("TITLE"), tr("STATUS"), tr("OWNER")};
    if (scored)
        headers.append(tr("SCORE"));
    TextTable table(headers);
    table.setMaximumWidth(1, 48);
    table.setAlignment(4, TextTable::Align::Right);
    for (qsizetype i = 0; i < summaries->size(); ++i) {
        const ProductSummary &s = summaries->at(i);
        QStringList row {s.id, s.title, toString(s.status), s.ownerTeamId};
        if (scored)
            row.append(QString::number(hits->at(i).score, 'f', 2));
        table.addRow(row);
    }
    m_out << table.render();

    if (query.limit > 0 && hits->size() == query.limit) {
        auto total = catalog.value()->countProducts(query);
        if (total && total.value() > hits->size()) {
            m_out << tr("Showing %1 of %2 matches; use --limit to see more.")
                         .arg(hits->size())
                         .arg(total.value())
                  << QLatin1Char('\n');
        }
    }
    return Success;
}

std::optional<DataProduct> CliApplication::requireProduct(Catalog &catalog, const QString &id,
                                                          int *exitCode)
{
    auto product = catalog.product(id);
    if (!product) {
        *exitCode = fail(product.error());
        return std::nullopt;
    }
    if (!product->has_value()) {
        *exitCode = fail(
            tr("no product \"%1\" in %2").arg(id, QDir::toNativeSeparators(catalogPath())),
            NothingFound);
        return std::nullopt;
    }
    return std::move(**product);
}

int CliApplication::runShow()
{
    const QString id = m_parser->positionalArguments().constFirst();
    auto catalog = openExisting();
    if (!catalog)
        return fail(catalog.error());
    int code = Success;
    const std::optional<DataProduct> found = requireProduct(*catalog.value(), id, &code);
    if (!found)
        return code;
    const DataProduct &p = *found;

    if (jsonOutput()) {
        writeJson(CatalogJson::productToJson(p, true));
        return Success;
    }

    auto section = [this](const QString &title) {
        m_out << QLatin1Char('\n') << title << QLatin1Char('\n');
    };
    m_out << p.id << u" — "_s << p.title << QLatin1Char('\n');
    TextTable header;
    QString status = toString(p.status);
    if (p.sunsetDate.isValid())
        status += u" "_s + tr("(sunset %1)").arg(p.sunsetDate.toString(Qt::ISODate));
    header.addRow({tr("Domain"), p.domainId});
    header.addRow({tr("Version"), p.version});
    header.addRow({tr("Status"), status});
    header.addRow({tr("Classification"), toString(p.classification)});
    header.addRow({tr("Owner"), p.ownerTeamId.isEmpty() ? u"-"_s : p.ownerTeamId});
    header.addRow({tr("Tags"), p.tags.isEmpty() ? u"-"_s : p.tags.join(u", "_s)});
    header.addRow({tr("Created"), formatTime(p.createdAt)});
    header.addRow({tr("Updated"), formatTime(p.updatedAt)});
    m_out << header.render(2);

    const std::pair<QString, QString> texts[]
        = {{tr("Purpose"), p.purpose}, {tr("Limitations"), p.limitations}, {tr("Usage"), p.usage}};
    for (const auto &[title, text] : texts) {
        if (text.trimmed().isEmpty())
            continue;
        section(title);
        m_out << wrapped(text, 2);
    }

    if (!p.outputPorts.isEmpty()) {
        section(tr("Output ports"));
        for (const OutputPort &port : p.outputPorts) {
            m_out << u"  "_s << port.name << u"  ("_s << toString(port.type) << u")  "_s
                  << port.location << QLatin1Char('\n');
            if (!port.contractId.isEmpty() || !port.schemaVersion.isEmpty()) {
                m_out << u"    "_s
                      << tr("contract %1, schema %2")
                             .arg(port.contractId.isEmpty() ? u"-"_s : port.contractId,
                                  port.schemaVersion.isEmpty() ? u"-"_s : port.schemaVersion)
                      << QLatin1Char('\n');
            }
            TextTable fields({tr("FIELD"), tr("TYPE"), tr("NULL"), tr("PII"), tr("DESCRIPTION")});
            for (const SchemaField &field : port.fields) {
                fields.addRow({field.name, field.type, field.nullable ? tr("yes") : tr("no"),
                               field.pii ? tr("yes") : tr("no"), field.description});
            }
            m_out << fields.render(4);
        }
    }

    if (!p.inputPorts.isEmpty()) {
        section(tr("Inputs"));
        TextTable inputs;
        for (const InputPort &input : p.inputPorts)
            inputs.addRow({input.productId, input.portName});
        m_out << inputs.render(2);
    }
    auto consumers = catalog.value()->consumersOf(p.id);
    if (!consumers)
        return fail(consumers.error());
    if (!consumers->isEmpty()) {
        section(tr("Consumers"));
        TextTable table;
        for (const LineageEdge &edge : consumers.value())
            table.addRow({edge.consumerId, edge.portName});
        m_out << table.render(2);
    }

    if (!p.slos.isEmpty()) {
        section(tr("Service levels"));
        TextTable table;
        for (const ServiceLevelObjective &slo : p.slos) {
            QString value = slo.value.toString();
            if (!slo.unit.isEmpty())
                value += QLatin1Char(' ') + slo.unit;
            QString schedule
                = slo.schedule.isEmpty() ? QString() : slo.scheduler + u" "_s + slo.schedule;
            table.addRow(
                {slo.id, slo.property, value, slo.element, slo.driver, schedule.trimmed()});
        }
        m_out << table.render(2);
    }
    if (!p.supportChannels.isEmpty()) {
        section(tr("Support"));
        TextTable table;
        for (const SupportChannel &channel : p.supportChannels)
            table.addRow({channel.channel, channel.url});
        m_out << table.render(2);
    }
    if (!p.roles.isEmpty()) {
        section(tr("Roles"));
        TextTable table;
        for (const RoleAssignment &role : p.roles)
            table.addRow({role.personId, toString(role.role)});
        m_out << table.render(2);
    }
    if (!p.customProperties.isEmpty()) {
        section(tr("Custom properties"));
        TextTable table;
        for (auto it = p.customProperties.cbegin(); it != p.customProperties.cend(); ++it) {
            const QVariant &value = it.value();
            const QString text = value.canConvert<QString>()
                ? value.toString()
                : QString::fromUtf8(
                    QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
            table.addRow({it.key(), text});
        }
        m_out << table.render(2);
    }
    return Success;
}

int CliApplication::runGenerate()
{
    if (!m_parser->isSet(u"products"_s))
        return usageError(tr("--products N is required"));
    bool ok = false;
    const int count = m_parser->value(u"products"_s).toInt(&ok);
    // Far beyond any catalog we test with; keeps a typo from filling the disk.
    constexpr int maximum = 10'000'000;
    if (!ok || count < 1 || count > maximum)
        return usageError(tr("--products needs a number from 1 to %1").arg(maximum));
    const quint32 seed = m_parser->value(u"seed"_s).toUInt(&ok);
    if (!ok)
        return usageError(tr("--seed needs a non-negative number below 2^32"));

    const QString path = catalogPath();
    const bool created = !isUrl(path) && !QFileInfo::exists(path);
    std::unique_ptr<Catalog> catalog;
    if (created) {
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return fail(tr("cannot create the folder \"%1\"")
                            .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        auto fresh = SqliteCatalog::create(path);
        if (!fresh)
            return fail(fresh.error());
        catalog = std::move(fresh).value();
    } else {
        auto opened = openCatalog(path);
        if (!opened)
            return fail(opened.error());
        catalog = std::move(opened).value();
    }
    auto discard = [&] {
        if (created) {
            catalog.reset();
            removeCatalogFiles(path);
        }
    };

    CatalogDocument document;
    {
        ProgressPrinter progress(tr("Generating"));
        document = SyntheticCatalog::generate(count, seed, QDateTime::currentDateTimeUtc(),
                                              progress.callback());
        if (progress.wasInterrupted()) {
            discard();
            return fail(tr("interrupted: nothing was generated"), Interrupted);
        }
    }
    ProgressPrinter progress(tr("Importing"));
    auto summary = catalog->importDocument(document, progress.callback());
    progress.finish();
    if (!summary) {
        discard();
        if (progress.wasInterrupted())
            return fail(tr("interrupted: nothing was imported"), Interrupted);
        return fail(summary.error());
    }
    printImportSummary(tr("Generated a synthetic catalog (seed %1) into %2:")
                           .arg(seed)
                           .arg(QDir::toNativeSeparators(path)),
                       summary.value());
    return Success;
}

int CliApplication::runStats()
{
    auto catalog = openExisting();
    if (!catalog)
        return fail(catalog.error());
    auto stats = catalog.value()->stats();
    if (!stats)
        return fail(stats.error());
    const CatalogStats &s = stats.value();

    if (jsonOutput()) {
        const QJsonObject object {{u"domains"_s, s.domains},
                                  {u"teams"_s, s.teams},
                                  {u"people"_s, s.people},
                                  {u"products"_s, s.products},
                                  {u"outputPorts"_s, s.outputPorts},
                                  {u"fields"_s, s.fields},
                                  {u"lineageEdges"_s, s.lineageEdges},
                                  {u"policies"_s, s.policies},
                                  {u"observations"_s, s.observations}};
        writeJson(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Success;
    }
    TextTable table;
    table.setAlignment(1, TextTable::Align::Right);
    table.addRow({tr("Domains"), QString::number(s.domains)});
    table.addRow({tr("Teams"), QString::number(s.teams)});
    table.addRow({tr("People"), QString::number(s.people)});
    table.addRow({tr("Products"), QString::number(s.products)});
    table.addRow({tr("Output ports"), QString::number(s.outputPorts)});
    table.addRow({tr("Fields"), QString::number(s.fields)});
    table.addRow({tr("Lineage edges"), QString::number(s.lineageEdges)});
    table.addRow({tr("Policies"), QString::number(s.policies)});
    table.addRow({tr("Observations"), QString::number(s.observations)});
    m_out << tr("Catalog %1").arg(QDir::toNativeSeparators(catalogPath())) << QLatin1Char('\n')
          << table.render(2);
    return Success;
}

namespace {

QString indentLines(const QString &text, int indent)
{
    const QString margin(indent, QLatin1Char(' '));
    QString result;
    for (const QString &line : text.split(QLatin1Char('\n')))
        result += margin + line + QLatin1Char('\n');
    return result;
}

} // namespace

int CliApplication::runCheck()
{
    const QString format = m_parser->value(u"format"_s);
    static const QStringList formats{u"text"_s, u"json"_s, u"junit"_s, u"sarif"_s};
    if (!formats.contains(format))
        return usageError(tr("unknown format \"%1\" (use text, json, junit or sarif)").arg(format));
    auto catalog = openExisting();
    if (!catalog)
        return fail(catalog.error());
    CheckOptions options;
    options.includeDisabled = m_parser->isSet(u"all"_s);
    Result<CheckReport> report = Error{};
    ProgressPrinter progress(tr("Checking"));
    PolicyIo::Locations locations;
    if (m_parser->isSet(u"policies"_s)) {
        // Named from the current folder when they are in it: SARIF readers resolve paths
        // against the checkout they run in.
        QString dir = m_parser->value(u"policies"_s);
        if (const QString relative = QDir::current().relativeFilePath(dir);
            !QDir::isRelativePath(dir) && !relative.startsWith(u".."_s))
            dir = relative;
        auto policies = PolicyIo::readDirectory(dir, &locations);
        if (!policies) {
            progress.finish();
            return fail(policies.error());
        }
        report = PolicyChecker::check(*catalog.value(), policies.value(), options, progress.callback());
    } else {
        report = PolicyChecker::check(*catalog.value(), options, progress.callback());
    }
    progress.finish();
    if (!report) {
        if (progress.wasInterrupted())
            return fail(tr("interrupted"), Interrupted);
        return fail(report.error());
    }
    const CheckReport &r = report.value();
    if (format == u"json"_s) {
        writeJson(CheckReportWriter::toJson(r));
    } else if (format == u"sarif"_s) {
        writeJson(CheckReportWriter::toSarif(r, locations));
    } else if (format == u"junit"_s) {
        writeJson(CheckReportWriter::toJUnit(r));
    } else {
        for (const CheckReport::Finding &f : r.findings) {
            const CheckReport::PolicyColumn &p = r.policies.at(f.policy);
            m_out << (f.outcome == PolicyOutcome::Error ? tr("ERROR") : Policy::toString(p.severity).toUpper())
                  << u"  "_s << r.products.at(f.product).id << u"  "_s << p.id << QLatin1Char('\n')
                  << indentLines(f.detail(), 4);
        }
        m_out << tr("%1 policies, %2 products: %3 pass, %4 fail, %5 error, %6 exempt, %7 not applicable; score %8%.")
                     .arg(r.policies.size()).arg(r.products.size()).arg(r.total.passed).arg(r.total.failed)
                     .arg(r.total.errors).arg(r.total.exempt).arg(r.total.notApplicable)
                     .arg(r.total.score() * 100.0, 0, 'f', 1)
              << QLatin1Char('\n');
    }
    return r.blockingFailures() > 0 ? NothingFound : Success;
}

int CliApplication::runPolicy()
{
    const QStringList args = m_parser->positionalArguments();
    const QString action = args.constFirst();
    const QStringList rest = args.mid(1);
    if (action == u"test"_s) {
        if (rest.size() != 1)
            return usageError(tr("policy test needs one folder: policy test DIR"));
        return runPolicyTest(rest.constFirst());
    }
    if (action == u"import"_s) {
        if (rest.size() != 1)
            return usageError(tr("policy import needs one file: policy import FILE"));
        return runPolicyImport(rest.constFirst());
    }
    if (action == u"export"_s)
        return runPolicyExport(rest);
    if (action == u"list"_s) {
        if (!rest.isEmpty())
            return usageError(tr("unexpected argument \"%1\"").arg(rest.constFirst()));
        return runPolicyList();
    }
    return usageError(tr("unknown policy action \"%1\" (use test, import, export or list)").arg(action));
}

int CliApplication::runPolicyTest(const QString &dir)
{
    const QFileInfo info(dir);
    auto policies = info.isDir() ? PolicyIo::readDirectory(dir) : PolicyIo::readFile(dir);
    if (!policies)
        return fail(policies.error());
    const QList<PolicyTestResult> results = PolicyTestRunner::run(policies.value());
    int failed = 0;
    for (const PolicyTestResult &r : results) {
        if (r.passed()) {
            m_out << u"PASS  "_s << r.policyId << u": "_s << r.testName << QLatin1Char('\n');
            continue;
        }
        ++failed;
        m_out << u"FAIL  "_s << r.policyId << u": "_s << r.testName << QLatin1Char('\n')
              << tr("    expected %1, got %2").arg(toString(r.expected), toString(r.actual))
              << QLatin1Char('\n') << indentLines(r.detail, 4);
    }
    // Compile errors of policies without tests would otherwise go unnoticed.
    for (const Policy &policy : std::as_const(policies.value())) {
        if (policy.tests.isEmpty())
            m_out << tr("NOTE  %1 has no tests").arg(policy.id) << QLatin1Char('\n');
    }
    m_out << tr("%1 tests: %2 passed, %3 failed.").arg(results.size()).arg(results.size() - failed).arg(failed)
          << QLatin1Char('\n');
    return failed > 0 ? NothingFound : Success;
}

int CliApplication::runPolicyImport(const QString &file)
{
    auto policies = PolicyIo::readFile(file);
    if (!policies)
        return fail(policies.error());
    auto catalog = openExisting();
    if (!catalog)
        return fail(catalog.error());
    CatalogDocument document;
    document.policies = policies.value();
    // Through the import: all policies or none, each validated.
    auto summary = catalog.value()->importDocument(document);
    if (!summary)
        return fail(summary.error());
    m_out << tr("Imported %1 policies into %2.").arg(summary->policies).arg(QDir::toNativeSeparators(catalogPath()))
          << QLatin1Char('\n');
    return Success;
}

int CliApplication::runPolicyExport(const QStringList &ids)
{
    const QString format = m_parser->value(u"format"_s);
    if (format != u"yaml"_s && format != u"json"_s)
        return usageError(tr("unknown format \"%1\" (use yaml or json)").arg(format));
    auto catalog = openExisting();
    if (!catalog)
        return fail(catalog.error());
    auto policies = catalog.value()->policies();
    if (!policies)
        return fail(policies.error());
    QList<Policy> selected;
    for (const QString &id : ids) {
        const auto it = std::find_if(policies->cbegin(), policies->cend(), [&](const Policy &p) { return p.id == id; });
        if (it == policies->cend())
            return fail(tr("no policy \"%1\" in %2").arg(id, QDir::toNativeSeparators(catalogPath())), NothingFound);
        selected.append(*it);
    }
    if (ids.isEmpty())
        selected = policies.value();
    writeJson(PolicyIo::serialize(selected, format == u"json"_s ? PolicyIo::Format::Json : PolicyIo::Format::Yaml));
    return Success;
}

int CliApplication::runPolicyList()
{
    auto catalog = openExisting();
    if (!catalog)
        return fail(catalog.error());
    auto policies = catalog.value()->policies();
    if (!policies)
        return fail(policies.error());
    TextTable table;
    table.addRow({tr("ID"), tr("SEVERITY"), tr("SCOPE"), tr("ENABLED"), tr("TITLE")});
    for (const Policy &p : std::as_const(policies.value()))
        table.addRow({p.id, Policy::toString(p.severity), p.scope, p.enabled ? tr("yes") : tr("no"), p.title});
    m_out << table.render(0);
    return Success;
}

int CliApplication::runPublish()
{
    const QString id = m_parser->positionalArguments().constFirst();
    auto catalog = openExisting();
    if (!catalog)
        return fail(catalog.error());
    int code = Success;
    std::optional<DataProduct> product = requireProduct(*catalog.value(), id, &code);
    if (!product)
        return code;
    DataProduct p = std::move(*product);
    auto gate = PublishGate::check(*catalog.value(), p);
    if (!gate)
        return fail(gate.error());
    if (p.status == LifecycleStatus::Published) {
        // Policies change after a product is published: say whether it would still pass.
        if (gate->isBlocked()) {
            m_out << tr("%1 is already published, but would not pass the publish gate now: "
                        "policies fail:").arg(id)
                  << QLatin1Char('\n') << PublishGate::describe(gate->blocking);
            if (!gate->warnings.isEmpty())
                m_out << tr("Warnings:") << QLatin1Char('\n') << PublishGate::describe(gate->warnings);
            m_out.flush();
            return NothingFound;
        }
        m_out << tr("%1 is already published and still passes the publish gate.").arg(id)
              << QLatin1Char('\n');
        if (!gate->warnings.isEmpty())
            m_out << tr("Warnings:") << QLatin1Char('\n') << PublishGate::describe(gate->warnings);
        return Success;
    }
    if (gate->isBlocked()) {
        m_out << tr("Cannot publish %1: policies fail:").arg(id) << QLatin1Char('\n')
              << PublishGate::describe(gate->blocking);
        if (!gate->warnings.isEmpty())
            m_out << tr("Warnings:") << QLatin1Char('\n') << PublishGate::describe(gate->warnings);
        m_out.flush();
        return NothingFound;
    }
    if (gate->needsConfirmation()) {
        m_out << tr("Warnings:") << QLatin1Char('\n') << PublishGate::describe(gate->warnings);
        if (!m_parser->isSet(u"yes"_s)) {
            m_out << tr("%1 was not published: confirm the warnings with --yes.").arg(id) << QLatin1Char('\n');
            m_out.flush();
            return NothingFound;
        }
    }
    if (!gate->notes.isEmpty())
        m_out << tr("Notes:") << QLatin1Char('\n') << PublishGate::describe(gate->notes);
    p.status = LifecycleStatus::Published;
    auto saved = catalog.value()->saveProduct(p); // the catalog enforces the gate again
    if (!saved)
        return fail(saved.error(), NothingFound);
    m_out << tr("Published %1 (version %2).").arg(id, p.version) << QLatin1Char('\n');
    return Success;
}

int CliApplication::runCel()
{
    const QString expression = m_parser->positionalArguments().constFirst();
    auto printJson = [this](const nlohmann::json &json) {
        writeJson(QByteArray::fromStdString(json.dump()));
    };
    QHash<QString, CelValue> bindings;
    if (m_parser->isSet(u"vars"_s)) {
        const std::string text = m_parser->value(u"vars"_s).toStdString();
        const nlohmann::json vars = nlohmann::json::parse(text, nullptr, false);
        if (vars.is_discarded() || !vars.is_object()) {
            printJson({{"error", tr("--vars must be a JSON object of names to typed values").toStdString()}});
            return UsageError;
        }
        for (auto it = vars.begin(); it != vars.end(); ++it) {
            auto value = CelJson::fromTyped(it.value());
            if (!value) {
                printJson({{"error", tr("--vars: \"%1\": %2").arg(QString::fromStdString(it.key()), value.error()).toStdString()}});
                return UsageError;
            }
            bindings.insert(QString::fromStdString(it.key()), value.value());
        }
    }
    CelSourceError where;
    auto program = CelProgram::compile(expression, CelEnvironment(), &where);
    if (!program) {
        printJson({{"error", where.reason.isEmpty() ? program.error().toStdString() : where.reason.toStdString()},
                   {"line", where.line},
                   {"column", where.column}});
        return UsageError;
    }
    const CelValue result = program->evaluate(bindings);
    if (result.isError()) {
        printJson({{"error", result.stringValue().toStdString()}});
        return NothingFound;
    }
    printJson(CelJson::toTyped(result));
    return Success;
}

} // namespace Tessera::Cli
