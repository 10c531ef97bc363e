// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "Workspace.h"
#include "import/ImportWizard.h"
#include "pages/ChannelTablePage.h"
#include "pages/DashboardPage.h"
#include "pages/PlaceholderPage.h"
#include "report/ReviewPack.h"
#include "store/StoreError.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace guardrail {
namespace {
const QString kRecentKey = QStringLiteral("recentFiles");
constexpr int kMaxRecent = 8;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_workspace(new Workspace(this)), m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_fileLabel(new QLabel(this)),
      m_asOfLabel(new QLabel(this))
{
    setWindowTitle(tr("Guardrail"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    m_navigation->setFixedWidth(200);
    m_navigation->setAccessibleName(tr("Pages"));
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    const auto add = [this](const QString &name, QWidget *page) {
        m_navigation->addItem(name);
        m_pages->addWidget(page);
    };
    add(tr("Dashboard"), new DashboardPage(*m_workspace, this));
    add(tr("Journey"),
        new PlaceholderPage(
            tr("Customer journey map"),
            tr("The five stages (Awareness, MQL, SQL, Customer, Retention) with their "
               "touchpoints, conversion criteria, drop-off triggers, owner and target, "
               "beside the measured rate, with the constraint marked."),
            this));
    add(tr("CAC & Guardrail"), new ChannelTablePage(*m_workspace, this));
    add(tr("LTV"),
        new PlaceholderPage(
            tr("LTV and LTV/CAC"),
            tr("LTV, LTV/CAC with its band and payback against target, per segment and per "
               "channel, and the cohort retention table."),
            this));
    add(tr("SLA"), new PlaceholderPage(
                       tr("Sales and marketing SLA"),
                       tr("The qualified-lead definition, opportunity criteria, handoff steps and "
                          "response-time commitments, each beside its measured compliance."),
                       this));
    add(tr("Reviews & Decisions"),
        new PlaceholderPage(tr("Reviews and decisions"),
                            tr("The weekly CRO reviews and monthly meetings, and every allocation "
                               "decision with the "
                               "figures it was taken on and its review date."),
                            this));
    add(tr("Planner"),
        new PlaceholderPage(
            tr("Lead-volume planner"),
            tr("How many customers, SQLs, MQLs and leads a revenue goal needs after churn, "
               "per week, and the takt: one new lead every N working hours."),
            this));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    for (int i = 0; i < m_pages->count(); ++i) { // Ctrl+1 .. Ctrl+7 switch pages
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { showPage(i); });
        addAction(go);
    }
    m_navigation->setCurrentRow(0);

    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_asOfLabel);
    buildMenus();
    connect(m_workspace, &Workspace::changed, this, &MainWindow::updateStatus);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
}

MainWindow::~MainWindow() = default;

int MainWindow::pageCount() const
{
    return m_pages->count();
}

void MainWindow::showPage(int index)
{
    m_navigation->setCurrentRow(index);
}

QWidget *MainWindow::page(int index) const
{
    return m_pages->widget(index);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New…"), QKeySequence::New, this, &MainWindow::newFile);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDialog);
    m_recent = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(tr("&Import CSV…"), QKeySequence(tr("Ctrl+I")), this,
                    &MainWindow::importDialog);
    file->addAction(tr("Export &weekly CRO review (PDF)…"), QKeySequence(tr("Ctrl+P")), this,
                    [this] { exportPdf(ReviewPack::Kind::Weekly); });
    file->addAction(tr("Export &monthly pack (PDF)…"), QKeySequence(tr("Ctrl+Shift+P")), this,
                    [this] { exportPdf(ReviewPack::Kind::Monthly); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recent->clear();
    const QStringList files = QSettings().value(kRecentKey).toStringList();
    for (const QString &f : files)
        m_recent->addAction(QFileInfo(f).fileName() + QStringLiteral("  (") + f + QLatin1Char(')'),
                            this, [this, f] { openFile(f); });
    m_recent->setEnabled(!files.isEmpty());
}

void MainWindow::updateStatus()
{
    m_fileLabel->setText(tr("%1 — %2").arg(m_workspace->companyName(), m_workspace->path()));
    m_asOfLabel->setText(
        tr("As of %1").arg(QLocale().toString(m_workspace->asOf(), QLocale::ShortFormat)));
    setWindowTitle(tr("%1 — Guardrail").arg(m_workspace->companyName()));
}

bool MainWindow::openFile(const QString &path)
{
    try {
        m_workspace->open(path);
    } catch (const StoreError &e) {
        QMessageBox::warning(this, tr("Cannot open"), e.message());
        return false;
    }
    QSettings settings;
    QStringList files = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    settings.setValue(kRecentKey, files.mid(0, kMaxRecent));
    settings.setValue(QStringLiteral("lastFile"), absolute);
    updateRecentMenu();
    return true;
}

void MainWindow::newFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Guardrail file"), QString(),
                                                      tr("Guardrail files (*.guardrail *.db)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Guardrail file"), QString(),
                                     tr("Guardrail files (*.guardrail *.db);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::importDialog()
{
    if (!m_workspace->isOpen())
        return;
    ImportWizard wizard(*m_workspace->database(), this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    const ImportResult &r = wizard.result();
    m_workspace->recompute(); // once, after the whole file landed
    statusBar()->showMessage(tr("Imported: %1 inserted, %2 updated, %3 skipped")
                                 .arg(r.inserted)
                                 .arg(r.updated)
                                 .arg(r.skipped),
                             10000);
    if (r.skipped > 0)
        QMessageBox::information(this, tr("Import done"),
                                 tr("%1 inserted, %2 updated. %3 rows were skipped and written "
                                    "with their reasons to %4.")
                                     .arg(r.inserted)
                                     .arg(r.updated)
                                     .arg(r.skipped)
                                     .arg(r.rejectedFile));
}

void MainWindow::exportPdf(ReviewPack::Kind kind)
{
    if (!m_workspace->isOpen())
        return;
    const QString suggested =
        QStringLiteral("%1 %2 %3.pdf")
            .arg(m_workspace->companyName(),
                 kind == ReviewPack::Kind::Weekly ? tr("weekly review") : tr("monthly pack"),
                 m_workspace->asOf().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(
        this, ReviewPack::title(kind),
        QSettings().value(QStringLiteral("exportFolder")).toString() + QLatin1Char('/') + suggested,
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("exportFolder"), QFileInfo(path).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error =
        ReviewPack(m_workspace->snapshot(), m_workspace->settings(), m_workspace->metrics())
            .write(path, kind);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, ReviewPack::title(kind), error);
        return;
    }
    statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 10000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

} // namespace guardrail
