// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Settings.h"
#include "metrics/CohortRetention.h"
#include "metrics/Metrics.h"
#include "metrics/SlaCompliance.h"
#include "metrics/Snapshot.h"

#include <QDate>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUndoStack>
#include <QWidget>

#include <functional>

#include <memory>

namespace guardrail {

class ChangeWatch;
class Database;
class EditConflict;

/**
 * The open file as the pages see it: the database, the as-of date, and the latest snapshot
 * and figures. Pages read from here and never run SQL; `changed` fires once per recompute.
 *
 * Loading and computing run on a worker thread with its own connection to the file (a
 * QSqlDatabase belongs to the thread that made it), so the window stays responsive on a
 * million leads; `busyChanged` drives the busy indicator. A recompute asked for while one
 * runs starts when it ends, with the latest as-of date: the pages never see stale figures.
 */
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    /**
     * Opens a file (creating it when absent) and starts loading it; throws StoreError. A file
     * the user cannot write, or readOnly, opens read-only.
     */
    void open(const QString &path, bool readOnly = false);
    bool isOpen() const { return m_db != nullptr; }
    /** True once the first load of the open file has landed. */
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_watcher.isRunning(); }
    QString path() const;
    /** The file or its folder cannot be written: the pages offer no edit, edit() refuses. */
    bool isReadOnly() const;
    QString companyName() const { return m_snapshot.companyName; }
    /** The GUI thread's connection: edits go through it, then call recompute(). */
    Database *database() const { return m_db.get(); }

    QDate asOf() const { return m_asOf; }
    void setAsOf(const QDate &date);

    const Snapshot &snapshot() const { return m_snapshot; }
    const Settings &settings() const { return m_settings; }
    const Metrics &metrics() const { return m_metrics; }
    /** Cohort retention of the 12 months ending with the unit window (computed with the rest). */
    const QList<CohortRetention::Cohort> &cohorts() const { return m_cohorts; }
    /** MQLs of the funnel window that missed the SLA in force when they arrived, latest first. */
    const QList<SlaCompliance::Miss> &slaMisses() const { return m_slaMisses; }
    /**
     * CRM ids by lead row id (the snapshot keeps none) of the first kMissesNamed SLA misses and
     * of every slipped deal (metrics().forecast.slipped).
     */
    const QHash<qint64, QString> &crmIds() const { return m_crmIds; }
    static constexpr int kMissesNamed = 200;

    /**
     * Validates and stores one setting (DESIGN section 3) without recomputing, so several can
     * change before one recompute. Returns the error message, empty on success.
     */
    QString setSetting(const QString &key, const QString &value);

    /** Every edit of the open file, for Edit > Undo / Redo; cleared when another file opens. */
    QUndoStack *undoStack() { return &m_undo; }
    /**
     * Applies an edit now (written to the store at once) and puts it on the undo stack; when
     * the store refuses it (read-only, locked, full), the failure is shown and the command is
     * dropped (StoreEdit).
     */
    void edit(const QString &text, std::function<void()> apply, std::function<void()> revert,
              std::function<void(const EditConflict &)> rebase = {}, QString mine = {});
    /**
     * One setting's change as an undoable edit (an empty value removes it, so its default
     * applies), refused with the conflict shown when another session changed the key since the
     * figures on screen were read.
     */
    void editSetting(const QString &text, const QString &key, const QString &value);
    /**
     * The row version an edit of row ("setting:KEY", "stage:MQL", …) begins from: this
     * session's own last write while the figures on screen do not show it yet, else shown.
     */
    qint64 versionSeen(const QString &row, qint64 shown) const
    {
        return m_written.value(row, shown);
    }
    /** This session wrote row at version: its next edit begins there, not at the screen's. */
    void noteVersion(const QString &row, qint64 version)
    {
        m_written.insert(row, version);
        m_lastWritten.insert(row, version);
    }
    /** The version this session last wrote row at (RowVersion: what undo and redo name). */
    qint64 lastWritten(const QString &row) const { return m_lastWritten.value(row); }
    /**
     * Asked when an edit met another session's save of the same row: true keeps this edit
     * (saved again over theirs). The window asks the user; without a chooser, theirs stays and
     * the failure is reported.
     */
    bool keepMine(const QString &edit, const EditConflict &conflict);
    using ConflictChooser = std::function<bool(const QString &edit, const EditConflict &)>;
    void setConflictChooser(ConflictChooser chooser) { m_chooser = std::move(chooser); }
    /** After this session wrote: its own change is not another's (dataVersion moves on). */
    void noteOwnWrite();
    /**
     * The one place the GUI thread touches the store outside edit(): runs f, and shows a store
     * failure instead of letting it escape into Qt's event loop. False when f failed.
     */
    bool attempt(const QString &what, const std::function<void()> &f);
    /** Widgets that edit the file: disabled while it is open read-only. */
    void addEditControls(std::initializer_list<QWidget *> widgets);
    /** How often the file is asked whether another program changed it. */
    static constexpr int kPollMs = 1500;

    /** Reloads the snapshot and recomputes every figure, off the GUI thread. */
    void recompute();
    /** Shows a store failure the way loading failures are shown (the failed signal). */
    void reportFailure(const QString &message) { Q_EMIT failed(message); }
    /** Blocks until the figures are current (tests, the PDF export, quitting). */
    void waitUntilIdle();

Q_SIGNALS:
    void changed();
    void busyChanged(bool busy);
    void failed(const QString &message);
    /**
     * Another program or session committed; a recompute has started. who and what are known on
     * a server (its notification says the role and the table), else empty.
     */
    void changedElsewhere(const QString &who, const QString &what);

private:
    struct Loaded
    {
        Snapshot snapshot;
        Settings settings;
        Metrics metrics;
        QList<CohortRetention::Cohort> cohorts;
        QList<SlaCompliance::Miss> slaMisses;
        QHash<qint64, QString> crmIds;
        QString error;
    };
    // Shared, so that handing a million leads to the GUI thread copies a pointer, not the data.
    static std::shared_ptr<Loaded> load(const QString &path, const QDate &asOf);
    void landed();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeWatch> m_watch; // after m_db: gone before it
    QDate m_asOf;
    Snapshot m_snapshot;
    Settings m_settings;
    Metrics m_metrics;
    QList<CohortRetention::Cohort> m_cohorts;
    QList<SlaCompliance::Miss> m_slaMisses;
    QHash<qint64, QString> m_crmIds;
    QFutureWatcher<std::shared_ptr<Loaded>> m_watcher;
    QUndoStack m_undo;
    void enableEditControls();

    QList<QPointer<QWidget>> m_editControls;
    ConflictChooser m_chooser;
    QHash<QString, qint64> m_written;     // versionSeen(): cleared when a reload shows them
    QHash<QString, qint64> m_lastWritten; // lastWritten(): kept while the file is open
    bool m_again = false;
    bool m_pending = false; // a pass is computing, or finished and not yet landed
    bool m_loaded = false;
};

} // namespace guardrail
