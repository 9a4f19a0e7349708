#pragma once

#include "IpkDocumentInfo.h"
#include "IpkReport.h"

#include <QCoreApplication>
#include <QString>

namespace sinergi {

// The IPK tables as an XLSX workbook laid out like the paper forms (issue 5): one sheet per form, named
// by the form id (sanitised: Excel forbids / in sheet names, so "III/1-AK" becomes "III-1-AK"), with a
// title block (form, title, regency, period, kecamatan, who made it), a header row, the rows as the form
// lays them out (the "other / unknown" row only when used), a bold total row, numbers as numbers, and a
// print setup (A4 landscape, fit to one page wide, header row repeated, "page n of m" footer). A last
// sheet "Pemeriksaan" lists the broken invariants with their record counts and the records they name.
class IpkXlsx
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::IpkXlsx)
public:
    // Writes through a temporary file beside path that is renamed over it only when complete, so a full
    // disk or a crash never leaves half a workbook under that name. Throws Error: DiskFull, ReadOnly, Io.
    static void write(const IpkReport &report, const IpkDocumentInfo &info, const QString &path);
    // Writes straight to path (the caller owns the temporary file, e.g. IpkExport). Throws like write().
    static void writeFile(const IpkReport &report, const IpkDocumentInfo &info, const QString &path);

    // "III/1-AK" -> "III-1-AK": at most 31 characters, none of []:*?/\ .
    static QString sheetName(const QString &formId);
    // The name of the checks sheet; fixed, so scripts can find it in any language.
    static QString checksSheetName() { return u"Pemeriksaan"_qs; }
};

} // namespace sinergi
