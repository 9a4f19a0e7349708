#include "PdfTablePainter.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace sinergi {

namespace {

constexpr qreal kPad = 3;
const QColor kRule(0x80, 0x80, 0x80);
const QColor kHeaderFill(0xe8, 0xee, 0xf4);
const QColor kTotalFill(0xf2, 0xf2, 0xf2);

qreal wrappedHeight(const QFont &font, QPaintDevice *device, qreal width, const QString &text)
{
    const QFontMetricsF fm(font, device);
    return fm.boundingRect(QRectF(0, 0, width, 1000), Qt::TextWordWrap | Qt::AlignLeft, text).height();
}

} // namespace

PdfTablePainter::PdfTablePainter(const IpkTable &table, const QString &language, QPaintDevice *device,
                                 qreal width, const QString &rowHeading, const QString &totalLabel)
    : m_rowHeading(rowHeading)
{
    m_font.setPointSizeF(8);
    m_bold = m_font;
    m_bold.setBold(true);
    m_headerFont.setPointSizeF(7);
    m_headerFont.setBold(true);

    const int shown = int(table.rows.size()) - (table.otherRowUsed() ? 0 : 1);
    for (int r = 0; r < shown; ++r)
        m_rows << Row{table.rows.at(r).text(language), table.cells.at(r), false, 0};
    Row total{totalLabel, {}, true, 0};
    for (const QString &c : table.columns)
        total.values << table.total(c);
    m_rows << total;

    // Columns "registered_L", "registered_P": the label's last word is the sex, the rest the flow name,
    // which heads the consecutive columns sharing it.
    for (int c = 0; c < table.columns.size(); ++c) {
        const QString label = IpkColumns::label(table.columns.at(c));
        const qsizetype cut = label.lastIndexOf(u' ');
        const QString group = cut > 0 ? label.left(cut) : QString();
        m_subLabels << (cut > 0 ? label.mid(cut + 1) : label);
        if (!m_groups.isEmpty() && m_groups.last().label == group)
            ++m_groups.last().count;
        else
            m_groups << Group{group, c, 1};
    }

    // The label column takes what its longest label needs, within a third of the width; the numbers
    // share the rest, at most 64 pt each so a narrow table does not spread across the page.
    const QFontMetricsF fm(m_bold, device);
    qreal longest = fm.horizontalAdvance(rowHeading);
    for (const Row &row : m_rows)
        longest = std::max(longest, fm.horizontalAdvance(row.label));
    m_labelWidth = std::min(longest + 2 * kPad + 2, width / 3);
    const int numbers = std::max<int>(1, int(table.columns.size()));
    m_numberWidth = std::min<qreal>((width - m_labelWidth) / numbers, 64);

    for (const Group &g : m_groups)
        m_groupHeight = std::max(
            m_groupHeight, wrappedHeight(m_headerFont, device, g.count * m_numberWidth - 2 * kPad, g.label));
    m_groupHeight += 2 * kPad;
    for (const QString &s : m_subLabels)
        m_subHeight = std::max(m_subHeight, wrappedHeight(m_headerFont, device, m_numberWidth - 2 * kPad, s));
    m_subHeight += 2 * kPad;
    m_headerHeight = m_groupHeight + m_subHeight;
    for (Row &row : m_rows)
        row.height =
            std::max(wrappedHeight(row.total ? m_bold : m_font, device, m_labelWidth - 2 * kPad, row.label),
                     QFontMetricsF(m_font, device).height()) +
            2 * kPad;
}

int PdfTablePainter::rowsFitting(int from, qreal height) const
{
    qreal used = m_headerHeight;
    int n = 0;
    for (int r = from; r < m_rows.size(); ++r) {
        used += m_rows.at(r).height;
        if (used > height && n > 0)
            break;
        ++n;
    }
    return n;
}

