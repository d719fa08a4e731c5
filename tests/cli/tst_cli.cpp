#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::Literals::StringLiterals;

// Runs the built tessera-cli as a user would, each test in its own temporary folder.
class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void version();
    void help_data();
    void help();
    void initSampleMatchesSampleFile();
    void initRefusesToOverwrite();
    void initCreatesEmptyCatalog();
    void showJsonIsTheProductDocument();
    void showText();
    void showUnknownProduct();
    void searchRanksExactNameFirst();
    void searchWithoutHits();
    void searchFilters();
    void badUsage_data();
    void badUsage();
    void importMalformedFileChangesNothing();
    void importInvalidContentChangesNothing();
    void exportImportRoundTrips();
    void exportSelectedProducts();
    void generateCreatesCatalog();
    void checkExitCodes();
    void checkSarif();
    void checkJUnit();
    void policyTest();
    void policyImportExportList();
    void publishThroughTheGate();
    void celTypedValues_data();
    void celTypedValues();
    void celErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList &arguments) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QJsonObject statsOf(const QString &catalog) const;
    void writeFile(const QString &name, const QByteArray &bytes) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

tst_Cli::Run tst_Cli::cli(const QStringList &arguments) const
{
    QProcess process;
    // Keep the default catalog and settings inside the test folder.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_dir->path());
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    env.remove(u"QT_LOGGING_RULES"_s);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(QString::fromUtf8(TESSERA_CLI_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        qWarning("tessera-cli %s did not finish", qPrintable(arguments.join(u' ')));
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonObject tst_Cli::statsOf(const QString &catalog) const
{
    const Run run = cli({u"stats"_s, u"--catalog"_s, catalog, u"--format"_s, u"json"_s});
    if (run.exitCode != 0)
        qWarning("stats failed: %s", run.err.constData());
    return QJsonDocument::fromJson(run.out).object();
}

void tst_Cli::writeFile(const QString &name, const QByteArray &bytes) const
{
    QFile file(path(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void tst_Cli::initTestCase()
{
    QVERIFY2(QFile::exists(QString::fromUtf8(TESSERA_CLI_EXECUTABLE)), TESSERA_CLI_EXECUTABLE);
    QVERIFY2(QFile::exists(QString::fromUtf8(TESSERA_SAMPLE_FILE)), TESSERA_SAMPLE_FILE);
}

void tst_Cli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Cli::cleanup()
{
    m_dir.reset();
}

void tst_Cli::version()
{
    const Run run = cli({u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QRegularExpression(u"^tessera-cli \\d+\\.\\d+\\.\\d+\\n$"_s)
                 .match(QString::fromUtf8(run.out))
                 .hasMatch(),
             run.out.constData());
}

void tst_Cli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("general") << QStringList {u"--help"_s} << u"Commands:"_s;
    QTest::newRow("help") << QStringList {u"help"_s} << u"Commands:"_s;
    QTest::newRow("help search") << QStringList {u"help"_s, u"search"_s} << u"tessera-cli search"_s;
    for (const QString &command :
         {u"init"_s, u"import"_s, u"export"_s, u"search"_s, u"show"_s, u"generate"_s, u"stats"_s}) {
        QTest::addRow("%s --help", qPrintable(command))
            << QStringList {command, u"--help"_s} << u"Usage: tessera-cli %1"_s.arg(command);
    }
}

void tst_Cli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QString::fromUtf8(run.out).contains(expected), run.out.constData());
    QVERIFY2(QString::fromUtf8(run.out).contains(u"--catalog"_s), run.out.constData());
    QVERIFY(run.err.isEmpty());
}

void tst_Cli::initSampleMatchesSampleFile()
{
    const QString catalog = path(u"sample.tessera"_s);
    const Run init = cli({u"init"_s, u"--sample"_s, u"--catalog"_s, catalog});
    QCOMPARE(init.exitCode, 0);

    // Count independently of the core, straight from the sample file.
    QFile file(QString::fromUtf8(TESSERA_SAMPLE_FILE));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject sample = QJsonDocument::fromJson(file.readAll()).object();
    qint64 ports = 0;
    qint64 fields = 0;
    qint64 edges = 0;
    const QJsonArray products = sample.value(u"products"_s).toArray();
    for (const QJsonValue &product : products) {
        const QJsonArray outputs = product[u"outputPorts"_s].toArray();
        ports += outputs.size();
        for (const QJsonValue &port : outputs)
            fields += port[u"schema"_s][u"fields"_s].toArray().size();
        edges += product[u"inputPorts"_s].toArray().size();
    }
    const QJsonObject expected {
        {u"domains"_s, sample.value(u"domains"_s).toArray().size()},
        {u"teams"_s, sample.value(u"teams"_s).toArray().size()},
        {u"people"_s, sample.value(u"people"_s).toArray().size()},
        {u"products"_s, products.size()},
        {u"outputPorts"_s, ports},
        {u"fields"_s, fields},
        {u"lineageEdges"_s, edges},
        {u"policies"_s, sample.value(u"policies"_s).toArray().size()
                            + QDir(QString::fromUtf8(TESSERA_SAMPLE_POLICIES)).entryList({u"*.yaml"_s}).size()},
        {u"observations"_s, sample.value(u"observations"_s).toArray().size()},
    };
    QVERIFY(products.size() > 0);
    QCOMPARE(statsOf(catalog), expected);

    const Run text = cli({u"stats"_s, u"--catalog"_s, catalog});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(QString::fromUtf8(text.out).contains(
        QRegularExpression(u"Products +%1\\n"_s.arg(products.size()))));
}

void tst_Cli::initRefusesToOverwrite()
{
    const QString catalog = path(u"catalog.tessera"_s);
    QCOMPARE(cli({u"init"_s, u"--sample"_s, u"--catalog"_s, catalog}).exitCode, 0);
    const QJsonObject before = statsOf(catalog);

    const Run again = cli({u"init"_s, u"--catalog"_s, catalog});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.startsWith("tessera-cli: "), again.err.constData());
    QVERIFY2(again.err.contains("--force"), again.err.constData());
    QCOMPARE(statsOf(catalog), before);

    const Run forced = cli({u"init"_s, u"--force"_s, u"--catalog"_s, catalog});
    QCOMPARE(forced.exitCode, 0);
    QCOMPARE(statsOf(catalog).value(u"products"_s).toInt(), 0);
}

void tst_Cli::initCreatesEmptyCatalog()
{
    // The parent folder does not exist yet.
    const QString catalog = path(u"nested/folder/empty.tessera"_s);
    QCOMPARE(cli({u"init"_s, u"--catalog"_s, catalog}).exitCode, 0);
    const QJsonObject stats = statsOf(catalog);
    QCOMPARE(stats.value(u"products"_s).toInt(-1), 0);
    QCOMPARE(stats.value(u"domains"_s).toInt(-1), 0);
}

void tst_Cli::showJsonIsTheProductDocument()
{
    const QString catalog = path(u"catalog.tessera"_s);
    QCOMPARE(cli({u"init"_s, u"--sample"_s, u"--catalog"_s, catalog}).exitCode, 0);
    const Run run
        = cli({u"show"_s, u"orders.orders"_s, u"--catalog"_s, catalog, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(document.object().value(u"id"_s).toString(), u"orders.orders"_s);
    QCOMPARE(document.object().value(u"domain"_s).toString(), u"orders"_s);
    QVERIFY(document.object().value(u"outputPorts"_s).isArray());
}

void tst_Cli::showText()
{
    const QString catalog = path(u"catalog.tessera"_s);
    QCOMPARE(cli({u"init"_s, u"--sample"_s, u"--catalog"_s, catalog}).exitCode, 0);
    const Run run = cli({u"show"_s, u"orders.orders"_s, u"--catalog"_s, catalog});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.startsWith(u"orders.orders"_s), run.out.constData());
    QVERIFY(text.contains(u"Output ports"_s));
    QVERIFY(text.contains(QRegularExpression(u"\\n  Status +published\\n"_s)));
}

void tst_Cli::showUnknownProduct()
{
    const QString catalog = path(u"catalog.tessera"_s);
    QCOMPARE(cli({u"init"_s, u"--sample"_s, u"--catalog"_s, catalog}).exitCode, 0);
    const Run run = cli({u"show"_s, u"orders.nothing-here"_s, u"--catalog"_s, catalog});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("tessera-cli: "), run.err.constData());
    QVERIFY(run.err.contains("orders.nothing-here"));
}

void tst_Cli::searchRanksExactNameFirst()
{
    const QString catalog = path(u"catalog.tessera"_s);
    QCOMPARE(cli({u"init"_s, u"--sample"_s, u"--catalog"_s, catalog}).exitCode, 0);
    const Run run
        = cli({u"search"_s, u"orders"_s, u"--catalog"_s, catalog, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray hits = QJsonDocument::fromJson(run.out).array();
    QVERIFY2(!hits.isEmpty(), run.out.constData());
    QVERIFY(hits.first().toObject().value(u"score"_s).isDouble());
    QCOMPARE(hits.first().toObject().value(u"id"_s).toString(), u"orders.orders"_s);

    const Run text = cli({u"search"_s, u"orders"_s, u"--catalog"_s, catalog});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = QString::fromUtf8(text.out).split(u'\n');
    QVERIFY(lines.size() > 2);
    QVERIFY2(lines.at(0).startsWith(u"ID "_s), text.out.constData());
    QVERIFY2(lines.at(1).startsWith(u"orders.orders "_s), text.out.constData());
}

void tst_Cli::searchWithoutHits()
{
    const QString catalog = path(u"catalog.tessera"_s);
    QCOMPARE(cli({u"init"_s, u"--sample"_s, u"--catalog"_s, catalog}).exitCode, 0);
    const Run json
        = cli({u"search"_s, u"zzqx"_s, u"--catalog"_s, catalog, u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), 0);
    QCOMPARE(cli({u"search"_s, u"zzqx"_s, u"--catalog"_s, catalog}).exitCode, 1);
}

void tst_Cli::searchFilters()
{
    const QString catalog = path(u"catalog.tessera"_s);
    QCOMPARE(cli({u"init"_s, u"--sample"_s, u"--catalog"_s, catalog}).exitCode, 0);
    const Run run = cli({u"search"_s, u"--domain"_s, u"orders"_s, u"--status"_s, u"published"_s,
                         u"--limit"_s, u"0"_s, u"--catalog"_s, catalog, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray hits = QJsonDocument::fromJson(run.out).array();
    QVERIFY(!hits.isEmpty());
    for (const QJsonValue &hit : hits) {
        const QString id = hit[u"id"_s].toString();
        QVERIFY2(id.startsWith(u"orders"_s), qPrintable(id));
    }
    const Run limited = cli(
        {u"search"_s, u"--limit"_s, u"2"_s, u"--catalog"_s, catalog, u"--format"_s, u"json"_s});
    QCOMPARE(limited.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(limited.out).array().size(), 2);
}

void tst_Cli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s};
    QTest::newRow("unknown option") << QStringList {u"stats"_s, u"--frobnicate"_s};
    QTest::newRow("show without id") << QStringList {u"show"_s};
    QTest::newRow("import without file") << QStringList {u"import"_s};
    QTest::newRow("stats with argument") << QStringList {u"stats"_s, u"extra"_s};
    QTest::newRow("bad format") << QStringList {u"stats"_s, u"--format"_s, u"xml"_s};
    QTest::newRow("bad limit") << QStringList {u"search"_s, u"x"_s, u"--limit"_s, u"many"_s};
    QTest::newRow("bad status") << QStringList {u"search"_s, u"--status"_s, u"shiny"_s};
    QTest::newRow("generate without count") << QStringList {u"generate"_s};
    QTest::newRow("generate bad count") << QStringList {u"generate"_s, u"--products"_s, u"-3"_s};
    QTest::newRow("missing catalog")
        << QStringList {u"stats"_s, u"--catalog"_s, u"does-not-exist.tessera"_s};
}

void tst_Cli::badUsage()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("tessera-cli: "), run.err.constData());
    if (arguments.contains(u"does-not-exist.tessera"_s))
        QVERIFY2(run.err.contains("does-not-exist.tessera"), run.err.constData());
}

void tst_Cli::importMalformedFileChangesNothing()
{
    const QString catalog = path(u"catalog.tessera"_s);
    QCOMPARE(cli({u"init"_s, u"--sample"_s, u"--catalog"_s, catalog}).exitCode, 0);
    const QJsonObject before = statsOf(catalog);

    // The error is on line 4.
    writeFile(u"broken.json"_s,
              "{\n  \"format\": \"tessera-catalog\",\n  \"domains\": [\n"
              "    {\"id\": \"x\", \"name\": }\n  ]\n}\n");
    const Run run = cli({u"import"_s, path(u"broken.json"_s), u"--catalog"_s, catalog});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith("tessera-cli: "), run.err.constData());
    QVERIFY2(
        QRegularExpression(u"broken\\.json:4:\\d+"_s).match(QString::fromUtf8(run.err)).hasMatch(),
        run.err.constData());
    QCOMPARE(statsOf(catalog), before);
}

void tst_Cli::importInvalidContentChangesNothing()
{
    const QString catalog = path(u"catalog.tessera"_s);
    QCOMPARE(cli({u"init"_s, u"--sample"_s, u"--catalog"_s, catalog}).exitCode, 0);
    const QJsonObject before = statsOf(catalog);

    // Valid JSON, one good product and one that is not: nothing may be written.
    writeFile(u"invalid.json"_s,
              R"([{"id": "orders.new-one", "domain": "orders", "name": "new-one", "title": "New"},
                  {"id": "orders.bad", "domain": "orders", "name": "bad", "title": "Bad",
                   "status": "shiny"}])");
    const Run run = cli({u"import"_s, path(u"invalid.json"_s), u"--catalog"_s, catalog});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith("tessera-cli: "), run.err.constData());
    QCOMPARE(statsOf(catalog), before);
    QCOMPARE(cli({u"show"_s, u"orders.new-one"_s, u"--catalog"_s, catalog}).exitCode, 1);
}

