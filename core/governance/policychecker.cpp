#include "governance/policychecker.h"

#include "governance/compiledpolicy.h"
#include "governance/policyvariables.h"
#include "interop/catalogjson.h"
#include "policy/celarena.h"
#include "policy/celjson.h"
#include "policy/celmap.h"
#include "policy/celpacked.h"
#include "policy/celprojection.h"
#include "policy/celstringpool.h"
#include "storage/catalog.h"
#include "storage/productdocumentsource.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>
#include <QThread>
#include <QVarLengthArray>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <deque>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using Json = nlohmann::json;

// The timing summary is for whoever tunes the checker (QT_LOGGING_RULES="tessera.policy.debug=true");
// users of the CLI asked for a report, not for log lines on stderr.
Q_LOGGING_CATEGORY(lcPolicy, "tessera.policy", QtInfoMsg)

namespace Tessera {

namespace {

// Runs work(begin, end) over [0, count) in chunks on `threads` threads, the caller being one
// of them, and then `finished` on each thread when no chunk is left for it. Progress is
// reported from the caller only. False when progress asked to stop. work(begin, end) returns
// false to stop everything.
template<typename Work>
bool parallelFor(qint64 count, int threads, qint64 chunk, Work work, const ProgressCallback &progress,
                 qint64 doneBefore, qint64 total, const std::function<void()> &finished = {})
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
            if (!work(begin, end))
                stop = true;
            const qint64 completed = done.fetch_add(end - begin) + (end - begin);
            if (reporting && progress && !progress(doneBefore + completed, total))
                stop = true;
        }
        if (finished)
            finished();
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
    // A copy that may outlive the document (whose strings may be in its arena).
    QString text(const CelValue &object) const
    {
        const CelValue *value = in(object);
        if (!value || value->kind() != CelValue::Kind::String)
            return QString();
        const QString &s = value->stringValue();
        return value->isOwned() ? s : QString(s.constData(), s.size());
    }
    QString name;
    size_t hash;
};

// The text of a string field, as a view into the document; empty when it is not a string.
QStringView textIn(const Field &field, const CelValue &object)
{
    const CelValue *value = field.in(object);
    if (!value || value->kind() != CelValue::Kind::String)
        return {};
    return value->stringValue();
}

const Field &idField()
{
    static const Field field(u"id");
    return field;
}

// The distinct products the document's input ports read, each with the number of ports that
// read it (as Catalog::inputCounts() counts uses), as the document's own strings (valid while
// the document is): only looked up, so not copied.
struct Input
{
    const QString *productId;
    int ports;
};

QVarLengthArray<Input, 8> inputsOf(const CelValue &document)
{
    static const Field inputPorts(u"inputPorts"), product(u"product");
    QVarLengthArray<Input, 8> inputs;
    const CelValue *ports = inputPorts.in(document);
    if (!ports || ports->kind() != CelValue::Kind::List)
        return inputs;
    for (const CelValue &port : ports->listValue()) {
        const CelValue *upstream = product.in(port);
        if (!upstream || upstream->kind() != CelValue::Kind::String || upstream->stringValue().isEmpty())
            continue;
        const QString &id = upstream->stringValue();
        const auto known = std::find_if(inputs.begin(), inputs.end(),
                                        [&](const Input &input) { return *input.productId == id; });
        if (known != inputs.end())
            ++known->ports;
        else
            inputs.append({&id, 1});
    }
    return inputs;
}

// A stored document's id, before it is converted: canonical documents begin with it. Others
// are read in full.
QString idOf(const QByteArray &text)
{
    if (const auto leading = CatalogJson::leadingProductId(text))
        return leading->toString();
    auto value = CelJson::parse(text);
    return value ? idField().text(*value) : QString();
}

// Worker time by phase, summed over threads.
struct PhaseTimes
{
    std::atomic<qint64> convertNs{0};
    std::atomic<qint64> evaluateNs{0};
    std::atomic<qint64> releaseNs{0};
};

// The products of a check, in row order: their ids, their rows by id, and their documents
// when they are at hand (otherwise a ProductDocumentSource's readers read them).
class DocumentFeed
{
public:
    // All documents at hand.
    explicit DocumentFeed(const QList<QByteArray> &texts)
        : m_texts(texts)
    {
        m_ids.reserve(texts.size());
        for (const QByteArray &text : texts)
            m_ids.append(idOf(text));
        index();
    }
    // The products of `ids`, read by someone else.
    explicit DocumentFeed(QStringList ids)
        : m_ids(std::move(ids))
    {
        index();
    }

