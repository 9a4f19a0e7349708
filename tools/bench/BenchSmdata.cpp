#include "BenchSmdata.h"

#include "approval/PeriodApprovals.h"
#include "approval/PeriodReview.h"
#include "common/Clock.h"
#include "datasets/CodeListRegistry.h"
#include "datasets/FieldValidator.h"
#include "datasets/RecordValidator.h"
#include "datasets/RegionCatalog.h"
#include "datasets/RuleRegistry.h"
#include "datasets/TemplateRegistry.h"
#include "importing/Importer.h"
#include "records/DatasetSchema.h"
#include "reports/IpkFormSet.h"
#include "reports/LabourSnapshot.h"
#include "reports/ReportRules.h"
#include "session/Session.h"
#include "smdata/BatchBuilder.h"
#include "smdata/Outbox.h"
#include "smdata/OutboxSender.h"
#include "smdata/SmdataClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

using namespace sinergi;
using smdata::BatchBuilder;
using smdata::BuiltBatch;
using smdata::ClientConfig;
using smdata::Outbox;
using smdata::OutboxSender;
using smdata::OutboxState;
using smdata::SendProgress;
using smdata::SmdataClient;

namespace {

const QString kPassword = u"Bench-Password-2026"_qs;
const QString kMonth = u"2025-06"_qs;
const QStringList kDatasets{u"pemberi_kerja"_qs,   u"pencari_kerja"_qs,     u"lowongan"_qs,
                            u"penempatan"_qs,      u"pelatihan_program"_qs, u"pelatihan_peserta"_qs,
                            u"penduduk_bekerja"_qs};

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void report(const char *name, std::vector<double> values, const QString &extra, const char *unit = "ms")
{
    std::sort(values.begin(), values.end());
    std::printf("%s runs=%zu median_%s=%.1f min_%s=%.1f max_%s=%.1f %s\n", name, values.size(), unit,
                values[values.size() / 2], unit, values.front(), unit, values.back(), qPrintable(extra));
    std::fflush(stdout);
}

// A regency whose records all fall in June 2025, so that one month's batch has about `records` records:
// datagen makes some 1.67 records of the month (all datasets together) per job seeker. Imported through the
// Importer, the month reviewed and approved as a walidata would. Kept in cacheDir for later runs.
bool buildStore(const QString &dir, int records)
{
    const QString datagen = QCoreApplication::applicationDirPath() + u"/../datagen/sinergi-datagen"_qs;
    const QString csv = dir + u"/csv"_qs;
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(datagen, {u"--seed"_qs, u"42"_qs, u"--regency"_qs, u"33.73"_qs, u"--job-seekers"_qs,
                      QString::number(records * 3 / 5), u"--from"_qs, u"2025-06-01"_qs, u"--to"_qs,
                      u"2025-06-30"_qs, u"--out"_qs, csv});
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        std::fprintf(stderr, "sinergi-datagen failed: %s\n", p.readAllStandardError().constData());
        return false;
    }
    const TemplateRegistry templates = TemplateRegistry::loadEmbedded();
    const CodeListRegistry codes = CodeListRegistry::loadEmbedded();
    const RegionCatalog regions = RegionCatalog::loadEmbedded();
    const FieldValidator fields(&codes, &regions);
    const RecordValidator validator(fields, RuleRegistry::standard());
    auto session = std::move(Session::initialize(StoreLocation{dir + u"/store"_qs}, u"admin"_qs, u"Bench"_qs,
                                                 kPassword, KdfParams::minimal())
                                 .session);
    session->setSetting(u"office.regency"_qs, u"33.73"_qs);
    DatasetSchema::sync(session->db(), templates);
    Importer importer(*session, templates, validator, &codes, &regions);
    for (const QString &dataset : kDatasets) {
        ImportOptions o;
        o.dataset = dataset;
        o.path = csv + u'/' + dataset + u".csv"_qs;
        if (!QFileInfo::exists(o.path))
            continue;
        const ImportReport r = importer.run(o);
        std::printf("# smdata: imported %lld %s\n", static_cast<long long>(r.inserted), qPrintable(dataset));
    }
    const LabourSnapshot snapshot = LabourSnapshot::load(session->db());
    const IpkFormSet forms = IpkFormSet::loadDefault(codes);
    const PeriodReview review = PeriodReview::gather(session->db(), templates, snapshot, forms,
                                                     ReportRules::fromSettings(*session), kMonth);
    PeriodApprovals(session->db())
        .approve(*session, kMonth, u"bench"_qs, review, /*acknowledgeErrors=*/review.hasErrors());
    QDir(csv).removeRecursively();
    std::printf("# smdata: store generated, imported and %s approved in %.1f s\n", qPrintable(kMonth),
                msSince(t) / 1000.0);
    std::fflush(stdout);
    return true;
}