void tst_Cli::exportImportRoundTrips()
{
    const QString source = path(u"source.tessera"_s);
    const QString copy = path(u"copy.tessera"_s);
    const QString file = path(u"export.json"_s);
    QCOMPARE(cli({u"init"_s, u"--sample"_s, u"--catalog"_s, source}).exitCode, 0);
    const Run exported = cli({u"export"_s, file, u"--catalog"_s, source});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(QFile::exists(file));

    QCOMPARE(cli({u"init"_s, u"--catalog"_s, copy}).exitCode, 0);
    const Run imported = cli({u"import"_s, file, u"--catalog"_s, copy});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains("Products"), imported.out.constData());

    QCOMPARE(statsOf(copy), statsOf(source));
    const QStringList show {u"show"_s, u"orders.orders"_s, u"--format"_s, u"json"_s,
                            u"--catalog"_s};
    const Run original = cli(show + QStringList {source});
    const Run restored = cli(show + QStringList {copy});
    QCOMPARE(original.exitCode, 0);
    QCOMPARE(restored.exitCode, 0);
    QCOMPARE(restored.out, original.out);
}

void tst_Cli::exportSelectedProducts()
{
    const QString catalog = path(u"catalog.tessera"_s);
    QCOMPARE(cli({u"init"_s, u"--sample"_s, u"--catalog"_s, catalog}).exitCode, 0);
    const Run run
        = cli({u"export"_s, u"-"_s, u"--products"_s, u"orders.orders"_s, u"--catalog"_s, catalog});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject document = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(document.value(u"format"_s).toString(), u"tessera-catalog"_s);
    const QJsonArray products = document.value(u"products"_s).toArray();
    QCOMPARE(products.size(), 1);
    QCOMPARE(products.first()[u"id"_s].toString(), u"orders.orders"_s);

    const Run unknown = cli(
        {u"export"_s, path(u"x.json"_s), u"--products"_s, u"no.such"_s, u"--catalog"_s, catalog});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(!QFile::exists(path(u"x.json"_s)));
}

