#include "DashboardChartView.h"

#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "common/Translations.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QContextMenuEvent>
#include <QDir>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>

namespace sinergi {

namespace {

const QColor kLabelColor(0x1a, 0x20, 0x2c);

// Room above the tallest bar for its value label, round whole-number ticks.
void setValueRange(QValueAxis *axis, qint64 max)
{
    const double top = std::max<double>(4, double(max) * 1.15 + 1);
    axis->setRange(0, top);
    axis->setTickCount(5);
    axis->applyNiceNumbers();
    axis->setLabelFormat(u"%d"_qs);
    QFont f = axis->labelsFont();
    f.setPointSizeF(8);
    axis->setLabelsFont(f);
}

QBarCategoryAxis *categoryAxis(const QStringList &labels)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(labels.isEmpty() ? QStringList{QString()} : labels);
    // The labels are made short enough by the page; Qt's own truncation cut "15–19" to "15–…".
    axis->setTruncateLabels(false);
    QFont f = axis->labelsFont();
    f.setPointSizeF(8);
    axis->setLabelsFont(f);
    return axis;
}

} // namespace

DashboardChartView::DashboardChartView(DashboardFigures::Chart chart, Style style, QWidget *parent)
    : QChartView(parent), m_chart(chart), m_style(style)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(250);
    QChart *c = this->chart();
    c->setAnimationOptions(QChart::NoAnimation); // a filter change repaints at once
    c->setMargins(QMargins(2, 2, 2, 2));
    c->setBackgroundRoundness(4);
    QFont titleFont = c->titleFont();
    titleFont.setPointSizeF(10);
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    QFont legendFont = c->legend()->font();
    legendFont.setPointSizeF(8);
    c->legend()->setFont(legendFont);
    c->legend()->setAlignment(Qt::AlignBottom);
    setToolTip(tr("Click a bar or slice to open its records; right-click to save the chart as PNG."));
}

void DashboardChartView::setTitle(const QString &title)
{
    m_title = title;
    chart()->setTitle(title);
}

QColor DashboardChartView::colorOf(int series) const
{
    static const QList<QColor> fallback{QColor(0x2b, 0x6c, 0xb0), QColor(0xd5, 0x3f, 0x8c),
                                        QColor(0x2f, 0x85, 0x5a), QColor(0xc0, 0x56, 0x21)};
    return m_colors.value(series, fallback.value(series % fallback.size()));
}

void DashboardChartView::setBreakdown(const DashboardBreakdown &b, const QStringList &categoryLabels)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    const QString language = Translations::current();
    m_drawn.clear();
    m_labels.clear();
    for (int k = 0; k < b.categories.size(); ++k) {
        const bool empty = b.categoryTotal(k) == 0;
        // The last category is the "other / unknown" rest: shown only when something falls in it (except
        // on a time axis, where it is a month like the others).
        const bool emptyRest = empty && k == b.categories.size() - 1 && m_style != Style::Lines;
        if ((m_hideEmpty || m_style == Style::Pie || emptyRest) && empty)
            continue;
        m_drawn << k;
        m_labels << (k < categoryLabels.size() ? categoryLabels.at(k) : b.categories.at(k).text(language));
    }
    // Horizontal bars are drawn bottom-up: reversed, the first row is at the top, where one reads first.
    if (m_style == Style::HorizontalBars) {
        std::reverse(m_drawn.begin(), m_drawn.end());
        std::reverse(m_labels.begin(), m_labels.end());
    }
    switch (m_style) {
    case Style::Bars:
    case Style::HorizontalBars:
        buildBars(b);
        break;
    case Style::Lines:
        buildLines(b);
        break;
    case Style::Pie:
        buildPie(b);
        break;
    }
}

void DashboardChartView::buildBars(const DashboardBreakdown &b)
{
    QChart *c = chart();
    const bool horizontal = m_style == Style::HorizontalBars;
    QAbstractBarSeries *series =
        horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries) : new QBarSeries;
    const QString language = Translations::current();
    qint64 max = 0;
    // Horizontal groups stack their sets bottom-up too: added last to first, the first series (men) is on
    // top, and the legend is reversed back to read in the series' order.
    for (int i = 0; i < b.series.size(); ++i) {
        const int s = horizontal ? int(b.series.size()) - 1 - i : i;
        auto *set = new QBarSet(b.series.at(s).text(language));
        set->setColor(colorOf(s));
        set->setBorderColor(colorOf(s).darker(115));
        set->setLabelColor(kLabelColor);
        QFont f = set->labelFont();
        f.setPointSizeF(8);
        set->setLabelFont(f);
        for (int k : std::as_const(m_drawn)) {
            *set << double(b.value(s, k));
            max = std::max(max, b.value(s, k));
        }
        connect(set, &QBarSet::clicked, this, [this, s](int index) {
            if (index >= 0 && index < m_drawn.size())
                emit bucketClicked({m_chart, s, m_drawn.at(index)});
        });
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value"_qs);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setBarWidth(b.series.size() > 1 ? 0.8 : 0.6);
    c->addSeries(series);
    auto *categories = categoryAxis(m_labels);
    auto *values = new QValueAxis;
    setValueRange(values, max);
    c->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    c->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    c->legend()->setVisible(b.series.size() > 1);
    c->legend()->setReverseMarkers(horizontal);
}

