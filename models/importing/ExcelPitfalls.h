#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace sinergi {

// What Excel does to identity numbers and dates on the way to Sinergi, detected so the importer can
// reject a value with an explanation instead of storing a wrong NIK or swapping day and month.
// Pure functions; messages are translated.
class ExcelPitfalls
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::ExcelPitfalls)
public:
    // "3.20101E+15", "3,2E+15": a long number Excel displayed in scientific notation and saved that way.
    static bool isScientificNotation(const QString &text);
    // A non-empty message when an identifier (NIK, KK, phone) has lost digits: written in scientific
    // notation, or stored as a number with more than the 15 significant digits Excel keeps.
    static QString digitsLostReason(const QString &text, bool storedAsNumber = false);
    // "'3201..." typed to keep Excel from converting: the apostrophe is not part of the value.
    static QString stripLeadingApostrophe(const QString &text);

    enum class DateOrder { DayFirst, MonthFirst };
    // Accepts yyyy-mm-dd (also with a THH:mm[:ss] time, as the XLSX reader writes), dd/mm/yyyy,
    // dd-mm-yyyy, dd.mm.yyyy (or month first when asked) and, when allowSerial, an Excel serial number.
    static std::optional<QDate> parseDate(const QString &text, DateOrder order = DateOrder::DayFirst,
                                          bool allowSerial = true, bool date1904 = false);

    // Decides the order of a column of a/b/yyyy dates from all its values: a first part above 12 proves
    // day first, a second part above 12 proves month first.
    struct DateColumnAnalysis
    {
        enum class Verdict {
            NoSlashDates, // only ISO, serials or empty values: order does not matter
            DayFirst,
            MonthFirst,
            Ambiguous,    // every a/b value has both parts <= 12
            Inconsistent  // values prove both orders: the column mixes formats
        };
        Verdict verdict = Verdict::NoSlashDates;
        qsizetype dayFirstEvidence = 0;
        qsizetype monthFirstEvidence = 0;
        qsizetype ambiguous = 0;
        // The order to use: the proven one, else day first (the Indonesian convention).
        DateOrder order() const;
        // Empty when there is nothing to report.
        QString message(const QString &column) const;
    };
    static DateColumnAnalysis analyzeDateColumn(const QStringList &values);
};

} // namespace sinergi
