#include "governance/policychecker.h"

#include "governance/compiledpolicy.h"
#include "governance/policyvariables.h"
#include "interop/catalogjson.h"
#include "policy/celjson.h"
#include "policy/celmap.h"
#include "policy/celstringpool.h"
#include "storage/catalog.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <mutex>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using Json = nlohmann::json;

Q_LOGGING_CATEGORY(lcPolicy, "tessera.policy")

namespace Tessera {

namespace {

// Runs work(begin, end) over [0, count) in chunks on `threads` threads, the caller being one
// of them. Progress is reported from the caller only. False when progress asked to stop.
template<typename Work>
bool parallelFor(qint64 count, int threads, qint64 chunk, Work work, const ProgressCallback &progress,
                 qint64 doneBefore, qint64 total)
{
    std::atomic<qint64> next{0};
    std::atomic<qint64> done{0};
    std::atomic<bool> stop{false};
    auto loop = [&](bool reporting) {
        while (!stop.load(std::memory_order_relaxed)) {
            const qint64 begin = next.fetch_add(chunk);
            if (begin >= count)
                break;
            const qint64 end = std::min(count, begin + chunk);
            work(begin, end);
            const qint64 finished = done.fetch_add(end - begin) + (end - begin);
            if (reporting && progress && !progress(doneBefore + finished, total))
                stop = true;
        }
    };
    std::vector<std::thread> workers;
    const int extra = int(std::min<qint64>(threads - 1, (count + chunk - 1) / chunk - 1));
    workers.reserve(std::size_t(std::max(0, extra)));
    for (int i = 0; i < extra; ++i)
        workers.emplace_back(loop, false);
    loop(true);
    for (std::thread &worker : workers)
        worker.join();
    return !stop.load();
}

struct LoadedProduct
{
    QString id;
    QString domainId;
    QString status;
    QStringList inputs; // ids of the products it consumes, until `upstream` is built
    CelValue value;
    CelValue upstream; // the list of their documents
};

// A field of a converted document, looked up as compiled programs do.
struct Field
{
    explicit Field(QStringView key)
        : name(CelStringPool::intern(key))
        , hash(CelMap::hashOf(name))
    {
    }
    const CelValue *in(const CelValue &object) const
    {
        return object.kind() == CelValue::Kind::Map ? object.mapValue().findField(name, hash) : nullptr;
    }
    QString text(const CelValue &object) const
    {
        const CelValue *value = in(object);
        return value && value->kind() == CelValue::Kind::String ? value->stringValue() : QString();
    }
    QString name;
    size_t hash;
};

// Reads what the checker needs besides the value: identity, scope and lineage.
void describe(LoadedProduct &p)
{
    static const Field id(u"id"_s), domain(u"domain"_s), status(u"status"_s),
        inputPorts(u"inputPorts"_s), product(u"product"_s);
    p.id = id.text(p.value);
    p.domainId = domain.text(p.value);
    p.status = status.text(p.value);
    const CelValue *inputs = inputPorts.in(p.value);
    if (!inputs || inputs->kind() != CelValue::Kind::List)
        return;
    for (const CelValue &input : inputs->listValue()) {
        const QString upstream = product.text(input);
        if (!upstream.isEmpty() && !p.inputs.contains(upstream))
            p.inputs.append(upstream);
    }
}

Result<CheckReport> evaluateAll(const QList<Domain> &domains, QList<QByteArray> documents,
                                const QList<Policy> &allPolicies, const CheckOptions &options,
                                const ProgressCallback &progress, qint64 loadMs)
{
    QElapsedTimer timer;
    timer.start();
    const int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
    const qint64 count = documents.size();
    const qint64 total = 2 * count;

    // Domains: each with its ancestors (nearest first), as values and for scopes.
    QHash<QString, const Domain *> domainById;
    for (const Domain &d : domains)
        domainById.insert(d.id, &d);
    QHash<QString, QStringList> ancestors;
    QHash<QString, CelValue> domainValues;
    for (const Domain &d : domains) {
        QStringList up;
        for (QString cursor = d.parentId; !cursor.isEmpty() && !up.contains(cursor) && cursor != d.id;
             cursor = domainById.contains(cursor) ? domainById.value(cursor)->parentId : QString())
            up.append(cursor);
        ancestors.insert(d.id, up);
        domainValues.insert(d.id, PolicyVariables::domain(d, up));
    }

    // Products: each document read straight into a value once. Its text is freed at once, by
    // the worker that read it: freeing is work too, and spread over the threads.
    std::vector<LoadedProduct> products(static_cast<std::size_t>(count));
    QByteArray *texts = documents.data(); // detached here, before the workers share it
    const bool converted = parallelFor(count, threads, 64, [&](qint64 begin, qint64 end) {
        for (qint64 i = begin; i < end; ++i) {
            LoadedProduct &p = products[std::size_t(i)];
            auto value = CelJson::parse(texts[i]);
            texts[i] = QByteArray();
            if (!value || value->kind() != CelValue::Kind::Map) {
                qCWarning(lcPolicy).noquote() << u"skipping product document %1: %2"_s.arg(i).arg(
                    value ? u"not an object"_s : value.error());
                continue;
            }
            p.value = std::move(value).value();
            describe(p);
        }
    }, progress, 0, total);
    if (!converted)
        return Error{PolicyChecker::tr("The policy check was cancelled.")};
    documents.clear();
    QHash<QString, qint64> productIndex;
    productIndex.reserve(count);
    for (qint64 i = 0; i < count; ++i)
        productIndex.insert(products[std::size_t(i)].id, i);
    // Every product's `upstream` refers to the documents converted above: each document is
    // converted once however many products consume it.
    parallelFor(count, threads, 256, [&](qint64 begin, qint64 end) {
        for (qint64 i = begin; i < end; ++i) {
            LoadedProduct &p = products[std::size_t(i)];
            QList<CelValue> upstream;
            upstream.reserve(p.inputs.size());
            for (const QString &id : std::as_const(p.inputs)) {
                const qint64 at = productIndex.value(id, -1);
                if (at >= 0)
                    upstream.append(products[std::size_t(at)].value);
            }
            p.upstream = CelValue::fromList(std::move(upstream));
        }
    }, {}, 0, 0);
    const qint64 convertMs = timer.elapsed();

    std::vector<CompiledPolicy> compiled;
    for (const Policy &policy : allPolicies) {
        if (policy.enabled || options.includeDisabled)
            compiled.emplace_back(policy);
    }
    const qsizetype policyCount = qsizetype(compiled.size());

    // The policies that apply in each domain, by scope: the others are never looked at.
    std::vector<std::vector<int>> scopes;
    QHash<QString, int> scopeIndex;
    std::vector<int> productScope(static_cast<std::size_t>(count));
    for (qint64 i = 0; i < count; ++i) {
        const QString &domainId = products[std::size_t(i)].domainId;
        auto it = scopeIndex.constFind(domainId);
        if (it == scopeIndex.cend()) {
            std::vector<int> applies;
            const QStringList up = ancestors.value(domainId);
            for (qsizetype j = 0; j < policyCount; ++j) {
                const Policy &policy = compiled[std::size_t(j)].policy();
                if (policy.isGlobal() || policy.scope == domainId || up.contains(policy.scope))
                    applies.push_back(int(j));
            }
            scopes.push_back(std::move(applies));
            it = scopeIndex.insert(domainId, int(scopes.size()) - 1);
        }
        productScope[std::size_t(i)] = it.value();
    }

    CheckReport report;
    report.evaluatedAt = options.now;
    for (const CompiledPolicy &c : compiled) {
        const Policy &p = c.policy();
        report.policies.append({p.id, p.title, p.scope, p.severity, p.message, c.compileError()});
    }
    report.products.reserve(count);
    for (const LoadedProduct &p : products)
        report.products.append({p.id, p.domainId, p.status});
    report.outcomes.assign(std::size_t(count) * std::size_t(policyCount), PolicyOutcome::NotApplicable);
    report.productCounts.resize(std::size_t(count));
    report.policyCounts.resize(std::size_t(policyCount));

    const CelValue now = PolicyVariables::now(options.now);
    const QDate today = options.now.toUTC().date();
    const CelValue noDomain = CelJson::fromJson(Json::object());
    std::mutex findingsMutex;
    QList<CheckReport::Finding> findings;
    const bool evaluated = parallelFor(count, threads, 64, [&](qint64 begin, qint64 end) {
        QList<CheckReport::Finding> local;
        std::vector<OutcomeCounts> policyCounts(static_cast<std::size_t>(policyCount));
        std::array<CelValue, CompiledPolicy::VariableCount> variables;
        variables[CompiledPolicy::Now] = now;
        for (qint64 i = begin; i < end; ++i) {
            LoadedProduct &p = products[std::size_t(i)];
            variables[CompiledPolicy::Product] = std::move(p.value);
            variables[CompiledPolicy::Domain] = domainValues.value(p.domainId, noDomain);
            variables[CompiledPolicy::Upstream] = std::move(p.upstream);
            PolicyOutcome *row = report.outcomes.data() + std::size_t(i) * std::size_t(policyCount);
            for (const int j : scopes[std::size_t(productScope[std::size_t(i)])]) {
                PolicyResult result = compiled[std::size_t(j)].evaluate(variables, p.id, today, options.explain);
                row[j] = result.outcome;
                if (result.outcome == PolicyOutcome::Fail || result.outcome == PolicyOutcome::Error)
                    local.append({int(i), j, result.outcome, std::move(result.detail)});
            }
            OutcomeCounts &counts = report.productCounts[std::size_t(i)];
            for (qsizetype j = 0; j < policyCount; ++j) {
                counts.add(row[j]);
                policyCounts[std::size_t(j)].add(row[j]);
            }
        }
        // The documents of this chunk die here, on this worker, unless another product still
        // holds them as upstream.
        variables = {};
        const std::lock_guard lock(findingsMutex);
        findings.append(std::move(local));
        for (qsizetype j = 0; j < policyCount; ++j)
            report.policyCounts[std::size_t(j)] += policyCounts[std::size_t(j)];
    }, progress, count, total);
    if (!evaluated)
        return Error{PolicyChecker::tr("The policy check was cancelled.")};
    std::sort(findings.begin(), findings.end(), [](const CheckReport::Finding &a, const CheckReport::Finding &b) {
        return a.product != b.product ? a.product < b.product : a.policy < b.policy;
    });
    report.findings = std::move(findings);

    for (qint64 i = 0; i < count; ++i) {
        const OutcomeCounts &row = report.productCounts[std::size_t(i)];
        report.domainCounts[products[std::size_t(i)].domainId] += row;
        report.total += row;
    }
    report.elapsedMs = loadMs + timer.elapsed();
    report.loadMs = loadMs;
    report.convertMs = convertMs;
    report.evaluateMs = timer.elapsed() - convertMs;
    qCDebug(lcPolicy).noquote()
        << u"checked %1 policies over %2 products in %3 ms (%4 threads): %5 pass, %6 fail, %7 error, %8 exempt, %9 not applicable"_s
               .arg(policyCount).arg(count).arg(report.elapsedMs).arg(threads)
               .arg(report.total.passed).arg(report.total.failed).arg(report.total.errors)
               .arg(report.total.exempt).arg(report.total.notApplicable);
    return report;
}

} // namespace

Result<CheckReport> PolicyChecker::check(Catalog &catalog, const CheckOptions &options,
                                         const ProgressCallback &progress)
{
    auto policies = catalog.policies();
    if (!policies)
        return Error{policies.error()};
    return check(catalog, policies.value(), options, progress);
}

Result<CheckReport> PolicyChecker::check(Catalog &catalog, const QList<Policy> &policies,
                                         const CheckOptions &options, const ProgressCallback &progress)
{
    QElapsedTimer timer;
    timer.start();
    auto domains = catalog.domains();
    if (!domains)
        return Error{domains.error()};
    auto documents = catalog.productDocuments();
    if (!documents)
        return Error{documents.error()};
    return evaluateAll(domains.value(), std::move(documents).value(), policies, options, progress,
                       timer.elapsed());
}

Result<CheckReport> PolicyChecker::check(const CatalogDocument &document, const CheckOptions &options,
                                         const ProgressCallback &progress)
{
    QList<QByteArray> documents;
    documents.reserve(document.products.size());
    for (const DataProduct &product : document.products)
        documents.append(CatalogJson::productToJson(product));
    return evaluateAll(document.domains, std::move(documents), document.policies, options, progress, 0);
}

} // namespace Tessera
