#include "BarChartPainter.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace sinergi {

namespace {

// 1, 2, 5 × 10^k: a grid step giving about `lines` lines up to maxValue.
qint64 niceStep(qint64 maxValue, int lines)
{
    const double raw = std::max(1.0, double(maxValue) / lines);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= raw)
            return std::max<qint64>(1, qint64(m * magnitude));
    return qint64(10 * magnitude);
}

} // namespace

QColor BarChartPainter::seriesColor(int series, int seriesCount)
{
    if (seriesCount == 2) // men / women
        return series == 0 ? QColor(0x2f, 0x6f, 0xb0) : QColor(0xd0, 0x58, 0x7e);
    static const QColor palette[] = {QColor(0x2f, 0x6f, 0xb0), QColor(0x3a, 0x9a, 0x5b),
                                     QColor(0xe0, 0x8a, 0x1e), QColor(0x8e, 0x5b, 0xa8)};
    return palette[series % 4];
}

void BarChartPainter::paint(QPainter &p, const QRectF &rect, const IpkChartData &chart,
                            const QString &emptyText)
{
    p.save();
    QFont titleFont = p.font();
    titleFont.setPointSizeF(11);
    titleFont.setBold(true);
    QFont small = p.font();
    small.setPointSizeF(7.5);
    QFont value = p.font();
    value.setPointSizeF(6.5);

    // Title.
    p.setFont(titleFont);
    p.setPen(QColor(0x20, 0x20, 0x20));
    const QFontMetricsF tm(titleFont, p.device());
    const QRectF titleRect(rect.left(), rect.top(), rect.width(), tm.height() * 2.2);
    const QRectF titleUsed =
        p.boundingRect(titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, chart.title);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, chart.title);
    qreal y = titleUsed.bottom() + 6;

    // Legend: a swatch and the series name, on one line.
    p.setFont(small);
    const QFontMetricsF sm(small, p.device());
    qreal x = rect.left();
    for (int s = 0; s < chart.series.size(); ++s) {
        p.fillRect(QRectF(x, y + 1, 9, 9), seriesColor(s, int(chart.series.size())));
        p.setPen(QColor(0x30, 0x30, 0x30));
        p.drawText(QPointF(x + 13, y + sm.ascent()), chart.series.at(s));
        x += 13 + sm.horizontalAdvance(chart.series.at(s)) + 18;
    }
    y += sm.height() + 8;

    if (chart.isEmpty()) {
        p.setPen(QColor(0x70, 0x70, 0x70));
        p.drawText(QRectF(rect.left(), y, rect.width(), rect.bottom() - y), Qt::AlignCenter, emptyText);
        p.restore();
        return;
    }

    // Category labels below the plot take up to three wrapped lines.
    const qreal labelHeight = sm.height() * 3 + 4;
    qint64 maxValue = 1;
    for (const IpkBarGroup &g : chart.groups)
        for (qint64 v : g.values)
            maxValue = std::max(maxValue, v);
    const qint64 step = niceStep(maxValue, 5);
    const qint64 top = ((maxValue + step - 1) / step) * step + (maxValue % step == 0 ? step : 0);
    const QLocale locale;
    const qreal axisWidth = sm.horizontalAdvance(locale.toString(top)) + 6;
    const int groups = int(chart.groups.size());
    const int series = int(chart.series.size());
    const qreal slot = (rect.width() - axisWidth) / std::max(1, groups);
    const qreal barWidth = slot * 0.72 / std::max(1, series);
    // Values go above their bars; when the widest does not fit a bar's width it is written upwards,
    // so neighbouring values never run into each other. The plot leaves room for them at the top.
    const QFontMetricsF vm(value, p.device());
    qreal widestValue = 0;
    for (const IpkBarGroup &g : chart.groups)
        for (qint64 v : g.values)
            widestValue = std::max(widestValue, vm.horizontalAdvance(locale.toString(v)));
    const bool upright = widestValue > barWidth * 0.92 + 1;
    const qreal valueRoom = (upright ? widestValue : vm.height()) + 3;
    const QRectF plot(rect.left() + axisWidth, y + valueRoom, rect.width() - axisWidth,
                      rect.bottom() - labelHeight - y - valueRoom);

    // Grid and axis values.
    for (qint64 v = 0; v <= top; v += step) {
        const qreal gy = plot.bottom() - plot.height() * double(v) / double(top);
        p.setPen(QPen(v == 0 ? QColor(0x60, 0x60, 0x60) : QColor(0xdd, 0xdd, 0xdd), v == 0 ? 0.8 : 0.5));
        p.drawLine(QPointF(plot.left(), gy), QPointF(plot.right(), gy));
        p.setPen(QColor(0x60, 0x60, 0x60));
        p.drawText(QRectF(rect.left(), gy - sm.height() / 2, axisWidth - 4, sm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, locale.toString(v));
    }

    // Bars: each group takes an equal slot, 72% of it bars, the rest space between groups.
    for (int g = 0; g < groups; ++g) {
        const IpkBarGroup &group = chart.groups.at(g);
        const qreal gx = plot.left() + slot * g + slot * 0.14;
        for (int s = 0; s < series && s < group.values.size(); ++s) {
            const qint64 v = group.values.at(s);
            const qreal h = plot.height() * double(v) / double(top);
            const QRectF bar(gx + barWidth * s, plot.bottom() - h, barWidth * 0.92, h);
            p.fillRect(bar, seriesColor(s, series));
            p.setFont(value);
            p.setPen(QColor(0x20, 0x20, 0x20));
            const QString text = locale.toString(v);
            if (upright) {
                p.save();
                p.translate(bar.center().x() + vm.ascent() / 2 - vm.descent() / 2, bar.top() - 2);
                p.rotate(-90);
                p.drawText(QPointF(0, 0), text);
                p.restore();
            } else {
                p.drawText(
                    QRectF(bar.center().x() - slot / 2, bar.top() - vm.height() - 1, slot, vm.height()),
                    Qt::AlignHCenter | Qt::AlignBottom, text);
            }
        }
        p.setFont(small);
        p.setPen(QColor(0x30, 0x30, 0x30));
        p.drawText(QRectF(plot.left() + slot * g, plot.bottom() + 3, slot, labelHeight - 3),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, group.label);
    }
    p.restore();
}

} // namespace sinergi