// The real smdata-sandbox on a free loopback port, over HTTPS with its own CA.
struct Sandbox
{
    QTemporaryDir dir;
    QProcess process;
    quint16 port = 0;

    bool start()
    {
        process.setProgram(QStringLiteral(SMDATA_SANDBOX_PATH));
        process.setArguments({u"--port"_qs, u"0"_qs, u"--data"_qs, dir.filePath(u"sandbox.db"_qs),
                              u"--export-ca"_qs, dir.filePath(u"ca.pem"_qs), u"--export-public-key"_qs,
                              dir.filePath(u"key.txt"_qs)});
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start();
        if (!process.waitForStarted(5000))
            return false;
        while (process.waitForReadyRead(10000)) {
            while (process.canReadLine()) {
                const QByteArray line = process.readLine().trimmed();
                if (line.startsWith("port "))
                    port = static_cast<quint16>(line.mid(5).toUInt());
            }
            if (port)
                return true;
        }
        return false;
    }
    ~Sandbox()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            process.waitForFinished(5000);
        }
    }
    QByteArray file(const QString &name) const
    {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    ClientConfig config() const
    {
        ClientConfig c;
        c.baseUrl = u"https://127.0.0.1:%1"_qs.arg(port);
        c.caBundlePem = file(u"ca.pem"_qs);
        return c;
    }
    QByteArray receiptKey() const { return QByteArray::fromBase64(file(u"key.txt"_qs).trimmed()); }
};

struct Submission
{
    OutboxSender::Outcome outcome = OutboxSender::Outcome::Idle;
    double committedMs = 0; // from the first request to the commit's answer
    double decidedMs = 0;   // from the first request to the verified receipt
    qint64 bytes = 0;       // request bodies on the wire (gzip)
};

// Runs the sender until the outbox's batch is decided (or it stops with another outcome).
Submission submit(Session &session, const Sandbox &sandbox, SmdataClient &client,
                  const std::function<void(const SendProgress &)> &onProgress = {})
{
    Outbox outbox(session.db());
    OutboxSender sender(outbox, client, {sandbox.receiptKey()}, Clock::system(),
                        [] { return QRandomGenerator::global()->generateDouble(); });
    sender.setDecisionWait(10, 60000);
    Submission s;
    QElapsedTimer t;
    t.start();
    sender.setProgressCallback([&](const SendProgress &p) {
        if (p.state == OutboxState::Sent && s.committedMs == 0)
            s.committedMs = msSince(t);
        if (onProgress)
            onProgress(p);
    });
    client.login(u"admin.3373"_qs, u"sandbox-password"_qs);
    const qint64 before = client.bytesSent();
    s.outcome = sender.runOnce();
    s.decidedMs = msSince(t);
    s.bytes = client.bytesSent() - before;
    return s;
}

} // namespace

