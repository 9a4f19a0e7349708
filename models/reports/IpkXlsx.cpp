#include "IpkXlsx.h"

#include "common/Error.h"
#include "exporting/ExportFile.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>

namespace sinergi {

namespace {

constexpr lxw_row_t kHeaderRow = 6; // below the five-line title block and a blank line

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

// libxlsxwriter reports write failures as error codes; a full disk shows as ENOSPC / EFBIG in errno, as
// XlsxExportSink found (it ignores failed stdio writes otherwise).
void check(lxw_error error, const QString &path, const char *what)
{
    if (error == LXW_NO_ERROR)
        return;
    const int err = errno;
    const QString detail =
        path + u": "_qs + QString::fromUtf8(what) + u": "_qs + QString::fromUtf8(lxw_strerror(error));
    if (err == ENOSPC || err == EFBIG)
        throw Error(ErrorCode::DiskFull, detail);
    throw Error(ErrorCode::Io, detail);
}

class Writer
{
public:
    Writer(const IpkReport &report, const IpkDocumentInfo &info, const QString &path, const QString &tempDir)
        : m_report(report), m_info(info), m_path(path), m_tempDir(utf8(tempDir))
    {
        lxw_workbook_options options{};
        options.tmpdir = m_tempDir.data();
        errno = 0;
        m_wb = workbook_new_opt(utf8(path).constData(), &options);
        if (!m_wb)
            throw Error(ErrorCode::ReadOnly, path);
        m_title = workbook_add_format(m_wb);
        format_set_bold(m_title);
        format_set_font_size(m_title, 13);
        m_header = workbook_add_format(m_wb);
        format_set_bold(m_header);
        format_set_text_wrap(m_header);
        format_set_align(m_header, LXW_ALIGN_CENTER);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_CENTER);
        format_set_border(m_header, LXW_BORDER_THIN);
        format_set_bg_color(m_header, 0xE8EEF4);
        m_label = workbook_add_format(m_wb);
        format_set_border(m_label, LXW_BORDER_THIN);
        m_number = workbook_add_format(m_wb);
        format_set_border(m_number, LXW_BORDER_THIN);
        format_set_num_format(m_number, "#,##0");
        m_totalLabel = workbook_add_format(m_wb);
        format_set_bold(m_totalLabel);
        format_set_border(m_totalLabel, LXW_BORDER_THIN);
        format_set_top(m_totalLabel, LXW_BORDER_DOUBLE);
        m_totalNumber = workbook_add_format(m_wb);
        format_set_bold(m_totalNumber);
        format_set_border(m_totalNumber, LXW_BORDER_THIN);
        format_set_top(m_totalNumber, LXW_BORDER_DOUBLE);
        format_set_num_format(m_totalNumber, "#,##0");
        m_wrap = workbook_add_format(m_wb);
        format_set_text_wrap(m_wrap);
        format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
        format_set_border(m_wrap, LXW_BORDER_THIN);
        m_ok = workbook_add_format(m_wb);
        format_set_bold(m_ok);
        format_set_font_color(m_ok, 0x1B7A33);
        m_bad = workbook_add_format(m_wb);
        format_set_bold(m_bad);
        format_set_font_color(m_bad, 0xB3261E);
    }

    ~Writer()
    {
        if (m_wb)
            workbook_close(m_wb); // after an error: frees it; ExportFile removes the half file
    }

