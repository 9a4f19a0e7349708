#include "XlsxExportSink.h"

#include "common/Error.h"

#include <QDate>

#include <xlsxwriter.h>

#include <cerrno>
#include <cstring>

namespace sinergi {

namespace {

// Excel refuses longer strings in a cell.
constexpr qsizetype kMaxCellChars = 32767;

} // namespace

XlsxExportSink::XlsxExportSink(const QString &path, const QString &tempDir, const QString &sheetName)
    : m_path(path.toUtf8()), m_tempDir(tempDir.toUtf8())
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tempDir.data();
    errno = 0;
    m_workbook = workbook_new_opt(m_path.constData(), &options);
    if (!m_workbook)
        throw Error(ErrorCode::ReadOnly, path);
    // Sheet names: at most 31 characters, none of []:*?/\ ; dataset ids are [a-z0-9_].
    m_sheet = workbook_add_worksheet(m_workbook, sheetName.left(31).toUtf8().constData());
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "dd/mm/yyyy");
    m_text = workbook_add_format(m_workbook);
    format_set_num_format(m_text, "@");
    if (!m_sheet || !m_bold || !m_date || !m_text)
        throw Error(ErrorCode::Internal, u"libxlsxwriter: cannot set up the workbook"_qs);
}

XlsxExportSink::~XlsxExportSink()
{
    // Not finished (error or cancel): close anyway to free it; the temporary file is removed by ExportFile.
    if (m_workbook)
        workbook_close(m_workbook);
}

void XlsxExportSink::check(int error, const char *what)
{
    if (error == LXW_NO_ERROR)
        return;
    const int err = errno;
    const QString detail =
        QString::fromUtf8(what) + u": "_qs + QString::fromUtf8(lxw_strerror(lxw_error(error)));
    if (err == ENOSPC || err == EFBIG)
        throw Error(ErrorCode::DiskFull, detail);
    if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
        throw Error(ErrorCode::InvalidArgument,
                    tr("A value is longer than the 32,767 characters an Excel cell "
                       "can hold; export as CSV instead."));
    throw Error(ErrorCode::Io, detail);
}

void XlsxExportSink::header(const QStringList &labels)
{
    // In constant-memory mode column formats must be set before the first row is written. Every column
    // is text-formatted, so what a user types later into the sheet also stays text; typed cells (dates,
    // numbers) carry their own format.
    for (qsizetype c = 0; c < labels.size(); ++c) {
        const double width = std::clamp<double>(labels.at(c).size() + 2, 10, 40);
        check(worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), width, m_text), "set_column");
    }
    for (qsizetype c = 0; c < labels.size(); ++c)
        check(worksheet_write_string(m_sheet, 0, lxw_col_t(c), labels.at(c).toUtf8().constData(), m_bold),
              "header");
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_row = 1;
}

void XlsxExportSink::row(const QVariantList &cells)
{
    if (m_row > kMaxDataRows)
        throw Error(ErrorCode::InvalidArgument,
                    tr("An Excel sheet holds at most %L1 rows; export this view as CSV.").arg(kMaxDataRows));
    errno = 0;
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const QVariant &v = cells.at(c);
        const auto col = lxw_col_t(c);
        switch (v.typeId()) {
        case QMetaType::UnknownType:
            break; // an empty cell is simply not written
        case QMetaType::QDate: {
            const QDate d = v.toDate();
            if (d.year() < 1900) { // before Excel's epoch: there is no serial number for it
                check(worksheet_write_string(m_sheet, m_row, col,
                                             d.toString(Qt::ISODate).toUtf8().constData(), m_text),
                      "date");
                break;
            }
            lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
            check(worksheet_write_datetime(m_sheet, m_row, col, &dt, m_date), "date");
            break;
        }
        case QMetaType::Bool:
            check(worksheet_write_boolean(m_sheet, m_row, col, v.toBool(), nullptr), "bool");
            break;
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::Double:
            check(worksheet_write_number(m_sheet, m_row, col, v.toDouble(), nullptr), "number");
            break;
        default: {
            const QString text = v.toString();
            if (text.size() > kMaxCellChars)
                check(LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED, "string");
            check(worksheet_write_string(m_sheet, m_row, col, text.toUtf8().constData(), m_text), "string");
        }
        }
    }
    ++m_row;
    checkStdio();
}

void XlsxExportSink::checkStdio()
{
    // In constant-memory mode libxlsxwriter writes each row to its temporary file with stdio and ignores
    // write errors, so a full disk would silently drop rows from the sheet. A failed buffered write leaves
    // ENOSPC / EFBIG in errno (reset before each row): that is how a full disk is noticed here.
    if (errno == ENOSPC || errno == EFBIG)
        throw Error(ErrorCode::DiskFull,
                    QString::fromUtf8(m_path) + u": "_qs + QString::fromLocal8Bit(strerror(errno)));
}

void XlsxExportSink::finish()
{
    lxw_workbook *wb = m_workbook;
    m_workbook = nullptr;
    errno = 0;
    check(workbook_close(wb), "close");
    checkStdio();
}

} // namespace sinergi
