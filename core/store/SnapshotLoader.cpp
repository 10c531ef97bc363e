// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotLoader.h"

#include "Database.h"
#include "DecisionLog.h"
#include "JourneyTable.h"
#include "ReadTransaction.h"
#include "ReviewLog.h"
#include "SettingsTable.h"
#include "SlaTable.h"
#include "Statement.h"
#include "StoreError.h"
#include "domain/CompanyClock.h"
#include "domain/TextKey.h"

#include <QHash>

#include <unordered_map>

namespace guardrail {
namespace {

// A stored timestamp that does not parse would read as "never": the file was changed by
// hand or by another program, and that is said, never guessed around.
// The engine reads dates on the company's wall clock (CompanyClock): the stored UTC instant is
// turned into it here, once.
EpochSeconds timeAt(const Database &db, const Statement &s, int column, const char *name,
                    const CompanyClock &clock, int *zoneOffset = nullptr)
{
    if (s.isNull(column))
        return kNever;
    int n = 0;
    const char *p = s.text(column, n);
    if (const auto t = iso::parseTimestamp(p, n)) {
        const int offset = clock.offsetAt(*t);
        if (zoneOffset)
            *zoneOffset = offset;
        return *t + offset;
    }
    throw StoreError(QStringLiteral("%1 is damaged: lead row %2 has %3 \"%4\", which is not a "
                                    "timestamp: run guardrail check --db %1")
                         .arg(db.path())
                         .arg(s.integer(0))
                         .arg(QLatin1String(name), QString::fromUtf8(p, n)),
                     StoreError::Kind::Damaged);
}

MonthIndex monthAt(const Statement &s, int column)
{
    int n = 0;
    const char *p = s.text(column, n);
    if (n != 7)
        return 0;
    return ((p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0')) * 12 +
           (p[5] - '0') * 10 + (p[6] - '0') - 1;
}

// Maps store ids to dense indexes, adding an "Unknown" group on first need. An id with no row
// (written with foreign keys off, by another program) is damage: it is named, never followed.
struct GroupIndex
{
    const Database &db;
    const char *table;
    QStringList *names;
    std::unordered_map<qint64, int> byId;
    int unknown = -1;

    int of(const Statement &s, int column, const char *from)
    {
        if (s.isNull(column)) {
            if (unknown < 0) {
                unknown = static_cast<int>(names->size());
                names->append(noValueGroupName(*names));
            }
            return unknown;
        }
        return known(s, column, from);
    }
    int known(const Statement &s, int column, const char *from) const
    {
        const auto it = byId.find(s.integer(column));
        if (it == byId.end())
            throw StoreError(QStringLiteral("%1 is damaged: a row of %2 points to %3 id %4, which "
                                            "does not exist: run guardrail check --db %1")
                                 .arg(db.path(), QLatin1String(from), QLatin1String(table))
                                 .arg(s.integer(column)),
                             StoreError::Kind::Damaged);
        return it->second;
    }
    int orShared(const Statement &s, int column, const char *from) const
    {
        return s.isNull(column) ? -1 : known(s, column, from);
    }
};

// Free-text names (owners, offers, reasons) as dense indexes: the first spelling seen is shown,
// and names match as DESIGN's "Text" says (NFC, full case folding), so "maya chen" is Maya Chen.
struct TextIndex
{
    QStringList *names;
    QHash<QString, int> byKey = {};
    // The cell's bytes as stored: most cells repeat, so a million of them cost a hash lookup
    // each, not a string and a case fold.
    QHash<QByteArray, int> byText = {};

    int of(const Statement &s, int column)
    {
        if (s.isNull(column))
            return -1;
        int n = 0;
        const char *p = s.text(column, n);
        if (const auto seen = byText.constFind(QByteArray::fromRawData(p, n));
            seen != byText.cend())
            return *seen;
        const QString name = QString::fromUtf8(p, n).trimmed();
        int index = -1;
        if (!name.isEmpty()) {
            const QString key = textKey(name);
            const auto it = byKey.constFind(key);
            index = it != byKey.cend() ? *it : static_cast<int>(names->size());
            if (it == byKey.cend()) {
                byKey.insert(key, index);
                names->append(name);
            }
        }
        byText.insert(QByteArray(p, n), index);
        return index;
    }
};

} // namespace

Snapshot SnapshotLoader::load(const Database &db)
{
    const ReadTransaction read(db); // every figure from one state of the file
    Snapshot snap;
    snap.companyName = db.companyName();
    const QMap<QString, QString> settings = db.settingsMap();
    snap.settings = Settings::fromMap(settings);
    snap.explicitSettings = settings.keys();
    snap.settingVersions = SettingsTable(db).versions();
    const CompanyClock clock(snap.settings.timezone);
    const Database &h = db;

    GroupIndex channels{db, "channel", &snap.channels, {}, -1};
    {
        Statement s(h, "SELECT id, name, paused FROM channels ORDER BY name COLLATE NOCASE");
        while (s.step()) {
            channels.byId[s.integer(0)] = static_cast<int>(snap.channels.size());
            snap.channels << s.string(1);
            snap.channelPaused.push_back(s.integer(2) != 0);
        }
    }
    GroupIndex segments{db, "segment", &snap.segments, {}, -1};
    {
        Statement s(h, "SELECT id, name FROM segments ORDER BY name COLLATE NOCASE");
        while (s.step()) {
            segments.byId[s.integer(0)] = static_cast<int>(snap.segments.size());
            snap.segments << s.string(1);
        }
    }
    std::unordered_map<qint64, int> leadIndex;
    {
        const qint64 count = db.scalar(QStringLiteral("SELECT count(*) FROM leads")).toLongLong();
        snap.leads.reserve(static_cast<size_t>(count));
        leadIndex.reserve(static_cast<size_t>(count));
        Statement s(
            h,
            "SELECT id, created_at, mql_at, sql_at, won_at, lost_at, first_response_at, amount, "
            "channel_id, segment_id, closed_undated IS NOT NULL, expected_close_at, owner, offer, "
            "lost_reason, icp_match FROM leads ORDER BY id");
        TextIndex owners{&snap.owners}, offers{&snap.offers}, reasons{&snap.lostReasons};
        while (s.step()) {
            Lead l;
            l.id = s.integer(0);
            l.createdAt = timeAt(db, s, 1, "created_at", clock);
            l.mqlAt = timeAt(db, s, 2, "mql_at", clock, &l.mqlZoneOffset);
            l.sqlAt = timeAt(db, s, 3, "sql_at", clock);
            l.wonAt = timeAt(db, s, 4, "won_at", clock);
            l.lostAt = timeAt(db, s, 5, "lost_at", clock);
            l.firstResponseAt = timeAt(db, s, 6, "first_response_at", clock, &l.responseZoneOffset);
            l.expectedCloseAt = timeAt(db, s, 11, "expected_close_at", clock);
            l.owner = owners.of(s, 12);
            l.offer = offers.of(s, 13);
            l.lostReason = reasons.of(s, 14);
            l.icpMatch = s.isNull(15) ? -1 : static_cast<signed char>(s.integer(15) != 0);
            if (!s.isNull(7))
                l.amount = s.real(7);
            l.channel = channels.of(s, 8, "leads");
            l.segment = segments.of(s, 9, "leads");
            l.closedUndated = s.integer(10) != 0;
            leadIndex.emplace(l.id, static_cast<int>(snap.leads.size()));
            snap.leads.push_back(l);
        }
    }
    {
        Statement s(h, "SELECT l.id, r.month, r.mrr FROM revenue r JOIN leads l ON l.lead_id = "
                       "r.customer_id "
                       "WHERE r.mrr > 0 ORDER BY l.id, r.month");
        while (s.step())
            snap.revenue.push_back(
                RevenueRow{leadIndex.at(s.integer(0)), monthAt(s, 1), s.real(2)});
    }
    {
        Statement s(h, "SELECT month, channel_id, segment_id, category, amount FROM spend "
                       "ORDER BY id");
        while (s.step()) {
            SpendRow r;
            r.month = monthAt(s, 0);
            r.channel = channels.orShared(s, 1, "spend");
            r.segment = segments.orShared(s, 2, "spend");
            r.category = spendCategoryFromName(s.string(3)).value_or(SpendCategory::Marketing);
            r.amount = s.real(4);
            snap.spend.push_back(r);
        }
    }
    {
        Statement s(h, "SELECT month, gross_profit FROM gross_profit ORDER BY month");
        while (s.step())
            snap.grossProfit.push_back(GrossProfitRow{monthAt(s, 0), s.real(1)});
    }
    {
        Statement s(h, "SELECT month, channel_id, count FROM awareness ORDER BY id");
        while (s.step())
            snap.awareness.push_back(
                AwarenessRow{monthAt(s, 0), channels.orShared(s, 1, "awareness"), s.real(2)});
    }
    {
        Statement s(h, "SELECT month, bookings FROM targets ORDER BY month");
        while (s.step())
            snap.targets.push_back(TargetRow{monthAt(s, 0), s.real(1)});
    }
    snap.journey = JourneyTable(db).load();
    snap.slaVersions = SlaTable(db).versions();
    snap.reviews = ReviewLog(db).all();
    snap.decisions = DecisionLog(db).all();
    if (channels.unknown >= 0 &&
        snap.channelPaused.size() < static_cast<size_t>(snap.channels.size()))
        snap.channelPaused.resize(static_cast<size_t>(snap.channels.size()), false);
    return snap;
}

} // namespace guardrail
