#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sinergi::smdata {

// A batch as an XLSX workbook in the reporting-template layout, for upload through SMData's web page when
// the API cannot be used (issue 6, offline paths): one sheet per dataset in the manifest's order, named by
// the dataset id, with the template's Indonesian field labels as the header and the values exactly as the
// batch carries them (after the sharing policy: pseudonyms, minimised values, withheld fields left out),
// the IPK aggregates as sheet "ipk_agregat", and a last sheet "keterangan" naming the batch, period,
// regency and content hash, so the upload can be matched with the outbox.
class BatchXlsx
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::smdata::BatchXlsx)
public:
    // Written through a temporary file beside path (ExportFile). Throws Error (ReadOnly, DiskFull, Io,
    // InvalidArgument for content that is not a batch).
    static void write(const QByteArray &manifestBytes, const QByteArray &content, const QString &path);
};

} // namespace sinergi::smdata
