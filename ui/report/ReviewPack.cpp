// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewPack.h"

#include "FigureFormat.h"
#include "NumberSection.h"
#include "PdfLayout.h"
#include "ScenarioSection.h"
#include "WinLossSection.h"
#include "charts/Charts.h"
#include "io/OutputFile.h"
#include "metrics/Brief.h"
#include "metrics/MetricPath.h"
#include "models/ChannelTableModel.h"
#include "models/DecisionModel.h"
#include "models/FunnelModel.h"
#include "models/SegmentTableModel.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QStandardItemModel>

namespace guardrail {
namespace {

// A small read-only table for the PDF: text cells, numbers right-aligned.
class TextTable : public QStandardItemModel
{
public:
    TextTable(const QStringList &headers, const QList<int> &rightAligned) : m_right(rightAligned)
    {
        setHorizontalHeaderLabels(headers);
    }
    void add(const QStringList &cells)
    {
        QList<QStandardItem *> items;
        for (int i = 0; i < cells.size(); ++i) {
            auto *item = new QStandardItem(cells[i]);
            item->setTextAlignment(m_right.contains(i) ? Qt::AlignRight | Qt::AlignVCenter
                                                       : Qt::AlignLeft | Qt::AlignVCenter);
            items << item;
        }
        appendRow(items);
    }

private:
    QList<int> m_right;
};

QList<PdfLayout::TableColumn> evenColumns(int count)
{
    QList<PdfLayout::TableColumn> columns;
    for (int i = 0; i < count; ++i)
        columns << PdfLayout::TableColumn{i, 1};
    return columns;
}

QString longDate(const QDate &d)
{
    return FigureFormat(QString()).date(d);
}

QString monthName(MonthIndex m)
{
    return FigureFormat(QString()).month(m);
}

} // namespace

ReviewPack::ReviewPack(const Snapshot &snapshot, const Settings &settings, const Metrics &metrics,
                       const QHash<qint64, QString> &crmIds)
    : m_snapshot(snapshot), m_settings(settings), m_metrics(metrics), m_crmIds(crmIds)
{}

QString ReviewPack::title(Kind kind)
{
    return kind == Kind::Weekly ? QObject::tr("Weekly CRO review")
                                : QObject::tr("Monthly review pack");
}

QString ReviewPack::write(const QString &path, Kind kind) const
{
    const auto configure = [this, kind](QPdfWriter &writer) {
        writer.setPageSize(m_settings.reportPaperLetter ? QPageSize(QPageSize::Letter)
                                                        : QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(600);
        writer.setTitle(
            QStringLiteral("%1 — %2 — %3")
                .arg(m_snapshot.companyName, title(kind), m_metrics.asOf.toString(Qt::ISODate)));
        writer.setCreator(QStringLiteral("Guardrail"));
    };
    // First pass: count the pages, so that every footer can say "page N of M".
    int pages = 0;
    {
        QPdfWriter counter(QStringLiteral("/dev/null"));
        configure(counter);
        PdfLayout measure(nullptr, counter, 0);
        layout(measure, kind);
        pages = measure.pages();
    }
    // Drawn in memory (a pack is ~150 KB), then written whole or not at all: a full disk or a
    // read-only folder leaves no partial PDF behind.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        configure(writer);
        QPainter painter;
        if (!painter.begin(&writer))
            return QObject::tr("cannot draw the PDF %1").arg(path);
        PdfLayout out(&painter, writer, pages);
        layout(out, kind);
        painter.end();
    }
    OutputFile file(path);
    if (file.open())
        file.write(pdf.data());
    if (!file.commit())
        return QObject::tr("cannot write the PDF: %1").arg(file.error());
    return {};
}

void ReviewPack::layout(PdfLayout &out, Kind kind) const
{
    out.setHeader(m_snapshot.companyName,
                  QObject::tr("%1 · as of %2").arg(title(kind), longDate(m_metrics.asOf)));
    out.begin();
    out.title(QObject::tr("%1: %2").arg(m_snapshot.companyName, title(kind)),
              QObject::tr("As of %1. Unit window %2 to %3 (%4 months): CAC, LTV, churn, NRR, "
                          "guardrail. Funnel window %5 to %6 (%7 days): conversions, win rate, "
                          "deal size, time to close, SLA.")
                  .arg(longDate(m_metrics.asOf), monthName(m_metrics.unitStart),
                       monthName(m_metrics.unitEnd))
                  .arg(m_settings.unitWindowMonths)
                  .arg(longDate(iso::toDate(m_metrics.funnelStart)),
                       longDate(iso::toDate(m_metrics.funnelEnd)))
                  .arg(m_settings.funnelWindowDays));
    NumberSection::write(out, m_snapshot, m_settings, m_metrics, m_crmIds); // the agenda's first
    weeklyPart(out);
    if (kind == Kind::Monthly)
        monthlyPart(out);
    definitions(out, kind);
}

void ReviewPack::weeklyPart(PdfLayout &out) const
{
    const FigureFormat f(m_metrics.currency);
    const Metrics &m = m_metrics;
    out.heading(QObject::tr("The 90-second brief"));
    out.paragraph(Brief::text(m, m_snapshot.decisions));

    out.heading(QObject::tr("Leading indicators, with the change on a week earlier"));
    const Kpis &now = m.funnel.kpis, &before = m.previousWeek.kpis;
    const auto change = [](const Figure &a, const Figure &b, auto format) -> QString {
        return a.has() && b.has() ? QString(format(a.value() - b.value()))
                                  : QObject::tr("no value a week ago");
    };
    const auto pts = [&f](double d) -> QString { return f.percentPointChange(d); };
    const auto money = [&f](double d) -> QString { return f.moneyChange(d); };
    const auto days = [&f](double d) -> QString {
        return f.numberChange(d) + QObject::tr(" days");
    };
    out.tiles({{QObject::tr("Velocity per day"), f.money(now.pipelineVelocityPerDay),
                change(now.pipelineVelocityPerDay, before.pipelineVelocityPerDay, money)},
               {QObject::tr("Win rate"), f.percent(now.winRate),
                change(now.winRate, before.winRate, pts)},
               {QObject::tr("Average deal size"), f.money(now.avgDealSize),
                change(now.avgDealSize, before.avgDealSize, money)},
               {QObject::tr("Time to close"),
                now.timeToCloseDays.has() ? f.number(now.timeToCloseDays) + QObject::tr(" days")
                                          : FigureFormat::dash(),
                change(now.timeToCloseDays, before.timeToCloseDays, days)},
               {QObject::tr("NRR"), f.percent(now.nrr), change(now.nrr, before.nrr, pts)}});
    out.paragraph(QObject::tr("Volume in the funnel window: %1 MQLs, %2 SQLs, %3 wins; %4 open "
                              "opportunities worth %5. Win rate = won ÷ (won + lost) of the "
                              "deals closed in the window; the SQL → Customer rate below counts "
                              "every SQL, open ones included.")
                      .arg(f.number(now.mqls, 0), f.number(now.sqls, 0), f.number(now.wins, 0),
                           f.number(now.openOpportunities, 0), f.money(now.pipelineValue)),
                  true);

    out.heading(QObject::tr("Conversion by stage, against target"));
    FunnelModel stages; // the screen's table, so the pack reads the same
    stages.setFigures(m);
    using F = FunnelModel;
    out.table(stages, {{F::Step, 2.2},
                       {F::Rate, 1},
                       {F::Target, 1},
                       {F::Gap, 1},
                       {F::Basis, 1.3},
                       {F::Constraint, 1.6}});

    out.heading(QObject::tr("CAC versus guardrail, breaches first"));
    out.paragraph(
        QObject::tr("The guardrail: CAC at most %1 of the gross profit a customer brings "
                    "(on the lifetime basis, LTV/CAC of at least %2). Company acquisition "
                    "cost is %3 of the gross profit earned in the unit window: a spend ratio "
                    "over the window, not comparable with the per-customer guardrail.")
            .arg(f.percent(m.company.guardrailPct, 0), f.number(1 / m.company.guardrailPct),
                 f.percent(m.company.acquisitionPctGp)),
        true);
    ChannelTableModel channels;
    channels.setFigures(m, m_settings);
    using C = ChannelTableModel;
    out.table(channels, {{C::Name, 1.5},
                         {C::Status, 1.3},
                         {C::Cac, 1},
                         {C::GpPerCustomer, 1.1},
                         {C::CacPctGp, 1},
                         {C::Headroom, 1.1},
                         {C::MonthsInBreach, 1.0},
                         {C::LtvCac, 0.8},
                         {C::Payback, 1.05}});

    out.heading(QObject::tr("Sales and marketing SLA"));
    out.paragraph(
        now.slaResponseCompliance.has()
            ? QObject::tr("%1 of the MQLs due in the funnel window had sales' first touch within "
                          "the SLA's %2 hours (target %3: %4).")
                  .arg(f.percent(now.slaResponseCompliance),
                       f.number(m_settings.slaMqlResponseHours, 0),
                       f.percent(m_settings.slaComplianceTarget, 0),
                       now.slaResponseCompliance.value() >= m_settings.slaComplianceTarget
                           ? QObject::tr("✓ met")
                           : QObject::tr("✗ below"))
            : QObject::tr("SLA response compliance: %1 (%2).")
                  .arg(FigureFormat::dash(), now.slaResponseCompliance.reason()));

    out.heading(QObject::tr("Decisions due for review"));
    TextTable due({QObject::tr("Decided"), QObject::tr("Decision"), QObject::tr("Owner"),
                   QObject::tr("Review on"), QObject::tr("Expected effect")},
                  {});
    for (const Decision &d : m_snapshot.decisions) {
        if (d.closed || !d.reviewOn.isValid())
            continue;
        // Open decisions whose review date has come, or comes within the next two weeks.
        if (d.reviewOn > m.asOf.addDays(14))
            continue;
        due.add(
            {longDate(d.decidedOn), d.summary, d.owner, longDate(d.reviewOn),
             d.expectedMetric.isEmpty()
                 ? FigureFormat::dash()
                 : QObject::tr("%1 %2 to %3 by %4")
                       .arg(MetricPath::label(d.expectedMetric), d.expectedDirection,
                            d.expectedValue ? f.number(*d.expectedValue, 0) : QStringLiteral("?"),
                            longDate(d.expectedBy))});
    }
    if (due.rowCount() == 0) {
        QStringList open;
        for (const Decision &d : m_snapshot.decisions)
            if (!d.closed && d.reviewOn.isValid())
                open << QObject::tr("%1 (review on %2)").arg(d.summary, longDate(d.reviewOn));
        out.paragraph(open.isEmpty() ? QObject::tr("No open decision.")
                                     : QObject::tr("None due in the next two weeks. Open: %1.")
                                           .arg(open.join(QStringLiteral("; "))));
    } else {
        out.table(due, {{0, 1}, {1, 2.4}, {2, 0.8}, {3, 1}, {4, 2}});
    }
}

void ReviewPack::monthlyPart(PdfLayout &out) const
{
    const FigureFormat f(m_metrics.currency);
    const Metrics &m = m_metrics;
    out.newPage();
    out.heading(QObject::tr("Financial signal review"));
    out.chart(Charts::guardrailHistory(m), 230);
    out.chart(Charts::costByCategory(m), 210);

    QStringList costHeader{QObject::tr("Channel")};
    for (int k = 0; k < kSpendCategoryCount; ++k)
        costHeader << FigureFormat::spendCategoryLabel(static_cast<SpendCategory>(k));
    TextTable costs(costHeader << QObject::tr("Total"), {1, 2, 3, 4, 5, 6});
    for (const ChannelFigures &c : m.channels) {
        QStringList row{c.name};
        const QList<double> parts(c.costByCategory.cbegin(), c.costByCategory.cend());
        for (double v : FigureFormat::wholeParts(parts))
            row << f.money(v);
        row << f.money(c.unit.cost); // = the parts' sum: costByCategory sums to unit.cost
        costs.add(row);
    }
    out.heading(QObject::tr("Cost by category, unit window"));
    out.table(costs, evenColumns(7));

    out.heading(QObject::tr("LTV/CAC and payback by segment"));
    SegmentTableModel segments;
    segments.setFigures(m);
    using S = SegmentTableModel;
    out.table(segments, {{S::Name, 1.3},
                         {S::NewCustomers, 1},
                         {S::Cac, 1},
                         {S::Ltv, 1.3},
                         {S::LtvCac, 0.8},
                         {S::Band, 1.3},
                         {S::Payback, 1.1},
                         {S::PaybackTarget, 1}});

    out.heading(QObject::tr("Retention and the company envelope"));
    const UnitFigures &u = m.company.unit;
    out.tiles({{QObject::tr("NRR"), f.percent(m.funnel.kpis.nrr), QObject::tr("unit window")},
               {QObject::tr("GRR"), f.percent(m.funnel.kpis.grr), QObject::tr("unit window")},
               {QObject::tr("Company LTV/CAC"), f.ratio(u.ltvCac),
                QObject::tr("CAC %1").arg(f.money(u.cac))},
               {QObject::tr("Payback"),
                u.paybackMonths.has() ? f.number(u.paybackMonths) + QObject::tr(" months")
                                      : FigureFormat::dash(),
                QObject::tr("company")},
               {QObject::tr("Acquisition % of GP"), f.percent(m.company.acquisitionPctGp),
                QObject::tr("spend ÷ GP")}});

    WinLossSection::write(out, m);

    const QDate since = iso::toDate(iso::firstDayOfMonth(m.unitEnd));
    out.heading(QObject::tr("Decisions taken since %1").arg(longDate(since)));
    TextTable decisions({QObject::tr("Decided"), QObject::tr("Decision"), QObject::tr("Owner"),
                         QObject::tr("Rationale"), QObject::tr("Figures when taken")},
                        {});
    for (const Decision &d : m_snapshot.decisions) {
        if (d.decidedOn < since || d.decidedOn > m.asOf)
            continue;
        decisions.add({longDate(d.decidedOn), d.summary, d.owner, d.rationale,
                       DecisionModel::formatFigures(d.figuresJson, m.currency)});
    }
    if (decisions.rowCount() == 0)
        out.paragraph(QObject::tr("No decision was logged."));
    else
        out.table(decisions, {{0, 1}, {1, 1.6}, {2, 0.6}, {3, 1.7}, {4, 2.6}});
    ScenarioSection::write(out, m_snapshot.decisions, since, m.asOf, m.currency);

    out.heading(QObject::tr("Reviews held since %1").arg(longDate(since)));
    TextTable reviews(
        {QObject::tr("Held"), QObject::tr("Kind"), QObject::tr("Attendees"), QObject::tr("Notes")},
        {});
    for (const Review &r : m_snapshot.reviews)
        if (r.heldOn >= since && r.heldOn <= m.asOf)
            reviews.add({longDate(r.heldOn), reviewKindLabel(r.kind), r.attendees, r.notes});
    if (reviews.rowCount() == 0)
        out.paragraph(QObject::tr("No review was logged."));
    else
        out.table(reviews, {{0, 1}, {1, 0.8}, {2, 2}, {3, 3}});
    if (const QString late = Brief::overdueReviewsSentence(m); !late.isEmpty())
        out.paragraph(QObject::tr("✗ %1").arg(late));

    out.heading(QObject::tr("Milestone score"));
    out.paragraph(QObject::tr("Level %1 of 3: %2.%3")
                      .arg(m.milestone.level)
                      .arg(milestoneName(m.milestone.level))
                      .arg(m.milestone.missing.isEmpty()
                               ? QString()
                               : QObject::tr(" Missing: %1.")
                                     .arg(m.milestone.missing.join(QStringLiteral("; ")))));
    if (const QString rerate = Brief::rerateSentence(m); !rerate.isEmpty())
        out.paragraph(rerate);
}

void ReviewPack::definitions(PdfLayout &out, Kind kind) const
{
    const FigureFormat f(m_metrics.currency);
    out.newPage();
    out.heading(QObject::tr("Definitions"));
    QStringList categories;
    for (int k = 0; k < kSpendCategoryCount; ++k)
        if (m_settings.cacCategories[k])
            categories << FigureFormat::spendCategoryLabel(static_cast<SpendCategory>(k)).toLower();
    const QString allocation = m_settings.sharedCostAllocation == SharedCostAllocation::Customers
                                   ? QObject::tr("new customers")
                               : m_settings.sharedCostAllocation == SharedCostAllocation::Leads
                                   ? QObject::tr("leads created")
                                   : QObject::tr("equal shares");
    out.paragraph(
        QObject::tr("Settings used: guardrail %1 of gross profit per customer on the %2 basis; "
                    "near the line from %3 of it; LTV/CAC target %4; lifetime capped at %5 "
                    "months; CAC counts %6; shared cost allocated by %7; SLA first touch within "
                    "%8 hours; default gross margin %9.")
            .arg(f.percent(m_settings.guardrailPct, 0),
                 m_settings.guardrailBasis == GuardrailBasis::Lifetime ? QObject::tr("lifetime")
                                                                       : QObject::tr("first-year"),
                 f.percent(m_settings.nearLineFraction, 0), f.number(m_settings.ltvCacTarget),
                 QString::number(m_settings.lifetimeCapMonths),
                 categories.join(QStringLiteral(", ")), allocation,
                 f.number(m_settings.slaMqlResponseHours, 0),
                 f.percent(m_settings.defaultGrossMargin, 0)),
        true);
    const QStringList lines = {
        QObject::tr("The number: bookings = Σ amount of the deals won from the period's first day "
                    "(fiscal quarter, month) to the as-of date A; attainment = bookings / target "
                    "(Σ the months' bookings targets). Coverage = the open pipeline expected to "
                    "close after A by the period's end / (target − bookings), covered from %1. "
                    "Forecast = bookings + each channel's win rate × its pipeline due. Run rate = "
                    "bookings at the pace so far over the whole period. Slipped: open deals whose "
                    "expected close date is A or earlier; days slipped = A − that date.")
            .arg(f.ratio(Figure::of(m_settings.coverageTarget))),
        QObject::tr("Unit window U: the %1 complete months ending %2. Funnel window F: the %3 days "
                    "ending on the as-of date.")
            .arg(m_settings.unitWindowMonths)
            .arg(monthName(m_metrics.unitEnd))
            .arg(m_settings.funnelWindowDays),
        QObject::tr("Cost (fully loaded): a channel's spend in U in the CAC categories, plus its "
                    "share of shared spend by the allocation base."),
        QObject::tr("CAC = cost / new customers (leads won in U). Company CAC = all cost / all "
                    "new customers."),
        QObject::tr("ARPA = revenue of the group's customers in U / their active customer-months. "
                    "Monthly churn = customers lost in U / customers active the month before."),
        QObject::tr(
            "Lifetime = min(1 / monthly churn, the cap). LTV = ARPA × gross margin × "
            "lifetime. LTV/CAC = LTV / CAC. Payback (months) = CAC / (ARPA × gross margin)."),
        QObject::tr("GP per customer = LTV (lifetime basis) or ARPA × gross margin × min(12, "
                    "lifetime) (first-year basis). CAC % of GP = CAC / GP per customer; breach "
                    "above the guardrail, near from the near-line fraction of it."),
        QObject::tr("Max CAC = guardrail × GP per customer. Headroom = max CAC − CAC. Max monthly "
                    "spend = max CAC × new customers / months in U. Months in breach: consecutive "
                    "month-end windows in breach, at most 36."),
        QObject::tr("Stage rates (cohorts in F): Awareness → MQL = leads created in F that became "
                    "MQL by the as-of date / leads created in F (with awareness counts: MQLs in F "
                    "/ awareness in the months of F); MQL → SQL = MQLs in F that became SQL / "
                    "MQLs in F; SQL → Customer = SQLs in F that were won / SQLs in F; Customer → "
                    "Retention = customers active the month before U still active in U's last "
                    "month / customers active the month before U. Gap = target − rate. The "
                    "constraint is the step with the lowest rate ÷ target."),
        QObject::tr("Won set: leads with an SQL date and a won date in F (lost set likewise). Win "
                    "rate = won / (won + lost). Average deal size = mean amount of the won set. "
                    "Time to close = mean whole days from SQL to won over the won set. Pipeline "
                    "velocity = open opportunities × win rate × average deal size / time to "
                    "close."),
        QObject::tr("NRR = revenue in U's last month of the customers active the month before U / "
                    "their revenue that month before; GRR the same with each customer's revenue "
                    "capped at its starting value."),
        QObject::tr("SLA compliance: for each MQL in F the deadline is its MQL time plus the SLA "
                    "hours; it is due when the deadline falls by the end of the as-of date, met "
                    "when sales' first touch came by the deadline. Compliance = met / due."),
        QObject::tr("Leading indicators against a week earlier: the same figures computed as of "
                    "seven days before the as-of date."),
        QObject::tr("A figure shown as — has no value (a division by zero or no data); the "
                    "application shows the reason.")};
    for (const QString &line : lines)
        out.paragraph(line, true);
    if (kind == Kind::Monthly)
        out.paragraph(
            QObject::tr("Decisions and reviews of the monthly pack: those dated from the first day "
                        "of the last complete month to the as-of date. LTV/CAC bands: below 1 "
                        "losing money, 1 to 3 below target, 3 to 5 healthy, 5 and up exceptional."),
            true);
}

} // namespace guardrail
