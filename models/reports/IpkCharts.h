#pragma once

#include "IpkCalculator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sinergi {

// The figures behind the charts of the IPK report (issue 5): the same numbers as the tables, taken from
// IpkReports, so a chart can never disagree with a table. Drawing them is left to the caller (the PDF
// paints them with QPainter, the dashboard uses Qt Charts).
struct IpkBarGroup
{
    QString label;
    QList<qint64> values; // one per series
};

struct IpkChartData
{
    QString title;
    QStringList series; // legend, one per value in each group
    QList<IpkBarGroup> groups;
    bool isEmpty() const;
};

namespace IpkCharts {
// Registered vs placed vs removed job seekers (form III/1-AK totals) for the 12 months ending with the
// last month of period, each computed by calculator exactly as the month's tables would be.
IpkChartData monthlyTrend(const IpkCalculator &calculator, const IpkFormSet &forms,
                          const ReportPeriod &period, int district);
// Job seekers still registered at the end of the period (closing stock of the education table) by
// education × sex; the "other / unknown" level only when used.
IpkChartData seekersByEducation(const IpkReport &report, const IpkFormSet &forms, const QString &language);
// Placements in the period (the placement table's totals) by AKL / AKAD / AKAN × sex.
IpkChartData placementsByKind(const IpkReport &report);
} // namespace IpkCharts

} // namespace sinergi
