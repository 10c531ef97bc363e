// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScratchDatabase.h"
#include "import/ImportJob.h"
#include "store/Database.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

/**
 * What every import test needs: a fresh company (in memory, or a new database on the test
 * server for the postgresql.* run) and files written in a temp dir.
 */
class ImportFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!scratch.skipReason().empty())
            GTEST_SKIP() << scratch.skipReason();
    }

    QTemporaryDir dir;
    ScratchDatabase scratch;
    guardrail::Database db{scratch.skipReason().empty() ? scratch.url()
                                                        : QStringLiteral(":memory:")};

    QString file(const char *name, const QByteArray &content)
    {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly)) << name;
        f.write(content);
        return path;
    }
};
