#include "BatchXlsx.h"

#include "IpkAggregate.h"

#include "common/Error.h"
#include "datasets/TemplateRegistry.h"
#include "exporting/ExportFile.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <xlsxwriter.h>

#include <cerrno>

namespace sinergi::smdata {

namespace {

void check(lxw_error error, const QString &path)
{
    if (error == LXW_NO_ERROR)
        return;
    const QString detail = path + u": "_qs + QString::fromUtf8(lxw_strerror(error));
    if (errno == ENOSPC || errno == EFBIG)
        throw Error(ErrorCode::DiskFull, detail);
    throw Error(ErrorCode::Io, detail);
}

// One dataset's sheet: the template fields a batch may carry (withheld ones never appear).
struct Sheet
{
    lxw_worksheet *ws = nullptr;
    QStringList fields;
    lxw_row_t next = 1;
};

class Writer
{
public:
    Writer(const QString &path, const QString &tempDir) : m_path(path), m_tempDir(tempDir.toUtf8())
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE; // rows are written in order, sheet after sheet
        options.tmpdir = m_tempDir.data();
        errno = 0;
        m_wb = workbook_new_opt(path.toUtf8().constData(), &options);
        if (!m_wb)
            throw Error(ErrorCode::ReadOnly, path);
        m_bold = workbook_add_format(m_wb);
        format_set_bold(m_bold);
        format_set_bg_color(m_bold, 0xE8EEF4);
    }
    ~Writer()
    {
        if (m_wb)
            workbook_close(m_wb);
    }

    Sheet addSheet(const DatasetTemplate &tpl)
    {
        Sheet sheet;
        sheet.ws = workbook_add_worksheet(m_wb, tpl.id().left(31).toUtf8().constData());
        if (!sheet.ws)
            throw Error(ErrorCode::Internal, u"libxlsxwriter: cannot add sheet "_qs + tpl.id());
        lxw_col_t column = 0;
        for (const FieldDef &f : tpl.fields()) {
            if (f.share == SharePolicy::Withhold)
                continue;
            sheet.fields << f.name;
            check(worksheet_write_string(sheet.ws, 0, column, f.label(u"id"_qs).toUtf8().constData(), m_bold),
                  m_path);
            worksheet_set_column(sheet.ws, column, column, f.share == SharePolicy::Pseudonymise ? 66 : 18,
                                 nullptr);
            ++column;
        }
        worksheet_freeze_panes(sheet.ws, 1, 0);
        return sheet;
    }

    void writeRecord(Sheet &sheet, const QJsonObject &record)
    {
        for (lxw_col_t c = 0; c < lxw_col_t(sheet.fields.size()); ++c) {
            const QJsonValue v = record.value(sheet.fields.at(c));
            if (v.isDouble())
                check(worksheet_write_number(sheet.ws, sheet.next, c, v.toDouble(), nullptr), m_path);
            else if (v.isString())
                // As text, never as a formula: a value starting with "=" stays what it is.
                check(worksheet_write_string(sheet.ws, sheet.next, c, v.toString().toUtf8().constData(),
                                             nullptr),
                      m_path);
        }
        ++sheet.next;
    }

    void info(const QList<QPair<QString, QString>> &rows)
    {
        lxw_worksheet *ws = workbook_add_worksheet(m_wb, "keterangan");
        worksheet_set_column(ws, 0, 0, 24, nullptr);
        worksheet_set_column(ws, 1, 1, 70, nullptr);
        lxw_row_t r = 0;
        for (const auto &[label, value] : rows) {
            check(worksheet_write_string(ws, r, 0, label.toUtf8().constData(), m_bold), m_path);
            check(worksheet_write_string(ws, r, 1, value.toUtf8().constData(), nullptr), m_path);
            ++r;
        }
    }

    void close()
    {
        lxw_workbook *wb = m_wb;
        m_wb = nullptr;
        errno = 0;
        check(workbook_close(wb), m_path);
    }

private:
    QString m_path;
    QByteArray m_tempDir;
    lxw_workbook *m_wb = nullptr;
    lxw_format *m_bold = nullptr;
};

} // namespace

void BatchXlsx::write(const QByteArray &manifestBytes, const QByteArray &content, const QString &path)
{
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();
    const QJsonArray datasets = manifest.value(u"datasets"_qs).toArray();
    if (datasets.isEmpty())
        throw Error(ErrorCode::InvalidArgument, tr("The batch has no manifest with datasets."));
    TemplateRegistry templates = TemplateRegistry::loadEmbedded();
    templates.add(IpkAggregate::batchTemplate());

    ExportFile file(path);
    {
        Writer writer(file.tempPath(), QFileInfo(file.tempPath()).absolutePath());
        QHash<QString, Sheet> sheets;
        for (const QJsonValue &v : datasets) {
            const QString id = v.toObject().value(u"dataset_id"_qs).toString();
            const DatasetTemplate *tpl = templates.find(id);
            if (!tpl)
                throw Error(ErrorCode::InvalidArgument,
                            tr("The batch names an unknown dataset “%1”.").arg(id));
            sheets.insert(id, writer.addSheet(*tpl));
        }
        qsizetype start = 0;
        qint64 lineNumber = 0;
        while (start < content.size()) {
            qsizetype end = content.indexOf('\n', start);
            if (end < 0)
                end = content.size();
            ++lineNumber;
            const QJsonObject line =
                QJsonDocument::fromJson(QByteArray::fromRawData(content.constData() + start, end - start))
                    .object();
            start = end + 1;
            auto sheet = sheets.find(line.value(u"dataset"_qs).toString());
            if (sheet == sheets.end())
                throw Error(ErrorCode::InvalidArgument,
                            tr("Line %1 of the batch is not a record of its datasets.").arg(lineNumber));
            writer.writeRecord(*sheet, line.value(u"record"_qs).toObject());
        }
        writer.info({{tr("Batch"), manifest.value(u"batch_id"_qs).toString()},
                     {tr("Period"), manifest.value(u"period"_qs).toString()},
                     {tr("Regency"), manifest.value(u"regency_code"_qs).toString()},
                     {tr("Created"), manifest.value(u"created_at"_qs).toString()},
                     {tr("Content SHA-256"), manifest.value(u"content_sha256"_qs).toString()},
                     {tr("Lines"), QString::number(lineNumber)}});
        writer.close();
    }
    file.commit();
}

} // namespace sinergi::smdata
