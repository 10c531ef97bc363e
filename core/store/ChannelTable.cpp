// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelTable.h"

#include "Database.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace guardrail {
namespace {

QList<QVariantList> rows(const Database &db, const QString &sql, const QVariantList &values,
                         int columns)
{
    QSqlQuery q = db.query(sql, values); // in the backend's dialect; throws on failure
    QList<QVariantList> out;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < columns; ++i)
            row << q.value(i);
        out << row;
    }
    return out;
}

} // namespace

QList<ChannelRow> ChannelTable::all() const
{
    QList<ChannelRow> out;
    for (const QVariantList &r :
         rows(m_db,
              QStringLiteral("SELECT id, name, paused FROM channels ORDER BY name COLLATE NOCASE"),
              {}, 3))
        out << ChannelRow{r[0].toLongLong(), r[1].toString(), r[2].toBool()};
    return out;
}

QString ChannelTable::rename(qint64 id, const QString &rawName)
{
    const QString name = rawName.trimmed();
    if (QString error = checkName(id, name); !error.isEmpty())
        return error;
    m_db.exec(QStringLiteral("UPDATE channels SET name = ? WHERE id = ?"), {name, id});
    return {};
}

QString ChannelTable::checkName(qint64 id, const QString &rawName) const
{
    const QString name = rawName.trimmed();
    if (name.isEmpty())
        return QStringLiteral("a channel needs a name");
    const QVariant other = m_db.scalar(
        QStringLiteral("SELECT id FROM channels WHERE name = ? COLLATE NOCASE AND id <> ?"),
        {name, id});
    if (other.isValid())
        return QStringLiteral("there is already a channel called %1: merge the two instead")
            .arg(name);
    return {};
}

void ChannelTable::setPaused(qint64 id, bool paused)
{
    m_db.exec(QStringLiteral("UPDATE channels SET paused = ? WHERE id = ?"), {paused ? 1 : 0, id});
}

ChannelMerge ChannelTable::merge(qint64 from, qint64 into)
{
    Transaction t(m_db.connection());
    ChannelMerge m;
    m.into = into;
    const auto channel =
        rows(m_db, QStringLiteral("SELECT id, name, paused FROM channels WHERE id = ?"), {from}, 3);
    if (channel.isEmpty() || from == into)
        return m;
    m.from = ChannelRow{from, channel[0][1].toString(), channel[0][2].toBool()};
    for (const QVariantList &r :
         rows(m_db, QStringLiteral("SELECT id FROM leads WHERE channel_id = ?"), {from}, 1))
        m.leads << r[0].toLongLong();
    m_db.exec(QStringLiteral("UPDATE leads SET channel_id = ? WHERE channel_id = ?"), {into, from});

    // A spend row of `from` joins the row `into` has for the same key, or moves over.
    for (const QVariantList &r : rows(
             m_db,
             QStringLiteral("SELECT id, month, channel_id, category, segment_id, amount FROM spend "
                            "WHERE channel_id = ?"),
             {from}, 6)) {
        const QVariant target = m_db.scalar(
            QStringLiteral("SELECT id FROM spend WHERE channel_id = ? AND month = ? AND category = "
                           "? AND ifnull(segment_id, 0) = ifnull(?, 0)"),
            {into, r[1], r[3], r[4]});
        if (target.isValid()) {
            m_db.exec(QStringLiteral("UPDATE spend SET amount = amount + ? WHERE id = ?"),
                      {r[5], target});
            m_db.exec(QStringLiteral("DELETE FROM spend WHERE id = ?"), {r[0]});
            m.addedSpend << qMakePair(target.toLongLong(), r[5].toDouble());
            m.removedSpend << r;
        } else {
            m_db.exec(QStringLiteral("UPDATE spend SET channel_id = ? WHERE id = ?"), {into, r[0]});
            m.movedSpend << r[0].toLongLong();
        }
    }
    for (const QVariantList &r :
         rows(m_db,
              QStringLiteral(
                  "SELECT id, month, channel_id, count FROM awareness WHERE channel_id = ?"),
              {from}, 4)) {
        const QVariant target = m_db.scalar(
            QStringLiteral("SELECT id FROM awareness WHERE channel_id = ? AND month = ?"),
            {into, r[1]});
        if (target.isValid()) {
            m_db.exec(QStringLiteral("UPDATE awareness SET count = count + ? WHERE id = ?"),
                      {r[3], target});
            m_db.exec(QStringLiteral("DELETE FROM awareness WHERE id = ?"), {r[0]});
            m.addedAwareness << qMakePair(target.toLongLong(), r[3].toDouble());
            m.removedAwareness << r;
        } else {
            m_db.exec(QStringLiteral("UPDATE awareness SET channel_id = ? WHERE id = ?"),
                      {into, r[0]});
            m.movedAwareness << r[0].toLongLong();
        }
    }
    m_db.exec(QStringLiteral("DELETE FROM channels WHERE id = ?"), {from});
    t.commit();
    return m;
}

void ChannelTable::unmerge(const ChannelMerge &m)
{
    if (m.from.id == 0)
        return;
    Transaction t(m_db.connection());
    m_db.exec(QStringLiteral("INSERT INTO channels (id, name, paused) VALUES (?, ?, ?)"),
              {m.from.id, m.from.name, m.from.paused ? 1 : 0});
    for (qint64 lead : m.leads)
        m_db.exec(QStringLiteral("UPDATE leads SET channel_id = ? WHERE id = ?"),
                  {m.from.id, lead});
    for (qint64 id : m.movedSpend)
        m_db.exec(QStringLiteral("UPDATE spend SET channel_id = ? WHERE id = ?"), {m.from.id, id});
    for (const auto &[id, amount] : m.addedSpend)
        m_db.exec(QStringLiteral("UPDATE spend SET amount = amount - ? WHERE id = ?"),
                  {amount, id});
    for (const QVariantList &r : m.removedSpend)
        m_db.exec(QStringLiteral("INSERT INTO spend (id, month, channel_id, category, segment_id, "
                                 "amount) VALUES (?, ?, ?, ?, ?, ?)"),
                  r);
    for (qint64 id : m.movedAwareness)
        m_db.exec(QStringLiteral("UPDATE awareness SET channel_id = ? WHERE id = ?"),
                  {m.from.id, id});
    for (const auto &[id, amount] : m.addedAwareness)
        m_db.exec(QStringLiteral("UPDATE awareness SET count = count - ? WHERE id = ?"),
                  {amount, id});
    for (const QVariantList &r : m.removedAwareness)
        m_db.exec(QStringLiteral("INSERT INTO awareness (id, month, channel_id, count) VALUES (?, "
                                 "?, ?, ?)"),
                  r);
    t.commit();
}

} // namespace guardrail
