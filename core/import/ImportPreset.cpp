// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreset.h"

#include "ColumnMapping.h"

namespace guardrail {
namespace {

using Columns = QList<ImportPreset::Column>;

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QString::fromUtf8(n);
    return out;
}

ImportPreset::Column column(const char *target, std::initializer_list<const char *> sources,
                            bool required = false)
{
    return {QString::fromLatin1(target), names(sources), required};
}

// HubSpot: Deals > Export (the default view or "all properties"), or a pull through its API,
// whose columns are the property names. A deal is created when it becomes an opportunity, so
// the creation date fills created_at and sql_at. Deal Stage is a label ("Closed Won") or an
// id ("closedwon"); the flags Is Closed Won / Is Deal Closed? come first where exported.
ImportPreset hubspot()
{
    return {
        QStringLiteral("hubspot-deals"),
        ImportKind::Leads,
        QStringLiteral("HubSpot deals export or API pull (Record ID, Create Date, Close Date, "
                       "Deal Stage, Amount, Deal owner, Original Traffic Source)"),
        {column("lead_id", {"Record ID", "Deal ID", "hs_object_id"}),
         column("deal_name", {"Deal Name", "dealname"}),
         column("created_at", {"Create Date", "createdate"}, true),
         column("sql_at", {"Create Date", "createdate"}, true),
         column("closed_at", {"Close Date", "closedate"}),
         column("outcome", {"Deal Stage", "dealstage"}, true),
         column("is_won", {"Is Closed Won", "hs_is_closed_won"}),
         column("is_closed", {"Is Deal Closed?", "hs_is_closed"}),
         column("amount",
                {"Amount in company currency", "amount_in_home_currency", "Amount", "amount"}),
         column("currency", {"Currency", "deal_currency_code"}),
         column("owner", {"Deal owner", "hubspot_owner_id"}),
         column("lost_reason", {"Closed Lost Reason", "closed_lost_reason"}),
         column("channel", {"Original Traffic Source", "Original Source Type", "Original Source",
                            "hs_analytics_source"}),
         column("offer", {"Pipeline", "pipeline"})},
        {},
        false,
        names({"Appointment Scheduled", "Qualified To Buy", "Presentation Scheduled",
               "Decision Maker Bought-In", "Contract Sent", "appointmentscheduled",
               "qualifiedtobuy", "presentationscheduled", "decisionmakerboughtin", "contractsent"}),
        {},
        names({"Amount in company currency", "amount_in_home_currency"})};
}

// Salesforce: an opportunity report exported as CSV ("Details Only"), or the API / Data
// Loader export of Opportunity (Id, StageName, IsWon, ISO timestamps). Report dates follow the
// user's locale; the preset reads the US one (M/D/YYYY, "10:22 AM"), and ISO always. The
// report ends with footer lines (totals, "Confidential Information - Do Not Distribute",
// "Copyright (c) 2000-2024 salesforce.com, inc.").
ImportPreset salesforce()
{
    return {QStringLiteral("salesforce-opportunities"),
            ImportKind::Leads,
            QStringLiteral("Salesforce opportunity report or API export (Opportunity ID / Id, "
                           "Created Date, Close Date, Stage, Won, Closed, Amount, Lead Source)"),
            {column("lead_id", {"Opportunity ID", "Opportunity ID (18)", "Id"}),
             column("deal_name", {"Opportunity Name", "Name"}),
             column("created_at", {"Created Date", "Create Date", "CreatedDate"}, true),
             column("sql_at", {"Created Date", "Create Date", "CreatedDate"}, true),
             column("closed_at", {"Close Date", "CloseDate"}),
             column("outcome", {"Stage", "StageName"}, true), column("is_won", {"Won", "IsWon"}),
             column("is_closed", {"Closed", "IsClosed"}),
             column("amount", {"Amount (converted)", "Amount"}),
             column("currency", {"Opportunity Currency", "Amount Currency", "CurrencyIsoCode"}),
             column("owner", {"Opportunity Owner", "OwnerId"}),
             column("lost_reason", {"Loss Reason", "Loss_Reason__c"}),
             column("channel", {"Lead Source", "LeadSource", "Primary Campaign Source"}),
             column("segment", {"Segment", "Account Segment"})},
            QStringLiteral("M/D/YYYY"),
            true,
            names({"Prospecting", "Qualification", "Needs Analysis", "Value Proposition",
                   "Id. Decision Makers", "Perception Analysis", "Proposal/Price Quote",
                   "Negotiation/Review"}),
            {},
            names({"Amount (converted)"})};
}

// Pipedrive: Deals > Export (English). Status is won / lost / open / deleted; the won and lost
// times are the close dates, "Deal closed on" where they are missing.
ImportPreset pipedrive()
{
    return {QStringLiteral("pipedrive-deals"),
            ImportKind::Leads,
            QStringLiteral("Pipedrive deals export (Deal - ID, Deal - Deal created, Deal - Status, "
                           "Deal - Won time, Deal - Lost time, Deal - Value, Deal - Owner)"),
            {column("lead_id", {"Deal - ID"}), column("deal_name", {"Deal - Title"}),
             column("created_at", {"Deal - Deal created", "Deal - Creation date"}, true),
             column("sql_at", {"Deal - Deal created", "Deal - Creation date"}, true),
             column("outcome", {"Deal - Status"}, true), column("won_at", {"Deal - Won time"}),
             column("lost_at", {"Deal - Lost time"}),
             column("closed_at", {"Deal - Deal closed on"}),
             column("expected_close_at", {"Deal - Expected close date"}),
             column("amount", {"Deal - Value"}),
             column("currency", {"Deal - Currency of Value", "Deal - Currency of value"}),
             column("owner", {"Deal - Owner"}), column("lost_reason", {"Deal - Lost reason"}),
             column("channel", {"Deal - Source channel"})},
            {},
            false,
            {},
            QStringLiteral("deleted=skip"),
            {}};
}

// Zoho CRM: Deals export or backup. Its default stages run from Qualification to Closed Won /
// Closed Lost (and "Closed-Lost to Competition"); a renumbered custom pipeline needs
// --outcome-map.
ImportPreset zoho()
{
    return {QStringLiteral("zoho-deals"),
            ImportKind::Leads,
            QStringLiteral("Zoho CRM deals export (Record Id, Created Time, Closing Date, Stage, "
                           "Amount, Deal Owner, Lead Source, Reason For Loss)"),
            {column("lead_id", {"Record Id", "Deal Id"}), column("deal_name", {"Deal Name"}),
             column("created_at", {"Created Time"}, true), column("sql_at", {"Created Time"}, true),
             column("closed_at", {"Closing Date"}), column("outcome", {"Stage"}, true),
             column("amount", {"Amount"}), column("currency", {"Currency"}),
             column("owner", {"Deal Owner"}), column("lost_reason", {"Reason For Loss"}),
             column("channel", {"Lead Source"})},
            {},
            false,
            names({"Qualification", "Needs Analysis", "Value Proposition",
                   "Identify Decision Makers", "Proposal/Price Quote", "Negotiation/Review"}),
            {},
            {}};
}

QList<ImportPreset> makePresets()
{
    return {hubspot(), salesforce(), pipedrive(), zoho()};
}

} // namespace

void ImportPreset::applyTo(ColumnMapping &mapping) const
{
    for (const Column &c : columns)
        mapping.addCandidates(c.target, c.sources, c.required);
}

const QList<ImportPreset> &ImportPreset::all()
{
    static const QList<ImportPreset> presets = makePresets();
    return presets;
}

std::optional<ImportPreset> ImportPreset::find(const QString &name)
{
    for (const ImportPreset &p : all())
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

QStringList ImportPreset::names()
{
    QStringList names;
    for (const ImportPreset &p : all())
        names << p.name;
    return names;
}

bool ImportPreset::isFooterText(const QString &firstCell)
{
    const QString t = firstCell.trimmed().toLower();
    for (const char *prefix : {"total", "grand total", "subtotal", "confidential information",
                               "copyright", "generated by"})
        if (t.startsWith(QLatin1String(prefix)))
            return true;
    return false;
}

} // namespace guardrail
