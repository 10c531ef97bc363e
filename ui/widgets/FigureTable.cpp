// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureTable.h"

#include "Tone.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <algorithm>
#include <functional>

namespace guardrail {
namespace {

// A cell with a tone (kToneRole) gets its shade behind the text, from the view's own palette,
// so it follows light and dark and a model needs no palette.
class ToneDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant tone = index.data(kToneRole);
        if (tone.isValid() && tone.toInt() != int(Tone::Neutral))
            option->backgroundBrush =
                toneShade(Tone(tone.toInt()), option->palette.color(QPalette::Base));
    }
};

} // namespace

FigureTable::FigureTable(const QString &accessibleName, QWidget *parent)
    : QTableView(parent), m_proxy(new QSortFilterProxyModel(this))
{
    setAccessibleName(accessibleName);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    m_proxy->setSortRole(Qt::UserRole);
    setItemDelegate(new ToneDelegate(this));
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT rowActivated(m_proxy->mapToSource(index).row());
    });
}

void FigureTable::setFigureModel(QAbstractItemModel *model, const QList<int> &columns,
                                 bool sortable)
{
    m_proxy->setSourceModel(model);
    setModel(m_proxy);
    setSortingEnabled(sortable);
    if (sortable)
        sortByColumn(-1, Qt::AscendingOrder); // the model's own order first: breaches first
    QHeaderView *header = horizontalHeader();
    if (!columns.isEmpty()) {
        for (int c = 0; c < model->columnCount(); ++c)
            setColumnHidden(c, !columns.contains(c));
        for (int i = 0; i < columns.size(); ++i)
            header->moveSection(header->visualIndex(columns[i]), i);
    }
    connect(model, &QAbstractItemModel::modelReset, this, &FigureTable::fitHeight);
    fitHeight();
}

void FigureTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    if (model())
        fitHeight(); // rows that wrap, and the room for a sideways scroll bar, follow the width
}

void FigureTable::fitColumns()
{
    if (!model())
        return;
    resizeColumnsToContents();
    QHeaderView *header = horizontalHeader();
    QList<int> shown;
    int used = 0;
    for (int c = 0; c < header->count(); ++c)
        if (!header->isSectionHidden(c)) {
            shown << c;
            used += header->sectionSize(c);
        }
    const int spare = viewport()->width() - used;
    if (shown.isEmpty())
        return;
    if (spare < 0) {
        if (wordWrap())
            capWidestColumns(shown, used);
        return;
    }
    for (int c : std::as_const(shown))
        header->resizeSection(c, header->sectionSize(c) + spare / static_cast<int>(shown.size()));
}

void FigureTable::capWidestColumns(const QList<int> &shown, int used)
{
    // The one width c at which Σ min(width, c) fills the viewport: the widest columns wrap at c,
    // the narrow ones keep their width, and nothing scrolls sideways unless c would go under
    // the narrowest a column may wrap to.
    constexpr int kNarrowest = 120;
    QHeaderView *header = horizontalHeader();
    QList<int> widths;
    for (int c : shown)
        widths << header->sectionSize(c);
    std::sort(widths.begin(), widths.end(), std::greater<>());
    const int available = viewport()->width();
    int cap = widths.first();
    int total = used;
    for (qsizetype i = 0; i < widths.size(); ++i) {
        // Lowering the cap to the next width down takes (cap − next) from each of the i+1 widest.
        const int next = i + 1 < widths.size() ? widths[i + 1] : 0;
        const int wider = static_cast<int>(i) + 1;
        if (total - (cap - next) * wider <= available) {
            cap -= (total - available + wider - 1) / wider;
            break;
        }
        total -= (cap - next) * wider;
        cap = next;
    }
    cap = std::max(cap, kNarrowest);
    for (int c : shown)
        if (header->sectionSize(c) > cap)
            header->resizeSection(c, cap);
}

void FigureTable::fitHeight()
{
    fitColumns();
    resizeRowsToContents();
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth() + 2;
    int width = 0;
    for (int c = 0; c < horizontalHeader()->count(); ++c)
        width += horizontalHeader()->isSectionHidden(c) ? 0 : horizontalHeader()->sectionSize(c);
    if (width > viewport()->width()) // the last row must not hide under the scroll bar
        height += horizontalScrollBar()->sizeHint().height();
    for (int r = 0; r < model()->rowCount(); ++r)
        height += rowHeight(r);
    setFixedHeight(height);
}

} // namespace guardrail
