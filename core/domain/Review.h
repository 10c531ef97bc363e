// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace guardrail {

/** A weekly CRO review or a monthly meeting, with the headline figures it saw (JSON). */
struct Review
{
    qint64 id = 0;
    QDate heldOn;
    QString kind; // weekly or monthly
    QString attendees;
    QString notes;
    QString figuresJson;
};

} // namespace guardrail
