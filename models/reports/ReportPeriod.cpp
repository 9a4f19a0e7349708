#include "ReportPeriod.h"

#include "common/Error.h"

#include <QRegularExpression>

namespace sinergi {

namespace {
// Years outside this range are typing mistakes; records before 1970 or far in the future do not exist.
constexpr int kMinYear = 1970;
constexpr int kMaxYear = 2100;

void checkYear(int year)
{
    if (year < kMinYear || year > kMaxYear)
        throw Error(ErrorCode::InvalidArgument,
                    ReportPeriod::tr("Year %1 is outside %2–%3.").arg(year).arg(kMinYear).arg(kMaxYear));
}
} // namespace

ReportPeriod ReportPeriod::month(int year, int month)
{
    checkYear(year);
    if (month < 1 || month > 12)
        throw Error(ErrorCode::InvalidArgument, tr("There is no month %1; use 1–12.").arg(month));
    const QDate first(year, month, 1);
    return {Kind::Month, first, first.addMonths(1).addDays(-1)};
}

ReportPeriod ReportPeriod::semester(int year, int half)
{
    checkYear(year);
    if (half != 1 && half != 2)
        throw Error(ErrorCode::InvalidArgument, tr("There is no semester %1; use S1 or S2.").arg(half));
    const QDate first(year, half == 1 ? 1 : 7, 1);
    return {Kind::Semester, first, first.addMonths(6).addDays(-1)};
}

ReportPeriod ReportPeriod::year(int year)
{
    checkYear(year);
    return {Kind::Year, QDate(year, 1, 1), QDate(year, 12, 31)};
}

ReportPeriod ReportPeriod::parse(const QString &text)
{
    static const QRegularExpression monthRe(u"^(\\d{4})-(\\d{2})$"_qs);
    static const QRegularExpression semesterRe(u"^(\\d{4})-[Ss]([12])$"_qs);
    static const QRegularExpression yearRe(u"^(\\d{4})$"_qs);
    const QString t = text.trimmed();
    if (const auto m = monthRe.match(t); m.hasMatch())
        return month(m.captured(1).toInt(), m.captured(2).toInt());
    if (const auto m = semesterRe.match(t); m.hasMatch())
        return semester(m.captured(1).toInt(), m.captured(2).toInt());
    if (const auto m = yearRe.match(t); m.hasMatch())
        return year(m.captured(1).toInt());
    throw Error(ErrorCode::InvalidArgument,
                tr("Period “%1” not recognised. Write a month as 2025-03, a semester as 2025-S1 "
                   "or a year as 2025.")
                    .arg(text));
}

QString ReportPeriod::key() const
{
    switch (m_kind) {
    case Kind::Month:
        return m_first.toString(u"yyyy-MM"_qs);
    case Kind::Semester:
        return u"%1-S%2"_qs.arg(m_first.year()).arg(m_first.month() == 1 ? 1 : 2);
    case Kind::Year:
        return QString::number(m_first.year());
    }
    return {};
}

QString ReportPeriod::label() const
{
    static const char *const kMonths[] = {
        QT_TR_NOOP("January"),   QT_TR_NOOP("February"), QT_TR_NOOP("March"),    QT_TR_NOOP("April"),
        QT_TR_NOOP("May"),       QT_TR_NOOP("June"),     QT_TR_NOOP("July"),     QT_TR_NOOP("August"),
        QT_TR_NOOP("September"), QT_TR_NOOP("October"),  QT_TR_NOOP("November"), QT_TR_NOOP("December")};
    switch (m_kind) {
    case Kind::Month:
        return tr("%1 %2").arg(tr(kMonths[m_first.month() - 1])).arg(m_first.year());
    case Kind::Semester:
        return m_first.month() == 1 ? tr("Semester I %1").arg(m_first.year())
                                    : tr("Semester II %1").arg(m_first.year());
    case Kind::Year:
        return tr("Year %1").arg(m_first.year());
    }
    return {};
}

ReportPeriod ReportPeriod::next() const
{
    switch (m_kind) {
    case Kind::Month:
        return month(m_first.addMonths(1).year(), m_first.addMonths(1).month());
    case Kind::Semester: {
        const QDate n = m_first.addMonths(6);
        return semester(n.year(), n.month() == 1 ? 1 : 2);
    }
    case Kind::Year:
        return year(m_first.year() + 1);
    }
    return *this;
}

ReportPeriod ReportPeriod::previous() const
{
    switch (m_kind) {
    case Kind::Month:
        return month(m_first.addMonths(-1).year(), m_first.addMonths(-1).month());
    case Kind::Semester: {
        const QDate p = m_first.addMonths(-6);
        return semester(p.year(), p.month() == 1 ? 1 : 2);
    }
    case Kind::Year:
        return year(m_first.year() - 1);
    }
    return *this;
}

QList<ReportPeriod> ReportPeriod::months() const
{
    QList<ReportPeriod> out;
    for (QDate d = m_first; d <= m_last; d = d.addMonths(1))
        out << month(d.year(), d.month());
    return out;
}

} // namespace sinergi