    qint64 count() const { return m_ids.size(); }
    const QStringList &ids() const { return m_ids; }
    // The row of the product `id`, or -1 (the last of several rows with that id).
    qint64 rowOf(QStringView id) const
    {
        const size_t hash = qHash(id, m_seed);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.row < 0)
                return -1;
            if (slot.hash == quint32(hash) && QStringView(m_ids.at(slot.row)) == id)
                return slot.row;
        }
    }
    // The text of row `index`; null when the documents are not at hand.
    const QByteArray *text(qint64 index) const
    {
        return index < m_texts.size() ? &m_texts.at(index) : nullptr;
    }

    void clear() { m_texts = {}; }

private:
    // Rows by id in an open-addressing table of hashes and rows, eight to a cache line,
    // checked against the ids themselves: a check looks up the product of every input port,
    // and a QHash of 100,000 strings misses the cache two or three times a lookup. Rows fit
    // in 31 bits: the ids of 2^31 products would not fit in memory.
    struct Slot
    {
        quint32 hash = 0;
        qint32 row = -1;
    };

    void index()
    {
        size_t size = 16;
        while (size < 2 * size_t(m_ids.size()))
            size *= 2;
        m_slots.assign(size, Slot {});
        const size_t mask = size - 1;
        for (qint32 row = 0; row < qint32(m_ids.size()); ++row) {
            const QString &id = m_ids.at(row);
            const size_t hash = qHash(id, m_seed);
            for (size_t i = hash & mask;; i = (i + 1) & mask) {
                Slot &slot = m_slots[i];
                if (slot.row < 0 || (slot.hash == quint32(hash) && m_ids.at(slot.row) == id)) {
                    slot = {quint32(hash), row};
                    break;
                }
            }
        }
    }

    QStringList m_ids;
    size_t m_seed = QHashSeed::globalSeed();
    std::vector<Slot> m_slots;
    QList<QByteArray> m_texts;
};

// A document read into its own arena: freeing it is freeing a few blocks.
struct ConvertedDocument
{
    ConvertedDocument(std::size_t expected, CelArena::Blocks block) : arena(expected, block) {}
    CelArena arena;
    CelValue value; // a map; null when the document is not a JSON object
    QByteArray text; // what it was read from (partial maps show theirs)
    bool packed = false; // text is a packed document (CelPacked), not JSON
    bool textInArena = false; // a copy, else the feed's own
    bool upstreamOnly = false; // read for its consumers alone (see DocumentSlots::keepForConsumers())
};

// The converted documents of a check, each converted when first needed (as a product or as
// someone's upstream) and dropped after its last use, so that a check of 100,000 products
// never holds them all, and documents are freed by the workers that used them, while they are
// still in their caches. A use not counted in advance converts the document again: slower,
// never wrong, since whoever still uses the old one holds it.
class DocumentSlots
{
public:
    // `upstreamReads`, when not null, is what consumers read of a document: once its own row is
    // done, a document kept for later consumers keeps only that (see keepForConsumers()).
    DocumentSlots(DocumentFeed &feed, const std::vector<int> &uses, const CelProjection &reads,
                  const CelProjection *upstreamReads)
        : m_feed(feed)
        , m_reads(reads)
        , m_upstreamReads(upstreamReads)
        , m_consumersShowText(upstreamReads && showsText(*upstreamReads))
        , m_slots(std::size_t(feed.count()))
    {
        for (std::size_t i = 0; i < m_slots.size(); ++i)
            m_slots[i].uses.store(uses[i], std::memory_order_relaxed);
    }

