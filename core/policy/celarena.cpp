#include "policy/celarena.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <mutex>
#include <vector>

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace Tessera {

namespace {

constexpr std::size_t HeaderSize = 64; // keeps the first allocation of a block aligned

// `block`, its pages mapped in one system call. A block the pool did not have is mostly
// memory the process never touched: mapped page by page, as first writes fault them in, each
// page costs a trap into the kernel, which on some virtual machines is ten times what mapping
// them all at once does (10 against 0.6 us a page on the machine of docs/BENCHMARKS.md). A
// kernel without MADV_POPULATE_WRITE (before Linux 5.14) just declines.
void *populated(void *block, std::size_t size)
{
#if defined(Q_OS_LINUX)
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif
    static const auto PageSize = std::size_t(sysconf(_SC_PAGESIZE));
    if (block && size >= 2 * PageSize) {
        const auto begin = reinterpret_cast<std::uintptr_t>(block) & ~std::uintptr_t(PageSize - 1);
        const auto end = (reinterpret_cast<std::uintptr_t>(block) + size + PageSize - 1) & ~std::uintptr_t(PageSize - 1);
        (void)madvise(reinterpret_cast<void *>(begin), end - begin, MADV_POPULATE_WRITE);
    }
#else
    Q_UNUSED(size);
#endif
    return block;
}

// Blocks of a few sizes (16 kB to 256 kB), given back by arenas that are gone and taken by new
// ones: a check makes and drops an arena per document, on several threads; the allocator is
// slow to hand out blocks that another thread freed, and gives the largest back to the system,
// to fault them in again for the next document. The pool keeps up to 32 MB for the life of the
// process, on purpose: the next check needs them again.
class BlockPool
{
public:
    static constexpr int Classes = 5;

    // The capacity of the smallest pooled block with room for `size` bytes; 0 when blocks that
    // big are not pooled.
    static std::size_t capacityFor(std::size_t size)
    {
        for (int c = 0; c < Classes; ++c) {
            if (size <= capacityOf(c))
                return capacityOf(c);
        }
        return 0;
    }
    static bool isPooled(std::size_t capacity) { return classOf(capacity) >= 0; }

    void *take(std::size_t capacity)
    {
        const int c = classOf(capacity);
        {
            const std::lock_guard lock(m_mutex);
            std::vector<void *> &free = m_free[std::size_t(c)];
            if (!free.empty()) {
                void *block = free.back();
                free.pop_back();
                m_freeBytes -= capacity;
                return block;
            }
        }
        return populated(std::malloc(HeaderSize + capacity), HeaderSize + capacity);
    }
    void give(void *block, std::size_t capacity)
    {
        {
            const std::lock_guard lock(m_mutex);
            // Enough for the churn of a check; what a check held at its peak goes back.
            if (m_freeBytes + capacity <= MaxFreeBytes) {
                m_free[std::size_t(classOf(capacity))].push_back(block);
                m_freeBytes += capacity;
                return;
            }
        }
        std::free(block);
    }

private:
    static constexpr std::size_t capacityOf(int c)
    {
        return (std::size_t(16) << 10 << c) - HeaderSize;
    }
    static int classOf(std::size_t capacity)
    {
        for (int c = 0; c < Classes; ++c) {
            if (capacity == capacityOf(c))
                return c;
        }
        return -1;
    }
    static constexpr std::size_t MaxFreeBytes = 32 << 20;
    std::mutex m_mutex;
    std::array<std::vector<void *>, Classes> m_free;
    std::size_t m_freeBytes = 0;
};

BlockPool &blockPool()
{
    // Never destroyed: an arena may go after static destruction has begun (a check on a
    // thread still running at exit).
    static BlockPool *pool = new BlockPool;
    return *pool;
}

} // namespace

CelArena::CelArena(std::size_t expected, Blocks blocks)
    : m_blocks(blocks)
{
    grow(std::max<std::size_t>(expected, 256), 1);
    m_next = m_begin;
}

CelArena::~CelArena()
{
    while (m_block) {
        Block *previous = m_block->previous;
        if (BlockPool::isPooled(m_block->size))
            blockPool().give(m_block, m_block->size);
        else
            std::free(m_block);
        m_block = previous;
    }
}

char *CelArena::grow(std::size_t size, std::size_t alignment)
{
    const std::size_t previous = m_block ? m_block->size : 0;
    std::size_t capacity = std::max(previous * 2, size + alignment);
    void *memory = nullptr;
    const std::size_t pooled = m_blocks == Blocks::Pooled ? BlockPool::capacityFor(capacity) : 0;
    if (pooled) {
        capacity = pooled;
        memory = blockPool().take(capacity);
    } else {
        memory = std::malloc(HeaderSize + capacity);
    }
    if (!memory)
        throw std::bad_alloc();
    if (m_block)
        m_used += std::size_t(m_next - m_begin);
    m_block = new (memory) Block {m_block, capacity};
    m_begin = static_cast<char *>(memory) + HeaderSize;
    m_end = m_begin + capacity;
    m_reserved += capacity;
    char *p = align(m_begin, alignment);
    return p;
}

} // namespace Tessera
