// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "edit/RowVersion.h"
#include "edit/StoreEdit.h"
#include "metrics/MetricsEngine.h"
#include "store/ChangeWatch.h"
#include "store/Database.h"
#include "store/EditConflict.h"
#include "store/LeadDirectory.h"
#include "store/SettingsTable.h"
#include "store/SnapshotLoader.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace guardrail {

Workspace::Workspace(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Loaded>>::finished, this,
            &Workspace::landed);
}

Workspace::~Workspace()
{
    m_watcher.waitForFinished();
}

void Workspace::open(const QString &path, bool readOnly)
{
    // Refuses a foreign, damaged or newer file; backs up and migrates an older one.
    auto db = std::make_unique<Database>(path, readOnly ? Database::Access::ReadOnly
                                                        : Database::Access::ReadWrite);
    waitUntilIdle();
    m_undo.clear(); // the edits belong to the file that was open
    m_written.clear();
    m_lastWritten.clear();
    m_watch.reset(); // it watches the database that was open
    m_db = std::move(db);
    m_loaded = false;
    const QDate fixed = m_db->fixedAsOf();
    m_asOf = fixed.isValid() ? fixed : QDate::currentDate();
    m_snapshot = Snapshot{};
    m_snapshot.companyName = m_db->companyName();
    m_watch = std::make_unique<ChangeWatch>(*m_db, kPollMs,
                                            [this](const QString &who, const QString &what) {
                                                Q_EMIT changedElsewhere(who, what);
                                                recompute();
                                            });
    enableEditControls();
    recompute();
}

void Workspace::addEditControls(std::initializer_list<QWidget *> widgets)
{
    for (QWidget *w : widgets) {
        m_editControls << w;
        w->setEnabled(!isReadOnly());
    }
}

void Workspace::enableEditControls()
{
    for (const QPointer<QWidget> &w : std::as_const(m_editControls))
        if (w)
            w->setEnabled(!isReadOnly());
}