void DashboardChartView::buildLines(const DashboardBreakdown &b)
{
    QChart *c = chart();
    const QString language = Translations::current();
    auto *categories = categoryAxis(m_labels);
    auto *values = new QValueAxis;
    c->addAxis(categories, Qt::AlignBottom);
    c->addAxis(values, Qt::AlignLeft);
    qint64 max = 0;
    for (int s = 0; s < b.series.size(); ++s) {
        auto *line = new QLineSeries;
        line->setName(b.series.at(s).text(language));
        QPen pen(colorOf(s));
        pen.setWidthF(2.2);
        line->setPen(pen);
        line->setPointsVisible(true);
        line->setPointLabelsVisible(true);
        line->setPointLabelsFormat(u"@yPoint"_qs);
        line->setPointLabelsColor(colorOf(s).darker(130));
        line->setPointLabelsClipping(false);
        QFont lf = line->pointLabelsFont();
        lf.setPointSizeF(7.5);
        line->setPointLabelsFont(lf);
        for (int i = 0; i < m_drawn.size(); ++i) {
            line->append(i, double(b.value(s, m_drawn.at(i))));
            max = std::max(max, b.value(s, m_drawn.at(i)));
        }
        connect(line, &QLineSeries::clicked, this, [this, s](const QPointF &p) {
            const int index = qRound(p.x());
            if (index >= 0 && index < m_drawn.size())
                emit bucketClicked({m_chart, s, m_drawn.at(index)});
        });
        c->addSeries(line);
        line->attachAxis(categories);
        line->attachAxis(values);
    }
    setValueRange(values, max);
    c->legend()->setVisible(true);
}

void DashboardChartView::buildPie(const DashboardBreakdown &b)
{
    QChart *c = chart();
    auto *pie = new QPieSeries;
    pie->setPieSize(0.78);
    const qint64 total = b.total();
    for (int i = 0; i < m_drawn.size(); ++i) {
        const int k = m_drawn.at(i);
        const qint64 v = b.value(0, k);
        const double share = total ? double(v) / double(total) : 0.0;
        auto *slice = pie->append(tr("%1: %2 (%3%)").arg(m_labels.at(i)).arg(v).arg(100.0 * share, 0, 'f', 0),
                                  double(v));
        slice->setColor(colorOf(k));
        slice->setBorderColor(Qt::white);
        // The legend names every slice; a label on the slice itself only where it has room.
        slice->setLabelVisible(share >= 0.12);
        slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
        slice->setLabelColor(Qt::white);
        QFont f = slice->labelFont();
        f.setPointSizeF(8);
        f.setBold(true);
        slice->setLabelFont(f);
        m_labels[i] = slice->label();
        connect(slice, &QPieSlice::clicked, this, [this, k] { emit bucketClicked({m_chart, 0, k}); });
    }
    c->addSeries(pie);
    c->legend()->setVisible(true);
    c->legend()->setAlignment(Qt::AlignRight);
}

void DashboardChartView::activate(int series, int drawnCategory)
{
    if (drawnCategory >= 0 && drawnCategory < m_drawn.size())
        emit bucketClicked({m_chart, series, m_drawn.at(drawnCategory)});
}

bool DashboardChartView::savePng(const QString &path)
{
    return grab().save(path, "PNG");
}

void DashboardChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *save = menu.addAction(tr("Save chart as PNG…"));
    if (menu.exec(event->globalPos()) == save)
        saveAsPng();
}

bool DashboardChartView::saveAsPng()
{
    QString path = FileDialogs::instance().saveFileName(
        this, tr("Save chart"), QDir::home().filePath(m_title + u".png"_qs), tr("PNG image (*.png)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(u".png"_qs, Qt::CaseInsensitive))
        path += u".png"_qs;
    if (savePng(path))
        return true;
    MessageBoxes::instance().warning(
        this, tr("Save chart"),
        tr("The chart could not be saved to %1.").arg(QDir::toNativeSeparators(path)));
    return false;
}

} // namespace sinergi
