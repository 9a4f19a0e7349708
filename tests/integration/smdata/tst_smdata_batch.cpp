// The batch builder (models/smdata/BatchBuilder) on a real store filled through the importer with datagen's
// records: each field's sharing policy, the records chosen for the month and the ones withheld, the
// manifest's hashes, the line map; then the real sandbox on loopback accepting a built batch, and
// rejecting one record, which the line map leads back to.
#include "SandboxProcess.h"
#include "TestSupport.h"

#include "DataGenerator.h"
#include "RecordsFixture.h"

#include "approval/PeriodApprovals.h"
#include "approval/PeriodReview.h"
#include "common/Clock.h"
#include "importing/XlsxReader.h"
#include "records/RecordService.h"
#include "reports/IpkFormSet.h"
#include "reports/LabourSnapshot.h"
#include "reports/ReportRules.h"
#include "smdata/BatchBuilder.h"
#include "smdata/BatchRecordMap.h"
#include "smdata/BatchXlsx.h"
#include "smdata/IpkAggregate.h"
#include "smdata/OfflinePackage.h"
#include "smdata/Outbox.h"
#include "smdata/OutboxSender.h"
#include "smdata/ReceiptVerifier.h"
#include "smdata/SmdataClient.h"
#include "smdata/SmdataKeys.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QTest>

using namespace sinergi;
using namespace sinergi::smdata;
using namespace sinergi::test;

namespace {

const QString kMonth = u"2025-06"_qs;
const QStringList kImported{u"pemberi_kerja"_qs, u"pencari_kerja"_qs, u"lowongan"_qs, u"penempatan"_qs};

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

struct Line
{
    QString dataset;
    QJsonObject record;
};

QList<Line> parseLines(const QByteArray &content)
{
    QList<Line> lines;
    for (const QByteArray &raw : content.split('\n')) {
        if (raw.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(raw, &error).object();
        if (error.error != QJsonParseError::NoError)
            qFatal("unparsable line %s", raw.constData());
        lines.append({o.value(u"dataset"_qs).toString(), o.value(u"record"_qs).toObject()});
    }
    return lines;
}

// A stored value as text, the way the builder reads it from SQLite.
QString storedText(const QVariant &v)
{
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 17);
    return v.toString();
}

} // namespace

class TestSmdataBatch : public QObject
{
    Q_OBJECT

private:
    RecordsFixture m_fx;
    QTemporaryDir m_datagen;
    std::unique_ptr<sinergi::Session> m_session;
    std::unique_ptr<RecordService> m_records;
    QByteArray m_pseudonymKey;
    qint64 m_deletedSeeker = 0;    // a June job seeker, soft-deleted
    qint64 m_invalidSeeker = 0;    // a job seeker with an invalid NIK, referenced by a June placement
    qint64 m_blockedPlacement = 0; // that June placement
    qint64 m_juneInvalid = 0;      // a June job seeker with an invalid sex code
    SandboxProcess m_sandbox;

    BatchBuilder builder() { return BatchBuilder(*m_session); }

    // Approves a month as the walidata would: with its review, acknowledging the errors this test made.
    void approve(const QString &month)
    {
        const LabourSnapshot snapshot = LabourSnapshot::load(m_session->db());
        const IpkFormSet forms = IpkFormSet::loadDefault(m_fx.m_codes);
        const PeriodReview review = PeriodReview::gather(m_session->db(), m_fx.m_templates, snapshot, forms,
                                                         ReportRules::fromSettings(*m_session), month);
        PeriodApprovals(m_session->db())
            .approve(*m_session, month, u"Diperiksa; data yang salah ditahan"_qs, review, review.hasErrors());
    }

    QVariantMap row(const QString &dataset, qint64 id) { return *m_records->get(dataset, id); }

    qint64 scalar(const QString &sql)
    {
        return m_session->db().scalar(sql.toUtf8().constData()).toLongLong();
    }

    // The value a field must carry in the batch, from the stored value and the template's policy.
    std::optional<QString> expected(const FieldDef &f, const QVariant &stored)
    {
        if (stored.isNull() || !stored.isValid() || f.share == SharePolicy::Withhold)
            return std::nullopt;
        const QString text = storedText(stored);
        switch (f.share) {
        case SharePolicy::Pseudonymise:
            return QString::fromLatin1(
                QMessageAuthenticationCode::hash(text.toUtf8(), m_pseudonymKey, QCryptographicHash::Sha256)
                    .toHex());
        case SharePolicy::Minimise:
            return f.minimiseTo == u"year"_qs ? text.left(4) : text.left(f.minimiseTo.mid(7).toInt());
        default:
            return text;
        }
    }