void tst_Cli::generateCreatesCatalog()
{
    const QString catalog = path(u"generated.tessera"_s);
    const Run run = cli(
        {u"generate"_s, u"--products"_s, u"500"_s, u"--seed"_s, u"7"_s, u"--catalog"_s, catalog});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject stats = statsOf(catalog);
    QCOMPARE(stats.value(u"products"_s).toInt(), 500);
    QVERIFY(stats.value(u"domains"_s).toInt() >= 6);
    QVERIFY(stats.value(u"lineageEdges"_s).toInt() > 0);

    const Run search
        = cli({u"search"_s, u"customer"_s, u"--catalog"_s, catalog, u"--format"_s, u"json"_s});
    QCOMPARE(search.exitCode, 0);
    QVERIFY(!QJsonDocument::fromJson(search.out).array().isEmpty());
}

void tst_Cli::checkExitCodes()
{
    const QString catalog = path(u"s.tessera"_s);
    QCOMPARE(cli({u"init"_s, u"--sample"_s, u"--catalog"_s, catalog}).exitCode, 0);
    const Run failing = cli({u"check"_s, u"--catalog"_s, catalog});
    QCOMPARE(failing.exitCode, 1); // the sample's error-severity failures
    QVERIFY(failing.out.contains("shipping.shipment-tracking  no-deprecated-upstream"));
    // The report is the output: no log lines on stderr for a script to trip over.
    QVERIFY2(failing.err.isEmpty(), failing.err.constData());
    // only passing policies: 0
    writeFile(u"ok.yaml"_s, "id: ok\nrule: product.id != ''\n");
    QDir().mkpath(path(u"only-ok"_s));
    QVERIFY(QFile::rename(path(u"ok.yaml"_s), path(u"only-ok/ok.yaml"_s)));
    QCOMPARE(cli({u"check"_s, u"--catalog"_s, catalog, u"--policies"_s, path(u"only-ok"_s)}).exitCode, 0);
    // a warning failure alone does not fail the check
    writeFile(u"only-ok/warn.yaml"_s, "id: warn\nseverity: warning\nrule: 'false'\n");
    QCOMPARE(cli({u"check"_s, u"--catalog"_s, catalog, u"--policies"_s, path(u"only-ok"_s)}).exitCode, 0);
    // usage and input errors: 2
    QCOMPARE(cli({u"check"_s, u"--catalog"_s, catalog, u"--format"_s, u"xml"_s}).exitCode, 2);
    QCOMPARE(cli({u"check"_s, u"--catalog"_s, catalog, u"--policies"_s, path(u"missing"_s)}).exitCode, 2);
    QCOMPARE(cli({u"check"_s, u"--catalog"_s, path(u"none.tessera"_s)}).exitCode, 2);
    writeFile(u"only-ok/bad.yaml"_s, "id: bad\nrule: [\n");
    const Run bad = cli({u"check"_s, u"--catalog"_s, catalog, u"--policies"_s, path(u"only-ok"_s)});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("bad.yaml:"), bad.err.constData());
    const Run json = cli({u"check"_s, u"--catalog"_s, catalog, u"--format"_s, u"json"_s});
    const QJsonObject report = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(report.value(u"blockingFailures"_s).toInt(), 6);
    QCOMPARE(report.value(u"results"_s).toArray().size(), 6);
    QCOMPARE(cli({u"check"_s, u"--help"_s}).exitCode, 0);
}

