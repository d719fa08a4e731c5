#include "policy/celarena.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

namespace Tessera {

namespace {

constexpr std::size_t HeaderSize = 64; // keeps the first allocation of a block aligned

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
        std::free(m_block);
        m_block = previous;
    }
}

char *CelArena::grow(std::size_t size, std::size_t alignment)
{
    const std::size_t previous = m_block ? m_block->size : 0;
    const std::size_t capacity = std::max(previous * 2, size + alignment);
    void *memory = std::malloc(HeaderSize + capacity);
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
