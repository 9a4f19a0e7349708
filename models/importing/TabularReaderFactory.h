#pragma once

#include "importing/ImportLimits.h"
#include "importing/TabularReader.h"
#include "importing/TextEncoding.h"

#include <QCoreApplication>

#include <memory>

namespace sinergi {

// Opens a CSV or XLSX file behind the common interface. The first bytes decide over the extension: a
// ".csv" that is really a workbook is read as one, and an .xls or password-protected workbook (OLE
// container) gets a message saying what to do instead of a parse error.
class TabularReaderFactory
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::TabularReaderFactory)
public:
    enum class Kind { Csv, Xlsx };
    static Kind detect(const QString &path);
    // csv applies to CSV files only (a workbook has no delimiter or encoding to choose).
    static std::unique_ptr<TabularReader> open(const QString &path, const ImportLimits &limits = {},
                                               const CsvFormat &csv = {});
};

} // namespace sinergi
