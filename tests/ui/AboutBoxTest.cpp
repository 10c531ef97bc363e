// SPDX-License-Identifier: GPL-3.0-or-later
// Help > About: the version the CLI prints, the Qt and SQLite this build runs on, the licences.
#include "AboutBox.h"
#include "DemoWindow.h"
#include "Version.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

#include <sqlite3.h>

using namespace guardrail;

TEST(AboutBox, ShowsTheVersionTheLibrariesAndTheirLicences)
{
    const QString text = AboutBox::text();
    EXPECT_TRUE(text.contains(QStringLiteral("Guardrail ") + QLatin1String(kVersion)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String(qVersion()))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String(sqlite3_libversion()))) << text.toStdString();
    for (const char *licence :
         {"GPL-3.0-or-later", "LGPL-3.0", "Qt Charts", "GPL-3.0)", "public domain"})
        EXPECT_TRUE(text.contains(QLatin1String(licence))) << licence;
}

TEST_F(DemoWindow, TheHelpMenuOffersAboutGuardrailAndAboutQt)
{
    QStringList help;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->text() == QStringLiteral("&Help"))
            for (QAction *a : menu->menu()->actions())
                help << a->text();
    EXPECT_EQ(help, (QStringList{QStringLiteral("&About Guardrail"), QStringLiteral("About &Qt")}));
}
