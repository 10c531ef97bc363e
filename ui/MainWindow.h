// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReviewPack.h"

#include <QMainWindow>
#include <QTimer>

class QDateEdit;
class QLabel;
class QProgressBar;
class QSpinBox;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace guardrail {

class Workspace;

/** The application window: a page navigation on the left, the pages, the File menu. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens a file; on failure shows the message and keeps what was open. */
    bool openFile(const QString &path, bool readOnly = false);
    Workspace &workspace() const { return *m_workspace; }
    int pageCount() const;
    void showPage(int index);
    QWidget *page(int index) const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void updateRecentMenu();
    void updateStatus();
    void showReadOnly();
    void buildWindowBar();
    void applyWindows();
    void newFile();
    void openDialog();
    void openTeamDialog();
    void importDialog();
    void importHistoryDialog();
    void settingsDialog();
    void exportPdf(ReviewPack::Kind kind);

    Workspace *m_workspace;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QMenu *m_recent = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QLabel *m_fileLabel;
    QLabel *m_asOfLabel;
    QProgressBar *m_busy;
    QDateEdit *m_asOfEdit = nullptr;
    QSpinBox *m_unitWindow = nullptr;
    QSpinBox *m_funnelWindow = nullptr;
    QLabel *m_windowsLabel = nullptr;
    QTimer m_windowTimer;
    bool m_syncingWindows = false;
};

} // namespace guardrail
