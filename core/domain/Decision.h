// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace guardrail {

/** An allocation decision with the figures at the moment it was taken and its review date. */
struct Decision
{
    qint64 id = 0;
    QDate decidedOn;
    QString type;    // pause_channel, shift_budget, hire, refuse_hire, redesign_stage, other
    QString touches; // the channel, segment or stage it acts on
    QString summary; // one line, as the brief quotes it ("pausing Outbound for redesign")
    QString rationale;
    QString owner;
    QDate reviewOn;
    QString expectedMetric;
    QString expectedDirection; // up or down
    std::optional<double> expectedValue;
    QDate expectedBy;
    QString figuresJson;
    bool closed = false;
    qint64 rowVersion = 0; // as stored: a change names it (EditConflict)
};

} // namespace guardrail