qreal PdfTablePainter::paint(QPainter &p, QPointF topLeft, int from, int to) const
{
    p.save();
    const qreal left = topLeft.x();
    const qreal numbersLeft = left + m_labelWidth;
    const qreal right = numbersLeft + m_numberWidth * (m_subLabels.size());
    qreal y = topLeft.y();

    // Header: the row heading spans both header lines; each flow name spans its sex columns.
    p.fillRect(QRectF(left, y, right - left, m_headerHeight), kHeaderFill);
    p.setPen(QColor(0x20, 0x20, 0x20));
    p.setFont(m_headerFont);
    p.drawText(QRectF(left + kPad, y, m_labelWidth - 2 * kPad, m_headerHeight),
               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, m_rowHeading);
    for (const Group &g : m_groups) {
        const qreal gx = numbersLeft + g.first * m_numberWidth;
        if (g.label.isEmpty())
            continue;
        p.drawText(QRectF(gx + kPad, y + kPad, g.count * m_numberWidth - 2 * kPad, m_groupHeight - 2 * kPad),
                   Qt::AlignCenter | Qt::TextWordWrap, g.label);
    }
    for (int c = 0; c < m_subLabels.size(); ++c) {
        const qreal cx = numbersLeft + c * m_numberWidth;
        const bool grouped = std::any_of(m_groups.cbegin(), m_groups.cend(), [&](const Group &g) {
            return g.first <= c && c < g.first + g.count && !g.label.isEmpty();
        });
        const QRectF cell = grouped
                                ? QRectF(cx + kPad, y + m_groupHeight, m_numberWidth - 2 * kPad, m_subHeight)
                                : QRectF(cx + kPad, y, m_numberWidth - 2 * kPad, m_headerHeight);
        p.drawText(cell, Qt::AlignCenter | Qt::TextWordWrap, m_subLabels.at(c));
    }
    // Header rules.
    p.setPen(QPen(kRule, 0.5));
    p.drawLine(QPointF(numbersLeft, y + m_groupHeight), QPointF(right, y + m_groupHeight));
    for (const Group &g : m_groups) {
        const qreal gx = numbersLeft + g.first * m_numberWidth;
        p.drawLine(QPointF(gx, y), QPointF(gx, y + m_headerHeight));
        for (int c = 1; c < g.count; ++c) {
            const qreal cx = gx + c * m_numberWidth;
            p.drawLine(QPointF(cx, y + m_groupHeight), QPointF(cx, y + m_headerHeight));
        }
    }
    y += m_headerHeight;

    const QLocale locale;
    for (int r = from; r < to; ++r) {
        const Row &row = m_rows.at(r);
        if (row.total)
            p.fillRect(QRectF(left, y, right - left, row.height), kTotalFill);
        p.setFont(row.total ? m_bold : m_font);
        p.setPen(QColor(0x10, 0x10, 0x10));
        p.drawText(QRectF(left + kPad, y + kPad, m_labelWidth - 2 * kPad, row.height - 2 * kPad),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, row.label);
        for (int c = 0; c < row.values.size(); ++c)
            p.drawText(
                QRectF(numbersLeft + c * m_numberWidth + kPad, y, m_numberWidth - 2 * kPad, row.height),
                Qt::AlignRight | Qt::AlignVCenter, locale.toString(row.values.at(c)));
        p.setPen(QPen(kRule, row.total ? 1.0 : 0.5));
        p.drawLine(QPointF(left, y), QPointF(right, y));
        for (int c = 1; c < row.values.size(); ++c) {
            const qreal cx = numbersLeft + c * m_numberWidth;
            p.drawLine(QPointF(cx, y), QPointF(cx, y + row.height));
        }
        y += row.height;
    }
    // Outer frame and the label column's rule.
    p.setPen(QPen(QColor(0x40, 0x40, 0x40), 0.9));
    p.drawRect(QRectF(left, topLeft.y(), right - left, y - topLeft.y()));
    p.drawLine(QPointF(numbersLeft, topLeft.y()), QPointF(numbersLeft, y));
    p.drawLine(QPointF(left, topLeft.y() + m_headerHeight), QPointF(right, topLeft.y() + m_headerHeight));
    p.restore();
    return y - topLeft.y();
}

} // namespace sinergi
