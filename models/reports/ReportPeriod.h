#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace sinergi {

// A reporting period of the IPK tables: a calendar month, a semester (Jan–Jun, Jul–Dec) or a year.
// Written as "2025-03", "2025-S1" and "2025" on the command line and in settings.
class ReportPeriod
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::ReportPeriod)
public:
    enum class Kind { Month, Semester, Year };

    static ReportPeriod month(int year, int month);
    static ReportPeriod semester(int year, int half); // half 1 or 2
    static ReportPeriod year(int year);
    // Throws Error(InvalidArgument) with an Indonesian message for anything else.
    static ReportPeriod parse(const QString &text);

    Kind kind() const { return m_kind; }
    const QDate &first() const { return m_first; }
    const QDate &last() const { return m_last; }
    QString key() const;   // the parse() form
    QString label() const; // "March 2025", "Semester I 2025", "Year 2025" (translated: "Maret 2025", ...)
    // The period of the same kind right after / before this one.
    ReportPeriod next() const;
    ReportPeriod previous() const;
    // The months this period is made of, in order.
    QList<ReportPeriod> months() const;

    bool operator==(const ReportPeriod &other) const = default;

private:
    ReportPeriod(Kind kind, QDate first, QDate last) : m_kind(kind), m_first(first), m_last(last) {}

    Kind m_kind = Kind::Month;
    QDate m_first;
    QDate m_last;
};

} // namespace sinergi
