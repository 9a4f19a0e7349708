#pragma once

#include "reports/IpkCharts.h"

#include <QColor>
#include <QRectF>

class QPainter;

namespace sinergi {

// A grouped bar chart painted with QPainter: title, legend, one group of bars per label with the value on
// each bar, a light value grid. Plain and legible on paper (issue 5 asks for values on bars); used for the
// PDF report, where Qt Charts (Widgets) is not available. Coordinates are in points.
class BarChartPainter
{
public:
    // The colours of the series, in order: distinguishable in print and for the common colour blindness.
    static QColor seriesColor(int series, int seriesCount);
    static void paint(QPainter &painter, const QRectF &rect, const IpkChartData &chart,
                      const QString &emptyText);
};

} // namespace sinergi
