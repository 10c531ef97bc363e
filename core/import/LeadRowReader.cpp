// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadRowReader.h"

#include "domain/TextKey.h"

#include <algorithm>

namespace guardrail {
namespace {

constexpr int kLinesListed = 10;
constexpr int kLabelsListed = 20;

QString lineList(const QList<qint64> &lines, qint64 count)
{
    QStringList out;
    for (const qint64 l : lines)
        out << QString::number(l);
    return out.join(QStringLiteral(", ")) +
           (count > lines.size() ? QStringLiteral(", ...") : QString());
}

} // namespace

LeadRowReader::LeadRowReader(const ImportColumns &columns, Rules rules, StoredLead stored)
    : m_c(columns), m_rules(std::move(rules)),
      m_closeState(columns.outcome.mapped() || columns.is_closed.mapped() ||
                   columns.is_won.mapped()),
      m_stored(std::move(stored))
{}

std::optional<LeadRowReader::Notes> LeadRowReader::read(ImportRow &row, LeadRecord &r) const
{
    Notes notes;
    OutcomeRule::Decision decision;
    if (m_closeState) {
        const auto won = row.flag(m_c.is_won), closed = row.flag(m_c.is_closed);
        decision = m_rules.outcomes.decide(row.cell(m_c.outcome), won, closed);
        if (decision.outcome == OutcomeRule::Outcome::Skip) {
            row.problems.clear(); // the user set the row aside: its cells do not matter
            return std::nullopt;
        }
    }
    if (m_c.lead_id.mapped()) {
        r.leadId = row.required(m_c.lead_id);
    } else if (const QString name = row.required(m_c.deal_name); !name.isEmpty()) {
        r.leadId = name + QStringLiteral(" @ ") + row.cell(m_c.created_at);
    }
    r.createdAt = row.time(m_c.created_at);
    r.mqlAt = row.time(m_c.mql_at);
    r.sqlAt = row.time(m_c.sql_at);
    r.wonAt = row.time(m_c.won_at);
    r.lostAt = row.time(m_c.lost_at);
    r.firstResponseAt = row.time(m_c.first_response_at);
    r.expectedCloseAt = row.time(m_c.expected_close_at);
    r.leadScore = row.number(m_c.lead_score, true);
    for (auto [column, field] :
         {std::pair{&m_c.channel, &r.channel}, std::pair{&m_c.segment, &r.segment},
          std::pair{&m_c.offer, &r.offer}, std::pair{&m_c.owner, &r.owner},
          std::pair{&m_c.lost_reason, &r.lostReason}})
        if (QString text = m_rules.values.apply(column->name, row.cell(*column)); !text.isEmpty())
            *field = std::move(text);
    if (m_rules.tallyValues) {
        notes.channel = row.cell(m_c.channel);
        notes.segment = row.cell(m_c.segment);
        notes.owner = row.cell(m_c.owner);
    }
    if (m_c.icp_match.mapped())
        r.icpMatch = row.flag(m_c.icp_match);

    notes.label = row.cell(m_c.outcome);
    notes.decided = decision.outcome;
    const auto close = m_c.closed_at.mapped() ? row.time(m_c.closed_at) : std::nullopt;
    switch (decision.outcome) {
    case OutcomeRule::Outcome::Won:
    case OutcomeRule::Outcome::Lost: {
        // A decided outcome sets won_at and lost_at together: the other one is cleared.
        const bool won = decision.outcome == OutcomeRule::Outcome::Won;
        auto &date = won ? r.wonAt : r.lostAt;
        if (!date)
            date = close;
        (won ? r.lostAt : r.wonAt).reset();
        r.decidesOutcome = true;
        if (!date)
            r.closedUndated = won ? QStringLiteral("won") : QStringLiteral("lost");
        notes.wonOrLost = true;
        notes.closedUndated = !date;
        break;
    }
    case OutcomeRule::Outcome::Open:
        // An open deal's close date is the CRM's expectation, not a close.
        r.decidesOutcome = true;
        r.wonAt.reset();
        r.lostAt.reset();
        if (!r.expectedCloseAt)
            r.expectedCloseAt = close;
        notes.unrecognised = decision.unrecognised;
        break;
    case OutcomeRule::Outcome::None:
    case OutcomeRule::Outcome::Skip:
        notes.wonOrLost = r.wonAt || r.lostAt;
        break;
    }
    // The lead as stored before this row, for the checks and the conversion month.
    const LeadRecord stored =
        m_stored && !r.leadId.isEmpty() ? m_stored(r.leadId).value_or(LeadRecord{}) : LeadRecord{};
    readAmount(row, r, stored, notes);
    if (decision.outcome == OutcomeRule::Outcome::Won)
        notes.wonWithoutAmount = !r.amount && !stored.amount;
    else if (decision.outcome == OutcomeRule::Outcome::None)
        notes.wonWithoutAmount = r.wonAt && !r.amount && !stored.amount;
    if (!r.leadId.isEmpty() && row.problems.isEmpty())
        checkStageOrder(row, r, stored, notes);
    return notes;
}

void LeadRowReader::readAmount(ImportRow &row, LeadRecord &r, const LeadRecord &stored,
                               Notes &notes) const
{
    const QString amountText = row.cell(m_c.amount);
    QString currency = row.cell(m_c.currency).toUpper();
    if (!currency.isEmpty() && !ValueParser::isCurrencyCode(currency)) {
        row.problem(m_c.currency.name, QStringLiteral("\"%1\" is not an ISO 4217 code such as "
                                                      "USD or EUR")
                                           .arg(row.cell(m_c.currency)));
        return;
    }
    std::optional<double> amount;
    if (!amountText.isEmpty()) {
        const auto parsed = ValueParser::parseAmount(amountText, row.parser.decimalComma());
        if (!parsed) {
            row.number(m_c.amount); // names the problem as every number does
            return;
        }
        const QString written = parsed->currency;
        const QString rowCurrency = currency.isEmpty() ? m_rules.companyCurrency : currency;
        // A code in the cell must agree; a symbol ($ is also the peso's) is taken as written.
        if (written.size() == 3 && written != rowCurrency) {
            row.problem(m_c.amount.name, QStringLiteral("\"%1\" is in %2, the row's currency is %3")
                                             .arg(amountText, written, rowCurrency));
            return;
        }
        if (parsed->value < 0) {
            row.problem(m_c.amount.name, QStringLiteral("%1 is negative").arg(amountText));
            return;
        }
        amount = parsed->value;
    }
    // Guardrail's own export: the amount already converted, the original beside it.
    if (const QString original = row.cell(m_c.original_currency).toUpper(); !original.isEmpty()) {
        r.amount = amount;
        r.originalAmount = row.number(m_c.original_amount);
        r.originalCurrency = original;
        r.setsCurrency = true;
        return;
    }
    // What to convert: this row's amount and currency, else the stored original, so a later
    // row that moves the close month converts again.
    const QString source = !currency.isEmpty() ? currency
                           : amount            ? m_rules.companyCurrency
                                               : stored.originalCurrency.value_or(QString());
    const auto sourceAmount = amount ? amount : stored.originalAmount;
    if (source.isEmpty() || source == m_rules.companyCurrency) {
        r.amount = amount ? amount : (currency.isEmpty() ? std::nullopt : stored.originalAmount);
        r.setsCurrency = amount || !currency.isEmpty(); // clears a stored original
        return;
    }
    if (!sourceAmount)
        return; // a currency without an amount: nothing to convert yet
    const auto pick = [](const std::optional<EpochSeconds> &a,
                         const std::optional<EpochSeconds> &b) { return a ? a : b; };
    const auto won = r.decidesOutcome ? r.wonAt : pick(r.wonAt, stored.wonAt);
    const auto lost = r.decidesOutcome ? r.lostAt : pick(r.lostAt, stored.lostAt);
    const auto when = pick(pick(won, lost),
                           pick(pick(r.sqlAt, stored.sqlAt), pick(r.createdAt, stored.createdAt)));
    if (!when) {
        row.problem(m_c.amount.name,
                    QStringLiteral("an amount in %1 needs a date to pick its rate").arg(source));
        return;
    }
    const MonthIndex month = iso::monthOfDay(m_rules.clock.dayOf(*when));
    const auto rate = m_rules.rates.rateFor(source, month);
    if (!rate) {
        row.problem(m_c.amount.name,
                    QStringLiteral("no %1 rate for %2 on or before %3 (import an fx file first)")
                        .arg(m_rules.companyCurrency, source, iso::formatMonth(month)));
        return;
    }
    r.amount = *sourceAmount * *rate;
    r.originalAmount = sourceAmount;
    r.originalCurrency = source;
    r.setsCurrency = true;
    notes.convertedFrom = source;
}

void LeadRowReader::checkStageOrder(ImportRow &row, const LeadRecord &r, const LeadRecord &stored,
                                    Notes &notes) const
{
    // The lead as it will be stored: this file's values over the stored ones.
    const auto pick = [](const std::optional<EpochSeconds> &a,
                         const std::optional<EpochSeconds> &b) { return a ? a : b; };
    const auto created = pick(r.createdAt, stored.createdAt), mql = pick(r.mqlAt, stored.mqlAt),
               sql = pick(r.sqlAt, stored.sqlAt);
    const auto won = r.decidesOutcome ? r.wonAt : pick(r.wonAt, stored.wonAt);
    const auto lost = r.decidesOutcome ? r.lostAt : pick(r.lostAt, stored.lostAt);
    if (won && lost)
        row.problem(r.wonAt ? QStringLiteral("won_at") : QStringLiteral("lost_at"),
                    QStringLiteral("the lead would be both won and lost"));
    // Order is judged on UTC dates, as every figure reads them; won and lost each follow the
    // latest of created, MQL and SQL.
    const std::pair<QString, std::optional<EpochSeconds>> stages[] = {
        {QStringLiteral("created_at"), created},
        {QStringLiteral("mql_at"), mql},
        {QStringLiteral("sql_at"), sql},
        {QStringLiteral("won_at"), won},
        {QStringLiteral("lost_at"), lost}};
    int previous = -1;
    for (int i = 0; i < 5; ++i) {
        if (!stages[i].second)
            continue;
        const CompanyClock &clock = m_rules.clock;
        if (previous >= 0 &&
            clock.dayOf(*stages[i].second) < clock.dayOf(*stages[previous].second)) {
            notes.outOfOrder = true;
            if (m_rules.strict)
                row.problem(stages[i].first,
                            QStringLiteral("%1 is before %2 %3 (--strict: stage dates never go "
                                           "backwards)")
                                .arg(iso::formatDate(clock.dayOf(*stages[i].second)),
                                     stages[previous].first,
                                     iso::formatDate(clock.dayOf(*stages[previous].second))));
        }
        if (i < 3)
            previous = i;
    }
}

void LeadRowReader::tally(const Notes &notes, qint64 line)
{
    if (notes.outOfOrder && ++m_outOfOrder <= kLinesListed)
        m_outOfOrderLines << line;
    if (notes.closedUndated && ++m_undated <= kLinesListed)
        m_undatedLines << line;
    m_wonOrLost += notes.wonOrLost;
    m_wonWithoutAmount += notes.wonWithoutAmount;
    if (!notes.convertedFrom.isEmpty())
        ++m_converted[notes.convertedFrom];
    if (m_rules.tallyValues) {
        const QString *values[] = {&notes.channel, &notes.segment, &notes.owner};
        for (int i = 0; i < 3; ++i)
            if (!values[i]->isEmpty())
                ++m_values[i][*values[i]];
    }
    if (!notes.label.isEmpty()) {
        StageLabel &l = m_labels[textKey(notes.label)];
        if (l.label.isEmpty())
            l.label = notes.label;
        ++l.rows;
        l.won += notes.decided == OutcomeRule::Outcome::Won;
        l.lost += notes.decided == OutcomeRule::Outcome::Lost;
        l.open += notes.decided == OutcomeRule::Outcome::Open;
        l.unrecognised += notes.unrecognised;
    }
}

void LeadRowReader::tallySkipped(const QString &label)
{
    StageLabel &l = m_labels[textKey(label)];
    if (l.label.isEmpty())
        l.label = label;
    ++l.rows;
    ++l.skipped;
}

QMap<QString, QList<SourceValue>> LeadRowReader::sourceValues() const
{
    QMap<QString, QList<SourceValue>> out;
    const char *columns[] = {"channel", "segment", "owner"};
    for (int i = 0; i < 3; ++i) {
        // Spellings that match as names ("Inbound", "inbound ") are one value, first spelling.
        QMap<QString, SourceValue> merged;
        for (auto it = m_values[i].cbegin(); it != m_values[i].cend(); ++it) {
            SourceValue &v = merged[textKey(it.key())];
            if (v.value.isEmpty() || it.key() < v.value)
                v.value = it.key();
            v.rows += it.value();
        }
        QList<SourceValue> list = merged.values();
        std::sort(list.begin(), list.end(), [](const SourceValue &a, const SourceValue &b) {
            return a.rows != b.rows ? a.rows > b.rows : a.value < b.value;
        });
        if (!list.isEmpty())
            out.insert(QString::fromLatin1(columns[i]), list);
    }
    return out;
}

QList<StageLabel> LeadRowReader::labels() const
{
    QList<StageLabel> out = m_labels.values();
    std::sort(out.begin(), out.end(), [](const StageLabel &a, const StageLabel &b) {
        return a.rows != b.rows ? a.rows > b.rows : a.label < b.label;
    });
    return out;
}

qint64 LeadRowReader::openByLabel(bool unrecognisedOnly) const
{
    qint64 rows = 0;
    for (const StageLabel &l : m_labels)
        rows += unrecognisedOnly ? l.unrecognised : l.open;
    return rows;
}

QStringList LeadRowReader::warnings(const QString &path, qint64 dataRows) const
{
    QStringList out;
    if (m_outOfOrder > 0)
        out << QStringLiteral("%1: %2 rows have stage dates out of order (a date before the "
                              "stage before it, such as a close before the creation date): "
                              "imported as given, left out of every duration; --strict refuses "
                              "them (lines %3)")
                   .arg(path)
                   .arg(m_outOfOrder)
                   .arg(lineList(m_outOfOrderLines, m_outOfOrder));
    if (m_undated > 0)
        out << QStringLiteral("%1: %2 deals are won or lost without a close date: kept out of "
                              "the open pipeline and of every dated figure (lines %3)")
                   .arg(path)
                   .arg(m_undated)
                   .arg(lineList(m_undatedLines, m_undated));
    // The labels read as open: the unrecognised ones, or all of them when nothing closed.
    qint64 unrecognisedRows = 0;
    QList<StageLabel> listed;
    for (const StageLabel &l : labels()) {
        unrecognisedRows += l.unrecognised;
        if (l.unrecognised > 0 || (m_wonOrLost == 0 && l.open > 0))
            listed << l;
    }
    const bool noneClosed = m_closeState && m_wonOrLost == 0 && dataRows > 0;
    const bool manyUnread = unrecognisedRows > 0 && unrecognisedRows * 20 >= dataRows;
    if ((noneClosed || manyUnread) && !listed.isEmpty()) {
        QStringList names;
        for (qsizetype i = 0; i < listed.size() && i < kLabelsListed; ++i)
            names << QStringLiteral("\"%1\" (%2)").arg(listed[i].label).arg(listed[i].open);
        out << QStringLiteral("%1: %2; stage labels read as open: %3%4. Say what a label means "
                              "with --outcome-map \"LABEL=won|lost|open|skip;...\"")
                   .arg(path,
                        noneClosed ? QStringLiteral("no deal came out won or lost")
                                   : QStringLiteral("%1 of %2 rows have a stage label that says "
                                                    "neither won, lost nor open")
                                         .arg(unrecognisedRows)
                                         .arg(dataRows),
                        names.join(QStringLiteral(", ")),
                        listed.size() > kLabelsListed
                            ? QStringLiteral(" and %1 more").arg(listed.size() - kLabelsListed)
                            : QString());
    }
    return out;
}

} // namespace guardrail
