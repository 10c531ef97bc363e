// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace guardrail {

enum class SpendCategory { Marketing, SalesComp, BusinessDevelopment, OpsTooling, Onboarding };
inline constexpr int kSpendCategoryCount = 5;
QString spendCategoryName(SpendCategory c);
std::optional<SpendCategory> spendCategoryFromName(QStringView name);

enum class SharedCostAllocation { Customers, Leads, Equal };
enum class GuardrailBasis { Lifetime, FirstYear };

/** Per-segment settings; unset values fall back to the company defaults. */
struct SegmentSettings
{
    QString name;                      // as first written, for display
    std::optional<double> grossMargin; // fraction 0..1
    std::optional<double> paybackTargetMonths;
    std::optional<double> assumedArpa;        // currency per month
    std::optional<double> assumedAnnualChurn; // fraction 0..1
};

/**
 * The settings of DESIGN section 3 with their defaults. Stored as key/value text in the
 * `settings` table; `set()` validates one key at a time so the CLI, the dialog and the import
 * of a settings file all refuse the same bad values with the same message.
 */
struct Settings
{
    QString currency = QStringLiteral("USD");
    double guardrailPct = 0.18;
    GuardrailBasis guardrailBasis = GuardrailBasis::Lifetime;
    double nearLineFraction = 0.9;
    double ltvCacTarget = 3;
    int lifetimeCapMonths = 60;
    int unitWindowMonths = 12;
    int funnelWindowDays = 180;
    std::array<bool, kSpendCategoryCount> cacCategories{true, true, true, true, true};
    SharedCostAllocation sharedCostAllocation = SharedCostAllocation::Customers;
    double slaMqlResponseHours = 24;
    double defaultGrossMargin = 0.70;
    // Awareness->MQL, MQL->SQL, SQL->Customer, Customer->Retention.
    std::array<double, 4> stageTargets{0.10, 0.30, 0.35, 0.90};
    bool reportPaperLetter = false; // report_paper: a4 (default) or letter, for the PDF packs
    QString timezone = QStringLiteral("UTC"); // IANA id: the zone every date is read in
    std::optional<double> targetWinRate;      // target.win_rate: none unless set
    int fiscalYearStartMonth = 1;             // 1-12: quarters are 3-month blocks from it
    double slaComplianceTarget = 0.9;         // share of due MQLs answered in time
    double coverageTarget = 3;                // pipeline due / remaining target wanted (3 = 3x)
    QMap<QString, SegmentSettings> segments;  // key: segment name folded to lower case

    /** Sets one key; returns an error message (empty on success). */
    QString set(const QString &key, const QString &value);
    /** The value of a key as text; nullopt for an unknown key, empty for an unset segment key. */
    std::optional<QString> value(const QString &key) const;
    /** Every key with a value, in the order of DESIGN section 3. */
    QStringList keys() const;

    double grossMarginOf(const QString &segment) const;
    double paybackTargetOf(const QString &segment) const;
    std::optional<double> assumedArpaOf(const QString &segment) const;
    double assumedAnnualChurnOf(const QString &segment) const;

    static Settings fromMap(const QMap<QString, QString> &values, QStringList *errors = nullptr);
    QMap<QString, QString> toMap() const;
};

QStringList stageTargetKeys();

} // namespace guardrail
