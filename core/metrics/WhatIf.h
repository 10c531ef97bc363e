// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Metrics.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace guardrail {

struct Settings;
struct Snapshot;

/**
 * DESIGN section 4, "What-if scenarios": the arithmetic behind an allocation decision on the
 * unit window, before and after pausing a channel or shifting spend between two.
 */
class WhatIf
{
public:
    struct Channel
    {
        QString name;
        double cost = 0;
        double newCustomers = 0; // not rounded: a shift moves fractions of a customer
        Figure cac, cacPctGp;
        GuardrailStatus status = GuardrailStatus::NoData;
    };
    struct Side
    {
        Figure cac;
        double newCustomers = 0;
        double cost = 0;
        Figure acquisitionPctGp;
        QList<Channel> channels;
    };
    struct Result
    {
        QString scenario, assumption;
        Side before, after;
        // A pause only: what leaves with the channel, a month.
        std::optional<double> monthlySpendSaved, monthlyNewCustomersLost, monthlyBookingsLost;
        QString refusal; // not empty: the scenario cannot be computed, and why
    };

    static Result pause(const Snapshot &snapshot, const Settings &settings, const QDate &asOf,
                        const QString &channel);
    /** Moves perMonth (company currency) a month of the unit window from one channel to another. */
    static Result shift(const Snapshot &snapshot, const Settings &settings, const QDate &asOf,
                        double perMonth, const QString &from, const QString &to);

private:
    static Side sideOf(const Metrics &metrics);
};

} // namespace guardrail
