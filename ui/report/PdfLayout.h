// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QChart;
class QPainter;
class QPdfWriter;
class QRectF;

namespace guardrail {

/**
 * Lays content out top to bottom on PDF pages, in points (1/72 inch): headings, paragraphs,
 * tiles, tables that break across pages with their header repeated, and charts drawn as
 * vectors. Every page gets a header and a footer with "page N of M": the content is laid out
 * twice, first to count the pages, then to draw them (see ReviewPack).
 */
class PdfLayout
{
public:
    struct Tile
    {
        QString label, value, change;
    };
    struct TableColumn
    {
        int modelColumn;
        double width; // share of the text width
    };

    /** painter == nullptr: measure only (the counting pass). */
    PdfLayout(QPainter *painter, QPdfWriter &writer, int totalPages);

    void setHeader(const QString &left, const QString &right) { m_header = {left, right}; }
    void begin();
    int pages() const { return m_page; }

    void title(const QString &text, const QString &subtitle);
    /** keepWithNext: the points of what follows that must fit on the heading's page. */
    void heading(const QString &text, double keepWithNext = 60);
    void paragraph(const QString &text, bool small = false);
    void tiles(const QList<Tile> &tiles);
    void table(const QAbstractItemModel &model, const QList<TableColumn> &columns,
               const std::function<bool(int row)> &rowFilter = {});
    /** Draws and then deletes the chart. */
    void chart(QChart *chart, double height);
    /** A drawing of its own (a bullet bar) across the text width, in points. */
    void drawing(double height, const std::function<void(QPainter &, const QRectF &)> &draw);
    void newPage();
    /** The pack's font at a size in points, without ligatures: its text stays searchable. */
    QFont font(double size, bool bold = false) const;

private:
    double textWidth() const { return m_right - m_left; }
    void ensureSpace(double height);
    void decoratePage();
    double textHeight(const QFont &font, const QString &text, double width) const;

    QPainter *m_painter;
    QPdfWriter &m_writer;
    int m_totalPages;
    int m_page = 0;
    double m_pageWidth = 0, m_pageHeight = 0;
    double m_left = 0, m_right = 0, m_top = 0, m_bottom = 0;
    double m_y = 0;
    QPair<QString, QString> m_header;
};

} // namespace guardrail