    // The document of row `index`, read through `reader` when there is one (a reader of the
    // calling thread's own), else from the feed. Null when it could not be read (see
    // error()). The document's values are valid while the returned pointer (or another to it)
    // is held.
    std::shared_ptr<const ConvertedDocument> acquire(qint64 index, ProductDocumentReader *reader)
    {
        const QByteArray *fed = reader ? nullptr : m_feed.text(index);
        if (!reader && !fed)
            return nullptr;
        Slot &slot = m_slots[std::size_t(index)];
        const std::lock_guard lock(m_locks[std::size_t(index) % m_locks.size()]);
        if (!slot.document) {
            ProductDocumentReader::Stored read;
            if (reader) {
                auto document = reader->stored(index);
                if (!document) {
                    fail(document.error());
                    return nullptr;
                }
                read = document.value();
            }
            // Converted, a typical document takes about three times its text: one block then.
            const qsizetype size = fed ? fed->size() : read.bytes.size();
            QString problem;
            auto document = convert(fed ? QByteArrayView(*fed) : read.bytes, fed, read.packed, m_reads,
                                    std::size_t(size) * 3 + 1024, CelArena::Blocks::Pooled, CelJson::Text::Kept,
                                    &problem);
            if (read.packed && !problem.isEmpty()) {
                // A packed document that does not read (a damaged file): its text may.
                qCWarning(lcPolicy).noquote() << u"packed document %1 does not read, reading its text: %2"_s.arg(index).arg(problem);
                auto text = reader->document(index);
                if (!text) {
                    fail(text.error());
                    return nullptr;
                }
                problem.clear();
                document = convert(text.value(), nullptr, false, m_reads, std::size_t(text->size()) * 3 + 1024,
                                   CelArena::Blocks::Pooled, CelJson::Text::Kept, &problem);
            }
            if (!problem.isEmpty())
                qCWarning(lcPolicy).noquote() << u"product document %1 is not a JSON object: %2"_s.arg(index).arg(problem);
            slot.document = std::move(document);
            m_conversions.fetch_add(1, std::memory_order_relaxed);
        }
        return slot.document;
    }

    // The product of row `index` is checked: its own use of its document is over. True when
    // consumers further on still need the document (see keepForConsumers()).
    bool finish(qint64 index)
    {
        Slot &slot = m_slots[std::size_t(index)];
        if (slot.uses.fetch_sub(1, std::memory_order_acq_rel) == 1) {
            drop(slot, index);
            return false;
        }
        return m_upstreamReads != nullptr;
    }

    // A document that consumers still need once its own row is checked keeps only what they
    // read of it: a check holds thousands of documents for consumers further on, and what
    // they read (an upstream product's status, say) is a small part of what its own row read.
    void keepForConsumers(qint64 index)
    {
        Slot &slot = m_slots[std::size_t(index)];
        if (!m_upstreamReads || slot.uses.load(std::memory_order_acquire) == 0)
            return;
        std::shared_ptr<const ConvertedDocument> whole;
        {
            const std::lock_guard lock(m_locks[std::size_t(index) % m_locks.size()]);
            whole = slot.document;
        }
        if (!whole || whole->upstreamOnly || whole->value.kind() != CelValue::Kind::Map)
            return;
        // Reading less of a text that read well reads well; should it not, the document
        // stays as it is. What consumers read is mostly a few scalars, in a block of its own
        // size rather than a pooled one several times as big. The text goes too when nothing
        // kept would show it: the document itself shows as its id, and members read whole
        // show themselves.
        const CelValue *id = idField().in(whole->value);
        const bool dropText = !m_consumersShowText && id && id->kind() == CelValue::Kind::String;
        const QByteArray *fed = whole->textInArena ? nullptr : &whole->text;
        // Consumers that read below the document's members (its ports, say) convert about as
        // much again as its text.
        const std::size_t expected = dropText ? 512 : std::size_t(fed ? 1 : 2) * std::size_t(whole->text.size()) + 1024;
        auto kept = convert(whole->text, fed, whole->packed, *m_upstreamReads, expected, CelArena::Blocks::Exact,
                            dropText ? CelJson::Text::Dropped : CelJson::Text::Kept);
        if (kept->value.kind() != CelValue::Kind::Map)
            return;
        kept->upstreamOnly = true;
        const std::lock_guard lock(m_locks[std::size_t(index) % m_locks.size()]);
        // Unless the last consumer came and went meanwhile.
        if (slot.document == whole) {
            slot.document = std::move(kept);
            m_keptForConsumers.fetch_add(1, std::memory_order_relaxed);
        }
    }

    void release(qint64 index)
    {
        Slot &slot = m_slots[std::size_t(index)];
        if (slot.uses.fetch_sub(1, std::memory_order_acq_rel) == 1)
            drop(slot, index);
    }

    // What miscounted uses left behind.
    void clear(qint64 begin, qint64 end)
    {
        qint64 kept = 0;
        for (qint64 i = begin; i < end; ++i) {
            Slot &slot = m_slots[std::size_t(i)];
            kept += slot.document != nullptr;
            slot.document.reset();
        }
        m_keptToEnd.fetch_add(kept, std::memory_order_relaxed);
    }

    qint64 conversions() const { return m_conversions.load(); }
    qint64 keptToEnd() const { return m_keptToEnd.load(); }
    qint64 keptForConsumers() const { return m_keptForConsumers.load(); }

