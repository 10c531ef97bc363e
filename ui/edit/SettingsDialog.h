// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>

#include <functional>

class QLabel;
class QLineEdit;
class QTableView;

namespace guardrail {

class ChannelEditModel;
struct SettingField;
class SegmentSettingsModel;
class Workspace;

/**
 * Edit > Settings: the settings of DESIGN section 3, the channels (rename, pause, merge) and the
 * segments' own settings. Every change is validated, written at once and undoable (Ctrl+Z here
 * or in the main window); a refused value says why and keeps the stored one.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Workspace &workspace, QWidget *parent = nullptr);

    /** Sets one general key as if typed (tests). Returns the error, empty when stored. */
    QString setValue(const QString &key, const QString &value);
    ChannelEditModel *channels() const { return m_channels; }

private:
    QWidget *generalTab();
    QWidget *editorFor(const SettingField &field, const QString &key, QWidget *page);
    QWidget *channelsTab();
    QWidget *segmentsTab();
    void reload();
    void showProblem(const QString &message);

    Workspace &m_workspace;
    // Each general setting's "show this stored value" (signals blocked while it does).
    QHash<QString, std::function<void(const QString &)>> m_show;
    ChannelEditModel *m_channels;
    SegmentSettingsModel *m_segments;
    QTableView *m_channelView = nullptr;
    QLabel *m_problem;
};

} // namespace guardrail