    void run()
    {
        QSet<QString> used;
        for (const IpkTable &t : m_report.tables) {
            QString name = IpkXlsx::sheetName(t.formId);
            // Two ids may sanitise to the same name ("III/1" and "III-1"); Excel refuses duplicates.
            for (int n = 2; used.contains(name.toLower()); ++n)
                name = IpkXlsx::sheetName(t.formId).left(27) + u'~' + QString::number(n);
            used.insert(name.toLower());
            table(t, name);
        }
        checks();
        lxw_workbook *wb = m_wb;
        m_wb = nullptr;
        errno = 0;
        check(workbook_close(wb), m_path, "close");
    }

private:
    lxw_worksheet *sheet(const QString &name)
    {
        lxw_worksheet *ws = workbook_add_worksheet(m_wb, utf8(name).constData());
        if (!ws)
            throw Error(ErrorCode::Internal, u"libxlsxwriter: cannot add sheet "_qs + name);
        worksheet_set_landscape(ws);
        worksheet_set_paper(ws, 9); // A4
        worksheet_fit_to_pages(ws, 1, 0);
        worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6);
        // &P and &N are Excel's page codes; the words around them are translated.
        const QString footer = u"&C"_qs + IpkXlsx::tr("Page %1 of %2").arg(u"&P"_qs, u"&N"_qs);
        worksheet_set_footer(ws, utf8(footer).constData());
        return ws;
    }

    void text(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const QString &s, lxw_format *f = nullptr)
    {
        check(worksheet_write_string(ws, row, col, utf8(s.left(32767)).constData(), f), m_path, "string");
    }

    void number(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, qint64 v, lxw_format *f)
    {
        check(worksheet_write_number(ws, row, col, double(v), f), m_path, "number");
    }

    void titleBlock(lxw_worksheet *ws, const QString &heading)
    {
        text(ws, 0, 0, heading, m_title);
        text(ws, 1, 0, IpkXlsx::tr("Regency: %1").arg(m_info.regencyText()));
        text(ws, 2, 0, IpkXlsx::tr("Period: %1").arg(m_report.period.label()));
        text(ws, 3, 0, IpkXlsx::tr("Area: %1").arg(m_info.districtText()));
        text(ws, 4, 0,
             IpkXlsx::tr("Made on %1 by %2")
                 .arg(QLocale().toString(m_info.madeAt, u"dd/MM/yyyy HH:mm"_qs), m_info.madeBy));
    }

    void table(const IpkTable &t, const QString &name)
    {
        lxw_worksheet *ws = sheet(name);
        titleBlock(ws, IpkXlsx::tr("Form %1: %2").arg(t.formId, t.title.text(m_info.language)));

        const QString rowHeading = IpkXlsx::tr("Row");
        text(ws, kHeaderRow, 0, rowHeading, m_header);
        for (int c = 0; c < t.columns.size(); ++c)
            text(ws, kHeaderRow, lxw_col_t(c + 1), IpkColumns::label(t.columns.at(c)), m_header);

        qsizetype labelWidth = rowHeading.size();
        qint64 largest = 0;
        lxw_row_t row = kHeaderRow + 1;
        const int rows = int(t.rows.size()) - (t.otherRowUsed() ? 0 : 1);
        for (int r = 0; r < rows; ++r, ++row) {
            const QString label = t.rows.at(r).text(m_info.language);
            labelWidth = std::max(labelWidth, label.size());
            text(ws, row, 0, label, m_label);
            for (int c = 0; c < t.columns.size(); ++c) {
                const qint64 v = t.cells.at(r).at(c);
                largest = std::max(largest, v);
                number(ws, row, lxw_col_t(c + 1), v, m_number);
            }
        }
        text(ws, row, 0, IpkXlsx::tr("Total"), m_totalLabel);
        for (int c = 0; c < t.columns.size(); ++c) {
            const qint64 v = t.total(t.columns.at(c));
            largest = std::max(largest, v);
            number(ws, row, lxw_col_t(c + 1), v, m_totalNumber);
        }

        // Widths in characters: the row labels in full; number columns wide enough for the largest
        // value with thousands separators, and for the header words, which wrap onto up to four lines.
        worksheet_set_column(ws, 0, 0, double(std::clamp<qsizetype>(labelWidth + 2, 16, 60)), nullptr);
        const QString digits = QLocale().toString(largest);
        double numberWidth = std::max<double>(digits.size() + 3, 9);
        for (const QString &c : t.columns) {
            const QStringList words = IpkColumns::label(c).split(u' ');
            for (const QString &w : words)
                numberWidth = std::max<double>(numberWidth, w.size() + 2);
        }
        worksheet_set_column(ws, 1, lxw_col_t(t.columns.size()), std::min(numberWidth, 16.0), nullptr);
        worksheet_set_row(ws, kHeaderRow, 48, nullptr);
        worksheet_freeze_panes(ws, kHeaderRow + 1, 1);
        worksheet_repeat_rows(ws, kHeaderRow, kHeaderRow);
        worksheet_print_area(ws, 0, 0, row, lxw_col_t(t.columns.size()));
    }

