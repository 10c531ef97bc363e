// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/WritePipeline.h"
#include "import/KeySet.h"
#include "store/StoreError.h"

#include <gtest/gtest.h>

#include <thread>

using namespace guardrail;

TEST(WritePipeline, RunsEveryWriteInOrderOnAnotherThread)
{
    std::vector<int> order;
    std::thread::id writer;
    {
        WritePipeline pipeline(true);
        for (int i = 0; i < 10000; ++i)
            pipeline.push([&order, &writer, i] {
                order.push_back(i);
                writer = std::this_thread::get_id();
                return i % 2 == 0;
            });
        pipeline.finish();
        EXPECT_EQ(pipeline.inserted(), 5000);
        EXPECT_EQ(pipeline.updated(), 5000);
    }
    ASSERT_EQ(order.size(), 10000u);
    for (int i = 0; i < 10000; ++i)
        ASSERT_EQ(order[size_t(i)], i);
    EXPECT_NE(writer, std::this_thread::get_id());
}

TEST(WritePipeline, AFailedWriteStopsTheRestAndIsReported)
{
    int ran = 0;
    WritePipeline pipeline(true);
    for (int i = 0; i < 50000; ++i)
        pipeline.push([&ran, i]() -> bool {
            if (i == 5000)
                throw StoreError(QStringLiteral("disk full"));
            ++ran;
            return true;
        });
    EXPECT_THROW(pipeline.finish(), StoreError);
    EXPECT_EQ(ran, 5000); // nothing after the failed write ran
}

TEST(WritePipeline, CancelDropsWhatHasNotRun)
{
    int ran = 0;
    WritePipeline pipeline(true);
    for (int i = 0; i < 100; ++i) // less than a batch: nothing has been handed over yet
        pipeline.push([&ran] {
            ++ran;
            return true;
        });
    pipeline.cancel();
    EXPECT_EQ(ran, 0);
    WritePipeline inline_(false);
    inline_.push([&ran] {
        ++ran;
        return false;
    });
    EXPECT_EQ(ran, 1);
    EXPECT_EQ(inline_.updated(), 1);
}

TEST(KeySet, FindsEveryRepeatAcrossGrowthAndNothingElse)
{
    KeySet keys(4); // starts small, so the table grows many times below
    for (int i = 0; i < 100000; ++i)
        ASSERT_EQ(keys.insert(QStringLiteral("L%1").arg(i), i + 2), 0) << i;
    for (int i = 0; i < 100000; i += 997) // each key again: the line it was first on
        EXPECT_EQ(keys.insert(QStringLiteral("L%1").arg(i), 999999), i + 2);
    EXPECT_EQ(keys.insert(QStringLiteral("l0"), 5), 0); // keys are compared exactly
}
