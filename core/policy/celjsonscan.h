#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Tessera {

// Scanning and hashing JSON text, shared by the readers that walk it (CelJson, CelPacked).
namespace CelJsonScan {

// The first byte from p on that ends a run of plain string characters: a quote, a
// backslash, a control character or a non-ASCII byte; `end` when there is none.
inline const char *plainEnd(const char *p, const char *end)
{
#if defined(__SSE2__)
    // Sixteen bytes at a time where every x86-64 has the instructions: compared as signed
    // bytes, non-ASCII ones are negative, so one comparison finds them and control
    // characters alike.
    const __m128i quotes = _mm_set1_epi8('"');
    const __m128i backslashes = _mm_set1_epi8('\\');
    const __m128i spaces = _mm_set1_epi8(0x20);
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i marks = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quotes), _mm_cmpeq_epi8(v, backslashes)),
                                           _mm_cmplt_epi8(v, spaces));
        if (const int mask = _mm_movemask_epi8(marks))
            return p + qCountTrailingZeroBits(quint32(mask));
        p += 16;
    }
#endif
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    constexpr quint64 ones = 0x0101010101010101ull;
    constexpr quint64 highs = 0x8080808080808080ull;
    while (end - p >= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        const quint64 quote = w ^ (ones * '"');
        const quint64 backslash = w ^ (ones * '\\');
        // A byte's high bit is set where it is zero (quote, backslash), below 0x20, or
        // non-ASCII; borrows can only mark bytes after the first marked one.
        const quint64 marks = (((quote - ones) & ~quote) | ((backslash - ones) & ~backslash)
                               | ((w - ones * 0x20) & ~w) | w)
            & highs;
        if (marks)
            return p + (qCountTrailingZeroBits(marks) >> 3);
        p += 8;
    }
#endif
    for (; p < end; ++p) {
        const quint8 c = quint8(*p);
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
            return p;
    }
    return end;
}

// A hash of `bytes`, eight at a time: keys and short values are a few words long, an object's
// keys a kilobyte at most, and the low bits pick a slot.
inline quint64 hashBytes(QByteArrayView bytes)
{
    const char *p = bytes.data();
    qsizetype n = bytes.size();
    quint64 h = quint64(n) * 0x9E3779B97F4A7C15ull;
    while (n > 0) {
        quint64 word = 0;
        std::memcpy(&word, p, size_t(std::min<qsizetype>(n, 8)));
        h = (h ^ word) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
        p += 8;
        n -= 8;
    }
    return h ^ (h >> 29);
}

} // namespace CelJsonScan

} // namespace Tessera
