// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cmath>
#include <optional>

namespace guardrail {

/**
 * A computed number, or no number with the reason why (DESIGN: "no number without a value").
 * Divisions go through ratio() so a zero denominator can never produce 0, inf or NaN.
 */
class Figure
{
public:
    Figure() : m_reason(QStringLiteral("not computed")) {}
    static Figure of(double v)
    {
        Figure f;
        f.m_value = v;
        f.m_reason.clear();
        return f;
    }
    static Figure none(const QString &reason)
    {
        Figure f;
        f.m_reason = reason;
        return f;
    }

    bool has() const { return m_value.has_value(); }
    double value() const { return *m_value; }
    double valueOr(double fallback) const { return m_value.value_or(fallback); }
    const QString &reason() const { return m_reason; }

    /** numerator / denominator, or none(whenZero) when the denominator is 0. */
    static Figure ratio(double numerator, double denominator, const QString &whenZero)
    {
        if (denominator == 0 || !std::isfinite(numerator / denominator))
            return none(whenZero);
        return of(numerator / denominator);
    }

private:
    std::optional<double> m_value;
    QString m_reason;
};

} // namespace guardrail
