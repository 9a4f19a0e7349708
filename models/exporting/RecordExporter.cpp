#include "RecordExporter.h"

#include "CsvExportSink.h"
#include "ExportCodeLabels.h"
#include "ExportColumns.h"
#include "ExportFile.h"
#include "XlsxExportSink.h"
#include "audit/AuditLog.h"
#include "common/Error.h"
#include "datasets/TemplateRegistry.h"
#include "records/RecordSql.h"
#include "session/Session.h"
#include "store/Transaction.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace sinergi {

namespace {

constexpr qint64 kProgressEvery = 2000;

// The stored value as a typed cell (ExportSink). A value stored as the text it was typed because it did
// not parse as its type (RecordTable::toStorage) stays that text.
QVariant cellOf(const FieldDef &f, const QVariant &stored)
{
    if (stored.isNull())
        return {};
    const int type = stored.typeId();
    switch (f.type) {
    case FieldType::Date: {
        const QDate d = QDate::fromString(stored.toString(), Qt::ISODate);
        return d.isValid() ? QVariant(d) : QVariant(stored.toString());
    }
    case FieldType::Integer:
        return type == QMetaType::LongLong ? QVariant(stored.toLongLong()) : QVariant(stored.toString());
    case FieldType::Decimal:
        return type == QMetaType::LongLong || type == QMetaType::Double ? QVariant(stored.toDouble())
                                                                        : QVariant(stored.toString());
    case FieldType::Bool:
        return type == QMetaType::LongLong ? QVariant(stored.toLongLong() != 0) : QVariant(stored.toString());
    default:
        return stored.toString(); // NIK, phone, codes: text, never a number
    }
}

QString kindText(ColumnFilter::Kind kind)
{
    switch (kind) {
    case ColumnFilter::Kind::Equals:
        return u"="_qs;
    case ColumnFilter::Kind::Contains:
        return u"contains"_qs;
    case ColumnFilter::Kind::Prefix:
        return u"prefix"_qs;
    case ColumnFilter::Kind::Range:
        return u"range"_qs;
    case ColumnFilter::Kind::Empty:
        return u"empty"_qs;
    case ColumnFilter::Kind::HasProblems:
        return u"has-problems"_qs;
    case ColumnFilter::Kind::IdIn:
        return u"id-in"_qs;
    }
    return {};
}

} // namespace

RecordExporter::RecordExporter(Session &session, const TemplateRegistry &templates,
                               const CodeListRegistry *codeLists, const RegionCatalog *regions)
    : m_session(session), m_templates(templates), m_codeLists(codeLists), m_regions(regions)
{
}

