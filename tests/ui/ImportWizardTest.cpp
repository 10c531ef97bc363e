// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportWizard.h"
#include "import/ImportHistoryDialog.h"
#include "import/OutcomePage.h"
#include "import/ValuesPage.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace guardrail;

namespace {

QString write(const QTemporaryDir &dir, const char *name, const QByteArray &text)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(text);
    return path;
}

qint64 leads(Database &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM leads")).toLongLong();
}

} // namespace

TEST(ImportWizard, PresetFillsTheMappingThenTheFileLands)
{
    QSettings().remove(QStringLiteral("importMappings"));
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("w.guardrail")));
    const QString path = write(dir, "report.csv",
                               "Opportunity ID,Stage,Amount,Close Date,Created Date,Won,Closed\n"
                               "006A,Closed Won,\"$1,000.00\",2/14/2024,1/2/2024,1,1\n"
                               "006B,Prospecting,$500.00,6/30/2024,1/3/2024,0,0\n"
                               "Grand Totals (2 records),,\"$1,500.00\",,,,\n");
    ImportWizard wizard(db);
    wizard.setFile(path, ImportKind::Leads, QStringLiteral("salesforce-opportunities"));
    wizard.show();
    wizard.next(); // the mapping page, guessed from the preset
    const QString mapping = wizard.mapping();
    EXPECT_TRUE(mapping.contains(QStringLiteral("lead_id=Opportunity ID")))
        << mapping.toStdString();
    EXPECT_TRUE(mapping.contains(QStringLiteral("sql_at=Created Date")));
    EXPECT_TRUE(mapping.contains(QStringLiteral("is_won=Won")));
    wizard.next(); // the stage labels, read by the flags
    EXPECT_EQ(wizard.outcomePage()->outcomeMap(), QString());
    wizard.next(); // the check: a dry run writes nothing
    EXPECT_EQ(leads(db), 0);
    wizard.accept();
    EXPECT_EQ(wizard.result().inserted, 2);
    EXPECT_EQ(leads(db), 2);
    EXPECT_EQ(
        db.scalar(QStringLiteral("SELECT won_at FROM leads WHERE lead_id = '006A'")).toString(),
        QStringLiteral("2024-02-14"));
}

TEST(ImportWizard, ShowsProblemsImportsGoodRowsOnRequestAndRemembersTheMapping)
{
    QSettings().remove(QStringLiteral("importMappings"));
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("w.guardrail")));
    const QByteArray header = "Contact,First touch,Source\n";
    const QString path =
        write(dir, "mqls.csv", header + "C1,2024-01-05,Webinar\nC2,someday,Webinar\n");
    {
        ImportWizard wizard(db);
        wizard.setFile(path, ImportKind::Leads);
        wizard.show();
        wizard.next();
        EXPECT_EQ(wizard.mapping(), QString()); // no header names a field: nothing guessed
        wizard.mapColumn(QStringLiteral("lead_id"), QStringLiteral("Contact"));
        wizard.mapColumn(QStringLiteral("mql_at"), QStringLiteral("First touch"));
        wizard.mapColumn(QStringLiteral("channel"), QStringLiteral("Source"));
        wizard.next(); // the values: Webinar, as written
        EXPECT_EQ(wizard.valuesPage()->valueMaps(), QStringList());
        wizard.next();
        const QString problems = wizard.findChild<QPlainTextEdit *>()->toPlainText();
        EXPECT_TRUE(problems.contains(path + QStringLiteral(":3: mql_at: \"someday\"")))
            << problems.toStdString();
        wizard.setSkipBadRows(true);
        wizard.accept();
        EXPECT_EQ(wizard.result().inserted, 1);
        EXPECT_EQ(wizard.result().skipped, 1);
        EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("mqls.rejected.csv"))));
    }
    // A second file with the same columns gets the mapping chosen the first time.
    const QString again = write(dir, "more.csv", header + "C9,2024-02-01,Webinar\n");
    ImportWizard wizard(db);
    wizard.setFile(again, ImportKind::Leads);
    wizard.show();
    wizard.next();
    EXPECT_EQ(wizard.mapping(),
              QStringLiteral("lead_id=Contact,channel=Source,mql_at=First touch"));
}