void tst_Cli::checkSarif()
{
    const QString catalog = path(u"s.tessera"_s);
    QCOMPARE(cli({u"init"_s, u"--sample"_s, u"--catalog"_s, catalog}).exitCode, 0);
    const Run run = cli({u"check"_s, u"--catalog"_s, catalog, u"--format"_s, u"sarif"_s});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonObject sarif = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(sarif.value(u"$schema"_s).toString().contains(u"sarif"_s));
    QCOMPARE(sarif.value(u"version"_s).toString(), u"2.1.0"_s);
    const QJsonArray runs = sarif.value(u"runs"_s).toArray();
    QCOMPARE(runs.size(), 1);
    const QJsonObject driver = runs[0][u"tool"_s][u"driver"_s].toObject();
    QCOMPARE(driver.value(u"name"_s).toString(), u"tessera"_s);
    const QJsonArray rules = driver.value(u"rules"_s).toArray();
    QCOMPARE(rules.size(), 10);
    QStringList ruleIds;
    for (const QJsonValue &rule : rules) {
        ruleIds.append(rule[u"id"_s].toString());
        QVERIFY(!rule[u"shortDescription"_s][u"text"_s].toString().isEmpty());
        QVERIFY(QStringList({u"error"_s, u"warning"_s, u"note"_s})
                    .contains(rule[u"defaultConfiguration"_s][u"level"_s].toString()));
    }
    const QJsonArray results = runs[0][u"results"_s].toArray();
    QCOMPARE(results.size(), 6);
    for (const QJsonValue &result : results) {
        QVERIFY(ruleIds.contains(result[u"ruleId"_s].toString()));
        QVERIFY(QStringList({u"error"_s, u"warning"_s, u"note"_s}).contains(result[u"level"_s].toString()));
        QVERIFY(!result[u"message"_s][u"text"_s].toString().isEmpty());
        const QJsonArray logical = result[u"locations"_s][0][u"logicalLocations"_s].toArray();
        QCOMPARE(logical.size(), 1);
        QVERIFY(logical[0][u"fullyQualifiedName"_s].toString().contains(u'.'));
        // Policies stored in the catalog have no file to point at.
        QVERIFY(!result[u"locations"_s][0].toObject().contains(u"physicalLocation"_s));
    }

    // Policies read from files: each result points at its policy's rule, by a path relative to
    // the current folder (given relative or absolute), and has a fingerprint of its own.
    QVERIFY(QDir(m_dir->path()).mkpath(u"policies"_s));
    const Run exported = cli({u"policy"_s, u"export"_s, u"--catalog"_s, catalog});
    QCOMPARE(exported.exitCode, 0);
    writeFile(u"policies/federation.yaml"_s, exported.out);
    const QList<QByteArray> lines = exported.out.split('\n');
    for (const QString &folder : {u"policies"_s, path(u"policies"_s)}) {
        const Run located = cli({u"check"_s, u"--catalog"_s, catalog, u"--policies"_s, folder, u"--format"_s, u"sarif"_s});
        QCOMPARE(located.exitCode, 1);
        const QJsonArray found = QJsonDocument::fromJson(located.out)[u"runs"_s][0][u"results"_s].toArray();
        QCOMPARE(found.size(), 6);
        QSet<QString> fingerprints;
        for (const QJsonValue &result : found) {
            const QJsonObject physical = result[u"locations"_s][0][u"physicalLocation"_s].toObject();
            QCOMPARE(physical[u"artifactLocation"_s][u"uri"_s].toString(), u"policies/federation.yaml"_s);
            QCOMPARE(physical[u"artifactLocation"_s][u"uriBaseId"_s].toString(), u"%SRCROOT%"_s);
            // The rule of the policy the result is about.
            const QByteArray id = "id: " + result[u"ruleId"_s].toString().toUtf8();
            const qsizetype idLine = lines.indexOf(id);
            QVERIFY2(idLine >= 0, id.constData());
            qsizetype ruleLine = idLine;
            while (ruleLine < lines.size() && !lines.at(ruleLine).startsWith("rule:"))
                ++ruleLine;
            QCOMPARE(physical[u"region"_s][u"startLine"_s].toInt(), int(ruleLine) + 1);
            fingerprints.insert(result[u"partialFingerprints"_s][u"tesseraFinding/v1"_s].toString());
        }
        QCOMPARE(fingerprints.size(), 6);
        QVERIFY(!fingerprints.contains(QString()));
    }
}

