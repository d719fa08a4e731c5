#include "interop/syntheticcatalog.h"
#include "model/productvalidator.h"
#include "storage/sqlitecatalog.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

class tst_SyntheticCatalog : public QObject
{
    Q_OBJECT

private slots:
    void deterministicForASeed();
    void productCount_data();
    void productCount();
    void idsAreUnique();
    void referencesResolve();
    void lineageIsAcyclic();
    void productsAreValid();
    void shapeIsRealistic();
    void wordFrequencyIsSkewed();
    void timesAreNotInTheFuture();
    void progressCanStop();
    void importsIntoACatalog();

private:
    static QDateTime now() { return QDateTime(QDate(2026, 3, 1), QTime(12, 30), Qt::UTC); }
    static const CatalogDocument &large();
};

const CatalogDocument &tst_SyntheticCatalog::large()
{
    static const CatalogDocument document = SyntheticCatalog::generate(5000, 42, now());
    return document;
}

void tst_SyntheticCatalog::deterministicForASeed()
{
    const CatalogDocument a = SyntheticCatalog::generate(400, 7, now());
    const CatalogDocument b = SyntheticCatalog::generate(400, 7, now());
    QVERIFY(a == b);
    const CatalogDocument c = SyntheticCatalog::generate(400, 8, now());
    QVERIFY(!(a == c));
}

void tst_SyntheticCatalog::productCount_data()
{
    QTest::addColumn<int>("products");
    QTest::addColumn<int>("minimumDomains");
    QTest::addColumn<int>("maximumDomains");
    QTest::newRow("none") << 0 << 6 << 6;
    QTest::newRow("one") << 1 << 6 << 6;
    QTest::newRow("500") << 500 << 6 << 6;
    QTest::newRow("3000") << 3000 << 9 << 11;
    QTest::newRow("12000") << 12000 << 38 << 42;
}

void tst_SyntheticCatalog::productCount()
{
    QFETCH(int, products);
    QFETCH(int, minimumDomains);
    QFETCH(int, maximumDomains);
    const CatalogDocument document = SyntheticCatalog::generate(products, 42, now());
    QCOMPARE(document.products.size(), products);
    QVERIFY2(document.domains.size() >= minimumDomains,
             qPrintable(QString::number(document.domains.size())));
    QVERIFY2(document.domains.size() <= maximumDomains,
             qPrintable(QString::number(document.domains.size())));
    QVERIFY(!document.teams.isEmpty());
    QVERIFY(!document.people.isEmpty());
    const bool hasSubdomain = std::any_of(document.domains.cbegin(), document.domains.cend(),
                                          [](const Domain &d) { return !d.parentId.isEmpty(); });
    QVERIFY(hasSubdomain);
}

void tst_SyntheticCatalog::idsAreUnique()
{
    const CatalogDocument &document = large();
    auto unique = [](const auto &list) {
        QSet<QString> ids;
        for (const auto &item : list)
            ids.insert(item.id);
        return ids.size() == list.size();
    };
    QVERIFY(unique(document.domains));
    QVERIFY(unique(document.teams));
    QVERIFY(unique(document.people));
    QVERIFY(unique(document.products));
}

