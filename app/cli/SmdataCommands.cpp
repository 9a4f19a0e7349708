// sinergi-cli smdata login|settings|pull-shared and batch send: the SMData side of issue 6 on the command
// line. `batch build|list|status|export` live in BatchCommands.cpp.
#include "CliFailure.h"
#include "CommandContext.h"
#include "Commands.h"
#include "Console.h"
#include "ExitCode.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "session/Session.h"
#include "smdata/Outbox.h"
#include "smdata/OutboxSenderThread.h"
#include "smdata/SharedDataPull.h"
#include "smdata/SmdataClient.h"
#include "smdata/SmdataSettings.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QTimer>

namespace sinergi::cli {

using smdata::FailureKind;
using smdata::Outbox;
using smdata::OutboxBatch;
using smdata::OutboxSenderThread;
using smdata::OutboxState;
using smdata::outboxStateName;
using smdata::SenderConfig;
using smdata::SendProgress;
using smdata::SharedDataPull;
using smdata::SharedPullResult;
using smdata::SmdataClient;
using smdata::SmdataError;
using smdata::SmdataSettings;

namespace {

class SmdataGroup
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::cli::SmdataCommands)
public:
    static void requireSubmit(const Session &session)
    {
        if (!session.can(Permission::SubmitBatches))
            throw Error(ErrorCode::PermissionDenied, permissionId(Permission::SubmitBatches));
    }

    // SmdataError hides Error::userMessage (which only knows the ErrorCode): report it here, with its own
    // exit code, so scripts can tell "SMData said no / could not be reached" from a store problem.
    [[noreturn]] static void fail(const SmdataError &e, const CommandContext &context)
    {
        QString message = e.userMessage();
        if (context.verbose())
            message += u"\ndetail: "_qs + e.detail();
        throw CliFailure(ExitSmdata, message);
    }

    static SmdataSettings configured(Session &session)
    {
        SmdataSettings s = SmdataSettings::load(session);
        if (s.url.isEmpty())
            throw CliFailure(ExitUsage, tr("SMData is not set up: set the address first with "
                                           "`sinergi-cli smdata settings --url https://...`"));
        return s;
    }

    static QString sizeText(qint64 bytes)
    {
        return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    }

