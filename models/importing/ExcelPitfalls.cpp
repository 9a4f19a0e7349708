#include "ExcelPitfalls.h"

#include "importing/ExcelDate.h"
#include "importing/ExcelNumber.h"

#include <QRegularExpression>

#include <algorithm>

namespace sinergi {

namespace {

struct DayMonthYear
{
    int first = 0;
    int second = 0;
    int year = 0;
};

// a/b/yyyy with '/', '-' or '.' (the same separator twice); two-digit years are refused on purpose:
// "01/02/25" could be 1925 or 2025 for a birth date.
std::optional<DayMonthYear> splitDmy(const QString &text)
{
    static const QRegularExpression re(u"^(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})$"_qs);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return DayMonthYear{m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt()};
}

} // namespace

bool ExcelPitfalls::isScientificNotation(const QString &text)
{
    // Without an exponent it cannot match: spares the expression for nearly every identifier of an import.
    // (A plain loop: a case-insensitive contains() folds the case of every character first.)
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c == u'e' || c == u'E'; }))
        return false;
    static const QRegularExpression re(u"^[+-]?\\d+([.,]\\d+)?[eE][+-]?\\d+$"_qs);
    return re.match(text.trimmed()).hasMatch();
}

QString ExcelPitfalls::digitsLostReason(const QString &text, bool storedAsNumber)
{
    const QString t = text.trimmed();
    if (isScientificNotation(t)) {
        return tr("The value %1 is in scientific notation: Excel has cut the number and its last digits are "
                  "lost. Format the column as Text in Excel, enter the numbers again (or export them from the "
                  "source system as text) and import again.")
            .arg(t);
    }
    if (storedAsNumber) {
        qsizetype significant = 0;
        const QString plain = ExcelNumber::toPlain(t);
        for (const QChar c : plain.isEmpty() ? t : plain)
            significant += c.isDigit();
        // Trailing zeros of an integer may be what is left of lost digits, but they count: Excel keeps
        // 15 digits, so a 16-digit identifier stored as a number is wrong in its last digit.
        if (significant > 15) {
            return tr("The value %1 was stored by Excel as a number; Excel keeps only 15 digits, so the last "
                      "digits may be wrong. Format the column as Text in Excel, enter the numbers again and "
                      "import again.")
                .arg(plain.isEmpty() ? t : plain);
        }
    }
    return {};
}

QString ExcelPitfalls::stripLeadingApostrophe(const QString &text)
{
    return text.startsWith(u'\'') ? text.mid(1) : text;
}

std::optional<QDate> ExcelPitfalls::parseDate(const QString &text, DateOrder order, bool allowSerial, bool date1904)
{
    const QString t = stripLeadingApostrophe(text.trimmed());
    if (t.isEmpty())
        return std::nullopt;
    static const QRegularExpression iso(u"^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(T\\d{2}:\\d{2}(:\\d{2})?)?$"_qs);
    if (const QRegularExpressionMatch m = iso.match(t); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    if (const auto dmy = splitDmy(t)) {
        const int day = order == DateOrder::DayFirst ? dmy->first : dmy->second;
        const int month = order == DateOrder::DayFirst ? dmy->second : dmy->first;
        const QDate d(dmy->year, month, day);
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    if (allowSerial) {
        static const QRegularExpression serial(u"^\\d{1,7}(\\.\\d+)?$"_qs);
        if (serial.match(t).hasMatch()) {
            // Excel serials run from 1 (1900-01-01) to 2958465 (9999-12-31).
            const double v = t.toDouble();
            if (v < 1)
                return std::nullopt;
            if (const auto value = ExcelDate::fromSerial(v, date1904))
                return value->date;
        }
    }
    return std::nullopt;
}

ExcelPitfalls::DateOrder ExcelPitfalls::DateColumnAnalysis::order() const
{
    return verdict == Verdict::MonthFirst ? DateOrder::MonthFirst : DateOrder::DayFirst;
}

QString ExcelPitfalls::DateColumnAnalysis::message(const QString &column) const
{
    switch (verdict) {
    case Verdict::NoSlashDates:
    case Verdict::DayFirst:
    case Verdict::MonthFirst:
        return {};
    case Verdict::Ambiguous:
        return tr("Column %1: every date could be day/month or month/day (both parts are 12 or less). The "
                  "dates are read as day/month/year; check a few rows, or use yyyy-mm-dd in the file.")
            .arg(column);
    case Verdict::Inconsistent:
        return tr("Column %1 mixes day/month and month/day dates (%2 rows prove day first, %3 prove month "
                  "first). Correct the column so all dates use one format.")
            .arg(column)
            .arg(dayFirstEvidence)
            .arg(monthFirstEvidence);
    }
    return {};
}

ExcelPitfalls::DateColumnAnalysis ExcelPitfalls::analyzeDateColumn(const QStringList &values)
{
    DateColumnAnalysis a;
    for (const QString &v : values) {
        const auto dmy = splitDmy(stripLeadingApostrophe(v.trimmed()));
        if (!dmy)
            continue;
        if (dmy->first > 12 && dmy->second <= 12)
            ++a.dayFirstEvidence;
        else if (dmy->second > 12 && dmy->first <= 12)
            ++a.monthFirstEvidence;
        else if (dmy->first <= 12 && dmy->second <= 12)
            ++a.ambiguous;
    }
    using V = DateColumnAnalysis::Verdict;
    if (a.dayFirstEvidence > 0 && a.monthFirstEvidence > 0)
        a.verdict = V::Inconsistent;
    else if (a.dayFirstEvidence > 0)
        a.verdict = V::DayFirst;
    else if (a.monthFirstEvidence > 0)
        a.verdict = V::MonthFirst;
    else if (a.ambiguous > 0)
        a.verdict = V::Ambiguous;
    return a;
}

} // namespace sinergi
