// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfLayout.h"

#include "Tone.h"

#include "charts/Charts.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>

namespace guardrail {
namespace {
constexpr double kMargin = 48;   // points
constexpr double kBand = 22;     // header and footer bands
constexpr double kGap = 10;      // between blocks
constexpr double kCellPad = 3.5; // inside a table cell
const QColor kInk(0x1A, 0x1A, 0x1A), kMuted(0x60, 0x60, 0x60), kRule(0xC8, 0xC8, 0xC8),
    kStripe(0xF3, 0xF5, 0xF7), kTileFill(0xF3, 0xF5, 0xF7);
} // namespace

PdfLayout::PdfLayout(QPainter *painter, QPdfWriter &writer, int totalPages)
    : m_painter(painter), m_writer(writer), m_totalPages(totalPages)
{
    const QSizeF size = writer.pageLayout().fullRectPoints().size();
    m_pageWidth = size.width();
    m_pageHeight = size.height();
    m_left = kMargin;
    m_right = m_pageWidth - kMargin;
    m_top = kMargin + kBand;
    m_bottom = m_pageHeight - kMargin - kBand;
}

QFont PdfLayout::font(double size, bool bold) const
{
    // Pixel sizes in the painter's point units: the painter is scaled to points, so a "pixel"
    // here is one point on paper whatever the writer's resolution.
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(qRound(size));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    // Any letter spacing turns ligatures off (Qt 6.4 has no font-feature API): "profit" must
    // reach pdftotext and a viewer's search as p-r-o-f-i-t, not with an "ﬁ" glyph.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return f;
}

double PdfLayout::textHeight(const QFont &f, const QString &text, double width) const
{
    // Measured a little narrower than drawn: the PDF's own layout may wrap a hair later than
    // the screen metrics, never earlier, so the measured box always holds the drawn text.
    const QFontMetricsF metrics(f);
    return metrics.boundingRect(QRectF(0, 0, width - 4, 1e6), Qt::TextWordWrap, text).height();
}

void PdfLayout::begin()
{
    m_page = 1;
    m_y = m_top;
    if (m_painter) {
        // Work in points: device pixels per point = resolution / 72.
        const double scale = m_writer.resolution() / 72.0;
        m_painter->scale(scale, scale);
        decoratePage();
    }
}

void PdfLayout::newPage()
{
    ++m_page;
    m_y = m_top;
    if (m_painter) {
        m_writer.newPage();
        decoratePage();
    }
}

void PdfLayout::ensureSpace(double height)
{
    if (m_y + height > m_bottom && m_y > m_top)
        newPage();
}

void PdfLayout::decoratePage()
{
    QPainter &p = *m_painter;
    p.setPen(kMuted);
    p.setFont(font(8));
    const QRectF head(m_left, kMargin, textWidth(), kBand - 6);
    p.drawText(head, Qt::AlignLeft | Qt::AlignVCenter, m_header.first);
    p.drawText(head, Qt::AlignRight | Qt::AlignVCenter, m_header.second);
    p.setPen(QPen(kRule, 0.6));
    p.drawLine(QPointF(m_left, kMargin + kBand - 4), QPointF(m_right, kMargin + kBand - 4));
    p.drawLine(QPointF(m_left, m_bottom + 4), QPointF(m_right, m_bottom + 4));
    p.setPen(kMuted);
    const QRectF foot(m_left, m_bottom + 6, textWidth(), kBand - 6);
    p.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, m_header.first);
    p.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
               QObject::tr("Page %1 of %2").arg(m_page).arg(m_totalPages));
}

void PdfLayout::title(const QString &text, const QString &subtitle)
{
    const QFont big = font(20, true), small = font(10);
    const double h1 = textHeight(big, text, textWidth());
    const double h2 = textHeight(small, subtitle, textWidth());
    ensureSpace(h1 + h2 + 8);
    if (m_painter) {
        m_painter->setPen(kInk);
        m_painter->setFont(big);
        m_painter->drawText(QRectF(m_left, m_y, textWidth(), h1), Qt::TextWordWrap, text);
        m_painter->setPen(kMuted);
        m_painter->setFont(small);
        m_painter->drawText(QRectF(m_left, m_y + h1 + 2, textWidth(), h2), Qt::TextWordWrap,
                            subtitle);
    }
    m_y += h1 + h2 + 8 + kGap;
}

