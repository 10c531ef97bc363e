// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutBox.h"

#include "Version.h"
#include "store/Database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace guardrail {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AboutBox", text);
}

// "6.4.2", or "6.4.2 (built with 6.4.0)" when the library on this machine is another release.
QString versionWithBuild(const QString &runtime, const QString &build)
{
    return runtime == build
               ? runtime
               : tr("%1 (built with %2)").arg(runtime.toHtmlEscaped(), build.toHtmlEscaped());
}

} // namespace

QString AboutBox::text()
{
    return tr("<h3>Guardrail %1</h3>"
              "<p>Runs a company's revenue engine from data instead of war stories: the "
              "journey map, CAC against the guardrail, LTV and payback, the SLA, the number.</p>"
              "<p>Guardrail is free software under the GNU General Public License, version 3 "
              "or later (GPL-3.0-or-later).</p>"
              "<table cellspacing='0' cellpadding='2'>"
              "<tr><td>Qt&nbsp;</td><td>%2</td><td>&nbsp;GNU Lesser General Public "
              "License, version 3 (LGPL-3.0)</td></tr>"
              "<tr><td>Qt Charts&nbsp;</td><td>%2</td><td>&nbsp;GNU General Public License, "
              "version 3 (GPL-3.0)</td></tr>"
              "<tr><td>SQLite&nbsp;</td><td>%3</td><td>&nbsp;public domain</td></tr>"
              "</table>")
        .arg(QString::fromLatin1(kVersion),
             versionWithBuild(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
             versionWithBuild(Database::sqliteVersion(), Database::sqliteBuildVersion()));
}

void AboutBox::show(QWidget *parent)
{
    QMessageBox box(parent);
    box.setWindowTitle(tr("About Guardrail"));
    box.setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(text());
    QPushButton *aboutQt = box.addButton(tr("About &Qt"), QMessageBox::HelpRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == aboutQt)
        QMessageBox::aboutQt(parent);
}

} // namespace guardrail
