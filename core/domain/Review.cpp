// SPDX-License-Identifier: GPL-3.0-or-later
#include "Review.h"

#include <QCoreApplication>

namespace guardrail {

QStringList reviewKinds()
{
    return {QStringLiteral("weekly"), QStringLiteral("monthly"), QStringLiteral("quarterly"),
            QStringLiteral("annual")};
}

int reviewPeriodMonths(const QString &kind)
{
    if (kind == u"monthly")
        return 1;
    if (kind == u"quarterly")
        return 3;
    if (kind == u"annual")
        return 12;
    return 0;
}

QDate reviewNextDue(const QString &kind, const QDate &held)
{
    const int months = reviewPeriodMonths(kind);
    return months == 0 ? held.addDays(7) : held.addMonths(months);
}

QString reviewKindLabel(const QString &kind)
{
    if (kind == u"monthly")
        return QCoreApplication::translate("Review", "monthly meeting");
    if (kind == u"quarterly")
        return QCoreApplication::translate("Review", "quarterly review");
    if (kind == u"annual")
        return QCoreApplication::translate("Review", "annual reset");
    return QCoreApplication::translate("Review", "weekly CRO review");
}

QString reviewKindAgenda(const QString &kind)
{
    if (kind == u"monthly")
        return QCoreApplication::translate(
            "Review", "Financial signal review: acquisition spend against gross profit, the "
                      "month's decisions and their effect.");
    if (kind == u"quarterly")
        return QCoreApplication::translate(
            "Review", "Journey friction: where leads stall and why.\nGuardrail recalibration: "
                      "is the CAC guardrail still the right share of gross profit?");
    if (kind == u"annual")
        return QCoreApplication::translate(
            "Review", "Annual reset: the year's targets, segments, journey owners and the "
                      "guardrail from the year's actual gross margin.");
    return QCoreApplication::translate(
        "Review", "Breaches, the constraint, the leading indicators and the open decisions.");
}

} // namespace guardrail