void tst_Cli::checkJUnit()
{
    const QString catalog = path(u"s.tessera"_s);
    QCOMPARE(cli({u"init"_s, u"--sample"_s, u"--catalog"_s, catalog}).exitCode, 0);
    const Run run = cli({u"check"_s, u"--catalog"_s, catalog, u"--format"_s, u"junit"_s});
    QCOMPARE(run.exitCode, 1);
    QXmlStreamReader xml(run.out);
    int suites = 0;
    int cases = 0;
    int failures = 0;
    int skipped = 0;
    qint64 declaredTests = -1;
    qint64 declaredSkipped = -1;
    QString suite;
    QStringList path;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            if (path.isEmpty()) {
                QCOMPARE(name, u"testsuites"_s);
                declaredTests = xml.attributes().value(u"tests"_s).toLongLong();
                declaredSkipped = xml.attributes().value(u"skipped"_s).toLongLong();
            }
            if (name == u"skipped"_s) {
                QCOMPARE(path.constLast(), u"testcase"_s);
                QVERIFY(!xml.attributes().value(u"message"_s).isEmpty());
                ++skipped;
            }
            if (name == u"testsuite"_s) {
                QCOMPARE(path, QStringList{u"testsuites"_s});
                ++suites;
            } else if (name == u"testcase"_s) {
                QCOMPARE(path.constLast(), u"testsuite"_s);
                QVERIFY(!xml.attributes().value(u"name"_s).isEmpty());
                ++cases;
            } else if (name == u"failure"_s) {
                QCOMPARE(path.constLast(), u"testcase"_s);
                QVERIFY(!xml.attributes().value(u"message"_s).isEmpty());
                QVERIFY(!xml.readElementText().isEmpty());
                ++failures;
                continue; // readElementText consumed the end element
            }
            path.append(name);
        } else if (xml.isEndElement()) {
            path.removeLast();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(suites, 10);
    // Every pair: the 321 applicable ones (315 pass + 6 fail) and the skipped rest.
    QFile sample(QString::fromUtf8(TESSERA_SAMPLE_FILE));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const qsizetype products = QJsonDocument::fromJson(sample.readAll())[u"products"_s].toArray().size();
    QVERIFY(products > 30);
    QCOMPARE(cases, 10 * products);
    QCOMPARE(failures, 6);
    QCOMPARE(skipped, cases - 321);
    QCOMPARE(declaredTests, cases);
    QCOMPARE(declaredSkipped, skipped);
}

