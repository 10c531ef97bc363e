// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Decision.h"
#include "domain/Review.h"
#include "widgets/ScrollPage.h"

namespace guardrail {

class DecisionModel;
class FigureTable;
class ReviewCadenceModel;
class ReviewModel;
class Workspace;

/**
 * The review and decision logs that keep the dashboard alive: each review cadence (weekly,
 * monthly, quarterly, annual) with its last review and when the next is due, overdue ones
 * flagged; log a review (its headline figures are kept with it), log a decision (the figures that
 * justified it are captured at that moment), close a decision once reviewed. The brief's lever
 * is the latest open decision.
 */
class ReviewsPage : public ScrollPage
{
    Q_OBJECT
public:
    explicit ReviewsPage(Workspace &workspace, QWidget *parent = nullptr);

    /** Logs a review or a decision as one undoable edit, with the figures of this moment. */
    void logReview(Review review);
    void logDecision(Decision decision);
    void setClosed(int decisionRow, bool closed);
    DecisionModel *decisions() const { return m_decisions; }
    ReviewModel *reviews() const { return m_reviews; }
    ReviewCadenceModel *cadence() const { return m_cadence; }

private:
    void reviewDialog(const QString &kind);
    void refreshCadence();
    void decisionDialog();

    Workspace &m_workspace;
    ReviewModel *m_reviews;
    ReviewCadenceModel *m_cadence;
    DecisionModel *m_decisions;
    FigureTable *m_decisionTable;
};

} // namespace guardrail