    // The first reason a read failed, if one did.
    void fail(const QString &reason)
    {
        const std::lock_guard lock(m_errorMutex);
        if (m_error.isEmpty())
            m_error = reason;
    }
    QString error() const
    {
        const std::lock_guard lock(m_errorMutex);
        return m_error;
    }

private:
    struct Slot
    {
        std::shared_ptr<const ConvertedDocument> document;
        std::atomic<int> uses{0};
    };

    void drop(Slot &slot, qint64 index)
    {
        std::shared_ptr<const ConvertedDocument> dropped; // freed outside the lock
        const std::lock_guard lock(m_locks[std::size_t(index) % m_locks.size()]);
        dropped = std::move(slot.document);
    }

    // `text` read through `reads` into a document of its own, whose arena's first block holds
    // `expected` bytes. With Text::Kept, the document keeps its text for its partial maps to
    // show: `fed`, when not null, is `text` as a QByteArray that lasts; else the text is
    // copied into the arena (a reader's text lasts until its next read). The value is null
    // when the text is not a JSON object, and `problem` (when given) then says why.
    static std::shared_ptr<ConvertedDocument> convert(QByteArrayView text, const QByteArray *fed, bool packed,
                                                      const CelProjection &reads, std::size_t expected,
                                                      CelArena::Blocks block, CelJson::Text keep = CelJson::Text::Kept,
                                                      QString *problem = nullptr)
    {
        const std::size_t size = std::size_t(text.size());
        auto document = std::make_shared<ConvertedDocument>(expected, block);
        if (keep == CelJson::Text::Dropped) {
            document->text = QByteArray::fromRawData(text.data(), text.size()); // only while reading
        } else if (fed) {
            document->text = *fed;
        } else {
            char *copy = document->arena.allocateArray<char>(size);
            if (size > 0)
                std::memcpy(copy, text.data(), size);
            document->text = QByteArray::fromRawData(copy, qsizetype(size));
            document->textInArena = true;
        }
        document->packed = packed;
        auto value = packed ? CelPacked::read(document->text, reads, document->arena, keep)
                            : CelJson::parse(document->text, reads, document->arena, keep);
        if (keep == CelJson::Text::Dropped)
            document->text = QByteArray();
        if (value && value->kind() == CelValue::Kind::Map)
            document->value = std::move(value).value();
        else if (problem)
            *problem = value ? value->typeName() : value.error();
        return document;
    }

    // Whether values read through `reads` from an object may show the text they were read
    // from: partial maps below the object do (CelJson::complete()), members read whole do not.
    static bool showsText(const CelProjection &reads)
    {
        if (reads.findElements() || reads.isSized())
            return true;
        for (qsizetype i = 0; i < reads.memberCount(); ++i) {
            if (!reads.memberAt(i).isWhole())
                return true;
        }
        return false;
    }

    DocumentFeed &m_feed;
    const CelProjection &m_reads;
    const CelProjection *m_upstreamReads;
    const bool m_consumersShowText;
    std::vector<Slot> m_slots;
    std::array<std::mutex, 251> m_locks;
    std::atomic<qint64> m_conversions{0};
    std::atomic<qint64> m_keptToEnd{0};
    std::atomic<qint64> m_keptForConsumers{0};
    mutable std::mutex m_errorMutex;
    QString m_error;
};

// What the policies read of a document as someone's upstream, and its id, by which an
// explanation shows it; none when they read it whole.
std::optional<CelProjection> readsOfConsumers(const std::vector<CompiledPolicy> &policies)
{
    CelProjection product;
    CelProjection upstream;
    for (const CompiledPolicy &c : policies)
        c.addReads(product, upstream);
    if (upstream.isWhole())
        return std::nullopt;
    CelProjection reads;
    if (const CelProjection *each = upstream.findElements())
        reads.merge(*each);
    if (reads.isWhole())
        return std::nullopt;
    reads.member(u"id").setWhole();
    return reads;
}

