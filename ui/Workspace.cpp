// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "metrics/MetricsEngine.h"
#include "store/Database.h"
#include "store/SnapshotLoader.h"

namespace guardrail {

Workspace::Workspace(QObject *parent) : QObject(parent) {}

Workspace::~Workspace() = default;

void Workspace::open(const QString &path)
{
    auto db = std::make_unique<Database>(path);
    m_db = std::move(db);
    const QDate fixed = m_db->fixedAsOf();
    m_asOf = fixed.isValid() ? fixed : QDate::currentDate();
    recompute();
}

QString Workspace::path() const
{
    return m_db ? m_db->path() : QString();
}

void Workspace::setAsOf(const QDate &date)
{
    if (date == m_asOf || !date.isValid())
        return;
    m_asOf = date;
    recompute();
}

void Workspace::recompute()
{
    if (!m_db)
        return;
    m_snapshot = SnapshotLoader::load(*m_db);
    m_settings = m_db->settings();
    m_metrics = MetricsEngine::compute(m_snapshot, m_settings, m_asOf);
    Q_EMIT changed();
}

} // namespace guardrail
