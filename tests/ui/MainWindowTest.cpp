// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "Workspace.h"
#include "demo/DemoCompany.h"
#include "store/Database.h"

#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace guardrail;

TEST(MainWindow, OpensTheDemoAndVisitsEveryPage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.guardrail"));
    {
        Database db(path);
        DemoCompany::write(db, DemoCompany::defaultAsOf());
    }
    MainWindow window;
    ASSERT_TRUE(window.openFile(path));
    window.show();
    EXPECT_EQ(window.pageCount(), 7);
    for (int i = 0; i < window.pageCount(); ++i) {
        window.showPage(i);
        QWidget *page = window.page(i);
        EXPECT_TRUE(page->isVisible()) << "page " << i;
        EXPECT_FALSE(page->findChildren<QLabel *>().isEmpty()) << "page " << i << " is empty";
    }
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("Advanced Solutions")));
}

TEST(MainWindow, ChannelTableShowsTheEnginesFigures)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.guardrail"));
    {
        Database db(path);
        DemoCompany::write(db, DemoCompany::defaultAsOf());
    }
    MainWindow window;
    ASSERT_TRUE(window.openFile(path));
    auto *table = window.page(2)->findChild<QTableWidget *>();
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rowCount(), 4);
    // Breaches first: Outbound heads the table, with the engine's CAC as the user's locale shows
    // it.
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Outbound"));
    double cac = 0;
    for (const ChannelFigures &c : window.workspace().metrics().channels)
        if (c.name == u"Outbound")
            cac = c.unit.cac.value();
    EXPECT_EQ(table->item(0, 2)->text(), QLocale().toCurrencyString(cac, QStringLiteral("$"), 0));
    EXPECT_TRUE(table->item(0, 1)->text().contains(QStringLiteral("breach")));
}

TEST(MainWindow, ANewFileOpensEmptyWithNullFigures)
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.guardrail"));
    MainWindow window;
    ASSERT_TRUE(window.openFile(good));
    EXPECT_EQ(window.workspace().path(), good);
    EXPECT_FALSE(window.workspace().metrics().company.unit.cac.has());
    EXPECT_EQ(window.workspace().metrics().milestone.level, 0);
}