void tst_Cli::policyTest()
{
    const Run ok = cli({u"policy"_s, u"test"_s, QString::fromUtf8(TESSERA_SAMPLE_POLICIES)});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(ok.out.contains("passed, 0 failed"));
    QDir().mkpath(path(u"p"_s));
    writeFile(u"p/wrong.yaml"_s, "id: wrong\nrule: product.owner != ''\ntests:\n"
                                 "  - name: expects the wrong thing\n    product: {domain: a, name: b, owner: t}\n    expect: fail\n");
    const Run wrong = cli({u"policy"_s, u"test"_s, path(u"p"_s)});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY(wrong.out.contains("FAIL  wrong: expects the wrong thing"));
    QVERIFY(wrong.out.contains("expected fail, got pass"));
    writeFile(u"p/broken.yaml"_s, "id: Broken\nrule: 'true'\n");
    QCOMPARE(cli({u"policy"_s, u"test"_s, path(u"p"_s)}).exitCode, 2);
    QCOMPARE(cli({u"policy"_s, u"test"_s}).exitCode, 2);
    QCOMPARE(cli({u"policy"_s, u"frobnicate"_s}).exitCode, 2);
    QCOMPARE(cli({u"policy"_s, u"--help"_s}).exitCode, 0);
}

void tst_Cli::policyImportExportList()
{
    const QString catalog = path(u"s.tessera"_s);
    QCOMPARE(cli({u"init"_s, u"--sample"_s, u"--catalog"_s, catalog}).exitCode, 0);
    const Run exported = cli({u"policy"_s, u"export"_s, u"--catalog"_s, catalog, u"--format"_s, u"json"_s, u"slo-defined"_s});
    QCOMPARE(exported.exitCode, 0);
    QJsonObject policy = QJsonDocument::fromJson(exported.out).object();
    QCOMPARE(policy.value(u"id"_s).toString(), u"slo-defined"_s);
    policy.insert(u"severity"_s, u"warning"_s);
    writeFile(u"slo.json"_s, QJsonDocument(policy).toJson());
    QCOMPARE(cli({u"policy"_s, u"import"_s, path(u"slo.json"_s), u"--catalog"_s, catalog}).exitCode, 0);
    const Run list = cli({u"policy"_s, u"list"_s, u"--catalog"_s, catalog});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(QString::fromUtf8(list.out).contains(QRegularExpression(u"slo-defined +warning"_s)));
    // all or nothing: an invalid rule refuses the file
    writeFile(u"bad.yaml"_s, "id: fine\nrule: 'true'\n---\nid: bad\nrule: product.owner ==\n");
    QCOMPARE(cli({u"policy"_s, u"import"_s, path(u"bad.yaml"_s), u"--catalog"_s, catalog}).exitCode, 2);
    QVERIFY(!QString::fromUtf8(cli({u"policy"_s, u"list"_s, u"--catalog"_s, catalog}).out)
                 .contains(QRegularExpression(u"(^|\\n)fine "_s)));
    QCOMPARE(cli({u"policy"_s, u"export"_s, u"--catalog"_s, catalog, u"nope"_s}).exitCode, 1);
    const Run yaml = cli({u"policy"_s, u"export"_s, u"--catalog"_s, catalog});
    QCOMPARE(yaml.exitCode, 0);
    QVERIFY(yaml.out.contains("id: owner-present"));
}

