// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace guardrail {

/** One leading indicator: its name, its value and its change on a week earlier. */
class KpiTile : public QFrame
{
    Q_OBJECT
public:
    explicit KpiTile(const QString &name, QWidget *parent = nullptr);
    void setValue(const QString &value, const QString &change, const QString &tooltip);
    QString value() const;

private:
    QLabel *m_name, *m_value, *m_change;
};

} // namespace guardrail
