// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Settings.h"
#include "metrics/Metrics.h"
#include "metrics/Snapshot.h"

#include <QDate>
#include <QObject>

#include <memory>

namespace guardrail {

class Database;

/**
 * The open file as the pages see it: the database, the as-of date, and the latest snapshot
 * and figures. Pages read from here and never run SQL; `changed` fires once per recompute.
 */
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    /** Opens a file (creating it when absent); throws StoreError. */
    void open(const QString &path);
    bool isOpen() const { return m_db != nullptr; }
    QString path() const;
    QString companyName() const { return m_snapshot.companyName; }
    Database *database() const { return m_db.get(); }

    QDate asOf() const { return m_asOf; }
    void setAsOf(const QDate &date);

    const Snapshot &snapshot() const { return m_snapshot; }
    const Settings &settings() const { return m_settings; }
    const Metrics &metrics() const { return m_metrics; }

    /** Reloads the snapshot and recomputes every figure. */
    void recompute();

Q_SIGNALS:
    void changed();

private:
    std::unique_ptr<Database> m_db;
    QDate m_asOf;
    Snapshot m_snapshot;
    Settings m_settings;
    Metrics m_metrics;
};

} // namespace guardrail
