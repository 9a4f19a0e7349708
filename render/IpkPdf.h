#pragma once

#include "reports/IpkCharts.h"
#include "reports/IpkDocumentInfo.h"
#include "reports/IpkReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sinergi {

// The IPK report as a PDF (issue 5), A4 landscape: a cover (regency name and code, period, kecamatan
// filter, when and by whom it was made, contents, whether the checks hold), each table as a ruled table
// (header repeated when a table runs over pages), the charts painted as bar charts with values on the
// bars, a page "Pemeriksaan" with the broken invariants, and "page n of m" on every page. Text comes from
// tr() (the installed catalogue) and the forms' labels in info.language.
//
// Needs a QGuiApplication (fonts); the CLI creates one with the offscreen platform.
class IpkPdf
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::IpkPdf)
public:
    // Through a temporary file renamed over path when complete. Throws Error: DiskFull, ReadOnly, Io.
    static void write(const IpkReport &report, const IpkDocumentInfo &info, const QList<IpkChartData> &charts,
                      const QString &path);
    // Straight to path (the caller owns the temporary file, e.g. IpkExport). Throws like write().
    static void writeFile(const IpkReport &report, const IpkDocumentInfo &info,
                          const QList<IpkChartData> &charts, const QString &path);
};

} // namespace sinergi
