// SPDX-License-Identifier: GPL-3.0-or-later
// The user's mapping options (--map, --outcome-map, --map-values) on any text, resolved against
// any header: each is accepted or refused with a reason, and what is accepted points inside
// the header. The input's lines are the --map text, the header (comma-separated), the
// --outcome-map text and the --map-values text.
#include "FuzzCheck.h"
#include "import/ColumnMapping.h"
#include "import/OutcomeRule.h"
#include "import/ValueMap.h"

using namespace guardrail;
using guardrail::fuzz::require;

namespace {
QString part(const QStringList &lines, qsizetype i)
{
    return i < lines.size() ? lines.at(i) : QString();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList lines =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size))
            .split(QLatin1Char('\n'));
    const QStringList header = part(lines, 1).split(QLatin1Char(','));
    static const QStringList targets = {QStringLiteral("lead_id"), QStringLiteral("created_at"),
                                        QStringLiteral("channel"), QStringLiteral("amount"),
                                        QStringLiteral("stage")};

    ColumnMapping mapping;
    if (mapping.parse(part(lines, 0))) {
        mapping.addCandidates(QStringLiteral("owner"), header.mid(0, 2), false);
        mapping.resolve(header, targets + QStringList{QStringLiteral("owner")});
        for (const QString &target : targets) {
            const int column = mapping.column(target);
            require(column >= -1 && column < header.size(), "a mapped column is in the header",
                    target);
        }
        require(mapping.unusedColumns(header).size() <= header.size(), "unused are columns");
    } else {
        require(!mapping.error().isEmpty(), "--map refused with a reason");
    }

    OutcomeRule rule;
    if (rule.parseMap(part(lines, 2))) {
        rule.setDefaultOpenStages(header.mid(0, 1));
        for (const QString &label : header) {
            for (const std::optional<bool> flag :
                 {std::optional<bool>(), std::optional(true), std::optional(false)}) {
                const OutcomeRule::Decision d = rule.decide(label, flag, flag);
                require(!d.unrecognised || d.outcome == OutcomeRule::Outcome::Open,
                        "an unrecognised label is open", label);
            }
            OutcomeRule::labelSays(label);
        }
    } else {
        require(!rule.error().isEmpty(), "--outcome-map refused with a reason");
    }

    ValueMap values;
    if (values.add(part(lines, 3))) {
        for (const QString &column : ValueMap::columns())
            for (const QString &cell : header)
                values.apply(column, cell);
    } else {
        require(!values.error().isEmpty(), "--map-values refused with a reason");
    }
    return 0;
}