void tst_SyntheticCatalog::referencesResolve()
{
    const CatalogDocument &document = large();
    QSet<QString> domains;
    for (const Domain &domain : document.domains)
        domains.insert(domain.id);
    QSet<QString> teams;
    for (const Team &team : document.teams) {
        teams.insert(team.id);
        QVERIFY(domains.contains(team.domainId));
    }
    QSet<QString> people;
    for (const Person &person : document.people) {
        people.insert(person.id);
        QVERIFY(teams.contains(person.teamId));
    }
    for (const Domain &domain : document.domains) {
        QVERIFY(domain.parentId.isEmpty() || domains.contains(domain.parentId));
        for (const RoleAssignment &role : domain.roles)
            QVERIFY(people.contains(role.personId));
    }
    QHash<QString, const DataProduct *> products;
    for (const DataProduct &product : document.products)
        products.insert(product.id, &product);
    for (const DataProduct &product : document.products) {
        QVERIFY2(domains.contains(product.domainId), qPrintable(product.id));
        QVERIFY2(teams.contains(product.ownerTeamId), qPrintable(product.id));
        for (const RoleAssignment &role : product.roles)
            QVERIFY2(people.contains(role.personId), qPrintable(product.id));
        for (const InputPort &input : product.inputPorts) {
            const DataProduct *upstream = products.value(input.productId);
            QVERIFY2(upstream, qPrintable(product.id + u" reads "_s + input.productId));
            const bool portExists
                = std::any_of(upstream->outputPorts.cbegin(), upstream->outputPorts.cend(),
                              [&](const OutputPort &port) { return port.name == input.portName; });
            QVERIFY2(portExists, qPrintable(input.productId + u"/"_s + input.portName));
        }
    }
    for (const SlaObservation &observation : document.observations) {
        const DataProduct *product = products.value(observation.productId);
        QVERIFY(product);
        const bool sloExists = std::any_of(
            product->slos.cbegin(), product->slos.cend(),
            [&](const ServiceLevelObjective &slo) { return slo.id == observation.sloId; });
        QVERIFY2(sloExists, qPrintable(observation.productId + u"/"_s + observation.sloId));
    }
}

void tst_SyntheticCatalog::lineageIsAcyclic()
{
    // Kahn's algorithm: every product must be removable once its inputs are.
    const CatalogDocument &document = large();
    QHash<QString, int> pending;
    QHash<QString, QStringList> consumers;
    for (const DataProduct &product : document.products) {
        pending.insert(product.id, int(product.inputPorts.size()));
        for (const InputPort &input : product.inputPorts)
            consumers[input.productId].append(product.id);
    }
    QStringList ready;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (it.value() == 0)
            ready.append(it.key());
    }
    qsizetype removed = 0;
    while (!ready.isEmpty()) {
        const QString id = ready.takeLast();
        ++removed;
        for (const QString &consumer : consumers.value(id)) {
            if (--pending[consumer] == 0)
                ready.append(consumer);
        }
    }
    QCOMPARE(removed, document.products.size());
}

void tst_SyntheticCatalog::productsAreValid()
{
    const CatalogDocument &document = large();
    for (const Domain &domain : document.domains) {
        const auto problems = ProductValidator::validate(domain);
        QVERIFY2(problems.isEmpty(), qPrintable(domain.id + u": "_s + problems.value(0).message));
    }
    for (const DataProduct &product : document.products) {
        const auto problems = ProductValidator::validate(product);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(product.id + u": "_s + problems.value(0).field + u" "_s
                            + problems.value(0).message));
    }
}

void tst_SyntheticCatalog::shapeIsRealistic()
{
    const CatalogDocument &document = large();
    qsizetype inputs = 0;
    qsizetype withPii = 0;
    QSet<QString> observed;
    QSet<QString> tags;
    QSet<LifecycleStatus> statuses;
    QSet<Classification> classifications;
    for (const SlaObservation &observation : document.observations)
        observed.insert(observation.productId);
    for (const DataProduct &product : document.products) {
        QVERIFY(product.outputPorts.size() >= 1 && product.outputPorts.size() <= 3);
        QVERIFY(product.slos.size() >= 1 && product.slos.size() <= 3);
        QVERIFY(!product.title.isEmpty());
        QVERIFY(!product.purpose.isEmpty());
        bool pii = false;
        for (const OutputPort &port : product.outputPorts) {
            QVERIFY2(port.fields.size() >= 4 && port.fields.size() <= 15,
                     qPrintable(product.id + u" "_s + QString::number(port.fields.size())));
            for (const SchemaField &field : port.fields)
                pii = pii || field.pii;
        }
        withPii += pii;
        inputs += product.inputPorts.size();
        for (const QString &tag : product.tags)
            tags.insert(tag);
        statuses.insert(product.status);
        classifications.insert(product.classification);
    }
    const double products = double(document.products.size());
    const double averageInputs = inputs / products;
    QVERIFY2(averageInputs > 1.3 && averageInputs < 1.7,
             qPrintable(QString::number(averageInputs)));
    QVERIFY2(withPii > products * 0.05 && withPii < products * 0.5,
             qPrintable(QString::number(withPii)));
    const double observedShare = observed.size() / products;
    QVERIFY2(observedShare > 0.01 && observedShare < 0.03,
             qPrintable(QString::number(observedShare)));
    QVERIFY2(tags.size() > 150 && tags.size() <= 220, qPrintable(QString::number(tags.size())));
    QCOMPARE(statuses.size(), 5);
    QCOMPARE(classifications.size(), 4);

    // 30 daily values per observed objective.
    QHash<QString, int> perSeries;
    for (const SlaObservation &observation : document.observations)
        ++perSeries[observation.productId + u'/' + observation.sloId];
    for (auto it = perSeries.cbegin(); it != perSeries.cend(); ++it)
        QCOMPARE(it.value(), 30);
}

