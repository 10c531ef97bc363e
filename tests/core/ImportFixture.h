// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportJob.h"
#include "store/Database.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

/** What every import test needs: a fresh in-memory company and files written in a temp dir. */
class ImportFixture : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    guardrail::Database db{QStringLiteral(":memory:")};

    QString file(const char *name, const QByteArray &content)
    {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly)) << name;
        f.write(content);
        return path;
    }
};
