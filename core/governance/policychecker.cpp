#include "governance/policychecker.h"

#include "governance/compiledpolicy.h"
#include "governance/policyvariables.h"
#include "interop/catalogjson.h"
#include "policy/celjson.h"
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
    QStringList inputs;
    CelValue value;
};

QString str(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

Result<CheckReport> evaluateAll(const QList<Domain> &domains, const QList<QByteArray> &documents,
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

    // Products: each document parsed and converted once.
    std::vector<LoadedProduct> products(static_cast<std::size_t>(count));
    const bool converted = parallelFor(count, threads, 64, [&](qint64 begin, qint64 end) {
        for (qint64 i = begin; i < end; ++i) {
            const QByteArray &bytes = documents.at(i);
            const Json json = Json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
            LoadedProduct &p = products[std::size_t(i)];
            if (json.is_discarded() || !json.is_object())
                continue;
            p.id = str(json, "id");
            p.domainId = str(json, "domain");
            p.status = str(json, "status");
            if (const auto inputs = json.find("inputPorts"); inputs != json.end() && inputs->is_array()) {
                for (const Json &input : *inputs) {
                    if (input.is_object()) {
                        const QString upstream = str(input, "product");
                        if (!upstream.isEmpty() && !p.inputs.contains(upstream))
                            p.inputs.append(upstream);
                    }
                }
            }
            p.value = CelJson::fromJson(json);
        }
    }, progress, 0, total);
    if (!converted)
        return Error{PolicyChecker::tr("The policy check was cancelled.")};
    const qint64 convertMs = timer.elapsed();
    QHash<QString, qint64> productIndex;
    productIndex.reserve(count);
    for (qint64 i = 0; i < count; ++i)
        productIndex.insert(products[std::size_t(i)].id, i);

    std::vector<CompiledPolicy> compiled;
    for (const Policy &policy : allPolicies) {
        if (policy.enabled || options.includeDisabled)
            compiled.emplace_back(policy);
    }
    const qsizetype policyCount = qsizetype(compiled.size());

    // Which policies apply in each domain, by scope.
    std::vector<std::vector<char>> scopes;
    QHash<QString, int> scopeIndex;
    std::vector<int> productScope(static_cast<std::size_t>(count));
    for (qint64 i = 0; i < count; ++i) {
        const QString &domainId = products[std::size_t(i)].domainId;
        auto it = scopeIndex.constFind(domainId);
        if (it == scopeIndex.cend()) {
            std::vector<char> applies(static_cast<std::size_t>(policyCount));
            const QStringList up = ancestors.value(domainId);
            for (qsizetype j = 0; j < policyCount; ++j) {
                const Policy &policy = compiled[std::size_t(j)].policy();
                applies[std::size_t(j)] = policy.isGlobal() || policy.scope == domainId || up.contains(policy.scope);
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

    const CelValue now = PolicyVariables::now(options.now);
    const QDate today = options.now.toUTC().date();
    const CelValue noDomain = CelJson::fromJson(Json::object());
    std::mutex findingsMutex;
    QList<CheckReport::Finding> findings;
    const bool evaluated = parallelFor(count, threads, 64, [&](qint64 begin, qint64 end) {
        QList<CheckReport::Finding> local;
        std::array<CelValue, CompiledPolicy::VariableCount> variables;
        variables[CompiledPolicy::Now] = now;
        for (qint64 i = begin; i < end; ++i) {
            const LoadedProduct &p = products[std::size_t(i)];
            const std::vector<char> &scope = scopes[std::size_t(productScope[std::size_t(i)])];
            variables[CompiledPolicy::Product] = p.value;
            variables[CompiledPolicy::Domain] = domainValues.value(p.domainId, noDomain);
            QList<CelValue> upstream;
            upstream.reserve(p.inputs.size());
            for (const QString &id : p.inputs) {
                const qint64 at = productIndex.value(id, -1);
                if (at >= 0)
                    upstream.append(products[std::size_t(at)].value);
            }
            variables[CompiledPolicy::Upstream] = CelValue::fromList(std::move(upstream));
            PolicyOutcome *row = report.outcomes.data() + std::size_t(i) * std::size_t(policyCount);
            for (qsizetype j = 0; j < policyCount; ++j) {
                if (!scope[std::size_t(j)])
                    continue;
                PolicyResult result = compiled[std::size_t(j)].evaluate(variables, p.id, today, options.explain);
                row[j] = result.outcome;
                if (result.outcome == PolicyOutcome::Fail || result.outcome == PolicyOutcome::Error)
                    local.append({int(i), int(j), result.outcome, std::move(result.detail)});
            }
        }
        const std::lock_guard lock(findingsMutex);
        findings.append(std::move(local));
    }, progress, count, total);
    if (!evaluated)
        return Error{PolicyChecker::tr("The policy check was cancelled.")};
    std::sort(findings.begin(), findings.end(), [](const CheckReport::Finding &a, const CheckReport::Finding &b) {
        return a.product != b.product ? a.product < b.product : a.policy < b.policy;
    });
    report.findings = std::move(findings);

    report.productCounts.resize(std::size_t(count));
    report.policyCounts.resize(std::size_t(policyCount));
    for (qint64 i = 0; i < count; ++i) {
        OutcomeCounts &row = report.productCounts[std::size_t(i)];
        for (qsizetype j = 0; j < policyCount; ++j) {
            const PolicyOutcome o = report.outcomes[std::size_t(i) * std::size_t(policyCount) + std::size_t(j)];
            row.add(o);
            report.policyCounts[std::size_t(j)].add(o);
        }
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
    return evaluateAll(domains.value(), documents.value(), policies, options, progress, timer.elapsed());
}

Result<CheckReport> PolicyChecker::check(const CatalogDocument &document, const CheckOptions &options,
                                         const ProgressCallback &progress)
{
    QList<QByteArray> documents;
    documents.reserve(document.products.size());
    for (const DataProduct &product : document.products)
        documents.append(CatalogJson::productToJson(product));
    return evaluateAll(document.domains, documents, document.policies, options, progress, 0);
}

} // namespace Tessera
