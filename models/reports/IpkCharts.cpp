#include "IpkCharts.h"

#include <QLocale>

namespace sinergi {

namespace {

// The first table of the form set counting subject by the given dimension: form ids differ between
// regions, the subjects and dimensions do not.
const IpkTable *tableFor(const IpkReport &report, const IpkFormSet *forms, IpkSubject subject,
                         IpkDimension by)
{
    for (const IpkTable &t : report.tables)
        if (const IpkForm *f = forms->form(t.formId); t.subject == subject && f && f->by == by)
            return &t;
    return nullptr;
}

} // namespace

bool IpkChartData::isEmpty() const
{
    for (const IpkBarGroup &g : groups)
        for (qint64 v : g.values)
            if (v != 0)
                return false;
    return true;
}

namespace IpkCharts {

IpkChartData monthlyTrend(const IpkCalculator &calculator, const IpkFormSet &forms,
                          const ReportPeriod &period, int district)
{
    IpkChartData chart;
    chart.title = QCoreApplication::translate(
        "sinergi::IpkCharts", "Job seekers: registered, placed and removed in the last 12 months");
    chart.series = {QCoreApplication::translate("sinergi::IpkCharts", "Registered"),
                    QCoreApplication::translate("sinergi::IpkCharts", "Placed"),
                    QCoreApplication::translate("sinergi::IpkCharts", "Removed")};
    const QDate last = period.last();
    ReportPeriod month = ReportPeriod::month(last.year(), last.month());
    QList<ReportPeriod> months;
    for (int i = 0; i < 12; ++i) {
        months.prepend(month);
        month = month.previous();
    }
    for (const ReportPeriod &m : months) {
        const IpkReport r = calculator.compute(forms, m, district);
        const IpkTable *t = tableFor(r, &forms, IpkSubject::JobSeekers, IpkDimension::Age);
        IpkBarGroup g;
        g.label = QLocale().monthName(m.first().month(), QLocale::ShortFormat) + u' ' +
                  QString::number(m.first().year() % 100).rightJustified(2, u'0');
        for (const char *flow : {"registered", "placed", "removed"}) {
            const QString f = QString::fromLatin1(flow);
            g.values << (t ? t->total(f + u"_L"_qs) + t->total(f + u"_P"_qs) : 0);
        }
        chart.groups << g;
    }
    return chart;
}

IpkChartData seekersByEducation(const IpkReport &report, const IpkFormSet &forms, const QString &language)
{
    IpkChartData chart;
    chart.title = QCoreApplication::translate("sinergi::IpkCharts",
                                              "Job seekers registered at the end of the period by education");
    chart.series = {QCoreApplication::translate("sinergi::IpkCharts", "Men"),
                    QCoreApplication::translate("sinergi::IpkCharts", "Women")};
    const IpkTable *t = tableFor(report, &forms, IpkSubject::JobSeekers, IpkDimension::Education);
    if (!t)
        return chart;
    const int rows = int(t->rows.size()) - (t->otherRowUsed() ? 0 : 1);
    for (int r = 0; r < rows; ++r)
        chart.groups << IpkBarGroup{t->rows.at(r).text(language),
                                    {t->value(r, u"closing_L"_qs), t->value(r, u"closing_P"_qs)}};
    return chart;
}

IpkChartData placementsByKind(const IpkReport &report)
{
    IpkChartData chart;
    chart.title = QCoreApplication::translate("sinergi::IpkCharts", "Placements by type (AKL / AKAD / AKAN)");
    chart.series = {QCoreApplication::translate("sinergi::IpkCharts", "Men"),
                    QCoreApplication::translate("sinergi::IpkCharts", "Women")};
    const IpkTable *t = nullptr;
    for (const IpkTable &candidate : report.tables)
        if (candidate.subject == IpkSubject::Placements) {
            t = &candidate;
            break;
        }
    if (!t)
        return chart;
    for (const char *kind : {"AKL", "AKAD", "AKAN"}) {
        const QString k = QString::fromLatin1(kind);
        chart.groups << IpkBarGroup{k, {t->total(k + u"_L"_qs), t->total(k + u"_P"_qs)}};
    }
    return chart;
}

} // namespace IpkCharts

} // namespace sinergi
