// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace guardrail {

/**
 * The file's values onto the user's own names, before they are matched (--map-values,
 * DESIGN section 5): `channel:"Organic Search=Inbound;Paid Social=Inbound"` for channel,
 * segment, offer or owner. Sources match as names do (trimmed, case-folded); a value with no
 * pair is kept as written.
 */
class ValueMap
{
public:
    static QStringList columns(); // channel, segment, offer, owner

    /** Adds one `COLUMN:SOURCE=TARGET;...`; false with error() on bad syntax. */
    bool add(const QString &spec);
    const QString &error() const { return m_error; }
    bool isEmpty() const { return m_maps.isEmpty(); }

    /** The value to match for a column's cell (the cell itself when no pair names it). */
    QString apply(const QString &column, const QString &value) const;

private:
    QHash<QString, QHash<QString, QString>> m_maps; // column -> textKey(source) -> target
    QString m_error;
};

} // namespace guardrail
