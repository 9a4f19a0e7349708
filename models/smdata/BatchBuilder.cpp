#include "BatchBuilder.h"

#include "IpkAggregate.h"
#include "JsonText.h"
#include "Outbox.h"
#include "PartWriter.h"
#include "Pseudonymiser.h"
#include "RecordSelection.h"
#include "SmdataKeys.h"
#include "SmdataProtocol.h"

#include "approval/PeriodApprovals.h"
#include "datasets/CodeListRegistry.h"
#include "datasets/TemplateRegistry.h"
#include "records/RecordTable.h"
#include "reports/IpkCalculator.h"
#include "reports/IpkFormSet.h"
#include "reports/LabourSnapshot.h"
#include "reports/ReportRules.h"
#include "session/Session.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace sinergi::smdata {

namespace {

// One template field as the content writes it.
struct Column
{
    QByteArray key; // "name": with its quotes and colon
    SharePolicy share = SharePolicy::Send;
    bool toYear = false;
    int prefix = -1; // minimise to the first N characters
};

QList<Column> columnsOf(const DatasetTemplate &tpl)
{
    QList<Column> columns;
    for (const FieldDef &f : tpl.fields()) {
        if (f.share == SharePolicy::Withhold)
            continue;
        Column c;
        jsontext::appendString(c.key, f.name.toUtf8());
        c.key += ':';
        c.share = f.share;
        if (f.share == SharePolicy::Minimise) {
            if (f.minimiseTo == u"year"_qs)
                c.toYear = true;
            else if (f.minimiseTo.startsWith(u"prefix:"_qs))
                c.prefix = f.minimiseTo.mid(7).toInt();
        }
        columns.append(std::move(c));
    }
    return columns;
}

// The first n characters (not bytes) of UTF-8 text.
QByteArrayView firstCharacters(QByteArrayView text, int n)
{
    qsizetype i = 0;
    for (int chars = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && chars++ == n)
            break;
    }
    return text.first(i);
}

void fillFieldLists(const DatasetTemplate &tpl, DatasetReadiness &r)
{
    for (const FieldDef &f : tpl.fields()) {
        switch (f.share) {
        case SharePolicy::Send:
            r.fieldsSent << f.name;
            break;
        case SharePolicy::Pseudonymise:
            r.fieldsPseudonymised << f.name;
            break;
        case SharePolicy::Minimise:
            r.fieldsMinimised << f.name + u" ("_qs + f.minimiseTo + u')';
            break;
        case SharePolicy::Withhold:
            r.fieldsWithheld << f.name;
            break;
        }
    }
}

// Appends the lines of one dataset's chosen records (ids ascending) and returns their line run.
BatchLineRun appendDataset(Database &db, const DatasetTemplate &tpl, const std::vector<qint64> &ids,
                           const Pseudonymiser &pseudonyms, PartWriter &writer, qint64 firstLine)
{
    BatchLineRun run{tpl.id(), firstLine, {}};
    run.recordIds.reserve(ids.size());
    if (ids.empty())
        return run;
    const QList<Column> columns = columnsOf(tpl);
    QByteArray sql = "SELECT _id";
    for (const FieldDef &f : tpl.fields())
        if (f.share != SharePolicy::Withhold)
            sql += ", " + recordtable::quoted(f.name);
    sql +=
        " FROM " + recordtable::quoted(recordtable::tableName(tpl.id())) + " WHERE _deleted = 0 ORDER BY _id";
    Statement st = db.prepare(sql.constData());

    QByteArray prefix = "{\"dataset\":";
    jsontext::appendString(prefix, tpl.id().toUtf8());
    prefix += ",\"record\":{";
    size_t next = 0;
    QByteArray content; // one line at a time; its capacity is kept between lines
    content.reserve(4096);
    while (next < ids.size() && st.step()) {
        const qint64 id = st.int64(0);
        if (id != ids[next])
            continue; // not chosen (ids is a subset of the table's ids, in the same order)
        ++next;
        content.resize(0);
        content += prefix;
        bool first = true;
        for (int c = 0; c < columns.size(); ++c) {
            const Column &column = columns.at(c);
            const int at = c + 1;
            const Statement::ColumnType type = st.type(at);
            if (type == Statement::ColumnType::Null)
                continue;
            const qsizetype rollback = content.size();
            if (!first)
                content += ',';
            content += column.key;
            switch (column.share) {
            case SharePolicy::Send:
                if (type == Statement::ColumnType::Integer) {
                    jsontext::appendInteger(content, st.int64(at));
                } else if (type == Statement::ColumnType::Real) {
                    if (!jsontext::appendReal(content, st.real(at))) {
                        content.truncate(rollback);
                        continue;
                    }
                } else {
                    jsontext::appendString(content, st.utf8(at));
                }
                break;
            case SharePolicy::Pseudonymise:
                content += '"';
                pseudonyms.appendHex(st.utf8(at), content);
                content += '"';
                break;
            case SharePolicy::Minimise: {
                const QByteArrayView text = st.utf8(at);
                jsontext::appendString(content, column.toYear
                                                    ? text.first(std::min<qsizetype>(4, text.size()))
                                                    : firstCharacters(text, std::max(0, column.prefix)));
                break;
            }
            case SharePolicy::Withhold:
                break; // not selected
            }
            first = false;
        }
        content += "}}\n";
        writer.append(content);
        run.recordIds.push_back(id);
    }
    if (run.recordIds.size() != ids.size())
        throw Error(ErrorCode::Internal,
                    u"batch builder: records of %1 changed during the build"_qs.arg(tpl.id()));
    return run;
}

