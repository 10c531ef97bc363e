// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoCompany.h"
#include "domain/Settings.h"
#include "metrics/MetricsEngine.h"
#include "metrics/MetricsJson.h"
#include "store/Database.h"
#include "store/SnapshotLoader.h"
#include "store/StoreError.h"

#include <QTemporaryDir>

#include "ScratchDatabase.h"

#include <gtest/gtest.h>

using namespace guardrail;

namespace {
const ChannelFigures *find(const Metrics &m, const char *name)
{
    for (const ChannelFigures &c : m.channels)
        if (c.name == QLatin1String(name))
            return &c;
    return nullptr;
}
} // namespace

TEST(DemoCompany, LandsNearTheCaseStudy)
{
    ScratchDatabase scratch;
    if (!scratch.skipReason().empty())
        GTEST_SKIP() << scratch.skipReason();
    Database db(scratch.url());
    DemoCompany::write(db, DemoCompany::defaultAsOf());
    const Metrics m =
        MetricsEngine::compute(SnapshotLoader::load(db), db.settings(), DemoCompany::defaultAsOf());
    ASSERT_EQ(m.channels.size(), 4);
    // The case study: Inbound ~$4,200, Outbound ~$11,800, Referral ~$1,400, within 15%.
    EXPECT_NEAR(find(m, "Inbound")->unit.cac.value(), 4200, 630);
    EXPECT_NEAR(find(m, "Outbound")->unit.cac.value(), 11800, 1770);
    EXPECT_NEAR(find(m, "Referral")->unit.cac.value(), 1400, 210);
    EXPECT_EQ(find(m, "Outbound")->status, GuardrailStatus::Breach);
    EXPECT_EQ(find(m, "Inbound")->status, GuardrailStatus::Inside);
    EXPECT_EQ(m.closestToLine, QStringLiteral("Outbound"));
    EXPECT_NEAR(m.funnel.stages[0].rate.value(), 0.08, 0.015);
    EXPECT_NEAR(m.funnel.stages[1].rate.value(), 0.22, 0.03);
    EXPECT_NEAR(m.funnel.stages[2].rate.value(), 0.35, 0.05);
    EXPECT_EQ(m.funnel.constraint, 1); // MQL -> SQL, as in the case study
    EXPECT_EQ(m.milestone.level, 3) << m.milestone.missing.join(QStringLiteral("; ")).toStdString();
    EXPECT_EQ(m.segments.size(), 3);
}

TEST(DemoCompany, IsTheSameEveryTimeAndOnlyWrittenIntoAnEmptyFile)
{
    ScratchDatabase first, second;
    if (!first.skipReason().empty())
        GTEST_SKIP() << first.skipReason();
    Database a(first.url()), b(second.url());
    DemoCompany::write(a, DemoCompany::defaultAsOf());
    DemoCompany::write(b, DemoCompany::defaultAsOf());
    const QDate asOf = DemoCompany::defaultAsOf();
    EXPECT_EQ(
        MetricsJson::toJson(MetricsEngine::compute(SnapshotLoader::load(a), a.settings(), asOf)),
        MetricsJson::toJson(MetricsEngine::compute(SnapshotLoader::load(b), b.settings(), asOf)));
    EXPECT_THROW(DemoCompany::write(a, asOf), StoreError);
}