bool Workspace::isReadOnly() const
{
    return m_db && m_db->isReadOnly();
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

bool Workspace::keepMine(const QString &edit, const EditConflict &conflict)
{
    if (m_chooser)
        return m_chooser(edit, conflict);
    reportFailure(tr("%1 was not saved: %2").arg(edit, conflict.message()));
    return false;
}

void Workspace::noteOwnWrite()
{
    if (m_watch)
        m_watch->ownWrite();
}

void Workspace::edit(const QString &text, std::function<void()> apply, std::function<void()> revert,
                     std::function<void(const EditConflict &)> rebase, QString mine)
{
    if (!m_db)
        return;
    if (m_db->isReadOnly()) {
        reportFailure(tr("%1 was not saved: %2 is open read-only").arg(text, m_db->path()));
        return;
    }
    m_undo.push(new StoreEdit(*this, text, std::move(apply), std::move(revert), std::move(rebase),
                              std::move(mine)));
}

void Workspace::editSetting(const QString &text, const QString &key, const QString &value)
{
    if (!m_db)
        return;
    auto version = std::make_shared<RowVersion>(*this, QStringLiteral("setting:") + key,
                                                m_snapshot.settingVersions.value(key, 0));
    // What undo puts back: the value stored just before this edit's first save.
    bool wasSet = false;
    QString before;
    if (!attempt(tr("Reading the settings"), [&] {
            const QMap<QString, QString> stored = m_db->settingsMap();
            wasSet = stored.contains(key);
            before = stored.value(key);
        }))
        return;
    Database *db = m_db.get();
    const auto write = [db, key, version](bool set, const QString &v) {
        SettingsTable table(*db);
        version->wrote(set ? table.set(key, v, version->expected())
                           : table.remove(key, version->expected()));
    };
    edit(
        text, [write, value] { write(!value.isEmpty(), value); },
        [write, wasSet, before] { write(wasSet, before); },
        [version](const EditConflict &c) { version->rebase(c.currentVersion()); },
        value.isEmpty() ? tr("%1 not set (its default)").arg(key)
                        : QStringLiteral("%1 = %2").arg(key, value));
}

bool Workspace::attempt(const QString &what, const std::function<void()> &f)
{
    try {
        f();
        return true;
    } catch (const StoreError &e) {
        reportFailure(tr("%1 failed: %2").arg(what, e.message()));
        return false;
    }
}

QString Workspace::setSetting(const QString &key, const QString &value)
{
    if (!m_db)
        return tr("no file is open");
    Settings check = m_settings;
    if (QString error = check.set(key, value); !error.isEmpty())
        return error;
    if (isReadOnly())
        return tr("%1 is open read-only").arg(m_db->path());
    // Named by the version on screen: another session's change since is reported, not undone.
    const QString row = QStringLiteral("setting:") + key;
    QString failure;
    attempt(tr("Changing %1").arg(key), [&] {
        try {
            noteVersion(row, SettingsTable(*m_db).set(
                                 key, value.trimmed(),
                                 versionSeen(row, m_snapshot.settingVersions.value(key, 0))));
            m_settings = check;
        } catch (const StoreError &e) {
            failure = e.message();
            throw;
        }
    });
    return failure;
}

std::shared_ptr<Workspace::Loaded> Workspace::load(const QString &path, const QDate &asOf)
{
    auto loaded = std::make_shared<Loaded>();
    Loaded &out = *loaded;
    try {
        const Database db(path, Database::Access::ReadOnly); // this thread's own connection
        out.snapshot = SnapshotLoader::load(db);
        out.settings = out.snapshot.settings;
        out.metrics = MetricsEngine::compute(out.snapshot, out.settings, asOf);
        out.cohorts = CohortRetention::compute(out.snapshot, out.metrics.unitEnd);
        out.slaMisses = SlaCompliance(out.snapshot, out.settings)
                            .misses(iso::fromDate(asOf), out.settings.funnelWindowDays);
        QList<qint64> leadIds;
        for (int i = 0; i < out.slaMisses.size() && i < kMissesNamed; ++i)
            leadIds << out.snapshot.leads[size_t(out.slaMisses[i].lead)].id;
        for (const int lead : out.metrics.forecast.slipped)
            leadIds << out.snapshot.leads[size_t(lead)].id;
        out.crmIds = LeadDirectory::ids(db, leadIds);
    } catch (const StoreError &e) {
        out.error = e.message();
    }
    return loaded;
}

void Workspace::recompute()
{
    if (!m_db)
        return;
    if (m_watcher.isRunning()) {
        m_again = true; // one more pass when this one lands, with the latest state
        return;
    }
    m_pending = true;
    m_watcher.setFuture(QtConcurrent::run(&Workspace::load, m_db->path(), m_asOf));
    Q_EMIT busyChanged(true);
}

void Workspace::landed()
{
    const std::shared_ptr<Loaded> loaded = m_watcher.result();
    Loaded &result = *loaded;
    if (m_again) {
        m_again = false;
        m_watcher.setFuture(QtConcurrent::run(&Workspace::load, m_db->path(), m_asOf));
        return;
    }
    m_pending = false;
    m_written.clear(); // this pass began after every write so far: the screen shows them
    Q_EMIT busyChanged(false);
    if (!result.error.isEmpty()) {
        Q_EMIT failed(result.error);
        return;
    }
    m_snapshot = std::move(result.snapshot);
    m_settings = std::move(result.settings);
    m_metrics = std::move(result.metrics);
    m_cohorts = std::move(result.cohorts);
    m_slaMisses = std::move(result.slaMisses);
    m_crmIds = std::move(result.crmIds);
    m_loaded = true;
    Q_EMIT changed();
}

void Workspace::waitUntilIdle()
{
    // Until the last pass has landed, not only finished: between the two, isRunning() is
    // already false while the figures are still the old ones.
    while (m_pending) {
        m_watcher.waitForFinished();
        QCoreApplication::sendPostedEvents(&m_watcher);
        QCoreApplication::processEvents();
    }
}

} // namespace guardrail
