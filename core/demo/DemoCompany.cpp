// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCompany.h"

#include "metrics/MetricPath.h"
#include "metrics/MetricsEngine.h"
#include "metrics/WhatIfRecord.h"
#include "store/Database.h"
#include "store/DecisionLog.h"
#include "store/JourneyTable.h"
#include "store/ReviewLog.h"
#include "store/RowWriter.h"
#include "store/SlaTable.h"
#include "store/SnapshotLoader.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QMap>

#include <array>
#include <cmath>

namespace guardrail {
namespace {

// splitmix64: a tiny generator whose sequence is the same on every platform and library,
// unlike std::uniform_real_distribution.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    double uniform()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        z ^= z >> 31;
        return static_cast<double>(z >> 11) * 0x1.0p-53;
    }
    double between(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    int pick(const std::array<double, 3> &weights)
    {
        double u = uniform();
        for (int i = 0; i < 2; ++i) {
            if (u < weights[i])
                return i;
            u -= weights[i];
        }
        return 2;
    }

private:
    quint64 m_state;
};

struct ChannelPlan
{
    const char *name;
    double leadsPerMonth;
    std::array<double, 3> segmentMix; // SMB, Mid-market, Enterprise
    double mqlRate, sqlRate, winRate;
    // Own monthly spend by category: marketing, sales_comp, business_development, ops_tooling.
    std::array<double, 4> spend;
};

const ChannelPlan kChannels[] = {
    {"Inbound", 1650, {0.55, 0.32, 0.13}, 0.083, 0.235, 0.42, {36100, 18050, 0, 6050}},
    {"Outbound", 640, {0.30, 0.45, 0.25}, 0.083, 0.235, 0.42, {6560, 32400, 25860, 0}},
    {"Referral", 560, {0.40, 0.40, 0.20}, 0.088, 0.25, 0.45, {1870, 4370, 0, 0}},
    {"Events", 330, {0.30, 0.50, 0.20}, 0.078, 0.235, 0.42, {6900, 0, 0, 0}},
};
const char *const kSegments[] = {"SMB", "Mid-market", "Enterprise"};
// The reps. Tom Baker is handed more of the deals that end lost, so his win rate sits well
// under the team's target: the story the Win/Loss page tells.
const char *const kOwners[] = {"Maya Chen", "Jonas Weber", "Priya Nair", "Tom Baker"};
// Why deals were lost, by weight; "" is a deal closed without a reason given.
const std::pair<const char *, double> kLossReasons[] = {{"Price", 0.38},
                                                        {"Chose a competitor", 0.22},
                                                        {"No decision", 0.18},
                                                        {"Timing", 0.12},
                                                        {"", 0.10}};

// Owners, reasons and expected close dates come from a generator of their own, so adding them
// left every other row of the demo as it was.
void describeDeal(Random &deals, LeadRecord &r, EpochSeconds plannedClose)
{
    if (!r.mqlAt)
        return;
    const bool lost = r.lostAt.has_value();
    const double u = deals.uniform();
    const double tom = lost ? 0.40 : 0.15, each = (1 - tom) / 3;
    r.owner = QString::fromLatin1(kOwners[u < tom ? 3 : std::min(2, int((u - tom) / each))]);
    if (!r.sqlAt)
        return;
    if (lost) {
        double v = deals.uniform();
        for (const auto &[reason, weight] : kLossReasons) {
            r.lostReason = QString::fromLatin1(reason);
            if ((v -= weight) < 0)
                break;
        }
    }
    // The CRM's expected close date: near the real one, missing on one deal in ten.
    const EpochSeconds drift = static_cast<EpochSeconds>(deals.between(-12, 12) * kSecondsPerDay);
    if (!deals.chance(0.10))
        r.expectedCloseAt = plannedClose + drift;
}

// Monthly bookings targets from the first month to the end of the as-of date's quarter: the
// company's average month of bookings, raised 1.2% a month (so the current quarter asks ~18%
// more than the average month delivered), in round $5,000s.
void writeTargets(RowWriter &writer, const QMap<MonthIndex, double> &bookings,
                  MonthIndex firstMonth, MonthIndex lastMonth)
{
    double sum = 0;
    for (MonthIndex m = firstMonth; m < lastMonth; ++m)
        sum += bookings.value(m);
    const double average = sum / (lastMonth - firstMonth);
    const MonthIndex quarterEnd = lastMonth + 2 - (lastMonth % 12) % 3;
    for (MonthIndex m = firstMonth; m <= quarterEnd; ++m)
        writer.upsertTarget(m,
                            std::round(average * (0.9 + 0.012 * (m - firstMonth)) / 5000) * 5000);
}
const double kArpa[] = {350, 850, 2200};
const double kMonthlyChurn[] = {0.024, 0.015, 0.009};

// The headline figures as they stood on a date, as the app captures them when a review or a
// decision is logged, and the what-if scenario a decision was taken on (WhatIfRecord).
QString figuresOn(const Snapshot &snap, const Settings &settings, const QDate &date,
                  const QString &channel = {},
                  const std::optional<WhatIf::Result> &scenario = std::nullopt)
{
    const Metrics m = MetricsEngine::compute(snap, settings, date);
    QJsonObject figures = MetricPath::headline(m, channel);
    if (scenario)
        figures.insert(WhatIfRecord::key(),
                       WhatIfRecord::toJson(*scenario, settings.unitWindowMonths));
    return QString::fromUtf8(QJsonDocument(figures).toJson(QJsonDocument::Compact));
}

void writeDocuments(Database &db, const QDate &asOf)
{
    const Snapshot snap = SnapshotLoader::load(db);
    const Settings settings = db.settings();
    JourneyTable journey(db);
    const auto stage = [&](Stage s, QStringList touch, QString criteria, QStringList drop,
                           QString owner) {
        journey.save(JourneyStage{s, touch, criteria, drop, owner, 1, {}, {}},
                     1); // a new file's stages
    };
    stage(Stage::Awareness,
          {QStringLiteral("Blog and SEO"), QStringLiteral("LinkedIn ads"),
           QStringLiteral("Trade events")},
          QStringLiteral(
              "Known contact: downloaded content, registered for an event or was prospected"),
          {QStringLiteral("No follow-up content"), QStringLiteral("Wrong audience")},
          QStringLiteral("Marketing"));
    stage(Stage::Mql,
          {QStringLiteral("Nurture e-mails"), QStringLiteral("Webinar"),
           QStringLiteral("Pricing page")},
          QStringLiteral("Lead score 60 or more and ICP match"),
          {QStringLiteral("Slow first response"), QStringLiteral("No clear next step")},
          QStringLiteral("Marketing"));
    stage(Stage::Sql,
          {QStringLiteral("Discovery call"), QStringLiteral("Demo"), QStringLiteral("Proposal")},
          QStringLiteral("Budget, authority, need and timeline confirmed on a discovery call"),
          {QStringLiteral("No champion"), QStringLiteral("Price shock at proposal")},
          QStringLiteral("Sales"));
    stage(
        Stage::Customer,
        {QStringLiteral("Contract"), QStringLiteral("Kick-off"), QStringLiteral("Onboarding plan")},
        QStringLiteral("Contract signed and first invoice paid"),
        {QStringLiteral("Slow onboarding"), QStringLiteral("No executive sponsor")},
        QStringLiteral("Customer Success"));
    stage(Stage::Retention,
          {QStringLiteral("Quarterly business review"), QStringLiteral("Health score alerts")},
          QStringLiteral("Renewed, or active with a health score above 70"),
          {QStringLiteral("Champion leaves"), QStringLiteral("Low product usage")},
          QStringLiteral("Customer Success"));

    Sla sla;
    sla.effectiveFrom = asOf.addMonths(-24);
    sla.leadScoreThreshold = 60;
    sla.icpMatchRequired = true;
    sla.engagementCriteria =
        QStringLiteral("Two content touches or one pricing-page visit in 30 days");
    sla.opportunityCriteria =
        QStringLiteral("Discovery call held; budget, authority, need and timeline confirmed");
    sla.handoff = {
        {QStringLiteral("Route the MQL to the territory's SDR"), QStringLiteral("Marketing Ops"),
         1},
        {QStringLiteral("First call or e-mail"), QStringLiteral("SDR"), 24},
        {QStringLiteral("Accept as SQL or return with a reason"), QStringLiteral("SDR"), 72},
        {QStringLiteral("Discovery call booked"), QStringLiteral("Account Executive"), 120}};
    SlaTable(db).addVersion(sla);

    ReviewLog reviews(db);
    const QDate monday = asOf.addDays(1 - asOf.dayOfWeek()); // this week's review, on or before A
    for (int week = 3; week >= 0; --week)
        reviews.add(Review{
            0, monday.addDays(-7 * week), QStringLiteral("weekly"),
            QStringLiteral("CRO, Head of Marketing, Head of Sales"),
            week == 0
                ? QStringLiteral("Outbound still over the guardrail; MQL-to-SQL is the constraint.")
                : QStringLiteral("Pipeline review; no new breach."),
            figuresOn(snap, settings, monday.addDays(-7 * week))});
    reviews.add(
        Review{0, QDate(asOf.year(), asOf.month(), 1).addDays(2), QStringLiteral("monthly"),
               QStringLiteral("Owner, CRO, CFO"),
               QStringLiteral("Financial signal review: acquisition spend against gross profit."),
               figuresOn(snap, settings, QDate(asOf.year(), asOf.month(), 1).addDays(2))});
    // The quarter's review opened it; the annual reset was last held 13 months ago, so the
    // Reviews page has an overdue cadence to show.
    const QDate quarterStart(asOf.year(), (asOf.month() - 1) / 3 * 3 + 1, 1);
    reviews.add(Review{0, quarterStart.addDays(6), QStringLiteral("quarterly"),
                       QStringLiteral("Owner, CRO, Head of Marketing, Head of Sales"),
                       QStringLiteral("Journey friction: MQL to SQL stalls on SDR follow-up.\n"
                                      "Guardrail recalibration: 18% of gross profit kept."),
                       figuresOn(snap, settings, quarterStart.addDays(6))});
    const QDate reset = QDate(asOf.year() - 1, asOf.month(), 1).addMonths(-1).addDays(9);
    reviews.add(Review{0, reset, QStringLiteral("annual"), QStringLiteral("Owner, CRO, CFO"),
                       QStringLiteral("Annual reset: targets, segments and journey owners for "
                                      "the year."),
                       figuresOn(snap, settings, reset)});

    DecisionLog decisions(db);
    Decision hire;
    hire.decidedOn = asOf.addDays(-150);
    hire.type = QStringLiteral("refuse_hire");
    hire.touches = QStringLiteral("Outbound");
    hire.summary = QStringLiteral("holding the third Outbound SDR hire");
    hire.rationale = QStringLiteral("Outbound CAC above the guardrail for two months");
    hire.owner = QStringLiteral("CRO");
    hire.reviewOn = asOf.addDays(-60);
    hire.closed = true;
    hire.figuresJson = figuresOn(snap, settings, hire.decidedOn, hire.touches);
    decisions.add(hire);
    Decision pause;
    pause.decidedOn = asOf.addDays(-20);
    pause.type = QStringLiteral("pause_channel");
    pause.touches = QStringLiteral("Outbound");
    pause.summary = QStringLiteral("pausing Outbound for redesign");
    pause.rationale =
        QStringLiteral("Outbound CAC is more than double the guardrail's maximum CAC");
    pause.owner = QStringLiteral("CRO");
    pause.reviewOn = asOf.addDays(70);
    pause.expectedMetric = QStringLiteral("company.cac");
    pause.expectedDirection = QStringLiteral("down");
    pause.expectedValue = 4500;
    pause.expectedBy = asOf.addDays(90);
    pause.figuresJson = figuresOn(snap, settings, pause.decidedOn, pause.touches,
                                  WhatIf::pause(snap, settings, pause.decidedOn, pause.touches));
    decisions.add(pause);
}

} // namespace