void tst_Cli::publishThroughTheGate()
{
    const QString catalog = path(u"s.tessera"_s);
    QCOMPARE(cli({u"init"_s, u"--sample"_s, u"--catalog"_s, catalog}).exitCode, 0);
    // blocked: exit 1 with the failure and its explanation
    const Run blocked = cli({u"publish"_s, u"payments.fraud-signals"_s, u"--catalog"_s, catalog, u"--yes"_s});
    QCOMPARE(blocked.exitCode, 1);
    QVERIFY(blocked.out.contains("slo-defined"));
    QVERIFY(blocked.out.contains("service-level objective"));
    const Run show = cli({u"show"_s, u"payments.fraud-signals"_s, u"--catalog"_s, catalog, u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(show.out).object().value(u"status"_s).toString(), u"draft"_s);
    // a warning needs --yes
    QDir().mkpath(path(u"p"_s));
    writeFile(u"warn.yaml"_s, "id: needs-tags\nseverity: warning\nrule: size(product.tags) > 5\n");
    QCOMPARE(cli({u"policy"_s, u"import"_s, path(u"warn.yaml"_s), u"--catalog"_s, catalog}).exitCode, 0);
    const Run unconfirmed = cli({u"publish"_s, u"marketing-analytics.churn-scores"_s, u"--catalog"_s, catalog});
    QCOMPARE(unconfirmed.exitCode, 1);
    QVERIFY(unconfirmed.out.contains("needs-tags"));
    QVERIFY(unconfirmed.out.contains("--yes"));
    const Run confirmed = cli({u"publish"_s, u"marketing-analytics.churn-scores"_s, u"--catalog"_s, catalog, u"--yes"_s});
    QCOMPARE(confirmed.exitCode, 0);
    // Published already: the gate runs again and says whether the product would still pass.
    const Run again = cli({u"publish"_s, u"marketing-analytics.churn-scores"_s, u"--catalog"_s, catalog});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("still passes"));
    QVERIFY(again.out.contains("needs-tags")); // the warning, still shown
    writeFile(u"strict.yaml"_s, "id: needs-a-hundred-tags\nseverity: error\nrule: size(product.tags) > 100\n");
    QCOMPARE(cli({u"policy"_s, u"import"_s, path(u"strict.yaml"_s), u"--catalog"_s, catalog}).exitCode, 0);
    const Run stricter = cli({u"publish"_s, u"marketing-analytics.churn-scores"_s, u"--catalog"_s, catalog});
    QCOMPARE(stricter.exitCode, 1);
    QVERIFY(stricter.out.contains("already published, but would not pass"));
    QVERIFY(stricter.out.contains("needs-a-hundred-tags"));
    QCOMPARE(cli({u"publish"_s, u"no.such"_s, u"--catalog"_s, catalog}).exitCode, 1);
    QCOMPARE(cli({u"publish"_s, u"--catalog"_s, catalog}).exitCode, 2);
}

