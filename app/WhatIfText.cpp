// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhatIfText.h"

#include "metrics/Brief.h"

#include <QLocale>

#include <cmath>

namespace guardrail {
namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

QString money(const Figure &f, const QString &currency)
{
    return f.has() ? Brief::money(f.value(), currency) : QStringLiteral("—");
}

QString count(double v)
{
    return kEnglish.toString(v, 'f', v == std::floor(v) ? 0 : 1);
}

QString side(const WhatIf::Side &s, const QString &currency)
{
    QString out =
        QStringLiteral("  company: CAC %1, %2 new customers, cost %3, acquisition %4 of "
                       "gross profit\n")
            .arg(money(s.cac, currency), count(s.newCustomers), money(Figure::of(s.cost), currency),
                 s.acquisitionPctGp.has() ? Brief::percent(s.acquisitionPctGp.value(), 1)
                                          : QStringLiteral("—"));
    for (const WhatIf::Channel &c : s.channels)
        out += QStringLiteral("  %1 cost %2, %3 new, CAC %4, %5 of GP, %6\n")
                   .arg(c.name.leftJustified(12),
                        money(Figure::of(c.cost), currency).rightJustified(11),
                        count(c.newCustomers).rightJustified(6),
                        money(c.cac, currency).rightJustified(9),
                        (c.cacPctGp.has() ? Brief::percent(c.cacPctGp.value(), 1)
                                          : QStringLiteral("—"))
                            .rightJustified(6),
                        statusName(c.status));
    return out;
}

} // namespace

QString WhatIfText::text(const WhatIf::Result &r, const QString &currency)
{
    QString out =
        QStringLiteral("What if: %1\nBefore (the unit window as it was):\n").arg(r.scenario) +
        side(r.before, currency) + QStringLiteral("After:\n") + side(r.after, currency);
    if (r.monthlySpendSaved)
        out += QStringLiteral("A month: %1 of spend saved, %2 new customers and %3 of bookings "
                              "lost\n")
                   .arg(money(Figure::of(*r.monthlySpendSaved), currency),
                        kEnglish.toString(*r.monthlyNewCustomersLost, 'f', 1),
                        money(Figure::of(*r.monthlyBookingsLost), currency));
    return out + QStringLiteral("Assumption: %1.\n").arg(r.assumption);
}

} // namespace guardrail
