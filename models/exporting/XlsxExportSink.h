#pragma once

#include "ExportSink.h"

#include <QByteArray>
#include <QCoreApplication>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace sinergi {

// One worksheet written with libxlsxwriter in constant-memory mode (each row goes to a temporary file as it
// is written, so a million rows need no more memory than one). Header row in bold and frozen. Cells keep
// their type: text is always a string cell in a text-formatted column, so a NIK or a phone number stays
// all digits instead of becoming 3.2E+15; dates are real dates (dd/mm/yyyy); numbers are numbers.
// String cells cannot be formulas, so no formula guard is needed here.
class XlsxExportSink : public ExportSink
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::XlsxExportSink)
public:
    // Excel's limit: 1,048,576 rows per sheet, one of them the header.
    static constexpr qint64 kMaxDataRows = 1048575;

    // tempDir: where libxlsxwriter keeps its row files (the export's own folder, so the space it needs
    // is taken from the same disk the user chose).
    XlsxExportSink(const QString &path, const QString &tempDir, const QString &sheetName);
    ~XlsxExportSink() override;
    void header(const QStringList &labels) override;
    void row(const QVariantList &cells) override;
    void finish() override;

private:
    void check(int error, const char *what);
    void checkStdio();

    QByteArray m_path;
    QByteArray m_tempDir;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_text = nullptr;
    quint32 m_row = 0;
};

} // namespace sinergi
