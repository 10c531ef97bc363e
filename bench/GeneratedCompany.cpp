// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeneratedCompany.h"

#include "store/Database.h"
#include "store/RowWriter.h"
#include "store/Transaction.h"

namespace guardrail {

void GeneratedCompany::write(const QString &path, int leads)
{
    Database db(path);
    Transaction t(db.connection());
    RowWriter w(db);
    quint64 state = 42;
    const auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(state >> 11) * 0x1.0p-53;
    };
    const MonthIndex first = 2024 * 12;
    for (int i = 0; i < leads; ++i) {
        LeadRecord r;
        r.leadId = QStringLiteral("B%1").arg(i);
        const MonthIndex m = first + static_cast<int>(next() * 24);
        const EpochSeconds created =
            EpochSeconds(iso::firstDayOfMonth(m) + static_cast<int>(next() * 28)) * kSecondsPerDay;
        r.createdAt = created;
        r.channel = QStringLiteral("Channel %1").arg(i % 10);
        r.segment = QStringLiteral("Segment %1").arg(i % 5);
        if (next() < 0.1) {
            r.mqlAt = created + 2 * kSecondsPerDay;
            r.firstResponseAt = *r.mqlAt + 20 * 3600;
            if (next() < 0.3) {
                r.sqlAt = *r.mqlAt + 5 * kSecondsPerDay;
                r.amount = 10000 * next() + 1000;
                if (next() < 0.4)
                    r.wonAt = *r.sqlAt + 30 * kSecondsPerDay;
                else
                    r.lostAt = *r.sqlAt + 30 * kSecondsPerDay;
            }
        }
        w.upsertLead(r);
        if (r.wonAt)
            for (MonthIndex k = iso::monthOfDay(iso::dayOf(*r.wonAt)); k < first + 24; ++k)
                w.upsertRevenue(r.leadId, k, *r.amount / 12);
    }
    for (MonthIndex m = first; m < first + 24; ++m) {
        for (int c = 0; c < 10; ++c)
            for (int k = 0; k < 3; ++k)
                w.upsertSpend(m, w.channelId(QStringLiteral("Channel %1").arg(c)),
                              static_cast<SpendCategory>(k), 0, 5000 + 100 * c);
        w.upsertSpend(m, 0, SpendCategory::OpsTooling, 0, 9000);
    }
    t.commit();
}

QDate GeneratedCompany::asOf()
{
    return QDate(2025, 12, 20);
}

} // namespace guardrail