    void checks()
    {
        lxw_worksheet *ws = sheet(IpkXlsx::checksSheetName());
        titleBlock(ws, IpkXlsx::tr("Checks: closing = A − B, closing = next opening, no negative stock"));
        if (m_report.breaks.isEmpty()) {
            text(ws, kHeaderRow, 0, IpkXlsx::tr("All checks hold."), m_ok);
            worksheet_set_column(ws, 0, 0, 40, nullptr);
            return;
        }
        text(ws, kHeaderRow - 1, 0,
             IpkXlsx::tr("%n check(s) do not hold; the records named below cause them.", "",
                         int(m_report.breaks.size())),
             m_bad);
        const QStringList heads{IpkXlsx::tr("Form"), IpkXlsx::tr("Dataset"), IpkXlsx::tr("Records"),
                                IpkXlsx::tr("Problem"), IpkXlsx::tr("Record ids")};
        for (int c = 0; c < heads.size(); ++c)
            text(ws, kHeaderRow, lxw_col_t(c), heads.at(c), m_header);
        lxw_row_t row = kHeaderRow + 1;
        for (const IpkBreak &b : m_report.breaks) {
            text(ws, row, 0, b.formId, m_label);
            text(ws, row, 1, b.dataset, m_label);
            number(ws, row, 2, b.recordCount, m_number);
            text(ws, row, 3, b.message, m_wrap);
            QStringList ids;
            for (qint64 id : b.recordIds)
                ids << QString::number(id);
            if (b.recordCount > b.recordIds.size())
                ids << IpkXlsx::tr("… (%1 more)").arg(b.recordCount - b.recordIds.size());
            text(ws, row, 4, ids.join(u", "_qs), m_wrap);
            ++row;
        }
        worksheet_set_column(ws, 0, 0, 14, nullptr);
        worksheet_set_column(ws, 1, 1, 16, nullptr);
        worksheet_set_column(ws, 2, 2, 10, nullptr);
        worksheet_set_column(ws, 3, 3, 70, nullptr);
        worksheet_set_column(ws, 4, 4, 40, nullptr);
        worksheet_set_row(ws, kHeaderRow, 20, nullptr);
        worksheet_repeat_rows(ws, kHeaderRow, kHeaderRow);
    }

    const IpkReport &m_report;
    const IpkDocumentInfo &m_info;
    QString m_path;
    QByteArray m_tempDir;
    lxw_workbook *m_wb = nullptr;
    lxw_format *m_title, *m_header, *m_label, *m_number, *m_totalLabel, *m_totalNumber, *m_wrap, *m_ok,
        *m_bad;
};

} // namespace

QString IpkXlsx::sheetName(const QString &formId)
{
    QString name = formId;
    for (QChar &c : name)
        if (QStringView(u"[]:*?/\\").contains(c))
            c = u'-';
    name = name.trimmed().left(31);
    // Excel also refuses a name starting or ending with an apostrophe, and "History".
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    while (name.endsWith(u'\''))
        name.chop(1);
    if (name.isEmpty() || name.compare(u"History"_qs, Qt::CaseInsensitive) == 0 ||
        name.compare(checksSheetName(), Qt::CaseInsensitive) == 0)
        name = u"IPK "_qs + name;
    return name.left(31);
}

void IpkXlsx::writeFile(const IpkReport &report, const IpkDocumentInfo &info, const QString &path)
{
    Writer(report, info, path, QFileInfo(path).absolutePath()).run();
}

void IpkXlsx::write(const IpkReport &report, const IpkDocumentInfo &info, const QString &path)
{
    ExportFile file(path);
    writeFile(report, info, file.tempPath());
    file.commit();
}

} // namespace sinergi