// `inputCounts` (Catalog::inputCounts()) only tells when each document can be dropped; the
// inputs policies see are always those of the converted document.
// With `source`, each worker reads the documents it converts itself, and `feed` only names
// them.
Result<CheckReport> evaluateAll(const QList<Domain> &domains, DocumentFeed &feed, ProductDocumentSource *source,
                                const QList<std::pair<QString, int>> &inputCounts, const QList<Policy> &allPolicies,
                                const CheckOptions &options, const ProgressCallback &progress,
                                qint64 loadMs)
{
    QElapsedTimer timer;
    timer.start();
    const int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
    const qint64 count = feed.count();

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

    std::vector<CompiledPolicy> compiled;
    for (const Policy &policy : allPolicies) {
        if (policy.enabled || options.includeDisabled)
            compiled.emplace_back(policy);
    }
    const qsizetype policyCount = qsizetype(compiled.size());
    // Policies with the same precondition (many apply only to published products) share its
    // value on each product: the index of each policy's among the distinct ones, or -1.
    std::vector<int> whenOf(std::size_t(policyCount), -1);
    QHash<QString, int> distinctWhens;
    for (qsizetype j = 0; j < policyCount; ++j) {
        const CompiledPolicy &c = compiled[std::size_t(j)];
        if (c.compileError().isEmpty() && !c.policy().when.isEmpty()) {
            auto it = distinctWhens.constFind(c.policy().when);
            if (it == distinctWhens.cend())
                it = distinctWhens.insert(c.policy().when, int(distinctWhens.size()));
            whenOf[std::size_t(j)] = *it;
        }
    }

    // The policies that apply in each domain, by scope: the others are never looked at.
    std::mutex scopesMutex;
    std::list<std::vector<int>> scopes; // stable addresses
    QHash<QString, const std::vector<int> *> scopeOf;
    const auto scopeFor = [&](const QString &domainId) -> const std::vector<int> & {
        const std::lock_guard lock(scopesMutex);
        if (const auto it = scopeOf.constFind(domainId); it != scopeOf.cend())
            return **it;
        std::vector<int> &applies = scopes.emplace_back();
        const QStringList up = ancestors.value(domainId);
        for (qsizetype j = 0; j < policyCount; ++j) {
            const Policy &policy = compiled[std::size_t(j)].policy();
            if (policy.isGlobal() || policy.scope == domainId || up.contains(policy.scope))
                applies.push_back(int(j));
        }
        scopeOf.insert(domainId, &applies);
        return applies;
    };

    // How often each document will be used: by its own row and by each consumer. The counts
    // come in the rows' order from a catalog, and are then found by walking the rows alongside
    // rather than by a lookup each (tens of thousands of cache misses). One out of order, or
    // an id of several rows, is looked up; the walk never goes back.
    std::vector<int> uses(std::size_t(count), 1);
    const QStringList &ids = feed.ids();
    // Rows not in id order (products of an in-memory document) are all looked up: the walk
    // relies on the order to find the last of several rows of an id, as rowOf() does.
    const bool sorted = std::is_sorted(ids.cbegin(), ids.cend());
    qint64 cursor = 0;
    for (const auto &[id, consumers] : inputCounts) {
        while (sorted && cursor < count && ids.at(cursor) < id)
            ++cursor;
        const bool walked = sorted && cursor < count && ids.at(cursor) == id
            && (cursor + 1 == count || ids.at(cursor + 1) != id);
        const qint64 producer = walked ? cursor : feed.rowOf(id);
        if (producer >= 0)
            uses[std::size_t(producer)] += consumers;
    }
    CelProjection reads;
    std::optional<CelProjection> upstreamReads;
    if (options.wholeDocuments) {
        reads.setWhole();
    } else {
        reads = PolicyChecker::documentReads(compiled);
        upstreamReads = readsOfConsumers(compiled);
    }
    qCDebug(lcPolicy).noquote() << u"documents are read as %1, and kept for consumers as %2"_s.arg(
        reads.debugString(), upstreamReads ? upstreamReads->debugString() : u"they are"_s);
    DocumentSlots cache(feed, uses, reads, upstreamReads ? &*upstreamReads : nullptr);

    CheckReport report;
    report.evaluatedAt = options.now;
    for (const CompiledPolicy &c : compiled) {
        const Policy &p = c.policy();
        report.policies.append({p.id, p.title, p.scope, p.severity, p.message, c.compileError()});
    }
    report.products.resize(count);
    CheckReport::ProductRow *rows = report.products.data(); // detached before the workers share it
    report.outcomes.assign(std::size_t(count) * std::size_t(policyCount), PolicyOutcome::NotApplicable);
    report.productCounts.resize(std::size_t(count));
    report.policyCounts.resize(std::size_t(policyCount));

    const CelValue now = PolicyVariables::now(options.now);
    const QDate today = options.now.toUTC().date();
    const CelValue noDomain = CelJson::fromJson(Json::object());
    static const Field domainField(u"domain"), statusField(u"status");
    std::mutex findingsMutex;
    // Each chunk's findings, in product order, by the chunk's first row: put together once
    // at the end, in order, rather than appended to a list that grows (and is copied) as
    // chunks finish and then sorted.
    std::map<qint64, QList<CheckReport::Finding>> chunkFindings;
    PhaseTimes times;
    // Readers of the source, one per worker thread, kept from chunk to chunk: a thread closes
    // its own when no chunk is left for it.
    std::mutex readersMutex;
    std::map<std::thread::id, std::unique_ptr<ProductDocumentReader>> readers;
    const auto readerOfThisThread = [&]() -> ProductDocumentReader * {
        const auto self = std::this_thread::get_id();
        {
            const std::lock_guard lock(readersMutex);
            if (const auto it = readers.find(self); it != readers.end())
                return it->second.get();
        }
        auto opened = source->openReader();
        if (!opened) {
            cache.fail(opened.error());
            return nullptr;
        }
        const std::lock_guard lock(readersMutex);
        return (readers[self] = std::move(opened).value()).get();
    };
    // One pass: each worker converts a product's document (and its upstream documents, unless
    // converted already), evaluates the policies of its scope, and drops what nobody needs any
    // more.
    // Long runs of neighbouring products per worker: consumers mostly sit near their producers
    // in id order, so a document is then mostly converted and freed by the same thread, which
    // the allocator does much faster than a free from another thread.
    const qint64 chunk = std::clamp<qint64>(count / (qint64(threads) * 8), 32, 4096);
    const bool evaluated = parallelFor(count, threads, chunk, [&](qint64 begin, qint64 end) {
        ProductDocumentReader *const reader = source ? readerOfThisThread() : nullptr;
        if (source && !reader)
            return false;
        QList<CheckReport::Finding> local;
        std::vector<OutcomeCounts> policyCounts(static_cast<std::size_t>(policyCount));
        std::array<CelValue, CompiledPolicy::VariableCount> variables;
        variables[CompiledPolicy::Now] = now;
        std::vector<qint64> used;
        // Rows checked whose documents consumers further on still need: kept as consumers
        // read them only when still needed some rows later, since half of them are done with
        // within a thousand rows, and those hold documents for a fraction of the time the
        // others do.
        constexpr qint64 KeepAfter = 1024;
        std::deque<qint64> waiting;
        std::vector<std::shared_ptr<const ConvertedDocument>> held;
        std::vector<CelValue> whens(std::size_t(distinctWhens.size()));
        std::vector<bool> whenKnown(std::size_t(distinctWhens.size()));
        const std::vector<int> *scope = nullptr;
        QString scopeDomain;
        CelValue domainValue;
        QString lastStatus;
        const CelValue noUpstream = CelValue::fromList({});
        const CelValue always = CelValue::fromBool(true); // the precondition of a policy without one
        qint64 convertNs = 0;
        qint64 evaluateNs = 0;
        qint64 releaseNs = 0;
        // Three readings of the clock a product, each ending a phase and beginning the next.
        QElapsedTimer clock;
        clock.start();
        qint64 phase = 0;
        const auto endPhase = [&](qint64 &sum) {
            const qint64 reading = clock.nsecsElapsed();
            sum += reading - phase;
            phase = reading;
        };
        bool complete = true;
        for (qint64 i = begin; i < end && complete; ++i) {
            held.clear();
            std::shared_ptr<const ConvertedDocument> converted = cache.acquire(i, reader);
            if (!converted) {
                complete = false;
                break;
            }
            const CelValue &product = variables[CompiledPolicy::Product] = converted->value;
            held.push_back(std::move(converted));
            CheckReport::ProductRow &row = rows[i];
            // Strings the rows share: the product's id as the feed has it (the reader made sure
            // it is the document's; a stored document that is not an object still names its
            // product there), and the domain and status of the row before when they are the
            // same, as they mostly are in id order.
            row.id = feed.ids().at(i);
            const QStringView domain = textIn(domainField, product);
            if (!scope || domain != QStringView(scopeDomain)) {
                scopeDomain = domain.toString();
                // Products come in id order, which groups them by domain: the last scope
                // mostly serves again, without the lock.
                scope = &scopeFor(scopeDomain);
                domainValue = domainValues.value(scopeDomain, noDomain);
            }
            row.domainId = scopeDomain;
            const QStringView status = textIn(statusField, product);
            if (status != QStringView(lastStatus))
                lastStatus = status.toString();
            row.status = lastStatus;
            QList<CelValue> upstream;
            used.clear();
            for (const Input &input : inputsOf(product)) {
                const qint64 at = feed.rowOf(*input.productId);
                if (at >= 0) {
                    std::shared_ptr<const ConvertedDocument> document = cache.acquire(at, reader);
                    if (!document) {
                        complete = false;
                        break;
                    }
                    upstream.append(document->value);
                    held.push_back(std::move(document));
                    used.insert(used.end(), std::size_t(input.ports), at); // a use per port
                }
            }
            if (!complete) {
                variables[CompiledPolicy::Product] = CelValue();
                break;
            }
            variables[CompiledPolicy::Upstream] =
                upstream.isEmpty() ? noUpstream : CelValue::fromList(std::move(upstream));
            variables[CompiledPolicy::Domain] = domainValue;
            endPhase(convertNs);

            PolicyOutcome *outcomes = report.outcomes.data() + std::size_t(i) * std::size_t(policyCount);
            std::fill(whenKnown.begin(), whenKnown.end(), false);
            for (const int j : *scope) {
                const CompiledPolicy &policy = compiled[std::size_t(j)];
                const int w = whenOf[std::size_t(j)];
                if (w >= 0 && !whenKnown[std::size_t(w)]) {
                    whens[std::size_t(w)] = policy.applies(variables);
                    whenKnown[std::size_t(w)] = true;
                }
                const CelValue &applies = w < 0 ? always : whens[std::size_t(w)];
                const PolicyOutcome outcome = policy.outcome(variables, applies, row.id, today);
                outcomes[j] = outcome;
                if (outcome == PolicyOutcome::Fail || outcome == PolicyOutcome::Error) {
                    // The text of the rare failure or error costs a second evaluation, not
                    // every pass a result to build and drop.
                    PolicyResult result = policy.evaluate(variables, applies, row.id, today, options.explain);
                    local.append({int(i), j, result.outcome, std::move(result.message),
                                  std::move(result.explanation)});
                }
            }
            OutcomeCounts &counts = report.productCounts[std::size_t(i)];
            for (qsizetype j = 0; j < policyCount; ++j) {
                counts.add(outcomes[j]);
                policyCounts[std::size_t(j)].add(outcomes[j]);
            }
            endPhase(evaluateNs);

            // The values first: they point into the documents.
            std::fill(whens.begin(), whens.end(), CelValue());
            variables[CompiledPolicy::Product] = CelValue();
            variables[CompiledPolicy::Upstream] = CelValue();
            held.clear();
            if (cache.finish(i))
                waiting.push_back(i);
            while (!waiting.empty() && i - waiting.front() >= KeepAfter) {
                cache.keepForConsumers(waiting.front());
                waiting.pop_front();
            }
            for (const qint64 at : used)
                cache.release(at);
            endPhase(releaseNs);
        }
        // The next chunk may be far off, and the other threads' may not need these soon.
        for (const qint64 row : waiting)
            cache.keepForConsumers(row);
        endPhase(releaseNs);
        times.convertNs += convertNs;
        times.evaluateNs += evaluateNs;
        times.releaseNs += releaseNs;
        const std::lock_guard lock(findingsMutex);
        if (!local.isEmpty())
            chunkFindings.emplace(begin, std::move(local));
        for (qsizetype j = 0; j < policyCount; ++j)
            report.policyCounts[std::size_t(j)] += policyCounts[std::size_t(j)];
        return complete;
    }, progress, 0, count, [&] {
        // A thread with nothing left to check closes its reader (a connection and its page
        // cache) while the others finish.
        std::unique_ptr<ProductDocumentReader> idle;
        {
            const std::lock_guard lock(readersMutex);
            if (const auto it = readers.find(std::this_thread::get_id()); it != readers.end()) {
                idle = std::move(it->second);
                readers.erase(it);
            }
        }
        QElapsedTimer closing;
        closing.start();
        idle.reset();
        times.releaseNs += closing.nsecsElapsed();
    });
    if (const QString failed = cache.error(); !failed.isEmpty())
        return Error{failed};
    if (!evaluated)
        return Error{PolicyChecker::tr("The policy check was cancelled.")};
    QElapsedTimer clock;
    clock.start();
    parallelFor(count, threads, 1024, [&](qint64 begin, qint64 end) {
        cache.clear(begin, end);
        return true;
    }, {}, 0, 0);
    feed.clear();
    times.releaseNs += clock.nsecsElapsed();

    qsizetype findingCount = 0;
    for (const auto &[first, found] : chunkFindings)
        findingCount += found.size();
    report.findings.reserve(findingCount);
    for (auto &[first, found] : chunkFindings) {
        for (CheckReport::Finding &finding : found)
            report.findings.append(std::move(finding));
        found = {};
    }
    // Rows come grouped by domain: a domain's counts are mostly those of the row before.
    OutcomeCounts *domainCounts = nullptr;
    const QString *domain = nullptr;
    for (qint64 i = 0; i < count; ++i) {
        const OutcomeCounts &row = report.productCounts[std::size_t(i)];
        const QString &rowDomain = report.products.at(i).domainId;
        if (!domain || rowDomain != *domain) {
            domainCounts = &report.domainCounts[rowDomain];
            domain = &rowDomain;
        }
        *domainCounts += row;
        report.total += row;
    }
    report.elapsedMs = loadMs + timer.elapsed();
    report.loadMs = loadMs;
    report.convertMs = times.convertNs / 1'000'000;
    report.evaluateMs = times.evaluateNs / 1'000'000;
    report.releaseMs = times.releaseNs / 1'000'000;
    report.threads = threads;
    report.documentsConverted = cache.conversions();
    report.documentsKeptToEnd = cache.keptToEnd();
    report.documentsKeptForConsumers = cache.keptForConsumers();
    qCDebug(lcPolicy).noquote()
        << u"checked %1 policies over %2 products in %3 ms (%4 threads): %5 pass, %6 fail, %7 error, %8 exempt, %9 not applicable"_s
               .arg(policyCount).arg(count).arg(report.elapsedMs).arg(threads)
               .arg(report.total.passed).arg(report.total.failed).arg(report.total.errors)
               .arg(report.total.exempt).arg(report.total.notApplicable);
    return report;
}

} // namespace