QString RecordExporter::describeQuery(const DatasetTemplate &tpl, const RecordQuery &query)
{
    const QString hidden = u"(hidden)"_qs;
    QJsonObject o;
    o.insert(u"sort"_qs, query.sortColumn + (query.order == Qt::AscendingOrder ? u" asc"_qs : u" desc"_qs));
    QJsonArray filters;
    for (const ColumnFilter &f : query.filters) {
        if (f.kind == ColumnFilter::Kind::HasProblems || f.kind == ColumnFilter::Kind::Empty) {
            filters.append(f.kind == ColumnFilter::Kind::Empty ? f.field + u" empty"_qs : u"has-problems"_qs);
            continue;
        }
        if (f.kind == ColumnFilter::Kind::IdIn) { // a dashboard click-through: the count says enough
            filters.append(u"_id in %1 ids"_qs.arg(f.value.value<QList<qint64>>().size()));
            continue;
        }
        const FieldDef *def = tpl.field(f.field);
        QString value = f.value.toString();
        if (f.kind == ColumnFilter::Kind::Range)
            value = u"["_qs + f.value.toString() + u", "_qs + f.value2.toString() + u"]"_qs;
        if (!def || def->pii)
            value = hidden;
        filters.append(f.field + u' ' + kindText(f.kind) + u' ' + value);
    }
    o.insert(u"filters"_qs, filters);
    if (!query.quickSearch.trimmed().isEmpty()) {
        // What an officer types into quick search is a NIK, a name or a card number: withheld whenever
        // any searched column is personal data.
        bool pii = false;
        for (const QString &c : RecordSql::quickSearchColumns(tpl))
            pii = pii || tpl.field(c)->pii;
        o.insert(u"search"_qs, pii ? hidden : query.quickSearch.trimmed());
    }
    if (query.includeDeleted)
        o.insert(u"deleted"_qs, true);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ExportReport RecordExporter::run(const ExportOptions &options)
{
    if (!m_session.can(Permission::ExportRecords))
        throw Error(ErrorCode::PermissionDenied, u"export"_qs);
    const DatasetTemplate *tpl = m_templates.find(options.query.dataset);
    if (!tpl)
        throw Error(ErrorCode::InvalidArgument, tr("Unknown dataset \"%1\".").arg(options.query.dataset));
    const bool pii = options.includePii && ExportColumns::hasPiiFields(*tpl);
    if (pii && !m_session.can(Permission::ExportPii))
        throw Error(ErrorCode::PermissionDenied, u"export with personal data"_qs);
    if (pii && !options.piiConfirmed)
        throw Error(
            ErrorCode::PolicyViolation,
            tr("Exporting personal data (NIK, names, addresses) needs an explicit confirmation: the file "
               "can be copied and shared outside Sinergi, and the export is recorded in the audit log."));
    if (options.path.isEmpty())
        throw Error(ErrorCode::InvalidArgument, tr("No file name given for the export."));

    QElapsedTimer timer;
    timer.start();
    const RecordSql sql(*tpl, options.query, m_session.can(Permission::ViewPii));
    const QList<ExportColumn> columns = ExportColumns::plan(*tpl, pii, options.codeLabels, options.language);
    ExportCodeLabels labels(m_codeLists, m_regions, options.language);

    ExportReport report;
    report.piiIncluded = pii;
    Database db = m_session.vault().openWorkerConnection();
    ExportFile file(options.path);
    report.path = file.target();
    {
        // One read snapshot for the count and the rows: edits made meanwhile in the window do not shift them.
        db.exec("BEGIN");
        struct EndRead
        {
            Database &db;
            ~EndRead()
            {
                try {
                    db.exec("COMMIT"); // a read transaction: nothing to lose if this fails
                } catch (const Error &) {
                }
            }
        } endRead{db};

        const RecordSql::Bound count = sql.count(RecordSql::Live::DeletedColumn);
        auto countStmt = db.prepare(count.sql.constData());
        for (int i = 0; i < count.params.size(); ++i)
            countStmt.bind(i + 1, count.params.at(i));
        countStmt.step();
        ExportProgress progress{0, countStmt.int64(0)};
        if (options.format == ExportFormat::Xlsx && progress.rowsTotal > XlsxExportSink::kMaxDataRows)
            throw Error(ErrorCode::InvalidArgument,
                        tr("This view has %L1 rows; an Excel sheet holds at most %L2. Export it as CSV, or "
                           "narrow the view with a filter.")
                            .arg(progress.rowsTotal)
                            .arg(XlsxExportSink::kMaxDataRows));

        std::unique_ptr<ExportSink> sink;
        if (options.format == ExportFormat::Xlsx)
            sink = std::make_unique<XlsxExportSink>(file.tempPath(), QFileInfo(file.target()).absolutePath(),
                                                    tpl->id());
        else
            sink = std::make_unique<CsvExportSink>(file.tempPath(), options.csvDelimiter);
        QStringList headers;
        for (const ExportColumn &c : columns)
            headers << c.header;
        sink->header(headers);
        if (options.progress)
            options.progress(progress);

        // LIMIT -1: the whole view as one statement walking the sort index (RecordSql only offers indexed
        // sorts), the same ORDER BY the grid pages through.
        const QList<RecordSql::Bound> segments = sql.page(std::nullopt, false, false, -1, 0);
        QVariantList cells;
        cells.reserve(columns.size());
        for (const RecordSql::Bound &b : segments) {
            auto s = db.prepare(b.sql.constData());
            for (int i = 0; i < b.params.size(); ++i)
                s.bind(i + 1, b.params.at(i));
            while (s.step()) {
                if (options.cancel && options.cancel->load()) {
                    report.cancelled = true;
                    report.rows = progress.rowsWritten;
                    report.seconds = timer.elapsed() / 1000.0;
                    return report; // ExportFile removes the partial temporary file
                }
                cells.clear();
                for (const ExportColumn &c : columns) {
                    const QVariant stored = s.value(c.source);
                    if (c.role == ExportColumn::Role::Value) {
                        cells << cellOf(*c.field, stored);
                    } else {
                        const QString version = c.versionSource >= 0 ? s.text(c.versionSource) : QString();
                        const QString text = labels.label(*c.field, stored.toString(), version);
                        cells << (text.isEmpty() ? QVariant() : QVariant(text));
                    }
                }
                sink->row(cells);
                if (++progress.rowsWritten % kProgressEvery == 0 && options.progress)
                    options.progress(progress);
            }
        }
        sink->finish();
        report.rows = progress.rowsWritten;
        if (options.progress)
            options.progress(progress);
    }

    QJsonObject details;
    details.insert(u"dataset"_qs, tpl->id());
    details.insert(u"view"_qs, QJsonDocument::fromJson(describeQuery(*tpl, options.query).toUtf8()).object());
    details.insert(u"rows"_qs, report.rows);
    details.insert(u"pii"_qs, pii);
    details.insert(u"format"_qs, options.format == ExportFormat::Xlsx ? u"xlsx"_qs : u"csv"_qs);
    details.insert(u"file"_qs, report.path);
    // The audit entry commits first, then the file takes its name: if the store cannot record the export
    // (a full disk fails the commit), no file appears; if the rename fails afterwards, the log holds an
    // export whose file is missing, which errs on the side of the data subjects.
    {
        Transaction tx(db);
        AuditLog(db).append(m_session.user().username, u"records.export"_qs, tpl->id(),
                            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
        tx.commit();
    }
    file.commit();
    report.seconds = timer.elapsed() / 1000.0;
    return report;
}

ExportFormat ExportOptions::formatForPath(const QString &path)
{
    return path.endsWith(u".xlsx"_qs, Qt::CaseInsensitive) ? ExportFormat::Xlsx : ExportFormat::Csv;
}

} // namespace sinergi