// A read transaction on the worker connection: both passes of the build and the IPK snapshot see the same
// rows while other connections keep writing.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database &db) : m_db(db) { m_db.exec("BEGIN"); }
    ~ReadTransaction()
    {
        try {
            m_db.exec("COMMIT");
        } catch (...) {
        }
    }

private:
    Database &m_db;
};

} // namespace

QByteArray BuiltBatch::content() const
{
    QByteArray all;
    qsizetype size = 0;
    for (const QByteArray &p : parts)
        size += p.size();
    all.reserve(size);
    for (const QByteArray &p : parts)
        all += p;
    return all;
}

BatchBuilder::BatchBuilder(Session &session) : m_session(session) {}

QString BatchBuilder::regencyCode(const Session &session)
{
    const QString digits = session.setting(u"office.regency"_qs).trimmed().remove(u'.');
    static const QRegularExpression fourDigits(u"^[0-9]{4}$"_qs);
    if (!fourDigits.match(digits).hasMatch())
        return {};
    return digits.left(2) + u'.' + digits.mid(2);
}

void BatchBuilder::requireApproved(const QString &month) const
{
    if (!PeriodApprovals(m_session.db()).isApproved(month))
        throw Error(
            ErrorCode::PolicyViolation,
            tr("The period %1 is not approved. A walidata must review and approve it before its batch "
               "can be built.")
                .arg(month));
}

BatchBuilder::Prepared BatchBuilder::prepare(const QString &month, const Options &options) const
{
    if (!m_session.can(Permission::SubmitBatches))
        throw Error(ErrorCode::PermissionDenied, permissionId(Permission::SubmitBatches));
    if (!PeriodApprovals::isMonth(month))
        throw Error(ErrorCode::InvalidArgument,
                    tr("A batch is built for one month, written yyyy-MM (for example 2025-06), not “%1”.")
                        .arg(month));
    requireApproved(month);
    Prepared prepared;
    prepared.month = month;
    prepared.regencyCode = regencyCode(m_session);
    if (prepared.regencyCode.isEmpty())
        throw Error(ErrorCode::PolicyViolation,
                    tr("The office regency is not set (Settings, office regency code such as 33.73)."));
    if (options.partSize < 1 || options.partSize > kMaxPartBytes)
        throw Error(ErrorCode::InvalidArgument,
                    tr("The part size must be between 1 and %1 bytes.").arg(kMaxPartBytes));
    prepared.pseudonyms = std::make_shared<const Pseudonymiser>(SmdataKeys::pseudonymKey(m_session.db()));
    prepared.rules = ReportRules::fromSettings(m_session);
    return prepared;
}

BuiltBatch BatchBuilder::build(const QString &month, const Options &options)
{
    const Prepared prepared = prepare(month, options);
    Database worker = m_session.vault().openWorkerConnection();
    return run(worker, prepared, options);
}