    static int settings(CommandContext &context)
    {
        auto session = context.login();
        requireSubmit(*session);
        SmdataSettings s = SmdataSettings::load(*session);
        const SmdataSettings before = s;
        if (context.isSet(u"url"_qs))
            s.url = SmdataSettings::normalizedUrl(context.value(u"url"_qs));
        if (context.isSet(u"username"_qs))
            s.username = context.value(u"username"_qs).trimmed();
        if (context.isSet(u"ca"_qs)) {
            QFile f(context.value(u"ca"_qs));
            if (!f.open(QIODevice::ReadOnly))
                throw CliFailure(ExitUsage, tr("cannot read %1: %2").arg(f.fileName(), f.errorString()));
            const QByteArray pem = f.readAll();
            SmdataSettings::checkCaBundle(pem);
            s.caBundlePem = pem;
        }
        if (context.isSet(u"system-ca"_qs))
            s.caBundlePem.clear();
        for (const QString &b64 : context.values(u"receipt-key"_qs)) {
            const QByteArray key = SmdataSettings::parseReceiptKey(b64);
            if (!s.receiptKeys.contains(key))
                s.receiptKeys.append(key);
        }
        for (const QString &id : context.values(u"remove-receipt-key"_qs)) {
            const qsizetype n = s.receiptKeys.size();
            s.receiptKeys.removeIf([&](const QByteArray &k) { return SmdataSettings::keyId(k) == id; });
            if (s.receiptKeys.size() == n)
                throw CliFailure(ExitUsage, tr("no pinned receipt key has the id %1").arg(id));
        }
        const bool changed = s.url != before.url || s.username != before.username ||
                             s.caBundlePem != before.caBundlePem || s.receiptKeys != before.receiptKeys;
        if (changed)
            SmdataSettings::save(*session, s);
        Console::outLine(tr("url: %1").arg(s.url.isEmpty() ? tr("(not set)") : s.url));
        Console::outLine(tr("username: %1").arg(s.username.isEmpty() ? tr("(not set)") : s.username));
        // Never the password itself: only whether one is stored.
        Console::outLine(tr("password: %1").arg(s.password.isEmpty() ? tr("(not set)") : tr("(stored)")));
        const QList<QSslCertificate> certs = QSslCertificate::fromData(s.caBundlePem, QSsl::Pem);
        if (certs.isEmpty()) {
            Console::outLine(tr("ca: system trust store"));
        } else {
            for (const QSslCertificate &c : certs)
                Console::outLine(tr("ca: %1 (SHA-256 %2)")
                                     .arg(c.subjectDisplayName(),
                                          QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex())));
        }
        if (s.receiptKeys.isEmpty())
            Console::outLine(tr("receipt-key: (none pinned: receipts cannot be verified)"));
        for (const QByteArray &k : std::as_const(s.receiptKeys))
            Console::outLine(
                tr("receipt-key: %1 %2").arg(SmdataSettings::keyId(k), QString::fromLatin1(k.toBase64())));
        return ExitOk;
    }

    static int login(CommandContext &context)
    {
        auto session = context.login();
        requireSubmit(*session);
        SmdataSettings s = configured(*session);
        const bool fromOptions = context.isSet(u"username"_qs);
        if (fromOptions)
            s.username = context.value(u"username"_qs).trimmed();
        if (s.username.isEmpty())
            throw CliFailure(ExitUsage, tr("no SMData user name: give --username"));
        if (fromOptions || s.password.isEmpty())
            s.password = context.passwords().askExisting(tr("SMData password for %1:").arg(s.username));
        if (s.password.isEmpty())
            throw CliFailure(ExitUsage, tr("no SMData password given"));
        SmdataClient client(s.clientConfig());
        try {
            client.login(s.username, s.password);
        } catch (const SmdataError &e) {
            fail(e, context);
        }
        Console::outLine(
            tr("logged in to SMData as %1 (regency %2); the access token is valid until %3 UTC")
                .arg(s.username, client.session().regencyCode,
                     client.session().accessExpiresAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_qs)));
        if (context.isSet(u"save"_qs)) {
            SmdataSettings::save(*session, s);
            Console::outLine(tr("user name and password saved in the encrypted store"));
        }
        return ExitOk;
    }

    static int pullShared(CommandContext &context)
    {
        const QString period = context.value(u"period"_qs);
        static const QRegularExpression periodPattern(u"^\\d{4}(-(0[1-9]|1[0-2])|-S[12])?$"_qs);
        if (!periodPattern.match(period).hasMatch())
            throw CliFailure(ExitUsage,
                             tr("--period: yyyy-MM, yyyy-S1, yyyy-S2 or yyyy, not “%1”").arg(period));
        auto session = context.login();
        requireSubmit(*session);
        const SmdataSettings s = configured(*session);
        if (!s.complete())
            throw CliFailure(ExitUsage, tr("no SMData user name or password stored: run "
                                           "`sinergi-cli smdata login --username NAME --save` first"));
        SmdataClient client(s.clientConfig());
        QStringList datasets = context.values(u"dataset"_qs);
        QList<SharedPullResult> results;
        try {
            client.login(s.username, s.password);
            if (datasets.isEmpty()) {
                for (const QJsonValue &t : client.templates())
                    datasets << t[u"dataset_id"_qs].toString();
                datasets.removeDuplicates();
            }
            for (const QString &dataset : std::as_const(datasets)) {
                const SharedPullResult r = SharedDataPull::pull(
                    client, session->db(), dataset, period, session->user().username,
                    QDateTime::currentDateTimeUtc(), 500, [&](int pages, int records) {
                        if (context.verbose())
                            Console::errLine(
                                tr("%1: page %2, %3 record(s)").arg(dataset).arg(pages).arg(records));
                    });
                session->audit().append(
                    session->user().username, u"smdata.pull_shared"_qs, dataset,
                    u"{\"period\":\"%1\",\"records\":%2,\"snapshot\":\"%3\"}"_qs.arg(period)
                        .arg(r.records)
                        .arg(r.snapshot));
                results << r;
            }
        } catch (const SmdataError &e) {
            fail(e, context);
        }
        for (const SharedPullResult &r : std::as_const(results)) {
            QStringList sources;
            for (auto it = r.bySource.cbegin(); it != r.bySource.cend(); ++it)
                sources << u"%1 %2"_qs.arg(it.key()).arg(it.value());
            Console::outLine(tr("%1\t%2 record(s)\t%3 page(s)\tsnapshot %4\t%5")
                                 .arg(r.dataset)
                                 .arg(r.records)
                                 .arg(r.pages)
                                 .arg(r.snapshot, sources.join(u", "_qs)));
        }
        return ExitOk;
    }

    static QString stateLine(const OutboxBatch &b)
    {
        QString line = u"%1\t%2\t%3\t%4/%5\t%6"_qs.arg(b.batchId, outboxStateName(b.state), b.period)
                           .arg(b.partsAcknowledged)
                           .arg(b.partCount)
                           .arg(b.attempts);
        if (!b.finished() || b.state == OutboxState::Failed)
            line += u'\t' + b.lastError;
        return line;
    }

    static int send(CommandContext &context)
    {
        int waitSeconds = 300;
        if (context.isSet(u"wait"_qs)) {
            bool ok = false;
            waitSeconds = context.value(u"wait"_qs).toInt(&ok);
            if (!ok || waitSeconds < 0)
                throw CliFailure(ExitUsage, tr("--wait: a number of seconds (0 or more)"));
        }
        auto session = context.login();
        requireSubmit(*session);
        if (!configured(*session).complete())
            throw CliFailure(ExitUsage, tr("no SMData user name or password stored: run "
                                           "`sinergi-cli smdata login --username NAME --save` first"));
        Outbox outbox(session->db());
        QStringList targets;
        if (!context.argument(0).isEmpty()) {
            const QString id = context.argument(0).toLower();
            if (!outbox.find(id))
                throw CliFailure(ExitUsage,
                                 tr("no batch %1 in the outbox (see `sinergi-cli batch list`)").arg(id));
            targets << id;
        } else {
            for (const OutboxBatch &b : outbox.all())
                if (!b.finished())
                    targets << b.batchId;
        }
        const auto pending = [&] {
            QStringList open;
            for (const QString &id : std::as_const(targets))
                if (!outbox.find(id)->finished())
                    open << id;
            return open;
        };
        if (!pending().isEmpty()) {
            // Asked by a person: what waits for its backoff goes now.
            outbox.makeDue(QDateTime::currentDateTimeUtc());
            SenderConfig config;
            OutboxSenderThread sender(session->vault().openWorkerConnection(), config, Clock::system());
            QEventLoop loop;
            QTimer deadline;
            deadline.setSingleShot(true);
            QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
            QObject::connect(&sender, &OutboxSenderThread::progress, &loop, [&](const SendProgress &p) {
                Console::errLine(tr("%1: %2 %3/%4 part(s), %5 of %6")
                                     .arg(p.batchId, outboxStateName(p.state))
                                     .arg(p.partsAcknowledged)
                                     .arg(p.partCount)
                                     .arg(sizeText(p.bytesAcknowledged), sizeText(p.totalBytes)));
            });
            QObject::connect(&sender, &OutboxSenderThread::batchUpdated, &loop, [&](const QString &id, int) {
                if (const auto b = outbox.find(id); b && !b->finished() && !b->lastError.isEmpty())
                    Console::errLine(tr("%1: %2 (attempt %3; next at %4 UTC)")
                                         .arg(id, b->lastError)
                                         .arg(b->attempts)
                                         .arg(b->nextAttemptAt.toUTC().toString(u"HH:mm:ss"_qs)));
                if (pending().isEmpty())
                    loop.quit();
            });
            QObject::connect(&sender, &OutboxSenderThread::idle, &loop, [&](const QDateTime &) {
                if (pending().isEmpty() || waitSeconds == 0)
                    loop.quit();
            });
            QObject::connect(&sender, &OutboxSenderThread::problem, &loop,
                             [&](const QString &m) { Console::errLine(tr("sender: %1").arg(m)); });
            if (waitSeconds > 0) // 0: one round, ended by the first idle
                deadline.start(waitSeconds * 1000);
            sender.start();
            loop.exec();
            sender.shutDown();
        }
        bool rejected = false, failed = false, open = false;
        for (const QString &id : std::as_const(targets)) {
            const OutboxBatch b = *outbox.find(id);
            Console::outLine(stateLine(b));
            rejected |= b.state == OutboxState::Rejected;
            failed |= b.state == OutboxState::Failed;
            open |= !b.finished();
        }
        if (failed)
            return ExitSmdata;
        if (open)
            return ExitSmdataPending;
        return rejected ? ExitProblemsFound : ExitOk;
    }
};

} // namespace

