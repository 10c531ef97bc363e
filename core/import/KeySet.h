// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace guardrail {

/**
 * The keys one import file has used, with the line of each: the duplicate-key check. A key is
 * kept as two independent 64-bit hashes (seeded qHash and FNV-1a; a false match needs both to
 * collide, about 1 in 10^26 for a million keys) in an open-addressing table, a flat array that
 * a million lookups walk without a pointer to chase. Written by hand because QHash allocates a
 * node per entry and was a tenth of an import's time.
 */
class KeySet
{
public:
    explicit KeySet(qsizetype expected);
    /** 0 when the key is new (it is added with its line), else the line it was first on. */
    qint64 insert(const QString &key, qint64 line);

private:
    struct Slot
    {
        quint64 a = 0, b = 0;
        qint64 line = 0; // 0: empty
    };
    void grow();

    std::vector<Slot> m_slots;
    size_t m_used = 0;
};

} // namespace guardrail