void DemoCompany::write(Database &db, const QDate &asOf)
{
    if (db.scalar(QStringLiteral("SELECT count(*) FROM leads")).toLongLong() > 0)
        throw StoreError(
            QStringLiteral("%1 already holds data; the demo is written only into a new file")
                .arg(db.path()));
    Transaction transaction(db.connection());
    db.setCompany(QString::fromLatin1(kName), asOf);
    const QMap<QString, QString> settings = {
        {QStringLiteral("guardrail_pct"), QStringLiteral("0.18")},
        {QStringLiteral("target.awareness_mql"), QStringLiteral("0.10")},
        {QStringLiteral("target.mql_sql"), QStringLiteral("0.31")},
        {QStringLiteral("target.sql_customer"), QStringLiteral("0.35")},
        {QStringLiteral("target.customer_retention"), QStringLiteral("0.85")},
        {QStringLiteral("segment.SMB.gross_margin"), QStringLiteral("0.74")},
        {QStringLiteral("segment.Mid-market.gross_margin"), QStringLiteral("0.70")},
        {QStringLiteral("segment.Enterprise.gross_margin"), QStringLiteral("0.66")},
        {QStringLiteral("target.win_rate"), QStringLiteral("0.45")},
    };
    for (auto it = settings.cbegin(); it != settings.cend(); ++it)
        db.setSetting(it.key(), it.value());

    RowWriter writer(db);
    Random random(20261118);
    Random deals(20261202);
    QMap<MonthIndex, double> bookings;
    const EpochDay asOfDay = iso::fromDate(asOf);
    const MonthIndex lastMonth = iso::monthOf(asOf), firstMonth = lastMonth - 23;
    const EpochSeconds day = kSecondsPerDay;
    int serial = 0;
    for (MonthIndex month = firstMonth; month <= lastMonth; ++month) {
        const EpochDay first = iso::firstDayOfMonth(month), last = iso::lastDayOfMonth(month);
        for (int c = 0; c < 4; ++c) {
            const ChannelPlan &plan = kChannels[c];
            const int leads =
                static_cast<int>(std::lround(plan.leadsPerMonth * random.between(0.9, 1.1)));
            for (int i = 0; i < leads; ++i) {
                const EpochSeconds created =
                    EpochSeconds(first + static_cast<int>(random.uniform() * (last - first + 1))) *
                        day +
                    static_cast<EpochSeconds>(random.between(8, 18) * 3600);
                if (iso::dayOf(created) > asOfDay)
                    continue;
                LeadRecord r;
                EpochSeconds plannedClose = 0;
                r.leadId = QStringLiteral("AS-%1").arg(++serial, 6, 10, QLatin1Char('0'));
                const int segment = random.pick(plan.segmentMix);
                r.createdAt = created;
                r.channel = QString::fromLatin1(plan.name);
                r.segment = QString::fromLatin1(kSegments[segment]);
                r.offer = random.chance(0.7) ? QStringLiteral("Core") : QStringLiteral("Plus");
                r.leadScore = std::round(random.between(10, 100));
                r.icpMatch = random.chance(0.45);
                const auto before = [&](EpochSeconds t) { return iso::dayOf(t) <= asOfDay; };
                if (random.chance(plan.mqlRate)) {
                    const EpochSeconds mql =
                        created + static_cast<EpochSeconds>(random.between(0.2, 9) * day);
                    if (before(mql)) {
                        r.mqlAt = mql;
                        const double respond = random.uniform();
                        const double hours =
                            respond < 0.80 ? random.between(0.5, 20) : random.between(26, 80);
                        if (respond < 0.97 && before(mql + static_cast<EpochSeconds>(hours * 3600)))
                            r.firstResponseAt = mql + static_cast<EpochSeconds>(hours * 3600);
                        if (random.chance(plan.sqlRate)) {
                            const EpochSeconds sql =
                                mql + static_cast<EpochSeconds>(random.between(2, 20) * day);
                            if (before(sql)) {
                                r.sqlAt = sql;
                                r.amount =
                                    std::round(kArpa[segment] * 12 * random.between(0.8, 1.2));
                                const bool win = random.chance(plan.winRate);
                                const EpochSeconds close =
                                    sql + static_cast<EpochSeconds>(random.between(20, 75) * day);
                                plannedClose = close;
                                if (before(close)) {
                                    if (win)
                                        r.wonAt = close;
                                    else if (random.chance(0.85))
                                        r.lostAt = close;
                                }
                            }
                        }
                    }
                }
                describeDeal(deals, r, plannedClose);
                writer.insertNewLead(r); // into the empty file the demo requires: no upsert

                if (!r.wonAt)
                    continue;
                bookings[iso::monthOfDay(iso::dayOf(*r.wonAt))] += *r.amount;
                // Revenue from the month of the win until churn; some accounts expand or contract.
                double mrr = *r.amount / 12;
                for (MonthIndex m = iso::monthOfDay(iso::dayOf(*r.wonAt)); m <= lastMonth; ++m) {
                    writer.upsertRevenue(r.leadId, m, std::round(mrr * 100) / 100);
                    if (random.chance(kMonthlyChurn[segment]))
                        break;
                    if (random.chance(0.03))
                        mrr *= 1.10;
                    else if (random.chance(0.01))
                        mrr *= 0.90;
                }
            }
            for (int k = 0; k < 4; ++k)
                if (plan.spend[k] > 0 && month < lastMonth + (asOf.day() > 1 ? 1 : 0))
                    writer.upsertSpend(
                        month, writer.channelId(QString::fromLatin1(plan.name)),
                        static_cast<SpendCategory>(k), 0,
                        std::round(plan.spend[k] * random.between(0.92, 1.08) * 100) / 100);
        }
        writer.upsertSpend(month, 0, SpendCategory::OpsTooling, 0,
                           std::round(random.between(4200, 4800) * 100) / 100);
        writer.upsertSpend(month, 0, SpendCategory::Onboarding, 0,
                           std::round(random.between(3300, 3700) * 100) / 100);
    }
    writeTargets(writer, bookings, firstMonth, lastMonth);
    writeDocuments(db, asOf);
    writer.flush();
    transaction.commit();
}

} // namespace guardrail