int benchSmdata(int runs, int records, const QString &cacheDir)
{
    const QString dir =
        cacheDir.isEmpty() ? QDir::tempPath() + u"/sinergi-bench-smdata-%1"_qs.arg(records) : cacheDir;
    if (!QFileInfo::exists(dir + u"/store"_qs)) {
        QDir().mkpath(dir);
        if (!buildStore(dir, records))
            return 1;
    }
    Sandbox sandbox;
    if (!sandbox.start()) {
        std::fprintf(stderr, "smdata-sandbox did not start\n");
        return 1;
    }
    auto session = Session::login(StoreLocation{dir + u"/store"_qs}, u"admin"_qs, kPassword);

    std::vector<double> build, queue, committed, decided, endToEnd, endToCommit, rate, wire;
    qint64 sent = 0, contentBytes = 0, cleanBytes = 0;
    int parts = 0;
    double perPartMs = 0;
    for (int run = 0; run < runs; ++run) {
        BatchBuilder builder(*session);
        QElapsedTimer t;
        t.start();
        const BuiltBatch batch = builder.build(kMonth);
        build.push_back(msSince(t));
        t.restart();
        builder.queue(batch);
        queue.push_back(msSince(t));
        SmdataClient client(sandbox.config());
        const Submission s = submit(*session, sandbox, client);
        if (s.outcome != OutboxSender::Outcome::Accepted) {
            const auto stored = Outbox(session->db()).find(batch.batchId);
            std::fprintf(stderr, "run %d: batch not accepted (outcome %d): %s\n", run, int(s.outcome),
                         stored ? qPrintable(stored->lastError) : "?");
            return 1;
        }
        sent = batch.report.recordsToSend();
        contentBytes = batch.content().size();
        parts = int(batch.parts.size());
        cleanBytes = s.bytes;
        perPartMs = s.committedMs / std::max(1, parts);
        committed.push_back(s.committedMs);
        decided.push_back(s.decidedMs);
        endToCommit.push_back(build.back() + queue.back() + s.committedMs);
        endToEnd.push_back(build.back() + queue.back() + s.decidedMs);
        rate.push_back(1000.0 * double(sent) / endToCommit.back());
        wire.push_back(double(s.bytes));
    }
    const QString extra =
        u"records=%1 content_bytes=%2 parts=%3 wire_bytes=%4 (%5 %)"_qs.arg(sent)
            .arg(contentBytes)
            .arg(parts)
            .arg(cleanBytes)
            .arg(100.0 * double(cleanBytes) / double(std::max<qint64>(1, contentBytes)), 0, 'f', 1);
    report("smdata_build", build, extra);
    report("smdata_queue", queue, extra);
    report("smdata_upload_and_commit", committed, extra);
    report("smdata_commit_to_receipt_total", decided, extra + u" (first request to verified receipt)"_qs);
    report("smdata_end_to_end_committed", endToCommit, extra + u" (build + queue + upload + commit)"_qs);
    report("smdata_end_to_end_accepted", endToEnd, extra + u" (... + server validation + receipt)"_qs);
    report("smdata_records_per_second", rate, extra + u" (build to commit)"_qs, "records_per_s");

    // The cut: a second batch of the same month; while part n/2 is on its way, the client is cancelled
    // (as a dropped connection or a closed program would end it). A new client and sender then resume it.
    BatchBuilder builder(*session);
    const BuiltBatch batch = builder.build(kMonth);
    builder.queue(batch);
    SmdataClient first(sandbox.config());
    std::thread cutter;
    const int cutAfter = int(batch.parts.size()) / 2;
    const Submission cut = submit(*session, sandbox, first, [&](const SendProgress &p) {
        if (p.state == OutboxState::Sending && p.partsAcknowledged == cutAfter && !cutter.joinable()) {
            cutter = std::thread([&first, perPartMs] {
                std::this_thread::sleep_for(std::chrono::microseconds(qint64(perPartMs * 500)));
                // cancel() belongs to the client's thread: queued, it runs inside the request's event loop.
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(), [&first] { first.cancel(); }, Qt::QueuedConnection);
            });
        }
    });
    if (cutter.joinable())
        cutter.join();
    const auto afterCut = Outbox(session->db()).find(batch.batchId);
    SmdataClient second(sandbox.config());
    const Submission resumed = submit(*session, sandbox, second);
    const qint64 total = cut.bytes + resumed.bytes;
    std::printf(
        "smdata_resume_after_cut cut_after_parts=%d parts_acknowledged_at_cut=%d first_run_bytes=%lld "
        "resumed_run_bytes=%lld total_bytes=%lld clean_run_bytes=%lld resent_bytes=%lld "
        "resent_percent=%.2f outcome=%s\n",
        cutAfter, afterCut ? afterCut->partsAcknowledged : -1, static_cast<long long>(cut.bytes),
        static_cast<long long>(resumed.bytes), static_cast<long long>(total),
        static_cast<long long>(cleanBytes), static_cast<long long>(total - cleanBytes),
        100.0 * double(total - cleanBytes) / double(std::max<qint64>(1, cleanBytes)),
        resumed.outcome == OutboxSender::Outcome::Accepted ? "accepted" : "NOT accepted");
    std::fflush(stdout);
    return resumed.outcome == OutboxSender::Outcome::Accepted ? 0 : 1;
}
