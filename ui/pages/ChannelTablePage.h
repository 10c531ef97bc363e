// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace guardrail {

class Workspace;

/** CAC against the guardrail, per channel, breaches first. */
class ChannelTablePage : public QWidget
{
    Q_OBJECT
public:
    explicit ChannelTablePage(Workspace &workspace, QWidget *parent = nullptr);

private:
    void refresh();

    Workspace &m_workspace;
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace guardrail