    static QString sentText(const QJsonValue &v)
    {
        if (v.isDouble()) {
            const double d = v.toDouble();
            return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
        }
        return v.toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_datagen.isValid());
        datagen::DatagenConfig config;
        config.outDir = m_datagen.path();
        config.seed = 6;
        config.jobSeekers = 1500;
        datagen::DataGenerator::run(config);
        m_session = m_fx.newStore();
        m_session->setSetting(u"office.regency"_qs, u"3373"_qs);
        QCOMPARE(m_fx.importFiles(*m_session, m_datagen.path(), kImported), QString());
        m_records =
            std::make_unique<RecordService>(*m_session, m_fx.m_templates, m_fx.m_validator, &m_fx.m_regions);
        m_pseudonymKey = [&] {
            const SecureBuffer key = SmdataKeys::pseudonymKey(m_session->db());
            return QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(key.size()));
        }();

        // The month's records must be valid to start with, so that what is withheld is what this test did.
        QCOMPARE(scalar(u"SELECT count(*) FROM record_problems WHERE severity = 0"_qs), 0);
        m_deletedSeeker =
            scalar(u"SELECT min(_id) FROM rec_pencari_kerja WHERE tanggal_daftar LIKE '2025-06-%'"_qs);
        QVERIFY(m_deletedSeeker > 0);
        m_records->remove(u"pencari_kerja"_qs, m_deletedSeeker);
        m_blockedPlacement = scalar(u"SELECT min(p._id) FROM rec_penempatan p JOIN rec_pencari_kerja s USING "
                                    "(no_pendaftaran) WHERE p.tanggal_penempatan LIKE '2025-06-%' AND "
                                    "s.tanggal_daftar NOT LIKE '2025-06-%'"_qs);
        QVERIFY(m_blockedPlacement > 0);
        m_invalidSeeker = scalar(u"SELECT s._id FROM rec_penempatan p JOIN rec_pencari_kerja s USING "
                                 "(no_pendaftaran) WHERE p._id = %1"_qs.arg(m_blockedPlacement));
        m_records->update(u"pencari_kerja"_qs, m_invalidSeeker, {{u"nik"_qs, u"12"_qs}});
        QVERIFY(scalar(u"SELECT count(*) FROM record_problems WHERE severity = 0 AND record_id = %1"_qs.arg(
                    m_invalidSeeker)) > 0);
        m_juneInvalid = scalar(
            u"SELECT max(_id) FROM rec_pencari_kerja WHERE _deleted = 0 AND tanggal_daftar LIKE '2025-06-%'"_qs);
        m_records->update(u"pencari_kerja"_qs, m_juneInvalid, {{u"jenis_kelamin"_qs, u"X"_qs}});
        approve(kMonth);
    }

    void refusesWhatIsNotAnApprovedMonth()
    {
        BatchBuilder b = builder();
        try {
            b.build(u"2025-05"_qs);
            QFAIL("built an unapproved month");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::PolicyViolation);
            QVERIFY(e.detail().contains(u"2025-05"_qs));
        }
        for (const QString &bad : {u"2025"_qs, u"2025-S1"_qs, u"2025-13"_qs, u"June"_qs}) {
            try {
                b.build(bad);
                QFAIL(qPrintable(bad));
            } catch (const Error &e) {
                QCOMPARE(e.code(), ErrorCode::InvalidArgument);
            }
        }
        // Approved, then reopened: no longer buildable, and a batch built before cannot be queued.
        approve(u"2025-04"_qs);
        const BuiltBatch april = b.build(u"2025-04"_qs);
        PeriodApprovals(m_session->db()).reopen(*m_session, u"2025-04"_qs, u"Koreksi data"_qs);
        QVERIFY_THROWS_EXCEPTION(Error, b.build(u"2025-04"_qs));
        QVERIFY_THROWS_EXCEPTION(Error, b.queue(april));
        QVERIFY(!Outbox(m_session->db()).find(april.batchId));
    }

    void appliesEachFieldsSharingPolicy()
    {
        const BuiltBatch batch = builder().build(kMonth);
        const QList<Line> lines = parseLines(batch.content());
        QCOMPARE(qint64(lines.size()), batch.report.recordsToSend() + batch.report.ipkLines);
        int checked = 0;
        qint64 lineNo = 0;
        for (const BatchLineRun &run : batch.lines) {
            QCOMPARE(run.firstLine, lineNo + 1);
            if (run.dataset == IpkAggregate::kDatasetId) {
                lineNo += qint64(run.recordIds.size());
                continue;
            }
            const DatasetTemplate *tpl = m_fx.m_templates.find(run.dataset);
            QVERIFY(tpl);
            for (size_t i = 0; i < run.recordIds.size(); ++i) {
                const Line &line = lines.at(lineNo + qsizetype(i));
                QCOMPARE(line.dataset, run.dataset);
                const QVariantMap stored = row(run.dataset, run.recordIds[i]);
                for (const FieldDef &f : tpl->fields()) {
                    const std::optional<QString> want = expected(f, stored.value(f.name));
                    QVERIFY2(line.record.contains(f.name) == want.has_value(),
                             qPrintable(run.dataset + u'.' + f.name));
                    if (want) {
                        QCOMPARE(sentText(line.record.value(f.name)), *want);
                        ++checked;
                    }
                }
                QCOMPARE(line.record.size(), [&] {
                    int n = 0;
                    for (const FieldDef &f : tpl->fields())
                        n += expected(f, stored.value(f.name)) ? 1 : 0;
                    return n;
                }());
            }
            lineNo += qint64(run.recordIds.size());
        }
        QVERIFY(checked > 1000);
        // The policies of pencari_kerja really occur: pseudonyms are 64 hex, minimised values are short.
        for (const Line &line : lines) {
            if (line.dataset != u"pencari_kerja"_qs)
                continue;
            QCOMPARE(line.record.value(u"nik"_qs).toString().size(), 64);
            QCOMPARE(line.record.value(u"tanggal_lahir"_qs).toString().size(), 4);
            QVERIFY(!line.record.contains(u"nama"_qs) && !line.record.contains(u"alamat"_qs));
            QVERIFY(line.record.value(u"kode_desa"_qs).toString().size() <= 8);
            break;
        }
    }

    void choosesTheMonthsRecordsAndWhatTheyReferTo()
    {
        const BuiltBatch batch = builder().build(kMonth);
        QHash<QString, QSet<qint64>> sent;
        for (const BatchLineRun &run : batch.lines)
            for (qint64 id : run.recordIds)
                sent[run.dataset].insert(id);
        QVERIFY(!sent.value(u"pencari_kerja"_qs).contains(m_deletedSeeker));
        QVERIFY(!sent.value(u"pencari_kerja"_qs).contains(m_invalidSeeker));
        QVERIFY(!sent.value(u"penempatan"_qs).contains(m_blockedPlacement));

        // Every valid June placement is sent, and so is the job seeker it names, whatever month they
        // registered in.
        Statement st = m_session->db().prepare(
            "SELECT p._id, s._id, substr(s.tanggal_daftar, 1, 7) FROM rec_penempatan p JOIN "
            "rec_pencari_kerja s "
            "USING (no_pendaftaran) WHERE p._deleted = 0 AND s._deleted = 0 AND p.tanggal_penempatan LIKE "
            "'2025-06-%'");
        int placements = 0, fromOtherMonths = 0;
        while (st.step()) {
            if (st.int64(0) == m_blockedPlacement)
                continue;
            QVERIFY(sent.value(u"penempatan"_qs).contains(st.int64(0)));
            QVERIFY(sent.value(u"pencari_kerja"_qs).contains(st.int64(1)));
            ++placements;
            fromOtherMonths += st.text(2) != kMonth ? 1 : 0;
        }
        QVERIFY(placements > 0 && fromOtherMonths > 0);
        QCOMPARE(qint64(sent.value(u"penempatan"_qs).size()),
                 scalar(u"SELECT count(*) FROM rec_penempatan WHERE _deleted = 0 AND tanggal_penempatan LIKE "
                        "'2025-06-%'"_qs) -
                     1);
        // No job seeker of another month is sent unless a sent record names it.
        const qint64 juneSeekers = scalar(
            u"SELECT count(*) FROM rec_pencari_kerja WHERE _deleted = 0 AND tanggal_daftar LIKE '2025-06-%' "
            "AND _id NOT IN (%1, %2)"_qs.arg(m_invalidSeeker)
                .arg(m_juneInvalid));

        const DatasetReadiness *seekers = nullptr, *placed = nullptr;
        for (const DatasetReadiness &d : batch.report.datasets) {
            if (d.datasetId == u"pencari_kerja"_qs)
                seekers = &d;
            if (d.datasetId == u"penempatan"_qs)
                placed = &d;
        }
        QVERIFY(seekers && placed);
        QCOMPARE(seekers->toSend, qint64(sent.value(u"pencari_kerja"_qs).size()));
        QCOMPARE(seekers->toSend - seekers->referencedExtra, juneSeekers);
        QVERIFY(seekers->referencedExtra >= fromOtherMonths);
        QCOMPARE(seekers->periodField, u"tanggal_daftar"_qs);
        QVERIFY(seekers->fieldsWithheld.contains(u"nama"_qs));
        QVERIFY(seekers->fieldsPseudonymised.contains(u"nik"_qs));
        QVERIFY(seekers->fieldsMinimised.contains(u"kode_desa (prefix:8)"_qs));
        bool deletedListed = false;
        for (const WithheldGroup &g : seekers->withheldGroups)
            deletedListed |= g.reason == WithholdReason::Deleted && g.recordIds.contains(m_deletedSeeker);
        QVERIFY(deletedListed);
        bool blockedListed = false;
        for (const WithheldGroup &g : placed->withheldGroups)
            blockedListed |= g.reason == WithholdReason::ReferencesWithheld &&
                             g.rule == u"pencari_kerja"_qs &&
                             g.recordIds == QList<qint64>{m_blockedPlacement};
        QVERIFY(blockedListed);
        QVERIFY(batch.report.ipkLines > 0);
        QVERIFY(batch.report.toText().contains(u"pencari_kerja"_qs));
    }

    void anInvalidRecordOfTheMonthIsListedWithItsReason()
    {
        const qint64 juneInvalid = m_juneInvalid;
        const BuiltBatch batch = builder().build(kMonth);
        for (const BatchLineRun &run : batch.lines)
            if (run.dataset == u"pencari_kerja"_qs)
                QVERIFY(std::find(run.recordIds.begin(), run.recordIds.end(), juneInvalid) ==
                        run.recordIds.end());
        bool listed = false;
        for (const DatasetReadiness &d : batch.report.datasets) {
            for (const WithheldGroup &g : d.withheldGroups) {
                if (g.reason == WithholdReason::ValidationError && g.recordIds.contains(juneInvalid)) {
                    listed = true;
                    QCOMPARE(g.field, u"jenis_kelamin"_qs);
                    QVERIFY(!g.message.isEmpty());
                }
            }
        }
        QVERIFY(listed);
    }

    void manifestHashesVerifyAndTheBuildIsDeterministic()
    {
        BatchBuilder::Options options;
        options.partSize = 64 * 1024;
        options.batchId = u"0f8fad5b-d9cb-469f-a165-70867728950e"_qs;
        options.now = QDateTime(QDate(2025, 7, 2), QTime(8, 0), Qt::UTC);
        const BuiltBatch a = builder().build(kMonth, options);
        const BuiltBatch b = builder().build(kMonth, options);
        QCOMPARE(a.manifestBytes, b.manifestBytes);
        QCOMPARE(a.parts, b.parts);

        const QJsonObject m = QJsonDocument::fromJson(a.manifestBytes).object();
        QCOMPARE(m.value(u"protocol"_qs).toInt(), 1);
        QCOMPARE(m.value(u"batch_id"_qs).toString(), options.batchId);
        QCOMPARE(m.value(u"regency_code"_qs).toString(), u"33.73"_qs);
        QCOMPARE(m.value(u"period"_qs).toString(), kMonth);
        QCOMPARE(m.value(u"created_at"_qs).toString(), u"2025-07-02T08:00:00Z"_qs);
        QCOMPARE(m.value(u"part_size"_qs).toInteger(), options.partSize);
        const QJsonArray parts = m.value(u"parts"_qs).toArray();
        QCOMPARE(parts.size(), a.parts.size());
        QVERIFY(parts.size() > 1);
        qint64 total = 0;
        for (int i = 0; i < parts.size(); ++i) {
            const QJsonObject p = parts.at(i).toObject();
            QCOMPARE(p.value(u"index"_qs).toInt(), i);
            QCOMPARE(p.value(u"sha256"_qs).toString(), sha256Hex(a.parts.at(i)));
            QCOMPARE(p.value(u"bytes"_qs).toInteger(), a.parts.at(i).size());
            if (i + 1 < parts.size())
                QCOMPARE(a.parts.at(i).size(), options.partSize);
            total += a.parts.at(i).size();
        }
        QCOMPARE(m.value(u"total_bytes"_qs).toInteger(), total);
        QCOMPARE(m.value(u"content_sha256"_qs).toString(), sha256Hex(a.content()));
        QHash<QString, qint64> counted;
        for (const Line &l : parseLines(a.content()))
            ++counted[l.dataset];
        for (const QJsonValue &v : m.value(u"datasets"_qs).toArray()) {
            const QJsonObject d = v.toObject();
            QCOMPARE(d.value(u"records"_qs).toInteger(), counted.value(d.value(u"dataset_id"_qs).toString()));
            QCOMPARE(d.value(u"template_version"_qs).toInt(), 1);
        }
        QCOMPARE(m.value(u"datasets"_qs).toArray().size(), counted.size());

        // Another UUID: a fresh v4.
        const BuiltBatch fresh = builder().build(kMonth);
        QVERIFY(fresh.batchId != options.batchId);
        QCOMPARE(QUuid::fromString(fresh.batchId).version(), QUuid::Random);
    }

    void queueStoresTheLineMapAndAudits()
    {
        BatchBuilder b = builder();
        const BuiltBatch batch = b.build(kMonth);
        b.queue(batch);
        const std::optional<OutboxBatch> queued = Outbox(m_session->db()).find(batch.batchId);
        QVERIFY(queued);
        QCOMPARE(queued->state, OutboxState::Queued);
        QCOMPARE(queued->manifestBytes, batch.manifestBytes);

        QList<qint64> lines;
        QHash<QString, QList<qint64>> want;
        for (const BatchLineRun &run : batch.lines) {
            if (run.dataset == IpkAggregate::kDatasetId) {
                lines << run.firstLine; // an aggregate: no record
                continue;
            }
            lines << run.firstLine << run.firstLine + qint64(run.recordIds.size()) - 1;
            want[run.dataset] << run.recordIds.front() << run.recordIds.back();
            std::sort(want[run.dataset].begin(), want[run.dataset].end());
            want[run.dataset].erase(std::unique(want[run.dataset].begin(), want[run.dataset].end()),
                                    want[run.dataset].end());
        }
        lines << 0 << 10'000'000; // outside the batch
        QCOMPARE(BatchRecordMap::recordsForLines(m_session->db(), batch.batchId, lines), want);
        const auto one = BatchRecordMap::recordForLine(m_session->db(), batch.batchId, 1);
        QVERIFY(one);
        QCOMPARE(one->first, batch.lines.first().dataset);
        QCOMPARE(one->second, batch.lines.first().recordIds.front());

        AuditFilter filter;
        filter.actionPrefix = u"smdata.batch.build"_qs;
        const QList<AuditEntry> entries = m_session->queryAudit(filter);
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first().target, batch.batchId);
    }

    void sandboxAcceptsABuiltBatch()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
        BatchBuilder b = builder();
        const BuiltBatch batch = b.build(kMonth);
        b.queue(batch);
        QCOMPARE(send(batch.batchId), OutboxState::Accepted);
    }

    void sandboxRejectionLeadsBackToTheRecord()
    {
        // A record changed outside Sinergi after validation (its stored findings say nothing), so the
        // builder sends it and the server finds the wrong code.
        const qint64 tampered = scalar(u"SELECT min(_id) FROM rec_pencari_kerja WHERE _deleted = 0 AND "
                                       u"tanggal_daftar LIKE '2025-06-%' AND "
                                       "_id NOT IN (%1, %2)"_qs.arg(m_deletedSeeker)
                                           .arg(m_juneInvalid));
        m_session->db().exec(
            u"UPDATE rec_pencari_kerja SET jenis_kelamin = 'Q' WHERE _id = %1"_qs.arg(tampered)
                .toUtf8()
                .constData());
        BatchBuilder b = builder();
        const BuiltBatch batch = b.build(kMonth);
        m_session->db().exec(
            u"UPDATE rec_pencari_kerja SET jenis_kelamin = 'L' WHERE _id = %1"_qs.arg(tampered)
                .toUtf8()
                .constData());
        b.queue(batch);
        QCOMPARE(send(batch.batchId), OutboxState::Rejected);

        SmdataClient client(ClientConfig{m_sandbox.baseUrl(), m_sandbox.caPem(), 10000});
        client.login(u"admin.3373"_qs, u"sandbox-password"_qs);
        const std::optional<BatchState> state = client.batch(batch.batchId);
        QVERIFY(state);
        const QJsonArray errors = state->json.value(u"errors"_qs).toArray();
        QCOMPARE(errors.size(), 1);
        const QJsonObject error = errors.first().toObject();
        QCOMPARE(error.value(u"field"_qs).toString(), u"jenis_kelamin"_qs);
        const QHash<QString, QList<qint64>> records = BatchRecordMap::recordsForLines(
            m_session->db(), batch.batchId, {error.value(u"line"_qs).toInteger()});
        QCOMPARE(records, (QHash<QString, QList<qint64>>{{u"pencari_kerja"_qs, {tampered}}}));
    }

    void offlineFileRoundTrip()
    {
        const BuiltBatch batch = builder().build(kMonth);
        const receipt::KeyPair signer = SmdataKeys::signingKey(m_session->db());
        QCOMPARE(SmdataKeys::signingKey(m_session->db()).publicKey, signer.publicKey); // made once, kept
        const QByteArray file =
            OfflinePackage::seal(batch.manifestBytes, batch.content(), signer, m_sandbox.publicKey());
        QVERIFY(file.startsWith(OfflinePackage::kMagic));
        // Encrypted: no pseudonym or field name of the content is readable in the file.
        QVERIFY(!file.contains("pencari_kerja") && !file.contains(batch.contentSha256.toLatin1()));

        QTemporaryDir dir;
        const QString good = dir.filePath(u"batch.sinergi"_qs);
        writeAll(good, file);
        QByteArray flippedBytes = file;
        flippedBytes[flippedBytes.size() / 2] = char(flippedBytes.at(flippedBytes.size() / 2) ^ 0x01);
        const QString flipped = dir.filePath(u"flipped.sinergi"_qs);
        writeAll(flipped, flippedBytes);
        const receipt::KeyPair stranger = receipt::generateKeyPair();
        const QString forOther = dir.filePath(u"other.sinergi"_qs);
        writeAll(forOther,
                 OfflinePackage::seal(batch.manifestBytes, batch.content(), signer, stranger.publicKey));

        m_sandbox.stop(); // the intake opens the sandbox's data file itself
        const auto runIntake = [&](const QString &path, const QStringList &extra = {}) {
            QProcess p;
            p.start(QStringLiteral(SMDATA_SANDBOX_PATH),
                    QStringList{u"--data"_qs, m_sandbox.dataFile(), u"--open-offline"_qs, path} + extra);
            p.waitForFinished(60000);
            return std::make_pair(p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object());
        };
        const auto [flippedExit, flippedAnswer] = runIntake(flipped);
        QCOMPARE(flippedExit, 1);
        QCOMPARE(flippedAnswer.value(u"error"_qs).toObject().value(u"code"_qs).toString(),
                 u"offline_file_invalid"_qs);
        const auto [otherExit, otherAnswer] = runIntake(forOther);
        QCOMPARE(otherExit, 1);
        QVERIFY(otherAnswer.value(u"error"_qs)
                    .toObject()
                    .value(u"message"_qs)
                    .toString()
                    .contains(u"another key"_qs));
        const auto [untrustedExit, untrustedAnswer] =
            runIntake(good, {u"--offline-signer"_qs, QString::fromLatin1(stranger.publicKey.toBase64())});
        QCOMPARE(untrustedExit, 1);
        QCOMPARE(untrustedAnswer.value(u"error"_qs).toObject().value(u"code"_qs).toString(), u"forbidden"_qs);

        const auto [exit, state] =
            runIntake(good, {u"--offline-signer"_qs, QString::fromLatin1(signer.publicKey.toBase64())});
        QCOMPARE(exit, 0);
        QCOMPARE(state.value(u"batch_id"_qs).toString(), batch.batchId);
        QCOMPARE(state.value(u"state"_qs).toString(), u"accepted"_qs);
        // The receipt is the same signed statement an online submission gets.
        const QJsonObject payload = verifyReceipt(
            state.value(u"receipt"_qs).toObject(), {m_sandbox.publicKey()},
            ReceiptExpectation{batch.batchId, batch.regencyCode, batch.period, sha256Hex(batch.manifestBytes),
                               batch.contentSha256, qint64(batch.content().size())});
        QCOMPARE(payload.value(u"state"_qs).toString(), u"accepted"_qs);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
        SmdataClient client(ClientConfig{m_sandbox.baseUrl(), m_sandbox.caPem(), 10000});
        client.login(u"admin.3373"_qs, u"sandbox-password"_qs);
        QCOMPARE(client.batch(batch.batchId)->state, u"accepted"_qs);
    }

    void xlsxInTheReportingTemplateLayout()
    {
        const BuiltBatch batch = builder().build(kMonth);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"batch.xlsx"_qs);
        BatchXlsx::write(batch.manifestBytes, batch.content(), path);
        XlsxReader reader(path);
        QStringList expectedSheets;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(batch.manifestBytes).object().value(u"datasets"_qs).toArray())
            expectedSheets << v.toObject().value(u"dataset_id"_qs).toString();
        QCOMPARE(reader.sheetNames(), expectedSheets + QStringList{u"keterangan"_qs});

        const QList<Line> lines = parseLines(batch.content());
        for (int sheet = 0; sheet < expectedSheets.size(); ++sheet) {
            reader.selectSheet(sheet);
            const QString dataset = expectedSheets.at(sheet);
            const DatasetTemplate &tpl = dataset == IpkAggregate::kDatasetId
                                             ? IpkAggregate::batchTemplate()
                                             : *m_fx.m_templates.find(dataset);
            QStringList labels, names;
            for (const FieldDef &f : tpl.fields()) {
                if (f.share != SharePolicy::Withhold) {
                    labels << f.label(u"id"_qs);
                    names << f.name;
                }
            }
            QCOMPARE(reader.header(), labels);
            QVERIFY(!labels.contains(u"Nama"_qs));
            QStringList row;
            qsizetype at = 0;
            while (at < lines.size() && lines.at(at).dataset != dataset)
                ++at;
            int rows = 0;
            while (reader.next(row)) {
                const QJsonObject record = lines.at(at + rows).record;
                for (int c = 0; c < names.size(); ++c)
                    QCOMPARE(row.value(c), sentText(record.value(names.at(c))));
                ++rows;
            }
            qint64 want = 0;
            for (const Line &l : lines)
                want += l.dataset == dataset ? 1 : 0;
            QCOMPARE(rows, want);
        }
        reader.selectSheet(int(expectedSheets.size()));
        QStringList row;
        bool named = false;
        while (reader.next(row))
            named |= row.value(1) == batch.batchId;
        QVERIFY(named || reader.header().value(1) == batch.batchId);
    }

private:
    OutboxState send(const QString &batchId)
    {
        Outbox outbox(m_session->db());
        SmdataClient client(ClientConfig{m_sandbox.baseUrl(), m_sandbox.caPem(), 10000});
        client.login(u"admin.3373"_qs, u"sandbox-password"_qs);
        ManualClock clock(QDateTime::currentDateTimeUtc());
        OutboxSender sender(outbox, client, {m_sandbox.publicKey()}, clock, [] { return 0.5; });
        sender.setDecisionWait(50, 400);
        // Earlier tests queued batches too; the sender takes them in order of their next attempt.
        for (int round = 0; round < 20 && outbox.find(batchId) && !outbox.find(batchId)->finished();
             ++round) {
            if (sender.runOnce() == OutboxSender::Outcome::Idle)
                clock.advanceSeconds(3600);
        }
        const std::optional<OutboxBatch> after = outbox.find(batchId);
        if (!after)
            return OutboxState::Failed;
        if (after->state == OutboxState::Failed)
            qWarning("batch failed: %s", qPrintable(after->lastError));
        return after->state;
    }
};

QTEST_GUILESS_MAIN(TestSmdataBatch)
#include "tst_smdata_batch.moc"