QList<Command> smdataCommands()
{
    Command send;
    send.words = {u"batch"_qs, u"send"_qs};
    send.arguments = u"[BATCH_ID]"_qs;
    send.maxArguments = 1;
    send.summary = SmdataGroup::tr("Send queued batches (or one) to SMData and wait for the decision");
    send.options = {{u"wait"_qs, u"SECONDS"_qs,
                     SmdataGroup::tr("Keep trying and polling this long (default 300; 0: one round)")}};
    send.run = [](CommandContext &c) { return SmdataGroup::send(c); };

    Command login;
    login.words = {u"smdata"_qs, u"login"_qs};
    login.summary = SmdataGroup::tr("Log in to SMData with the user admin's account (a connection test)");
    login.options = {
        {u"username"_qs, u"NAME"_qs,
         SmdataGroup::tr("SMData user name; its password is asked (default: the stored account)")},
        {u"save"_qs, {}, SmdataGroup::tr("Store the user name and password in the encrypted store")}};
    login.run = [](CommandContext &c) { return SmdataGroup::login(c); };

    Command settings;
    settings.words = {u"smdata"_qs, u"settings"_qs};
    settings.summary =
        SmdataGroup::tr("Show or change the SMData address, CA bundle and pinned receipt keys");
    settings.options = {
        {u"url"_qs, u"URL"_qs, SmdataGroup::tr("Server address, https://host[:port]")},
        {u"username"_qs, u"NAME"_qs, SmdataGroup::tr("User admin's SMData user name")},
        {u"ca"_qs, u"FILE"_qs, SmdataGroup::tr("Trust only the CA certificates in this PEM file")},
        {u"system-ca"_qs, {}, SmdataGroup::tr("Trust the system's CA store again (drop the CA bundle)")},
        {u"receipt-key"_qs, u"BASE64"_qs, SmdataGroup::tr("Pin a receipt public key (repeatable)")},
        {u"remove-receipt-key"_qs, u"KEY_ID"_qs, SmdataGroup::tr("Unpin the receipt key with this id")}};
    settings.run = [](CommandContext &c) { return SmdataGroup::settings(c); };

    Command pull;
    pull.words = {u"smdata"_qs, u"pull-shared"_qs};
    pull.summary = SmdataGroup::tr("Download SMData's consolidated shared data for reconciliation");
    pull.options = {
        {u"period"_qs, u"PERIOD"_qs, SmdataGroup::tr("Period: 2025-06, 2025-S1 or 2025 (required)")},
        {u"dataset"_qs, u"ID"_qs,
         SmdataGroup::tr("Only this dataset (repeatable; default: every template SMData lists)")}};
    pull.run = [](CommandContext &c) {
        if (!c.isSet(u"period"_qs))
            throw CliFailure(ExitUsage, SmdataGroup::tr("--period is required, e.g. --period 2025-06"));
        return SmdataGroup::pullShared(c);
    };
    return {send, login, settings, pull};
}

} // namespace sinergi::cli
