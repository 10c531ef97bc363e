// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportKind.h"

namespace guardrail {
namespace {
const QStringList &kindNames()
{
    static const QStringList names = {QStringLiteral("leads"),     QStringLiteral("spend"),
                                      QStringLiteral("revenue"),   QStringLiteral("gross_profit"),
                                      QStringLiteral("awareness"), QStringLiteral("targets"),
                                      QStringLiteral("fx")};
    return names;
}
} // namespace

std::optional<ImportKind> importKindFromName(const QString &name)
{
    const auto i = kindNames().indexOf(name.trimmed().toLower());
    if (i < 0)
        return std::nullopt;
    return static_cast<ImportKind>(i);
}

QString importKindName(ImportKind kind)
{
    return kindNames().at(static_cast<int>(kind));
}

QStringList importTargets(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Leads:
        // closed_at + outcome (or the is_closed / is_won flags) fill won_at or lost_at.
        return {QStringLiteral("lead_id"),         QStringLiteral("deal_name"),
                QStringLiteral("created_at"),      QStringLiteral("channel"),
                QStringLiteral("segment"),         QStringLiteral("offer"),
                QStringLiteral("mql_at"),          QStringLiteral("sql_at"),
                QStringLiteral("won_at"),          QStringLiteral("lost_at"),
                QStringLiteral("amount"),          QStringLiteral("first_response_at"),
                QStringLiteral("lead_score"),      QStringLiteral("icp_match"),
                QStringLiteral("owner"),           QStringLiteral("expected_close_at"),
                QStringLiteral("lost_reason"),     QStringLiteral("currency"),
                QStringLiteral("original_amount"), QStringLiteral("original_currency"),
                QStringLiteral("closed_at"),       QStringLiteral("outcome"),
                QStringLiteral("is_closed"),       QStringLiteral("is_won")};
    case ImportKind::Spend:
        return {QStringLiteral("month"), QStringLiteral("channel"), QStringLiteral("category"),
                QStringLiteral("amount"), QStringLiteral("segment")};
    case ImportKind::Revenue:
        return {QStringLiteral("customer_id"), QStringLiteral("month"), QStringLiteral("mrr")};
    case ImportKind::GrossProfit:
        return {QStringLiteral("month"), QStringLiteral("gross_profit")};
    case ImportKind::Awareness:
        return {QStringLiteral("month"), QStringLiteral("channel"), QStringLiteral("count")};
    case ImportKind::Targets:
        return {QStringLiteral("month"), QStringLiteral("bookings")};
    case ImportKind::Fx:
        return {QStringLiteral("month"), QStringLiteral("currency"), QStringLiteral("rate")};
    }
    return {};
}

QStringList importRequired(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Leads:
        return {QStringLiteral("lead_id")};
    case ImportKind::Spend:
        return {QStringLiteral("month"), QStringLiteral("category"), QStringLiteral("amount")};
    case ImportKind::Revenue:
        return {QStringLiteral("customer_id"), QStringLiteral("month"), QStringLiteral("mrr")};
    case ImportKind::GrossProfit:
        return {QStringLiteral("month"), QStringLiteral("gross_profit")};
    case ImportKind::Awareness:
        return {QStringLiteral("month"), QStringLiteral("count")};
    case ImportKind::Targets:
        return {QStringLiteral("month"), QStringLiteral("bookings")};
    case ImportKind::Fx:
        return {QStringLiteral("month"), QStringLiteral("currency"), QStringLiteral("rate")};
    }
    return {};
}

} // namespace guardrail
