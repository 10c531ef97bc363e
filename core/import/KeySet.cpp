// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeySet.h"

#include <QHash>

#include <bit>

namespace guardrail {
namespace {

quint64 fnv1a(const QString &text)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return h;
}

} // namespace

KeySet::KeySet(qsizetype expected)
    : m_slots(std::bit_ceil(static_cast<size_t>(std::max<qsizetype>(expected, 512)) * 2))
{}

qint64 KeySet::insert(const QString &key, qint64 line)
{
    if ((m_used + 1) * 2 > m_slots.size()) // at most half full: probes stay short
        grow();
    const quint64 a = qHash(key, 0x9E3779B97F4A7C15ULL), b = fnv1a(key);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = a & mask;; i = (i + 1) & mask) {
        Slot &s = m_slots[i];
        if (s.line == 0) {
            s = Slot{a, b, line};
            ++m_used;
            return 0;
        }
        if (s.a == a && s.b == b)
            return s.line;
    }
}

void KeySet::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot &s : old)
        if (s.line != 0)
            for (size_t i = s.a & mask;; i = (i + 1) & mask)
                if (m_slots[i].line == 0) {
                    m_slots[i] = s;
                    break;
                }
}

} // namespace guardrail
