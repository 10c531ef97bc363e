// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ColumnMapping.h"
#include "ValueParser.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace guardrail {

/** A target column and where the file has it (-1: not mapped), looked up once per file. */
struct ImportColumn
{
    ImportColumn(const ColumnMapping &mapping, const char *target)
        : name(QString::fromLatin1(target)), index(mapping.column(name))
    {}
    bool mapped() const { return index >= 0; }

    QString name;
    int index;
};

/** Every target of every kind, so the per-row code never hashes a column name. */
struct ImportColumns
{
    explicit ImportColumns(const ColumnMapping &m)
        : lead_id(m, "lead_id"), deal_name(m, "deal_name"), created_at(m, "created_at"),
          channel(m, "channel"), segment(m, "segment"), offer(m, "offer"), mql_at(m, "mql_at"),
          sql_at(m, "sql_at"), won_at(m, "won_at"), lost_at(m, "lost_at"), amount(m, "amount"),
          first_response_at(m, "first_response_at"), lead_score(m, "lead_score"),
          icp_match(m, "icp_match"), owner(m, "owner"), expected_close_at(m, "expected_close_at"),
          lost_reason(m, "lost_reason"), currency(m, "currency"),
          original_amount(m, "original_amount"), original_currency(m, "original_currency"),
          closed_at(m, "closed_at"), outcome(m, "outcome"), is_closed(m, "is_closed"),
          is_won(m, "is_won"), month(m, "month"), category(m, "category"),
          customer_id(m, "customer_id"), mrr(m, "mrr"), gross_profit(m, "gross_profit"),
          count(m, "count"), bookings(m, "bookings"), rate(m, "rate")
    {}
    ImportColumn lead_id, deal_name, created_at, channel, segment, offer, mql_at, sql_at, won_at,
        lost_at, amount, first_response_at, lead_score, icp_match, owner, expected_close_at,
        lost_reason, currency, original_amount, original_currency, closed_at, outcome, is_closed,
        is_won, month, category, customer_id, mrr, gross_profit, count, bookings, rate;
};

/** One data row being checked: reads cells by target and collects "column: problem" texts. */
struct ImportRow
{
    const QStringList &fields;
    const ValueParser &parser;
    QStringList problems;

    QString cell(const ImportColumn &c) const
    {
        return c.index >= 0 && c.index < fields.size() ? fields[c.index].trimmed() : QString();
    }
    void problem(const QString &column, const QString &text)
    {
        problems << column + QStringLiteral(": ") + text;
    }

    std::optional<EpochSeconds> time(const ImportColumn &target);
    std::optional<double> number(const ImportColumn &target, bool allowNegative = false);
    std::optional<MonthIndex> month(const ImportColumn &target);
    std::optional<bool> flag(const ImportColumn &target);
    QString required(const ImportColumn &target);
};

} // namespace guardrail
