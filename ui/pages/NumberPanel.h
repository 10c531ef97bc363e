// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Settings.h"
#include "metrics/Metrics.h"
#include "metrics/Snapshot.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace guardrail {

class BulletBar;
class FigureFormat;
class FigureTable;
class KpiTile;
class SlippedDealsModel;

/**
 * The dashboard's "the number": this fiscal quarter's bookings against target, the forecast,
 * the coverage of the rest against coverage_target, the month below it, and the slipped deals
 * the owners have to re-date (the first few, all on request).
 */
class NumberPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kShortList = 10;

    explicit NumberPanel(QWidget *parent = nullptr);
    void setFigures(const Snapshot &snapshot, const Settings &settings, const Metrics &metrics,
                    const QHash<qint64, QString> &crmIds);

    /** Booked, target, forecast, coverage: the quarter's. */
    const QList<KpiTile *> &tiles() const { return m_tiles; }
    BulletBar *quarterBar() const { return m_quarterBar; }
    SlippedDealsModel *slippedDeals() const { return m_slipped; }
    QString hygieneText() const;

private:
    QGridLayout *barRows();
    void addSlippedList(QVBoxLayout *layout);
    void setTiles(const PeriodForecast &q, const Settings &settings, const FigureFormat &f);
    void setMonth(const PeriodForecast &m, const FigureFormat &f);
    void showSlipped(bool all);

    QLabel *m_period;
    QList<KpiTile *> m_tiles;
    BulletBar *m_quarterBar, *m_coverageBar, *m_monthBar;
    QLabel *m_monthName, *m_month, *m_hygiene, *m_slippedHeading;
    QPushButton *m_showAll;
    SlippedDealsModel *m_slipped;
    FigureTable *m_slippedTable;
};

} // namespace guardrail