void tst_Cli::celTypedValues_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("vars");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("int") << u"1 + 2"_s << QString() << QByteArray(R"({"type":"int","value":3})");
    QTest::newRow("uint") << u"3u"_s << QString() << QByteArray(R"({"type":"uint","value":3})");
    QTest::newRow("double") << u"1.5"_s << QString() << QByteArray(R"({"type":"double","value":1.5})");
    QTest::newRow("bool") << u"true"_s << QString() << QByteArray(R"({"type":"bool","value":true})");
    QTest::newRow("string") << u"'a' + 'b'"_s << QString() << QByteArray(R"({"type":"string","value":"ab"})");
    QTest::newRow("bytes") << u"b'hi'"_s << QString() << QByteArray(R"({"type":"bytes","value":"aGk="})");
    QTest::newRow("null") << u"null"_s << QString() << QByteArray(R"({"type":"null_type","value":null})");
    QTest::newRow("list") << u"[1]"_s << QString() << QByteArray(R"({"type":"list","value":[{"type":"int","value":1}]})");
    QTest::newRow("map") << u"{'k': true}"_s << QString()
                         << QByteArray(R"({"type":"map","value":[[{"type":"string","value":"k"},{"type":"bool","value":true}]]})");
    QTest::newRow("timestamp") << u"timestamp('2024-01-02T03:04:05Z')"_s << QString()
                               << QByteArray(R"({"type":"google.protobuf.Timestamp","value":"2024-01-02T03:04:05Z"})");
    QTest::newRow("duration") << u"duration('1h')"_s << QString()
                              << QByteArray(R"({"type":"google.protobuf.Duration","value":"3600s"})");
    QTest::newRow("type") << u"type(1)"_s << QString() << QByteArray(R"({"type":"type","value":"int"})");
    QTest::newRow("vars") << u"x + 1"_s << uR"({"x": {"type": "int", "value": 41}})"_s
                          << QByteArray(R"({"type":"int","value":42})");
    // Expressions that begin with "-" are expressions, not options.
    QTest::newRow("negative") << u"-1 + 2"_s << QString() << QByteArray(R"({"type":"int","value":1})");
    QTest::newRow("int64 min") << u"-9223372036854775808"_s << QString()
                               << QByteArray(R"({"type":"int","value":-9223372036854775808})");
    QTest::newRow("negated var") << u"-x"_s << uR"({"x": {"type": "double", "value": 2.5}})"_s
                                 << QByteArray(R"({"type":"double","value":-2.5})");
}

void tst_Cli::celTypedValues()
{
    QFETCH(QString, expression);
    QFETCH(QString, vars);
    QFETCH(QByteArray, expected);
    QStringList args{u"cel"_s, expression};
    if (!vars.isEmpty())
        args << u"--vars"_s << vars;
    const Run run = cli(args);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out), QJsonDocument::fromJson(expected));
    QCOMPARE(run.out.count('\n'), 1); // one line
}

void tst_Cli::celErrors()
{
    const Run evaluation = cli({u"cel"_s, u"1 / 0"_s});
    QCOMPARE(evaluation.exitCode, 1);
    const QJsonObject e = QJsonDocument::fromJson(evaluation.out).object();
    QVERIFY(!e.value(u"error"_s).toString().isEmpty());
    QVERIFY(!e.contains(u"line"_s));
    const Run syntax = cli({u"cel"_s, u"1 +"_s});
    QCOMPARE(syntax.exitCode, 2);
    const QJsonObject s = QJsonDocument::fromJson(syntax.out).object();
    QVERIFY(!s.value(u"error"_s).toString().isEmpty());
    QVERIFY(s.value(u"line"_s).isDouble());
    QVERIFY(s.value(u"column"_s).isDouble());
    QCOMPARE(cli({u"cel"_s, u"x"_s, u"--vars"_s, u"[1]"_s}).exitCode, 2);
    QCOMPARE(cli({u"cel"_s, u"x"_s, u"--vars"_s, uR"({"x": {"type": "nope"}})"_s}).exitCode, 2);
    QCOMPARE(cli({u"cel"_s}).exitCode, 2);
    QCOMPARE(cli({u"cel"_s, u"--help"_s}).exitCode, 0);
    // Options still count wherever they stand; after "--" everything is the expression.
    const Run varsFirst = cli({u"cel"_s, u"--vars"_s, uR"({"x": {"type": "int", "value": 3}})"_s, u"-x"_s});
    QCOMPARE(varsFirst.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(varsFirst.out), QJsonDocument::fromJson(R"({"type":"int","value":-3})"));
    const Run dashes = cli({u"cel"_s, u"--"_s, u"-1"_s});
    QCOMPARE(dashes.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(dashes.out), QJsonDocument::fromJson(R"({"type":"int","value":-1})"));
    QCOMPARE(cli({u"cel"_s, u"-1"_s, u"-2"_s}).exitCode, 2); // one expression
    const Run varsEquals = cli({u"cel"_s, u"--vars={\"x\": {\"type\": \"int\", \"value\": 3}}"_s, u"-x"_s});
    QCOMPARE(varsEquals.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(varsEquals.out), QJsonDocument::fromJson(R"({"type":"int","value":-3})"));
    // A mistyped option is still reported as one.
    const Run mistyped = cli({u"cel"_s, u"--var"_s, u"{}"_s, u"x"_s});
    QCOMPARE(mistyped.exitCode, 2);
    QVERIFY2(mistyped.err.contains("Unknown option 'var'"), mistyped.err.constData());
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