CelProjection PolicyChecker::documentReads(const std::vector<CompiledPolicy> &policies)
{
    // A document serves as a product and as its consumers' upstream: one projection covers
    // both.
    CelProjection reads;
    CelProjection upstreamReads;
    for (const CompiledPolicy &c : policies)
        c.addReads(reads, upstreamReads);
    if (upstreamReads.isWhole())
        reads.setWhole();
    else if (const CelProjection *each = upstreamReads.findElements())
        reads.merge(*each);
    for (const QStringView name : {u"id", u"domain", u"status"})
        reads.member(name).setWhole();
    reads.member(u"inputPorts").elements().member(u"product").setWhole();
    return reads;
}

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
    // Each worker reads the documents it converts, when the catalog lets threads read side by
    // side: a whole catalog's documents are then never in memory at once. Otherwise they are
    // all read first. The products and their rows by id are listed on a thread of their own
    // while this one reads the domains and the lineage.
    Result<std::shared_ptr<ProductDocumentSource>> source
        = std::shared_ptr<ProductDocumentSource>();
    std::optional<DocumentFeed> named;
    std::jthread listing([&] {
        source = catalog.productDocumentSource();
        if (source && source.value())
            named.emplace(source.value()->ids());
    });
    auto domains = catalog.domains();
    auto inputCounts = domains ? catalog.inputCounts()
                               : Result<QList<std::pair<QString, int>>>(Error{domains.error()});
    listing.join();
    if (!inputCounts)
        return Error{inputCounts.error()};
    if (!source)
        return Error{source.error()};
    if (source.value()) {
        return evaluateAll(domains.value(), *named, source.value().get(), inputCounts.value(), policies, options,
                           progress, timer.elapsed());
    }
    auto documents = catalog.productDocuments();
    if (!documents)
        return Error{documents.error()};
    DocumentFeed feed(documents.value());
    documents = QList<QByteArray>();
    return evaluateAll(domains.value(), feed, nullptr, inputCounts.value(), policies, options, progress,
                       timer.elapsed());
}

Result<CheckReport> PolicyChecker::check(const CatalogDocument &document, const CheckOptions &options,
                                         const ProgressCallback &progress)
{
    QList<QByteArray> documents;
    documents.reserve(document.products.size());
    QHash<QString, int> counted;
    for (const DataProduct &product : document.products) {
        documents.append(CatalogJson::productToJson(product));
        for (const InputPort &input : product.inputPorts)
            ++counted[input.productId];
    }
    DocumentFeed feed(documents);
    documents = {};
    QList<std::pair<QString, int>> inputCounts;
    inputCounts.reserve(counted.size());
    for (auto it = counted.cbegin(); it != counted.cend(); ++it)
        inputCounts.append({it.key(), it.value()});
    return evaluateAll(document.domains, feed, nullptr, inputCounts, document.policies, options, progress, 0);
}

} // namespace Tessera
