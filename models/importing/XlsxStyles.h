#pragma once

#include "importing/ImportLimits.h"
#include "importing/ZipArchive.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sinergi {

// Which cell styles show a number as a date or time. Excel has no date type: a date is a serial number
// whose style (cellXfs entry) points to a date number format, built-in or custom.
class XlsxStyles
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::XlsxStyles)
public:
    enum class Format { Number, Date, Time };

    static XlsxStyles load(const ZipArchive &zip, const QString &part, const ImportLimits &limits);

    // The format of cell style index s (the c/@s attribute); Number for unknown indexes.
    Format formatOfStyle(qsizetype styleIndex) const;

    static Format builtinFormat(int numFmtId);
    // Classifies a format code: date/time tokens (d m y h s) outside "quoted text", [brackets] (colours,
    // locales, elapsed time) and escaped \characters.
    static Format classify(const QString &formatCode);

private:
    QList<Format> m_xfs;
};

} // namespace sinergi
