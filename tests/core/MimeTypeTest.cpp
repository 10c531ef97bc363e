// SPDX-License-Identifier: GPL-3.0-or-later
// The file type the package registers (packaging/org.guardrail.Guardrail.mime.xml), read by
// Qt's MIME database as a file manager reads the system's: a Guardrail file is known by its
// content whatever its name, and another program's SQLite file is not taken for one.
//
// The package's file is compiled together with shared-mime-info's, as `apt install` does into
// /usr/share/mime. Compiled apart, in two folders, Qt 6.4 lets the last folder's match win
// whatever its priority (QMimeBinaryProvider::findByMagic), and the file reads as plain SQLite.
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace guardrail;

namespace {

class MimeType : public ::testing::Test
{
protected:
    // ctest runs each test in its own process, so the environment is set before Qt first
    // reads the MIME database. (Run together in one process, the later tests would read the
    // first one's folder, which Qt keeps and which is gone: run them through ctest.)
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString packages = m_dir.filePath(QStringLiteral("share/mime/packages"));
        ASSERT_TRUE(QDir().mkpath(packages));
        ASSERT_TRUE(QFile::copy(
            QStringLiteral(GUARDRAIL_SOURCE_DIR "/packaging/org.guardrail.Guardrail.mime.xml"),
            packages + QStringLiteral("/org.guardrail.Guardrail.xml")));
        ASSERT_TRUE(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                                packages + QStringLiteral("/freedesktop.org.xml")))
            << "shared-mime-info is not installed";
        QProcess update;
        update.start(QStringLiteral("update-mime-database"),
                     {m_dir.filePath(QStringLiteral("share/mime"))});
        ASSERT_TRUE(update.waitForFinished(30000))
            << "update-mime-database (shared-mime-info) did not run";
        ASSERT_EQ(update.exitCode(), 0) << update.readAllStandardError().toStdString();
        qputenv("XDG_DATA_DIRS", m_dir.filePath(QStringLiteral("share")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("home")).toLocal8Bit());
    }

    QString headerType(const QString &path) const
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return QMimeDatabase().mimeTypeForData(file.read(512)).name();
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(MimeType, AGuardrailFileIsKnownByItsContentWhateverItsName)
{
    const QString path = m_dir.filePath(QStringLiteral("renamed-without-extension"));
    {
        Database db(path);
    }
    EXPECT_EQ(headerType(path).toStdString(), "application/x-guardrail");
    EXPECT_EQ(QMimeDatabase().mimeTypeForFile(path).name().toStdString(),
              "application/x-guardrail");
    // Known to a file manager as an SQLite database too, for programs that open any.
    EXPECT_TRUE(QMimeDatabase()
                    .mimeTypeForName(QStringLiteral("application/x-guardrail"))
                    .inherits(QStringLiteral("application/vnd.sqlite3")));
}

TEST_F(MimeType, AnotherProgramsSqliteFileIsNotAGuardrailFile)
{
    const QString path = m_dir.filePath(QStringLiteral("other-program"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE t (x)")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA application_id = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    EXPECT_EQ(headerType(path).toStdString(), "application/vnd.sqlite3");
}

TEST_F(MimeType, TheExtensionNamesTheTypeBeforeTheFileExists)
{
    EXPECT_EQ(QMimeDatabase()
                  .mimeTypeForFile(QStringLiteral("acme.guardrail"), QMimeDatabase::MatchExtension)
                  .name()
                  .toStdString(),
              "application/x-guardrail");
}