void PdfLayout::heading(const QString &text, double keepWithNext)
{
    const QFont f = font(12.5, true);
    const double h = textHeight(f, text, textWidth());
    ensureSpace(h + keepWithNext); // never a heading alone at the foot of a page
    if (m_painter) {
        m_painter->setPen(kInk);
        m_painter->setFont(f);
        m_painter->drawText(QRectF(m_left, m_y, textWidth(), h), Qt::TextWordWrap, text);
    }
    m_y += h + 4;
}

void PdfLayout::paragraph(const QString &text, bool small)
{
    const QFont f = font(small ? 8.5 : 10);
    const double h = textHeight(f, text, textWidth());
    ensureSpace(std::min(h, 80.0));
    if (m_y + h > m_bottom) { // a paragraph longer than the rest of the page: split it by lines
        const QStringList lines = text.split(QLatin1Char('\n'));
        if (lines.size() > 1) {
            for (const QString &line : lines)
                paragraph(line, small);
            return;
        }
        newPage();
    }
    if (m_painter) {
        m_painter->setPen(kInk);
        m_painter->setFont(f);
        m_painter->drawText(QRectF(m_left, m_y, textWidth(), h), Qt::TextWordWrap, text);
    }
    m_y += h + kGap * 0.6;
}

void PdfLayout::tiles(const QList<Tile> &tiles)
{
    if (tiles.isEmpty())
        return;
    const int perRow = std::min<int>(static_cast<int>(tiles.size()), 5);
    const double gap = 6, w = (textWidth() - gap * (perRow - 1)) / perRow, h = 54;
    for (int i = 0; i < tiles.size(); ++i) {
        const int col = i % perRow;
        if (col == 0) {
            if (i > 0)
                m_y += h + gap;
            ensureSpace(h);
        }
        if (!m_painter)
            continue;
        QPainter &p = *m_painter;
        const QRectF r(m_left + col * (w + gap), m_y, w, h);
        p.setPen(Qt::NoPen);
        p.setBrush(kTileFill);
        p.drawRoundedRect(r, 3, 3);
        p.setBrush(Qt::NoBrush);
        p.setPen(kMuted);
        p.setFont(font(7.5));
        p.drawText(r.adjusted(6, 4, -6, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   tiles[i].label);
        p.setPen(kInk);
        p.setFont(font(12, true));
        p.drawText(r.adjusted(6, 17, -6, 0), Qt::AlignLeft | Qt::AlignTop, tiles[i].value);
        p.setPen(kMuted);
        p.setFont(font(7.5));
        p.drawText(r.adjusted(6, 37, -6, 0), Qt::AlignLeft | Qt::AlignTop, tiles[i].change);
    }
    m_y += h + kGap;
}

void PdfLayout::table(const QAbstractItemModel &model, const QList<TableColumn> &columns,
                      const std::function<bool(int)> &rowFilter)
{
    const QFont headFont = font(7.5, true), cellFont = font(8);
    double share = 0;
    for (const TableColumn &c : columns)
        share += c.width;
    QList<double> widths;
    for (const TableColumn &c : columns)
        widths << textWidth() * c.width / share;
    const auto rowHeight = [&](const QFont &f, const QStringList &cells) {
        double h = 0;
        for (int i = 0; i < cells.size(); ++i)
            h = std::max(h, textHeight(f, cells[i], widths[i] - 2 * kCellPad));
        return h + 2 * kCellPad;
    };
    QStringList head;
    for (const TableColumn &c : columns)
        head << model.headerData(c.modelColumn, Qt::Horizontal, Qt::DisplayRole).toString();
    const double headHeight = rowHeight(headFont, head);
    const auto drawRow = [&](const QFont &f, const QStringList &cells, const QList<int> &aligns,
                             double h, bool header, bool stripe, const QList<Tone> &tones) {
        if (!m_painter)
            return;
        QPainter &p = *m_painter;
        if (header || stripe) {
            p.fillRect(QRectF(m_left, m_y, textWidth(), h), header ? kTileFill : kStripe);
        }
        // A cell's tone as on screen, mixed into the page's white: the word beside it stays.
        double cellX = m_left;
        for (int i = 0; i < tones.size(); ++i) {
            if (tones[i] != Tone::Neutral)
                p.fillRect(QRectF(cellX, m_y, widths[i], h), toneShade(tones[i], Qt::white));
            cellX += widths[i];
        }
        p.setFont(f);
        p.setPen(kInk);
        double x = m_left;
        for (int i = 0; i < cells.size(); ++i) {
            p.drawText(
                QRectF(x + kCellPad, m_y + kCellPad, widths[i] - 2 * kCellPad, h - 2 * kCellPad),
                aligns[i] | Qt::TextWordWrap, cells[i]);
            x += widths[i];
        }
        if (header) {
            p.setPen(QPen(kRule, 0.8));
            p.drawLine(QPointF(m_left, m_y + h), QPointF(m_right, m_y + h));
        }
    };
    QList<int> headAligns;
    for (const TableColumn &c : columns) {
        const QVariant a = model.data(model.index(0, c.modelColumn), Qt::TextAlignmentRole);
        headAligns << ((a.isValid() ? (a.toInt() & int(Qt::AlignHorizontal_Mask))
                                    : int(Qt::AlignLeft)) |
                       int(Qt::AlignBottom));
    }
    ensureSpace(headHeight * 2 + 14);
    drawRow(headFont, head, headAligns, headHeight, true, false, {});
    m_y += headHeight;
    int shown = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (rowFilter && !rowFilter(row))
            continue;
        QStringList cells;
        QList<int> aligns;
        QList<Tone> tones;
        for (const TableColumn &c : columns) {
            const QModelIndex index = model.index(row, c.modelColumn);
            cells << model.data(index, Qt::DisplayRole).toString();
            const QVariant tone = model.data(index, kToneRole);
            tones << (tone.isValid() ? Tone(tone.toInt()) : Tone::Neutral);
            const QVariant a = model.data(index, Qt::TextAlignmentRole);
            aligns << int(a.isValid() ? a.toInt() : int(Qt::AlignLeft | Qt::AlignVCenter));
        }
        const double h = rowHeight(cellFont, cells);
        if (m_y + h > m_bottom) { // break: the header again at the top of the next page
            newPage();
            drawRow(headFont, head, headAligns, headHeight, true, false, {});
            m_y += headHeight;
        }
        drawRow(cellFont, cells, aligns, h, false, shown % 2 == 1, tones);
        m_y += h;
        ++shown;
    }
    m_y += kGap;
}

void PdfLayout::chart(QChart *chart, double height)
{
    ensureSpace(height);
    if (m_painter) {
        // Lay the chart out at screen size (96 px per inch) and draw its scene into the target
        // rectangle in points: the painter records vectors, so it stays sharp at any zoom.
        QGraphicsScene scene;
        Charts::useSearchableText(chart);
        scene.addItem(chart);
        const QSizeF screen(textWidth() * 96 / 72, height * 96 / 72);
        chart->resize(screen);
        scene.setSceneRect(QRectF(QPointF(0, 0), screen));
        scene.render(m_painter, QRectF(m_left, m_y, textWidth(), height), scene.sceneRect());
        scene.removeItem(chart);
    }
    delete chart;
    m_y += height + kGap;
}

void PdfLayout::drawing(double height, const std::function<void(QPainter &, const QRectF &)> &draw)
{
    ensureSpace(height);
    if (m_painter) {
        m_painter->save();
        draw(*m_painter, QRectF(m_left, m_y, textWidth(), height));
        m_painter->restore();
    }
    m_y += height + kGap;
}

} // namespace guardrail
