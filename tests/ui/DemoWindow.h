// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MainWindow.h"
#include "Workspace.h"
#include "demo/DemoCompany.h"
#include "store/Database.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <stdexcept>

namespace guardrail {

/** The main window on a fresh demo file, its first pass of figures landed. */
class DemoWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("demo.guardrail"));
        {
            Database db(path);
            DemoCompany::write(db, DemoCompany::defaultAsOf());
        }
        ASSERT_TRUE(window.openFile(path));
        window.workspace().waitUntilIdle(); // the figures are computed off the GUI thread
    }
    const ChannelFigures &channel(const char *name) const
    {
        for (const ChannelFigures &c : window.workspace().metrics().channels)
            if (c.name == QLatin1String(name))
                return c;
        throw std::logic_error("no such channel");
    }
    template <typename Page> Page *page() const
    {
        for (int i = 0; i < window.pageCount(); ++i)
            if (auto *p = qobject_cast<Page *>(window.page(i)))
                return p;
        return nullptr;
    }

    QTemporaryDir dir;
    QString path;
    MainWindow window;
};

} // namespace guardrail
