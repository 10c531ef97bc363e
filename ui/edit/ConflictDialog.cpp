// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictDialog.h"

#include "FigureFormat.h"
#include "store/EditConflict.h"

#include <QDateTime>
#include <QMessageBox>
#include <QPushButton>

namespace guardrail {

bool ConflictDialog::keepMine(QWidget *parent, const QString &edit, const EditConflict &conflict)
{
    const QDateTime at = QDateTime::fromString(conflict.changedAt(), Qt::ISODate).toLocalTime();
    const QString who =
        conflict.changedBy().isEmpty() ? QObject::tr("Someone else") : conflict.changedBy();
    QMessageBox box(QMessageBox::Warning, QObject::tr("Changed by %1").arg(who),
                    QObject::tr("%1 saved this while you were editing it, at %2.")
                        .arg(who, at.isValid() ? FigureFormat(QString()).dateTime(at)
                                               : QObject::tr("an unknown time")),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(QObject::tr("It holds now: %1\n\nYour edit: %2\n\nKeep yours (saved "
                                       "over theirs), or keep theirs (your edit is dropped)?")
                               .arg(conflict.theirs(), edit));
    QPushButton *mine = box.addButton(QObject::tr("Keep &mine"), QMessageBox::AcceptRole);
    QPushButton *theirs = box.addButton(QObject::tr("Keep &theirs"), QMessageBox::RejectRole);
    box.setDefaultButton(theirs); // the safe choice: nothing of theirs is overwritten by Enter
    box.setEscapeButton(theirs);
    box.exec();
    return box.clickedButton() == mine;
}

} // namespace guardrail
