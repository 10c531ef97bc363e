// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewCadence.h"

namespace guardrail {

QList<CadenceStatus> ReviewCadence::compute(const QList<Review> &reviews, const QDate &asOf,
                                            std::optional<MonthIndex> dataStart)
{
    QList<CadenceStatus> out;
    for (const QString &kind : reviewKinds()) {
        CadenceStatus s;
        s.kind = kind;
        for (const Review &r : reviews)
            if (r.kind == kind && r.heldOn <= asOf && (!s.lastHeld || r.heldOn > *s.lastHeld))
                s.lastHeld = r.heldOn;
        if (s.lastHeld)
            s.nextDue = reviewNextDue(kind, *s.lastHeld);
        else if (dataStart)
            s.nextDue = reviewNextDue(kind, iso::toDate(iso::firstDayOfMonth(*dataStart)));
        else
            s.nextDue = reviewNextDue(kind, asOf); // no data yet: nothing is late
        s.overdue = asOf > s.nextDue;
        out << s;
    }
    return out;
}

} // namespace guardrail