void tst_SyntheticCatalog::wordFrequencyIsSkewed()
{
    // A Zipf-like vocabulary: a few words carry most of the text, most words are rare.
    QHash<QString, int> counts;
    for (const DataProduct &product : large().products) {
        const QString text = product.title + u' ' + product.purpose + u' ' + product.limitations;
        for (const QStringView word : text.tokenize(u' ', Qt::SkipEmptyParts))
            ++counts[word.toString().toLower()];
    }
    QList<int> frequencies = counts.values();
    std::sort(frequencies.begin(), frequencies.end(), std::greater<>());
    QVERIFY2(frequencies.size() > 300, qPrintable(QString::number(frequencies.size())));
    qint64 total = 0;
    for (int f : std::as_const(frequencies))
        total += f;
    qint64 top = 0;
    for (qsizetype i = 0; i < frequencies.size() / 10; ++i)
        top += frequencies.at(i);
    QVERIFY2(top > total / 2, qPrintable(u"%1 of %2"_s.arg(top).arg(total)));
    const int median = frequencies.at(frequencies.size() / 2);
    QVERIFY2(frequencies.first() > 50 * median,
             qPrintable(u"%1 vs %2"_s.arg(frequencies.first()).arg(median)));
}

void tst_SyntheticCatalog::timesAreNotInTheFuture()
{
    const CatalogDocument &document = large();
    for (const DataProduct &product : document.products) {
        QVERIFY(product.createdAt.isValid() && product.createdAt <= now());
        QVERIFY(product.updatedAt >= product.createdAt && product.updatedAt <= now());
    }
    QVERIFY(!document.observations.isEmpty());
    for (const SlaObservation &observation : document.observations)
        QVERIFY(observation.at <= now() && observation.at > now().addDays(-31));
}

void tst_SyntheticCatalog::progressCanStop()
{
    qint64 calls = 0;
    const CatalogDocument stopped = SyntheticCatalog::generate(
        5000, 1, now(), [&calls](qint64, qint64) { return ++calls < 2; });
    QVERIFY(stopped.isEmpty());
    QCOMPARE(calls, 2);

    qint64 last = -1;
    qint64 reportedTotal = -1;
    bool increasing = true;
    const CatalogDocument done
        = SyntheticCatalog::generate(3000, 1, now(), [&](qint64 d, qint64 t) {
              increasing = increasing && d >= last;
              last = d;
              reportedTotal = t;
              return true;
          });
    QCOMPARE(done.products.size(), 3000);
    QVERIFY(increasing);
    QCOMPARE(last, reportedTotal);
}

void tst_SyntheticCatalog::importsIntoACatalog()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto catalog = SqliteCatalog::create(dir.filePath(u"synthetic.tessera"_s));
    QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
    const CatalogDocument document = SyntheticCatalog::generate(800, 3, now());
    auto summary = catalog.value()->importDocument(document);
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->products, 800);
    auto stats = catalog.value()->stats();
    QVERIFY(stats.ok());
    QCOMPARE(stats->products, 800);
    QCOMPARE(stats->domains, document.domains.size());
    QCOMPARE(stats->observations, document.observations.size());
    qint64 edges = 0;
    for (const DataProduct &product : document.products)
        edges += product.inputPorts.size();
    QCOMPARE(stats->lineageEdges, edges);
}

QTEST_GUILESS_MAIN(tst_SyntheticCatalog)
#include "tst_syntheticcatalog.moc"
