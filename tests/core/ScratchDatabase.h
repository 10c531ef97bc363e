// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/PostgresServer.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <gtest/gtest.h>

/**
 * A fresh, empty database for one test, on the backend the run is for. By default that is
 * SQLite (the target given, ":memory:" unless a test needs a file). With
 * GUARDRAIL_TEST_BACKEND=postgresql (ctest's "postgresql." tests) it is a new database on the
 * server GUARDRAIL_TEST_POSTGRESQL names (scripts/with-postgres.sh starts one), dropped when
 * the test ends. Without that server, skipReason() says why and the test skips itself; with
 * one named that cannot be reached or refuses the database, the test fails.
 */
class ScratchDatabase
{
public:
    explicit ScratchDatabase(QString sqliteTarget = QStringLiteral(":memory:"))
        : m_target(std::move(sqliteTarget))
    {
        if (!onServer())
            return;
        const QString server = qEnvironmentVariable("GUARDRAIL_TEST_POSTGRESQL");
        if (server.isEmpty()) {
            m_skip = "no PostgreSQL server for the postgresql.* tests: run them through "
                     "scripts/with-postgres.sh (scripts/test.sh does), or set "
                     "GUARDRAIL_TEST_POSTGRESQL=postgresql://USER@HOST:PORT/DBNAME";
            return;
        }
        static int count = 0;
        m_name =
            QStringLiteral("guardrail_t%1_%2").arg(QCoreApplication::applicationPid()).arg(++count);
        // A server was named (scripts/with-postgres.sh started one) and cannot be used: that is
        // a failure of the run, not a reason to skip.
        if (!admin(server, QStringLiteral("CREATE DATABASE %1").arg(m_name))) {
            ADD_FAILURE() << m_skip;
            return;
        }
        QUrl url(server);
        url.setPath(QLatin1Char('/') + m_name);
        m_target = url.toString();
        m_server = server;
    }
    ~ScratchDatabase()
    {
        if (!m_server.isEmpty())
            admin(m_server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    /** What Database opens: a file path, ":memory:" or a postgresql:// URL. */
    const QString &url() const { return m_target; }
    /** Empty when the database is there; else why the test cannot run. */
    const std::string &skipReason() const { return m_skip; }
    static bool onServer()
    {
        return qEnvironmentVariable("GUARDRAIL_TEST_BACKEND") == u"postgresql";
    }

private:
    bool admin(const QString &server, const QString &sql)
    {
        const QString name = QStringLiteral("scratch-admin-") + QUuid::createUuid().toString();
        bool ok = false;
        try {
            guardrail::PostgresServer::connect(name, server, false);
            QSqlQuery q(QSqlDatabase::database(name, false));
            ok = q.exec(sql);
            if (!ok)
                m_skip = "the test server refused " + sql.toStdString() + ": " +
                         q.lastError().text().toStdString();
        } catch (const guardrail::StoreError &e) {
            m_skip = "the test server cannot be reached: " + e.message().toStdString();
        }
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    QString m_target, m_server, m_name;
    std::string m_skip;
};
