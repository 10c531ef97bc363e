// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureTables.h"

#include "domain/JourneyStage.h"

namespace guardrail {
namespace {
QString cell(const Figure &f)
{
    return f.has() ? QString::number(f.value(), 'g', 12) : QString();
}
QString cell(double v)
{
    return QString::number(v, 'g', 12);
}
} // namespace

QStringList FigureTables::names()
{
    return {QStringLiteral("channels"), QStringLiteral("segments"), QStringLiteral("stages")};
}

QList<QStringList> FigureTables::rows(const Metrics &m, const QString &name)
{
    QList<QStringList> rows;
    if (name == u"channels") {
        rows << QStringList{QStringLiteral("channel"),       QStringLiteral("status"),
                            QStringLiteral("new_customers"), QStringLiteral("cost"),
                            QStringLiteral("cac"),           QStringLiteral("gp_per_customer"),
                            QStringLiteral("cac_pct_gp"),    QStringLiteral("guardrail_pct"),
                            QStringLiteral("headroom"),      QStringLiteral("months_in_breach"),
                            QStringLiteral("max_cac"),       QStringLiteral("max_monthly_spend"),
                            QStringLiteral("ltv"),           QStringLiteral("ltv_cac"),
                            QStringLiteral("payback_months")};
        for (const ChannelFigures &c : m.channels)
            rows << QStringList{c.name,
                                statusName(c.status),
                                QString::number(c.unit.newCustomers),
                                cell(c.unit.cost),
                                cell(c.unit.cac),
                                cell(c.gpPerCustomer),
                                cell(c.cacPctGp),
                                cell(m.company.guardrailPct),
                                cell(c.headroom),
                                QString::number(c.monthsInBreach),
                                cell(c.maxCac),
                                cell(c.maxMonthlySpend),
                                cell(c.unit.ltv),
                                cell(c.unit.ltvCac),
                                cell(c.unit.paybackMonths)};
    } else if (name == u"segments") {
        rows << QStringList{QStringLiteral("segment"),
                            QStringLiteral("new_customers"),
                            QStringLiteral("cost"),
                            QStringLiteral("cac"),
                            QStringLiteral("arpa"),
                            QStringLiteral("monthly_churn"),
                            QStringLiteral("gross_margin"),
                            QStringLiteral("ltv"),
                            QStringLiteral("ltv_cac"),
                            QStringLiteral("payback_months"),
                            QStringLiteral("payback_target_months"),
                            QStringLiteral("source")};
        for (const SegmentFigures &s : m.segments)
            rows << QStringList{s.name,
                                QString::number(s.unit.newCustomers),
                                cell(s.unit.cost),
                                cell(s.unit.cac),
                                cell(s.unit.arpa),
                                cell(s.unit.monthlyChurn),
                                cell(s.unit.grossMargin),
                                cell(s.unit.ltv),
                                cell(s.unit.ltvCac),
                                cell(s.unit.paybackMonths),
                                cell(s.paybackTargetMonths),
                                s.unit.fromAssumption ? QStringLiteral("assumption")
                                                      : QStringLiteral("data")};
    } else if (name == u"stages") {
        rows << QStringList{QStringLiteral("from"),      QStringLiteral("to"),
                            QStringLiteral("rate"),      QStringLiteral("target"),
                            QStringLiteral("gap"),       QStringLiteral("basis"),
                            QStringLiteral("constraint")};
        for (int i = 0; i < 4; ++i) {
            const StageRate &s = m.funnel.stages[i];
            rows << QStringList{stageName(i),
                                stageName(i + 1),
                                cell(s.rate),
                                cell(s.target),
                                cell(s.gap),
                                s.periodBasis ? QStringLiteral("period") : QStringLiteral("cohort"),
                                m.funnel.constraint == i ? QStringLiteral("yes") : QString()};
        }
    }
    return rows;
}

} // namespace guardrail
