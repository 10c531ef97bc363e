// SPDX-License-Identifier: GPL-3.0-or-later
// The pictures a CRO looks at instead of reading, and cheap pixel checks that catch a picture
// gone blank, a colour gone grey or a header cut short at 1280×800.
#include "DemoWindow.h"
#include "FigureFormat.h"
#include "Tone.h"
#include "models/FunnelModel.h"
#include "pages/DashboardPage.h"
#include "pages/JourneyPage.h"
#include "widgets/FigureTable.h"
#include "widgets/FunnelChart.h"
#include "widgets/JourneyMap.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QScrollBar>

using namespace guardrail;

namespace {

// How many pixels of an image are within a few levels of a colour.
int pixelsOf(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                     std::abs(c.blue() - colour.blue()) <
                 12;
        }
    return n;
}

} // namespace

TEST_F(DemoWindow, TheJourneyMapCarriesEachStepsRateAgainstItsTarget)
{
    const FunnelFigures &funnel = window.workspace().metrics().funnel;
    JourneyMap *map = page<JourneyPage>()->map();
    const FigureFormat f(window.workspace().metrics().currency);
    ASSERT_TRUE(funnel.constraint.has_value());
    for (int step = 0; step < 4; ++step) {
        const StageRate &s = funnel.stages[size_t(step)];
        const QStringList label = map->stepLabel(step);
        // The rate as the conversion table spells it, then its symbol.
        EXPECT_TRUE(label[0].startsWith(f.percent(s.rate))) << label[0].toStdString();
        EXPECT_EQ(label[1], QStringLiteral("target ") + f.percent(s.target));
        EXPECT_EQ(label.size() == 3, *funnel.constraint == step);
    }
    // The demo's MQL→SQL is 22.5% against 31%: more than a tenth under, so ✗, and the constraint.
    EXPECT_EQ(map->stepLabel(1)[0], QStringLiteral("22.5% ✗"));

    map->resize(900, map->sizeHint().height());
    const QImage image = map->grab().toImage();
    // The ✗ arrows are drawn in the "bad" hue, not grey.
    EXPECT_GT(pixelsOf(image, toneColour(Tone::Bad, false)), 200);
}

TEST_F(DemoWindow, TheFunnelChartDrawsTheWindowsVolumes)
{
    DashboardPage *dashboard = page<DashboardPage>();
    FunnelChart *chart = dashboard->findChild<FunnelChart *>();
    ASSERT_NE(chart, nullptr);
    const Kpis &k = window.workspace().metrics().funnel.kpis;
    EXPECT_EQ(chart->counts(), (std::array<int, 4>{k.leads, k.mqls, k.sqls, k.wins}));
    EXPECT_GT(k.leads, k.mqls);
    chart->resize(400, chart->sizeHint().height());
    const QImage image = chart->grab().toImage();
    // Four bars in the neutral hue: a blank chart has none of it.
    EXPECT_GT(pixelsOf(image, toneColour(Tone::Neutral, false)), 4 * 100);
}

TEST_F(DemoWindow, NoTableHeaderIsCutAndNoTableScrollsSidewaysAt1280By800)
{
    window.resize(1088, 680); // the first window on a 1280×800 screen
    window.show();
    for (int i = 0; i < window.pageCount(); ++i) {
        window.showPage(i);
        QApplication::processEvents();
        for (FigureTable *table : window.page(i)->findChildren<FigureTable *>()) {
            if (!table->isVisibleTo(window.page(i)))
                continue;
            QHeaderView *header = table->horizontalHeader();
            const QFontMetrics metrics(header->font());
            for (int c = 0; c < header->count(); ++c) {
                if (header->isSectionHidden(c))
                    continue;
                const QString text =
                    table->model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
                for (const QString &line : text.split(QLatin1Char('\n')))
                    EXPECT_GE(header->sectionSize(c), metrics.horizontalAdvance(line))
                        << table->accessibleName().toStdString() << ": " << line.toStdString();
            }
            EXPECT_FALSE(table->horizontalScrollBar()->isVisible())
                << table->accessibleName().toStdString() << " scrolls sideways";
        }
    }
}