BuiltBatch BatchBuilder::run(Database &worker, const Prepared &prepared, const Options &options)
{
    const QString &month = prepared.month;
    const QString &regency = prepared.regencyCode;
    const Pseudonymiser &pseudonyms = *prepared.pseudonyms;
    const TemplateRegistry templates = TemplateRegistry::loadEmbedded();
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();

    BuiltBatch batch;
    batch.batchId = options.batchId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces).toLower()
                                              : options.batchId;
    batch.period = month;
    batch.regencyCode = regency;
    ReadinessReport &report = batch.report;
    report.period = month;
    report.regencyCode = regency;
    report.approved = true;
    report.partSize = options.partSize;

    PartWriter writer(options.partSize);
    QJsonArray manifestDatasets;
    qint64 line = 1;
    {
        // The build reads each record table twice (choosing, then writing) and the IPK snapshot reads the
        // job seekers again: a cache that holds the decrypted pages spares SQLCipher two decryptions of each.
        worker.setCacheSizeKiB(128 * 1024);
        ReadTransaction read(worker);
        QList<RecordSelection::Dataset> chosen = RecordSelection::select(worker, templates, month);
        for (RecordSelection::Dataset &d : chosen) {
            fillFieldLists(*d.tpl, d.readiness);
            BatchLineRun run = appendDataset(worker, *d.tpl, d.ids, pseudonyms, writer, line);
            if (!run.recordIds.empty()) {
                manifestDatasets.append(QJsonObject{{u"dataset_id"_qs, d.tpl->id()},
                                                    {u"template_version"_qs, d.tpl->version()},
                                                    {u"records"_qs, qint64(run.recordIds.size())}});
                line += qint64(run.recordIds.size());
                batch.lines.append(std::move(run));
            }
            report.datasets.append(std::move(d.readiness));
        }

        std::shared_ptr<const LabourSnapshot> snapshot = options.snapshot;
        if (!snapshot)
            snapshot = std::make_shared<const LabourSnapshot>(LabourSnapshot::load(worker));
        const IpkCalculator calculator(*snapshot, prepared.rules);
        const IpkFormSet forms = IpkFormSet::loadDefault(CodeListRegistry::loadEmbedded());
        const IpkReport ipk = calculator.compute(forms, ReportPeriod::parse(month));
        QByteArray ipkContent;
        const qint64 ipkLines = IpkAggregate::appendLines(ipk, ipkContent);
        writer.append(ipkContent);
        if (ipkLines > 0) {
            const DatasetTemplate &tpl = IpkAggregate::batchTemplate();
            manifestDatasets.append(QJsonObject{{u"dataset_id"_qs, tpl.id()},
                                                {u"template_version"_qs, tpl.version()},
                                                {u"records"_qs, ipkLines}});
            batch.lines.append({tpl.id(), line, std::vector<qint64>(size_t(ipkLines), 0)});
            line += ipkLines;
        }
        report.ipkLines = ipkLines;
        for (const IpkBreak &b : ipk.breaks)
            report.ipkChecks << b.message;
    }
    if (writer.totalBytes() == 0)
        throw Error(ErrorCode::PolicyViolation, tr("The period %1 has nothing to send.").arg(month));

    PartWriter::Result written = writer.finish();
    batch.parts = std::move(written.parts);
    batch.contentSha256 = written.contentSha256;
    QJsonArray partList;
    for (qsizetype index = 0; index < batch.parts.size(); ++index) {
        partList.append(QJsonObject{{u"index"_qs, index},
                                    {u"bytes"_qs, batch.parts.at(index).size()},
                                    {u"sha256"_qs, written.partSha256.at(index)}});
    }
    const QJsonObject manifest{{u"protocol"_qs, kProtocolVersion},
                               {u"batch_id"_qs, batch.batchId},
                               {u"regency_code"_qs, regency},
                               {u"period"_qs, month},
                               {u"created_at"_qs, now.toString(Qt::ISODate)},
                               {u"datasets"_qs, manifestDatasets},
                               {u"part_size"_qs, options.partSize},
                               {u"total_bytes"_qs, writer.totalBytes()},
                               {u"content_sha256"_qs, batch.contentSha256},
                               {u"parts"_qs, partList}};
    batch.manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    report.totalBytes = writer.totalBytes();
    report.partCount = int(batch.parts.size());
    return batch;
}

void BatchBuilder::queue(const BuiltBatch &batch, const QDateTime &now)
{
    if (!m_session.can(Permission::SubmitBatches))
        throw Error(ErrorCode::PermissionDenied, permissionId(Permission::SubmitBatches));
    requireApproved(batch.period);
    Database &db = m_session.db();
    Transaction tx(db);
    const qint64 records = batch.report.recordsToSend();
    Outbox(db).enqueue(batch.manifestBytes, batch.parts,
                       tr("Batch %1: %n record(s)", "", int(records)).arg(batch.period), now);
    BatchRecordMap::store(db, batch.batchId, batch.lines);
    const QJsonObject details{{u"period"_qs, batch.period},
                              {u"regency_code"_qs, batch.regencyCode},
                              {u"records"_qs, records},
                              {u"withheld"_qs, batch.report.recordsWithheld()},
                              {u"ipk_lines"_qs, batch.report.ipkLines},
                              {u"total_bytes"_qs, batch.report.totalBytes},
                              {u"parts"_qs, batch.report.partCount},
                              {u"content_sha256"_qs, batch.contentSha256}};
    m_session.audit().append(m_session.user().username, u"smdata.batch.build"_qs, batch.batchId,
                             QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    tx.commit();
}

} // namespace sinergi::smdata
