// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutBox.h"
#include "Appearance.h"
#include "FigureFormat.h"
#include "Workspace.h"
#include "edit/ConflictDialog.h"
#include "edit/SettingsDialog.h"
#include "import/ImportHistoryDialog.h"
#include "import/ImportWizard.h"
#include "pages/DashboardPage.h"
#include "pages/GuardrailPage.h"
#include "pages/JourneyPage.h"
#include "pages/LtvPage.h"
#include "pages/PlannerPage.h"
#include "pages/ReviewsPage.h"
#include "pages/SlaPage.h"
#include "pages/WinLossPage.h"
#include "report/ReviewPack.h"
#include "store/Backend.h"
#include "store/EditConflict.h"
#include "store/StoreError.h"

#include <QAction>

#include <algorithm>

#include <QApplication>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace guardrail {
namespace {
const QString kRecentKey = QStringLiteral("recentFiles");
constexpr int kMaxRecent = 8;

// The table a server's notification names, as the status bar says it.
QString tableInWords(const QString &table)
{
    if (table.startsWith(u"journey"))
        return MainWindow::tr("the journey map");
    if (table.startsWith(u"sla"))
        return MainWindow::tr("the SLA");
    if (table == u"decisions")
        return MainWindow::tr("the decision log");
    if (table == u"reviews")
        return MainWindow::tr("the review log");
    if (table == u"settings" || table == u"company")
        return MainWindow::tr("the settings");
    if (table == u"channels" || table == u"segments")
        return MainWindow::tr("the channels");
    if (table == u"targets")
        return MainWindow::tr("the targets");
    return MainWindow::tr("the data (an import)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_workspace(new Workspace(this)), m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_fileLabel(new QLabel(this)),
      m_asOfLabel(new QLabel(this)), m_busy(new QProgressBar(this))
{
    setWindowTitle(tr("Guardrail"));
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    // Amber: a state to know about, not an error.
    m_readOnlyBanner = new QLabel(central);
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setMargin(8);
    m_readOnlyBanner->setStyleSheet(
        QStringLiteral("background: #fff3cd; color: #664d03; border-bottom: 1px solid #e6c200;"));
    m_readOnlyBanner->setAccessibleName(tr("Read-only file"));
    m_readOnlyBanner->hide();
    outer->addWidget(m_readOnlyBanner);
    auto *layout = new QHBoxLayout;
    outer->addLayout(layout, 1);
    m_navigation->setAccessibleName(tr("Pages"));
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    const auto add = [this](const QString &name, QWidget *page) {
        m_navigation->addItem(name);
        m_pages->addWidget(page);
    };
    add(tr("Dashboard"), new DashboardPage(*m_workspace, this));
    add(tr("Journey"), new JourneyPage(*m_workspace, this));
    add(tr("CAC & Guardrail"), new GuardrailPage(*m_workspace, this));
    add(tr("Win/Loss"), new WinLossPage(*m_workspace, this));
    add(tr("LTV"), new LtvPage(*m_workspace, this));
    add(tr("SLA"), new SlaPage(*m_workspace, this));
    add(tr("Reviews & Decisions"), new ReviewsPage(*m_workspace, this));
    add(tr("Planner"), new PlannerPage(*m_workspace, this));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
    // As wide as the longest page name and no wider: the tables get the width.
    int names = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        names = std::max(
            names, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(names + 4 * m_navigation->frameWidth() + 16);

    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_asOfLabel);
    m_busy->setRange(0, 0); // a busy indicator, not a percentage
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Computing the figures"));
    m_busy->hide();
    buildMenus();
    buildWindowBar();
    connect(m_workspace, &Workspace::changed, this, &MainWindow::updateStatus);
    connect(m_workspace, &Workspace::busyChanged, m_busy, &QWidget::setVisible);
    connect(m_workspace, &Workspace::failed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Guardrail"), message);
    });
    connect(
        m_workspace, &Workspace::changedElsewhere, this,
        [this](const QString &who, const QString &table) {
            statusBar()->showMessage(
                who.isEmpty()
                    ? tr("Another program changed the file: the figures are reloaded")
                    : tr("%1 changed %2: the figures are reloaded").arg(who, tableInWords(table)),
                10000);
        });
    m_workspace->setConflictChooser([this](const QString &edit, const EditConflict &c) {
        return ConflictDialog::keepMine(this, edit, c);
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First run: most of the screen, centred (a dashboard wants room), remembered after.
        const QRect screen = QGuiApplication::primaryScreen()
                                 ? QGuiApplication::primaryScreen()->availableGeometry()
                                 : QRect(0, 0, 1280, 800);
        const QSize size(std::max(960, screen.width() * 85 / 100),
                         std::max(640, screen.height() * 85 / 100));
        resize(size.boundedTo(screen.size()));
        move(screen.center() - rect().center());
    }
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
    file->addAction(tr("Open &Team Database…"), QKeySequence(tr("Ctrl+Shift+O")), this,
                    &MainWindow::openTeamDialog);
    m_recent = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import CSV…"), QKeySequence(tr("Ctrl+I")), this,
                                     &MainWindow::importDialog);
    file->addAction(tr("Import &history…"), QKeySequence(tr("Ctrl+Shift+I")), this,
                    &MainWindow::importHistoryDialog);
    file->addAction(tr("Export &weekly CRO review (PDF)…"), QKeySequence(tr("Ctrl+P")), this,
                    [this] { exportPdf(ReviewPack::Kind::Weekly); });
    file->addAction(tr("Export &monthly pack (PDF)…"), QKeySequence(tr("Ctrl+Shift+P")), this,
                    [this] { exportPdf(ReviewPack::Kind::Monthly); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_workspace->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_workspace->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_settingsAction =
        edit->addAction(tr("&Settings, channels and segments…"), QKeySequence(tr("Ctrl+,")), this,
                        &MainWindow::settingsDialog);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_navigation->count(); ++i)
        view->addAction(
            m_navigation->item(i)->text().replace(QLatin1Char('&'),
                                                  QStringLiteral("&&")), // not a mnemonic
            QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), this,
            [this, i] { showPage(i); });
    view->addSeparator();
    QAction *dark = view->addAction(tr("&Dark palette"));
    dark->setCheckable(true);
    dark->setChecked(Appearance::isDark());
    connect(dark, &QAction::toggled, this, [](bool on) { Appearance::setDark(on); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Guardrail"), this, [this] { AboutBox::show(this); })
        ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
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

void MainWindow::buildWindowBar()
{
    // The as-of date and the two windows: edits wait 400 ms for the next keystroke, then
    // recompute once.
    QToolBar *bar = addToolBar(tr("Figures"));
    bar->setObjectName(QStringLiteral("figuresBar"));
    bar->setMovable(false);
    m_asOfEdit = new QDateEdit(bar);
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setDisplayFormat(FigureFormat::dateFieldFormat());
    m_asOfEdit->setAccessibleName(tr("As-of date"));
    m_asOfEdit->setToolTip(tr("Every figure is computed as of this date (Ctrl+D)"));
    m_unitWindow = new QSpinBox(bar);
    m_unitWindow->setRange(1, 36);
    m_unitWindow->setSuffix(tr(" months"));
    m_unitWindow->setAccessibleName(tr("Unit window"));
    m_unitWindow->setToolTip(tr("The window for CAC, LTV, churn, NRR and the guardrail"));
    m_funnelWindow = new QSpinBox(bar);
    m_funnelWindow->setRange(7, 730);
    m_funnelWindow->setSuffix(tr(" days"));
    m_funnelWindow->setAccessibleName(tr("Funnel window"));
    m_funnelWindow->setToolTip(tr("The window for conversions, win rate, deal size, time to close "
                                  "and the SLA"));
    m_windowsLabel = new QLabel(bar);
    auto *asOfLabel = new QLabel(tr(" &As of "), bar);
    asOfLabel->setBuddy(m_asOfEdit);
    bar->addWidget(asOfLabel);
    bar->addWidget(m_asOfEdit);
    bar->addWidget(new QLabel(tr("   Unit window "), bar));
    bar->addWidget(m_unitWindow);
    bar->addWidget(new QLabel(tr("   Funnel window "), bar));
    bar->addWidget(m_funnelWindow);
    bar->addWidget(new QLabel(QStringLiteral("   "), bar));
    bar->addWidget(m_windowsLabel);
    auto *focusDate = new QAction(this);
    focusDate->setShortcut(QKeySequence(tr("Ctrl+D")));
    connect(focusDate, &QAction::triggered, m_asOfEdit, [this] { m_asOfEdit->setFocus(); });
    addAction(focusDate);

    m_windowTimer.setSingleShot(true);
    m_windowTimer.setInterval(400);
    connect(&m_windowTimer, &QTimer::timeout, this, &MainWindow::applyWindows);
    for (QAbstractSpinBox *box : {static_cast<QAbstractSpinBox *>(m_asOfEdit),
                                  static_cast<QAbstractSpinBox *>(m_unitWindow),
                                  static_cast<QAbstractSpinBox *>(m_funnelWindow)})
        connect(box, &QAbstractSpinBox::editingFinished, this, &MainWindow::applyWindows);
    connect(m_asOfEdit, &QDateEdit::dateChanged, this, [this] { m_windowTimer.start(); });
    connect(m_unitWindow, &QSpinBox::valueChanged, this, [this] { m_windowTimer.start(); });
    connect(m_funnelWindow, &QSpinBox::valueChanged, this, [this] { m_windowTimer.start(); });
}

void MainWindow::applyWindows()
{
    m_windowTimer.stop();
    if (!m_workspace->isOpen() || m_syncingWindows)
        return;
    bool settingsChanged = false;
    const auto store = [&](const QString &key, int value) {
        const QString error = m_workspace->setSetting(key, QString::number(value));
        if (!error.isEmpty())
            statusBar()->showMessage(tr("The window was not changed: %1").arg(error), 10000);
        settingsChanged = true; // the reload shows what is stored either way
    };
    if (m_unitWindow->value() != m_workspace->settings().unitWindowMonths)
        store(QStringLiteral("unit_window_months"), m_unitWindow->value());
    if (m_funnelWindow->value() != m_workspace->settings().funnelWindowDays)
        store(QStringLiteral("funnel_window_days"), m_funnelWindow->value());
    if (m_asOfEdit->date() != m_workspace->asOf())
        m_workspace->setAsOf(m_asOfEdit->date()); // recomputes, settings included
    else if (settingsChanged)
        m_workspace->recompute();
}

void MainWindow::updateStatus()
{
    m_syncingWindows = true;
    m_asOfEdit->setDate(m_workspace->asOf());
    m_unitWindow->setValue(m_workspace->settings().unitWindowMonths);
    m_funnelWindow->setValue(m_workspace->settings().funnelWindowDays);
    m_syncingWindows = false;
    m_windowTimer.stop();
    const Metrics &m = m_workspace->metrics();
    const FigureFormat f(m.currency);
    m_windowsLabel->setText(
        tr("Unit window %1 · Funnel window %2")
            .arg(f.monthRange(m.unitStart, m.unitEnd),
                 f.dateRange(iso::toDate(m.funnelStart), iso::toDate(m.funnelEnd))));
    m_fileLabel->setText(tr("%1 — %2").arg(m_workspace->companyName(), m_workspace->path()));
    showReadOnly();
    m_asOfLabel->setText(tr("As of %1").arg(f.date(m_workspace->asOf())));
    setWindowTitle(tr("%1 — Guardrail").arg(m_workspace->companyName()));
}

void MainWindow::showReadOnly()
{
    const bool readOnly = m_workspace->isReadOnly();
    const QString path = m_workspace->path().toHtmlEscaped();
    m_readOnlyBanner->setText(
        Backend::isServerUrl(m_workspace->path())
            ? tr("<b>Read-only.</b> %1 is open read-only (your database role may only read, or "
                 "it was opened with --read-only). The figures and PDF packs work; imports and "
                 "edits are off. To change it, ask the database's owner for a role that may "
                 "edit, and open it again as that role.")
                  .arg(path)
            : tr("<b>Read-only.</b> %1 is open read-only (the file or its folder cannot be "
                 "written, or it was opened with --read-only). The figures and PDF packs work; "
                 "imports and edits are off. To change it, make the file writable or copy it to "
                 "a folder you can write, and open it again.")
                  .arg(path));
    m_readOnlyBanner->setVisible(readOnly);
    m_importAction->setEnabled(!readOnly);
    m_settingsAction->setEnabled(!readOnly);
}

bool MainWindow::openFile(const QString &path, bool readOnly)
{
    try {
        m_workspace->open(path, readOnly);
    } catch (const StoreError &e) {
        QMessageBox::warning(this, tr("Cannot open"), e.message());
        return false;
    }
    showReadOnly();
    QSettings settings;
    QStringList files = settings.value(kRecentKey).toStringList();
    const QString absolute = Backend::isServerUrl(path) ? path : QFileInfo(path).absoluteFilePath();
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

// A team's PostgreSQL database: its URL, never a password (libpq reads PGPASSWORD or
// ~/.pgpass). Connecting may take a moment, so the cursor says so.
void MainWindow::openTeamDialog()
{
    QSettings settings;
    const QString last = settings.value(QStringLiteral("teamDatabase")).toString();
    bool ok = false;
    const QString url =
        QInputDialog::getText(this, tr("Open Team Database"),
                              tr("The team's PostgreSQL database:\n"
                                 "postgresql://USER@HOST:PORT/DBNAME\n\n"
                                 "The password is read from PGPASSWORD or ~/.pgpass, never typed "
                                 "here. A role that may only read opens it read-only."),
                              QLineEdit::Normal,
                              last.isEmpty() ? QStringLiteral("postgresql://") : last, &ok)
            .trimmed();
    if (!ok || url.isEmpty())
        return;
    if (!Backend::isServerUrl(url)) {
        QMessageBox::warning(this, tr("Cannot open"),
                             tr("%1 is not a database URL: write "
                                "postgresql://USER@HOST:PORT/DBNAME")
                                 .arg(url));
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool opened = openFile(url);
    QGuiApplication::restoreOverrideCursor();
    if (opened)
        settings.setValue(QStringLiteral("teamDatabase"), url);
}

void MainWindow::openDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Guardrail file"), QString(),
                                     tr("Guardrail files (*.guardrail *.db);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::importHistoryDialog()
{
    if (!m_workspace->isOpen())
        return;
    m_workspace->attempt(tr("Reading the import history"), [this] {
        ImportHistoryDialog dialog(*m_workspace->database(), m_workspace->isReadOnly(), this);
        dialog.exec();
        if (dialog.changed())
            m_workspace->recompute();
    });
}

void MainWindow::importDialog()
{
    if (!m_workspace->isOpen())
        return;
    ImportResult r;
    const bool accepted = m_workspace->attempt(tr("Importing"), [this, &r] {
        ImportWizard wizard(*m_workspace->database(), this);
        if (wizard.exec() == QDialog::Accepted)
            r = wizard.result();
        else
            r.cancelled = true;
    });
    if (!accepted || r.cancelled)
        return;
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

void MainWindow::settingsDialog()
{
    if (!m_workspace->isOpen())
        return;
    m_workspace->waitUntilIdle();
    SettingsDialog dialog(*m_workspace, this);
    dialog.exec();
}

void MainWindow::exportPdf(ReviewPack::Kind kind)
{
    if (!m_workspace->isOpen())
        return;
    m_workspace->waitUntilIdle(); // the pack shows the figures of the date on screen
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
    const QString error = ReviewPack(m_workspace->snapshot(), m_workspace->settings(),
                                     m_workspace->metrics(), m_workspace->crmIds())
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
