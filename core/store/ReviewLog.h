// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Review.h"

#include <QList>

namespace guardrail {

class Database;

/** Weekly CRO reviews and monthly meetings, newest first. */
class ReviewLog
{
public:
    explicit ReviewLog(const Database &db) : m_db(db) {}

    QList<Review> all() const;
    qint64 add(const Review &review);
    /** Removes a review (to undo logging it). */
    void remove(qint64 id);

private:
    const Database &m_db;
};

} // namespace guardrail
