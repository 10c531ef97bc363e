// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace guardrail {

/**
 * A review held on the revenue engine, with the headline figures it saw (JSON). Its kind is
 * one of reviewKinds(): the weekly CRO review, the monthly meeting, the quarterly review
 * (journey friction, guardrail recalibration) and the annual reset.
 */
struct Review
{
    qint64 id = 0;
    QDate heldOn;
    QString kind; // weekly, monthly, quarterly or annual
    QString attendees;
    QString notes;
    QString figuresJson;
};

/** The review kinds the store accepts, shortest cadence first. */
QStringList reviewKinds();
/** How many months lie between two reviews of a kind; 0 for the weekly review (7 days). */
int reviewPeriodMonths(const QString &kind);
/** The day the next review of a kind falls due after one held on `held`. */
QDate reviewNextDue(const QString &kind, const QDate &held);
/** "weekly CRO review", "monthly meeting", "quarterly review", "annual reset". */
QString reviewKindLabel(const QString &kind);
/** What the review goes through, to start its notes with. */
QString reviewKindAgenda(const QString &kind);

} // namespace guardrail
