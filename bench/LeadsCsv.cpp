// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadsCsv.h"

#include <QDate>
#include <QFile>

namespace guardrail {

// The native layout with every stage column, as a CRM export turned into it would look.
void LeadsCsv::write(const QString &path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write("lead_id,created_at,channel,segment,mql_at,sql_at,won_at,lost_at,amount,"
            "first_response_at\n");
    quint64 state = 7;
    const auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(state >> 11) * 0x1.0p-53;
    };
    QByteArray line;
    for (int i = 0; i < rows; ++i) {
        const QDate created = QDate(2024, 1, 1).addDays(static_cast<qint64>(next() * 700));
        line = "L" + QByteArray::number(i) + ',' + created.toString(Qt::ISODate).toLatin1() +
               ",Channel " + QByteArray::number(i % 10) + ",Segment " + QByteArray::number(i % 5);
        if (next() < 0.1) {
            const QDate mql = created.addDays(2);
            line += ',' + mql.toString(Qt::ISODate).toLatin1();
            if (next() < 0.3) {
                const QDate closed = mql.addDays(35);
                line +=
                    ',' + mql.addDays(5).toString(Qt::ISODate).toLatin1() +
                    (next() < 0.4 ? QByteArray("," + closed.toString(Qt::ISODate).toLatin1() + ",")
                                  : QByteArray(",," + closed.toString(Qt::ISODate).toLatin1())) +
                    ",\"" + QByteArray::number(1000 + static_cast<int>(next() * 9000)) + ".50\"," +
                    mql.toString(Qt::ISODate).toLatin1() + "T14:00:00Z";
            } else {
                line += ",,,,,";
            }
        } else {
            line += ",,,,,,";
        }
        line += '\n';
        f.write(line);
    }
}

} // namespace guardrail
