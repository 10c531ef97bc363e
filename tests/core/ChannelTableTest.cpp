// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ChannelTable.h"
#include "demo/DemoCompany.h"
#include "store/Database.h"

#include <QTemporaryDir>

#include "RowText.h"
#include "ScratchDatabase.h"

#include <gtest/gtest.h>

using namespace guardrail;

namespace {

QString dump(const Database &db)
{
    // Every lead's channel and every spend and awareness row, byte for byte.
    const QString cell = QStringLiteral(":");
    return rowText(db, QStringLiteral("SELECT lead_id, channel_id FROM leads ORDER BY lead_id"),
                   cell) +
           rowText(db,
                   QStringLiteral("SELECT id, month, channel_id, category, amount FROM spend ORDER "
                                  "BY id"),
                   cell) +
           rowText(db, QStringLiteral("SELECT id, name, paused FROM channels ORDER BY id"), cell);
}

qint64 idOf(const ChannelTable &t, const char *name)
{
    for (const ChannelRow &c : t.all())
        if (c.name == QLatin1String(name))
            return c.id;
    return 0;
}

} // namespace

TEST(ChannelTable, MergingKeepsEveryLeadAndCostAndUndoesExactly)
{
    QTemporaryDir dir;
    ScratchDatabase scratch(dir.filePath(QStringLiteral("demo.guardrail")));
    if (!scratch.skipReason().empty())
        GTEST_SKIP() << scratch.skipReason();
    Database db(scratch.url());
    DemoCompany::write(db, DemoCompany::defaultAsOf());
    ChannelTable channels(db);
    const auto count = [&](const QString &sql) { return db.scalar(sql).toDouble(); };
    const double leads = count(QStringLiteral("SELECT count(*) FROM leads"));
    const double cost = count(QStringLiteral("SELECT sum(amount) FROM spend"));
    const double events =
        count(QStringLiteral("SELECT count(*) FROM leads l JOIN channels c ON c.id = "
                             "l.channel_id WHERE c.name = 'Events'"));
    const double referral =
        count(QStringLiteral("SELECT count(*) FROM leads l JOIN channels c ON c.id = "
                             "l.channel_id WHERE c.name = 'Referral'"));
    const QString before = dump(db);

    const ChannelMerge m = channels.merge(idOf(channels, "Events"), idOf(channels, "Referral"));
    EXPECT_EQ(idOf(channels, "Events"), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM leads")), leads);
    EXPECT_DOUBLE_EQ(count(QStringLiteral("SELECT sum(amount) FROM spend")), cost);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM leads l JOIN channels c ON c.id = "
                                   "l.channel_id WHERE c.name = 'Referral'")),
              events + referral);
    // Both had marketing spend in the same months: those rows were added together, not doubled.
    EXPECT_FALSE(m.addedSpend.isEmpty());
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM spend WHERE channel_id = %1").arg(m.from.id)),
        0);
    EXPECT_TRUE(db.check().isEmpty());

    channels.unmerge(m);
    EXPECT_EQ(dump(db), before);
}

TEST(ChannelTable, RenameRefusesAnExistingNameAndPauseSticks)
{
    ScratchDatabase scratch;
    if (!scratch.skipReason().empty())
        GTEST_SKIP() << scratch.skipReason();
    Database db(scratch.url());
    DemoCompany::write(db, DemoCompany::defaultAsOf());
    ChannelTable channels(db);
    const qint64 events = idOf(channels, "Events");
    EXPECT_TRUE(
        channels.rename(events, QStringLiteral("referral")).contains(QStringLiteral("merge")));
    EXPECT_EQ(channels.rename(events, QStringLiteral(" Field events ")), QString());
    EXPECT_EQ(idOf(channels, "Field events"), events);
    channels.setPaused(events, true);
    for (const ChannelRow &c : channels.all())
        EXPECT_EQ(c.paused, c.id == events) << c.name.toStdString();
}
