#include "policy/celarena.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <mutex>
#include <vector>

namespace Tessera {

namespace {

constexpr std::size_t HeaderSize = 64; // keeps the first allocation of a block aligned

// First blocks of one size, given back by arenas that are gone and taken by new ones: a check
// makes and drops an arena per document, on several threads, and the allocator is slow to
// hand out blocks this size that another thread freed, each time in memory it must fault in.
class BlockPool
{
public:
    static constexpr std::size_t Capacity = (16 << 10) - HeaderSize;

    void *take()
    {
        {
            const std::lock_guard lock(m_mutex);
            if (!m_free.empty()) {
                void *block = m_free.back();
                m_free.pop_back();
                return block;
            }
        }
        return std::malloc(HeaderSize + Capacity);
    }
    void give(void *block)
    {
        {
            const std::lock_guard lock(m_mutex);
            // Enough for the churn of a check; what a check held at its peak goes back.
            if (m_free.size() < MaxFree) {
                m_free.push_back(block);
                return;
            }
        }
        std::free(block);
    }

private:
    static constexpr std::size_t MaxFree = 1024; // 16 MB
    std::mutex m_mutex;
    std::vector<void *> m_free;
};

BlockPool &blockPool()
{
    // Never destroyed: an arena may go after static destruction has begun (a check on a
    // thread still running at exit).
    static BlockPool *pool = new BlockPool;
    return *pool;
}

} // namespace

CelArena::CelArena(std::size_t expected)
{
    grow(std::max<std::size_t>(expected, 256), 1);
    m_next = m_begin;
}

CelArena::~CelArena()
{
    while (m_block) {
        Block *previous = m_block->previous;
        if (m_block->size == BlockPool::Capacity)
            blockPool().give(m_block);
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
    if (!m_block && capacity <= BlockPool::Capacity) {
        capacity = BlockPool::Capacity;
        memory = blockPool().take();
    } else {
        memory = std::malloc(HeaderSize + capacity);
    }
    if (!memory)
        throw std::bad_alloc();
    if (m_block)
        m_used += std::size_t(m_next - m_begin);
    auto *block = new (memory) Block {m_block, capacity};
    m_block = block;
    m_begin = static_cast<char *>(memory) + HeaderSize;
    m_end = m_begin + capacity;
    m_reserved += capacity;
    char *p = align(m_begin, alignment);
    return p;
}

} // namespace Tessera