TEST(ImportWizard, TheStageStepListsEachLabelAndRemembersTheChoice)
{
    QSettings().remove(QStringLiteral("importMappings"));
    QSettings().remove(QStringLiteral("importOutcomes"));
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("w.guardrail")));
    // A Pipedrive export in Brazilian Portuguese, its columns renamed to the English preset's.
    const QByteArray header = "Deal - ID,Deal - Deal created,Deal - Status\n";
    const QString path = write(dir, "pd.csv",
                               header + "1,2024-01-02,Ganho\n2,2024-01-03,Ganho\n"
                                        "3,2024-01-04,Perdido\n4,2024-01-05,open\n");
    {
        ImportWizard wizard(db);
        wizard.setFile(path, ImportKind::Leads, QStringLiteral("pipedrive-deals"));
        wizard.show();
        wizard.next();
        wizard.next(); // the stage step
        auto *table = wizard.outcomePage()->findChild<QTableWidget *>();
        ASSERT_EQ(table->rowCount(), 3); // Ganho (2), Perdido (1), open (1): most rows first
        EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Ganho"));
        EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("2"));
        EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("open (not recognised)"));
        EXPECT_EQ(table->item(2, 2)->text(), QStringLiteral("open"));
        wizard.outcomePage()->assign(QStringLiteral("ganho"), QStringLiteral("won"));
        wizard.outcomePage()->assign(QStringLiteral("Perdido"), QStringLiteral("lost"));
        EXPECT_EQ(wizard.outcomePage()->outcomeMap(), QStringLiteral("Ganho=won;Perdido=lost"));
        wizard.next();
        wizard.accept();
        EXPECT_EQ(wizard.result().inserted, 4);
    }
    // The file has no close dates: won twice and lost once, undated.
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT group_concat(closed_undated, ',') FROM (SELECT "
                                       "closed_undated FROM leads ORDER BY lead_id)"))
                  .toString(),
              QStringLiteral("won,won,lost"));
    // The next export with the same columns comes with the same choices.
    const QString next = write(dir, "pd2.csv", header + "5,2024-02-01,Ganho\n");
    ImportWizard wizard(db);
    wizard.setFile(next, ImportKind::Leads, QStringLiteral("pipedrive-deals"));
    wizard.show();
    wizard.next();
    wizard.next();
    EXPECT_EQ(wizard.outcomePage()->outcomeMap(), QStringLiteral("Ganho=won"));
}

TEST(ImportHistoryDialog, ListsNewestFirstAndUndoes)
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("h.guardrail")));
    for (const char *name : {"a.csv", "b.csv"}) {
        ImportOptions o;
        ImportJob(db,
                  write(dir, name,
                        QByteArray("lead_id,created_at\n") + name + QByteArray(",2024-01-05\n")),
                  o)
            .run();
    }
    ImportHistoryDialog dialog(db);
    auto *table = dialog.findChild<QTableWidget *>();
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("b.csv")); // newest first
    EXPECT_TRUE(dialog.undoRow(0).startsWith(QStringLiteral("Import 2 undone: 1 rows removed")));
    EXPECT_TRUE(dialog.changed());
    EXPECT_FALSE(table->item(0, 6)->text().isEmpty()); // marked undone
    EXPECT_EQ(leads(db), 1);
}

TEST(ImportWizard, TheValueStepMapsSourcesOntoYourNamesAndRemembersThem)
{
    QSettings().remove(QStringLiteral("importMappings"));
    QSettings().remove(QStringLiteral("importValues"));
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("w.guardrail")));
    const QByteArray header = "lead_id,created_at,channel,owner\n";
    ImportOptions first;
    ImportJob(db, write(dir, "known.csv", header + "K1,2024-01-02,Inbound,Ana Ruiz\n"), first)
        .run();
    const QString path = write(dir, "hs.csv",
                               header + "1,2024-01-03,Organic Search,ana\n"
                                        "2,2024-01-04,Paid Social,Ana Ruiz\n"
                                        "3,2024-01-05,organic search,Bo\n");
    {
        ImportWizard wizard(db);
        wizard.setFile(path, ImportKind::Leads);
        wizard.show();
        wizard.next();
        wizard.next(); // the value step
        auto *table = wizard.valuesPage()->findChild<QTableWidget *>();
        // channel: Organic Search (2 rows, two spellings), Paid Social; owner: ana, Ana Ruiz, Bo.
        ASSERT_EQ(table->rowCount(), 5);
        EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("Organic Search"));
        EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("2"));
        wizard.valuesPage()->mapValue(QStringLiteral("channel"), QStringLiteral("organic search"),
                                      QStringLiteral("Inbound"));
        wizard.valuesPage()->mapValue(QStringLiteral("channel"), QStringLiteral("Paid Social"),
                                      QStringLiteral("Inbound"));
        wizard.valuesPage()->mapValue(QStringLiteral("owner"), QStringLiteral("ana"),
                                      QStringLiteral("Ana Ruiz"));
        EXPECT_EQ(wizard.valuesPage()->valueMaps(),
                  QStringList({QStringLiteral("channel:Organic Search=Inbound;Paid Social=Inbound"),
                               QStringLiteral("owner:ana=Ana Ruiz")}));
        wizard.next();
        wizard.accept();
        ASSERT_EQ(wizard.result().inserted, 3);
    }
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM channels")).toInt(), 1); // Inbound
    EXPECT_EQ(
        db.scalar(QStringLiteral("SELECT count(*) FROM leads WHERE owner = 'Ana Ruiz'")).toInt(),
        3); // K1, 1 and 2
    // The next file with the same columns comes with the same choices.
    ImportWizard wizard(db);
    wizard.setFile(write(dir, "hs2.csv", header + "4,2024-02-01,Paid Social,Bo\n"),
                   ImportKind::Leads);
    wizard.show();
    wizard.next();
    wizard.next();
    EXPECT_EQ(wizard.valuesPage()->valueMaps(),
              QStringList({QStringLiteral("channel:Paid Social=Inbound")}));
}
