// smdata-sandbox: the reference server of docs/smdata-protocol.md, for tests and workshops (README.md).
#include "SandboxServer.h"
#include "SandboxStore.h"

#include "common/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace sinergi;
using namespace sinergi::sandbox;

namespace {

class SandboxMain
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::sandbox::SandboxMain)
public:
    static int run(QCoreApplication &app);
};

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

double rate(const QCommandLineParser &parser, const QString &name)
{
    return std::clamp(parser.value(name).toDouble(), 0.0, 1.0);
}

int SandboxMain::run(QCoreApplication &app)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reference server of the Sinergi SMData protocol v1 (synthetic data only)."));
    parser.addHelpOption();
    const QList<QCommandLineOption> options{
        {u"port"_qs, tr("TCP port on 127.0.0.1; 0 picks a free one (printed on stdout)."), u"port"_qs,
         u"0"_qs},
        {u"data"_qs, tr("The sandbox's own SQLite file (created when missing)."), u"file"_qs,
         u"smdata-sandbox.db"_qs},
        {u"user"_qs, tr("A user admin as name:password:regency-code[:regency-name]; repeatable."),
         u"user"_qs},
        {u"http"_qs, tr("Plain HTTP instead of HTTPS (debugging only; clients refuse it).")},
        {u"export-ca"_qs,
         tr("Write the sandbox CA certificate (PEM) to this file, for the client's CA bundle."), u"file"_qs},
        {u"export-public-key"_qs, tr("Write the receipt public key (base64) to this file, for pinning."),
         u"file"_qs},
        {u"access-ttl"_qs, tr("Access token lifetime in seconds."), u"seconds"_qs, u"900"_qs},
        {u"refresh-ttl"_qs, tr("Refresh token lifetime in seconds."), u"seconds"_qs, u"604800"_qs},
        {u"latency"_qs, tr("Fault: delay every API answer by this many milliseconds."), u"ms"_qs, u"0"_qs},
        {u"error-rate"_qs, tr("Fault: share of API requests answered 503."), u"rate"_qs, u"0"_qs},
        {u"reset-rate"_qs, tr("Fault: share of API answers cut off mid-body."), u"rate"_qs, u"0"_qs},
        {u"rate-limit-rate"_qs, tr("Fault: share of API requests answered 429."), u"rate"_qs, u"0"_qs},
        {u"retry-after"_qs, tr("Fault: the Retry-After seconds of a 429."), u"seconds"_qs, u"1"_qs},
        {u"malformed-rate"_qs, tr("Fault: share of API answers with truncated JSON."), u"rate"_qs, u"0"_qs},
        {u"oversized-rate"_qs, tr("Fault: share of API answers replaced by an oversized body."), u"rate"_qs,
         u"0"_qs},
        {u"oversized-bytes"_qs, tr("Fault: size of an oversized body in bytes."), u"bytes"_qs,
         u"50331648"_qs},
        {u"fault-path"_qs, tr("Fault switches apply only to paths containing this text."), u"text"_qs},
        {u"seed"_qs, tr("Seed of the fault switches' random choices."), u"n"_qs, u"1"_qs},
        {u"shared-job-seekers"_qs,
         tr("Seed shared data on first start from datagen with this many job seekers (0: none)."), u"n"_qs,
         u"0"_qs},
        {u"shared-seed"_qs,
         tr("The datagen seed of the shared data (the regency's own seed gives overlaps)."), u"n"_qs,
         u"42"_qs},
        {u"shared-overlap"_qs, tr("Share of the regency's records that SMData also holds."), u"rate"_qs,
         u"0.8"_qs},
        {u"shared-conflict"_qs, tr("Share of the overlapping records with one value changed."), u"rate"_qs,
         u"0.05"_qs},
        {u"shared-extra"_qs, tr("Records only SMData holds, as a share of the overlapping ones."), u"rate"_qs,
         u"0.1"_qs},
        {u"open-offline"_qs,
         tr("Take in an offline batch file (protocol section 13), print the batch state as JSON and exit "
            "(0: taken in, 1: refused)."),
         u"file"_qs},
        {u"offline-signer"_qs,
         tr("With --open-offline: accept only files signed by this Ed25519 public key (base64); repeatable."),
         u"key"_qs}};
    parser.addOptions(options);
    parser.process(app);

    SandboxOptions opts;
    QStringList users = parser.values(u"user"_qs);
    if (users.isEmpty())
        users << u"admin.3373:sandbox-password:33.73:Kota Salatiga"_qs;
    for (const QString &spec : std::as_const(users)) {
        const QStringList p = spec.split(u':');
        if (p.size() < 3 || p.at(0).isEmpty() || p.at(1).isEmpty() || p.at(2).isEmpty()) {
            err << tr("Invalid --user \"%1\": expected name:password:regency-code[:regency-name].").arg(spec)
                << '\n';
            return 2;
        }
        opts.users.append({p.at(0), p.at(1), p.at(2), p.value(3)});
    }
    opts.https = !parser.isSet(u"http"_qs);
    opts.accessTtlSeconds = std::max(1, parser.value(u"access-ttl"_qs).toInt());
    opts.refreshTtlSeconds = std::max(1, parser.value(u"refresh-ttl"_qs).toInt());
    opts.seed = parser.value(u"seed"_qs).toUInt();
    FaultSettings &f = opts.faults;
    f.latencyMs = std::max(0, parser.value(u"latency"_qs).toInt());
    f.serverError.rate = rate(parser, u"error-rate"_qs);
    f.resetMidBody.rate = rate(parser, u"reset-rate"_qs);
    f.rateLimit.rate = rate(parser, u"rate-limit-rate"_qs);
    f.retryAfterSeconds = std::max(0, parser.value(u"retry-after"_qs).toInt());
    f.malformedJson.rate = rate(parser, u"malformed-rate"_qs);
    f.oversizedBody.rate = rate(parser, u"oversized-rate"_qs);
    f.oversizedBytes = std::max<qint64>(1, parser.value(u"oversized-bytes"_qs).toLongLong());
    f.pathContains = parser.value(u"fault-path"_qs);

    opts.shared.jobSeekers = std::max(0LL, parser.value(u"shared-job-seekers"_qs).toLongLong());
    opts.shared.seed = parser.value(u"shared-seed"_qs).toULongLong();
    opts.shared.regency = opts.users.first().regencyCode;
    opts.shared.overlap = rate(parser, u"shared-overlap"_qs);
    opts.shared.conflict = rate(parser, u"shared-conflict"_qs);
    opts.shared.smdataOnly = rate(parser, u"shared-extra"_qs);

    bool portOk = false;
    const uint port = parser.value(u"port"_qs).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << tr("Invalid --port \"%1\".").arg(parser.value(u"port"_qs)) << '\n';
        return 2;
    }

    try {
        SandboxStore store(parser.value(u"data"_qs));
        SandboxServer server(store, std::move(opts));
        if (parser.isSet(u"open-offline"_qs)) {
            QFile file(parser.value(u"open-offline"_qs));
            if (!file.open(QIODevice::ReadOnly)) {
                err << tr("Cannot read %1.").arg(file.fileName()) << '\n';
                return 1;
            }
            QList<QByteArray> signers;
            for (const QString &key : parser.values(u"offline-signer"_qs))
                signers << QByteArray::fromBase64(key.toLatin1());
            const ApiReply reply = server.openOffline(file.readAll(), signers);
            out << QString::fromUtf8(reply.body) << '\n';
            out.flush();
            return reply.status < 400 ? 0 : 1;
        }
        const quint16 bound = server.listen(QHostAddress::LocalHost, static_cast<quint16>(port));
        if (bound == 0) {
            err << tr("Cannot listen on 127.0.0.1:%1.").arg(port) << '\n';
            return 1;
        }
        if (parser.isSet(u"export-ca"_qs) &&
            !writeFile(parser.value(u"export-ca"_qs), server.caCertificatePem())) {
            err << tr("Cannot write %1.").arg(parser.value(u"export-ca"_qs)) << '\n';
            return 1;
        }
        if (parser.isSet(u"export-public-key"_qs) &&
            !writeFile(parser.value(u"export-public-key"_qs),
                       server.signer().publicKey().toBase64() + '\n')) {
            err << tr("Cannot write %1.").arg(parser.value(u"export-public-key"_qs)) << '\n';
            return 1;
        }
        // The first line is for scripts and tests: they read the port from it.
        out << "port " << bound << '\n';
        out << tr("SMData sandbox listening on %1://127.0.0.1:%2/ (status page at /)")
                   .arg(parser.isSet(u"http"_qs) ? u"http"_qs : u"https"_qs)
                   .arg(bound)
            << '\n';
        out << tr("Receipt key %1: %2")
                   .arg(server.signer().keyId(), QString::fromLatin1(server.signer().publicKey().toBase64()))
            << '\n';
        out.flush();
        return app.exec();
    } catch (const Error &e) {
        err << tr("The sandbox cannot start: %1").arg(e.userMessage() + u" ("_qs + e.detail() + u")"_qs)
            << '\n';
        return 1;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"smdata-sandbox"_qs);
    return SandboxMain::run(app);
}
