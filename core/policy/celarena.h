#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <new>
#include <utility>

namespace Tessera {

// Memory for the values of one converted document, handed out by bumping a pointer and given
// back all at once when the arena goes. Values made in an arena are not reference-counted
// (CelValue::isOwned() is false): they, and every copy of them, are valid as long as the
// arena is. Nothing in it is destroyed one by one, so only what owns no other memory goes in:
// raw-data strings and lists whose storage is in the arena too, and CelValues that are
// scalars or point into this arena or to something that lives for ever (pooled keys).
class CelArena final
{
public:
    // Pooled: each block is the smallest pooled block with room for what it must hold (16 kB
    // at least), taken from blocks that arenas gone before gave back. Exact: blocks of just
    // that size from the allocator, for an arena much smaller than a pooled block.
    enum class Blocks { Pooled, Exact };

    // The first block holds `expected` bytes; later blocks double.
    explicit CelArena(std::size_t expected = 4096, Blocks blocks = Blocks::Pooled);
    ~CelArena();
    CelArena(const CelArena &) = delete;
    CelArena &operator=(const CelArena &) = delete;

    void *allocate(std::size_t size, std::size_t alignment = alignof(std::max_align_t))
    {
        size += size == 0; // distinct addresses, even for empty strings
        char *p = align(m_next, alignment);
        if (p + size > m_end) [[unlikely]]
            p = grow(size, alignment);
        m_next = p + size;
        return p;
    }
    template<typename T>
    T *allocateArray(std::size_t count)
    {
        return static_cast<T *>(allocate(sizeof(T) * count, alignof(T)));
    }

    // Keeps `data` alive as long as the arena, so that raw views of it may live in the arena.
    void keep(const QByteArray &data) { m_kept = data; }

    // Bytes handed out and bytes reserved, for tests and statistics.
    std::size_t used() const { return m_used + std::size_t(m_next - m_begin); }
    std::size_t reserved() const { return m_reserved; }

private:
    struct Block
    {
        Block *previous;
        std::size_t size;
    };
    static char *align(char *p, std::size_t alignment)
    {
        const auto bits = reinterpret_cast<std::uintptr_t>(p);
        return reinterpret_cast<char *>((bits + alignment - 1) & ~std::uintptr_t(alignment - 1));
    }
    char *grow(std::size_t size, std::size_t alignment);

    Block *m_block = nullptr;
    char *m_begin = nullptr;
    char *m_next = nullptr;
    char *m_end = nullptr;
    std::size_t m_used = 0; // in the blocks before m_block
    std::size_t m_reserved = 0;
    Blocks m_blocks = Blocks::Pooled;
    QByteArray m_kept;
};

} // namespace Tessera
