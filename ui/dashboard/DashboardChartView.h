#pragma once

#include "reports/DashboardData.h"

#include <QChartView>
#include <QColor>

namespace sinergi {

// One chart of the dashboard: draws a DashboardBreakdown as bars (vertical or horizontal), lines or a pie,
// with the values on the bars, and reports which bucket was clicked. Categories that are zero in every
// series can be left out (long lists such as KBLI sections or kecamatan); the clicked bar still maps to
// the breakdown's own category index. The context menu saves the chart as a PNG.
class DashboardChartView : public QChartView
{
    Q_OBJECT
public:
    enum class Style { Bars, HorizontalBars, Lines, Pie };

    DashboardChartView(DashboardFigures::Chart chart, Style style, QWidget *parent = nullptr);

    DashboardFigures::Chart chartId() const { return m_chart; }
    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setSeriesColors(const QList<QColor> &colors) { m_colors = colors; }
    void setHideEmptyCategories(bool hide) { m_hideEmpty = hide; }
    // Category labels shown on the axis (the breakdown's labels when empty), e.g. kecamatan names.
    void setBreakdown(const DashboardBreakdown &breakdown, const QStringList &categoryLabels = {});

    // The breakdown's category index of the n-th category drawn.
    int categoryOfDrawn(int drawn) const { return m_drawn.value(drawn, -1); }
    int drawnCount() const { return int(m_drawn.size()); }
    // The label and value of a drawn bar as shown (tests check what the user sees).
    QString drawnLabel(int drawn) const { return m_labels.value(drawn); }

    bool savePng(const QString &path);
    // What the context menu's "Save chart as PNG…" does: asks for a file (FileDialogs), says when it fails.
    bool saveAsPng();
    // As a click on the bar/slice/point would (tests).
    void activate(int series, int drawnCategory);

signals:
    void bucketClicked(const DashboardFigures::Bucket &bucket);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void buildBars(const DashboardBreakdown &b);
    void buildLines(const DashboardBreakdown &b);
    void buildPie(const DashboardBreakdown &b);
    QColor colorOf(int series) const;

    DashboardFigures::Chart m_chart;
    Style m_style;
    QString m_title;
    QList<QColor> m_colors;
    bool m_hideEmpty = false;
    QList<int> m_drawn; // drawn category -> breakdown category
    QStringList m_labels;
};

} // namespace sinergi
