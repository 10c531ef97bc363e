// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace guardrail {

KpiTile::KpiTile(const QString &name, QWidget *parent)
    : QFrame(parent), m_name(new QLabel(name, this)), m_value(new QLabel(this)),
      m_change(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(name);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_change->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_change->setFont(small);
    m_name->setFont(small);
    layout->addWidget(m_name);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
}

void KpiTile::setValue(const QString &value, const QString &change, const QString &tooltip)
{
    m_value->setText(value);
    m_change->setText(change);
    setToolTip(tooltip);
    setAccessibleDescription(value + QStringLiteral(", ") + change);
}

QString KpiTile::value() const
{
    return m_value->text();
}

} // namespace guardrail
