#pragma once

#include "IpkReport.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace sinergi {

class Session;

// Saves an IPK export (CSV, XLSX or PDF) the way record exports are saved (RecordExporter): the file is
// written to a temporary file beside the target, the export is recorded in the audit log ("report.export":
// form set, period, kecamatan, format, file), and only then does the file take its name. If the store
// cannot record it, no file appears; a full disk leaves the previous file untouched. The IPK page and
// sinergi-cli both save through here, so the log looks the same whichever made the file.
class IpkExport
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::IpkExport)
public:
    // writeTo(tempPath) writes the whole file at tempPath and throws Error on failure. format: "csv",
    // "xlsx" or "pdf" (for the log). Needs ViewDashboards. Throws Error.
    static void save(Session &session, const IpkReport &report, const QString &format, const QString &path,
                     const std::function<void(const QString &tempPath)> &writeTo);

    // The CSV bytes as the file holds them (IpkCsv with a BOM so Excel on Windows reads UTF-8).
    static QByteArray csvFile(const IpkReport &report, const QString &language);
};

} // namespace sinergi
