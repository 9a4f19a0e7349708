#include "CliFailure.h"
#include "CommandContext.h"
#include "Commands.h"
#include "Console.h"
#include "ExitCode.h"

#include "approval/PeriodApprovals.h"
#include "common/AtomicFile.h"
#include "common/Error.h"
#include "session/Session.h"
#include "smdata/BatchBuilder.h"
#include "smdata/BatchXlsx.h"
#include "smdata/OfflinePackage.h"
#include "smdata/Outbox.h"
#include "smdata/ReceiptVerifier.h"
#include "smdata/SmdataKeys.h"
#include "smdata/SmdataSettings.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace sinergi::cli {

namespace {

using namespace sinergi::smdata;

// sinergi-cli batch build|list|status|export (issue 6): the SMData batches of the outbox. Sending them is
// `batch send` (SmdataCommands.cpp). Lists are tab-separated so scripts can cut them.
class BatchGroup
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::cli::BatchCommands)
public:
    static void requireSubmit(const sinergi::Session &session)
    {
        if (!session.can(Permission::SubmitBatches))
            throw Error(ErrorCode::PermissionDenied, permissionId(Permission::SubmitBatches));
    }

    static QString when(const QDateTime &t)
    {
        return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_qs) + u" UTC"_qs : u"-"_qs;
    }

    static OutboxBatch findBatch(sinergi::Session &session, const QString &id)
    {
        const std::optional<OutboxBatch> batch = Outbox(session.db()).find(id);
        if (!batch)
            throw CliFailure(ExitUsage,
                             tr("no batch “%1” in the outbox (see: sinergi-cli batch list)").arg(id));
        return *batch;
    }

    static QByteArray content(sinergi::Session &session, const OutboxBatch &batch)
    {
        Outbox outbox(session.db());
        QByteArray all;
        for (int i = 0; i < batch.partCount; ++i)
            all += outbox.part(batch.batchId, i);
        return all;
    }

    // --KEY-OPTION as base64, or @FILE holding the base64 (as the sandbox's --export-public-key writes it).
    static QList<QByteArray> keys(CommandContext &context, const QString &option)
    {
        QList<QByteArray> out;
        for (const QString &value : context.values(option)) {
            QByteArray text = value.toLatin1();
            if (value.startsWith(u'@')) {
                QFile file(value.mid(1));
                if (!file.open(QIODevice::ReadOnly))
                    throw CliFailure(ExitUsage, tr("--%1: cannot read %2").arg(option, value.mid(1)));
                text = file.readAll();
            }
            const QByteArray key =
                QByteArray::fromBase64(text.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
            if (key.size() != receipt::kPublicKeyBytes)
                throw CliFailure(ExitUsage,
                                 tr("--%1: not a base64 Ed25519 public key (32 bytes)").arg(option));
            out << key;
        }
        return out;
    }

    static int build(CommandContext &context)
    {
        if (!context.isSet(u"period"_qs))
            throw CliFailure(ExitUsage, tr("--period is required, e.g. --period 2025-06"));
        const QString period = context.value(u"period"_qs);
        if (!PeriodApprovals::isMonth(period))
            throw CliFailure(ExitUsage,
                             tr("--period: a month written year-month, e.g. 2025-06, not “%1”").arg(period));
        BatchBuilder::Options options;
        if (context.isSet(u"part-size"_qs)) {
            bool ok = false;
            options.partSize = context.value(u"part-size"_qs).toLongLong(&ok);
            if (!ok)
                throw CliFailure(ExitUsage, tr("--part-size: a number of bytes"));
        }
        auto session = context.login();
        BatchBuilder builder(*session);
        const BuiltBatch batch = builder.build(period, options);
        Console::outLine(batch.report.toText());
        if (context.isSet(u"dry-run"_qs)) {
            Console::errLine(tr("dry run: nothing was queued"));
            return ExitOk;
        }
        builder.queue(batch);
        Console::outLine(tr("queued as batch %1").arg(batch.batchId));
        return ExitOk;
    }

    static int list(CommandContext &context)
    {
        auto session = context.login();
        requireSubmit(*session);
        Console::outLine(tr("batch\tperiod\tstate\tparts acknowledged\tparts\tbytes\tattempts\tdescription"));
        for (const OutboxBatch &b : Outbox(session->db()).all()) {
            Console::outLine(QStringList{b.batchId, b.period, outboxStateName(b.state),
                                         QString::number(b.partsAcknowledged), QString::number(b.partCount),
                                         QString::number(b.totalBytes), QString::number(b.attempts),
                                         b.description}
                                 .join(u'\t'));
        }
        return ExitOk;
    }

    static int status(CommandContext &context)
    {
        auto session = context.login();
        requireSubmit(*session);
        const OutboxBatch b = findBatch(*session, context.argument(0));
        const QList<std::pair<QString, QString>> rows{
            {tr("batch"), b.batchId},
            {tr("regency"), b.regencyCode},
            {tr("period"), b.period},
            {tr("description"), b.description},
            {tr("state"), outboxStateName(b.state)},
            {tr("parts"), tr("%1 of %2 acknowledged").arg(b.partsAcknowledged).arg(b.partCount)},
            {tr("bytes"), QString::number(b.totalBytes)},
            {tr("manifest SHA-256"), b.manifestSha256},
            {tr("content SHA-256"), b.contentSha256},
            {tr("attempts"), QString::number(b.attempts)},
            {tr("next attempt"), b.finished() ? u"-"_qs : when(b.nextAttemptAt)},
            {tr("last error"), b.lastError.isEmpty() ? u"-"_qs : b.lastError},
            {tr("receipt"), b.receipt.isEmpty() ? tr("none") : tr("present (verified when received)")}};
        for (const auto &[label, value] : rows)
            Console::outLine(label + u'\t' + value);
        if (!context.isSet(u"verify"_qs))
            return ExitOk;
        if (b.receipt.isEmpty())
            throw CliFailure(ExitProblemsFound, tr("--verify: the batch has no receipt yet"));
        const QList<QByteArray> pinned = keys(context, u"receipt-key"_qs);
        if (pinned.isEmpty())
            throw CliFailure(ExitUsage,
                             tr("--verify needs --receipt-key KEY (the server's pinned public key)"));
        try {
            const QJsonObject payload =
                verifyReceipt(QJsonDocument::fromJson(b.receipt).object(), pinned,
                              ReceiptExpectation{b.batchId, b.regencyCode, b.period, b.manifestSha256,
                                                 b.contentSha256, b.totalBytes});
            Console::outLine(
                tr("receipt\tverified: %1, decided %2")
                    .arg(payload.value(u"state"_qs).toString(), payload.value(u"decided_at"_qs).toString()));
        } catch (const std::exception &e) {
            Console::outLine(tr("receipt\tNOT valid: %1").arg(QString::fromUtf8(e.what())));
            return ExitProblemsFound;
        }
        return ExitOk;
    }

    static int exportBatch(CommandContext &context)
    {
        const QString format = context.value(u"format"_qs);
        if (format != u"signed" && format != u"xlsx")
            throw CliFailure(ExitUsage, tr("--format: signed or xlsx, not “%1”").arg(format));
        if (!context.isSet(u"out"_qs))
            throw CliFailure(ExitUsage, tr("--out FILE is required"));
        const QString out = context.value(u"out"_qs);
        QList<QByteArray> recipients = keys(context, u"recipient-key"_qs);
        if (recipients.size() > 1)
            throw CliFailure(ExitUsage, tr("--recipient-key: give one key"));
        auto session = context.login();
        requireSubmit(*session);
        // Without --recipient-key: the newest pinned receipt key of the SMData settings (protocol 13.1).
        if (format == u"signed" && recipients.isEmpty()) {
            const QList<QByteArray> pinned = SmdataSettings::load(*session).receiptKeys;
            if (pinned.isEmpty())
                throw CliFailure(
                    ExitUsage,
                    tr("--format signed needs --recipient-key KEY (the ministry's or sandbox's public "
                       "key the file is encrypted to), or a pinned receipt key in the SMData "
                       "settings"));
            recipients << pinned.last();
        }
        const OutboxBatch b = findBatch(*session, context.argument(0));
        const QByteArray bytes = content(*session, b);
        if (format == u"xlsx") {
            BatchXlsx::write(b.manifestBytes, bytes, out);
        } else {
            const receipt::KeyPair signer = SmdataKeys::signingKey(session->db());
            writeFileAtomically(out,
                                OfflinePackage::seal(b.manifestBytes, bytes, signer, recipients.first()));
            Console::errLine(tr("signed with key %1 (public key %2), encrypted to key %3")
                                 .arg(receipt::keyId(signer.publicKey),
                                      QString::fromLatin1(signer.publicKey.toBase64()),
                                      receipt::keyId(recipients.first())));
        }
        session->audit().append(
            session->user().username, u"smdata.batch.export"_qs, b.batchId,
            QString::fromUtf8(QJsonDocument(QJsonObject{{u"format"_qs, format}, {u"file"_qs, out}})
                                  .toJson(QJsonDocument::Compact)));
        Console::errLine(tr("batch %1 written to %2").arg(b.batchId, out));
        return ExitOk;
    }

    static QList<Command> all()
    {
        Command build;
        build.words = {u"batch"_qs, u"build"_qs};
        build.summary = tr("Build the SMData batch of an approved month, show what it holds, and queue it");
        build.options = {{u"period"_qs, u"YYYY-MM"_qs, tr("The approved month (required)")},
                         {u"dry-run"_qs, {}, tr("Only show the readiness report; queue nothing")},
                         {u"part-size"_qs, u"BYTES"_qs, tr("Part size in bytes (default 1048576)")}};
        build.run = &BatchGroup::build;

        Command list;
        list.words = {u"batch"_qs, u"list"_qs};
        list.summary = tr("List the batches of the outbox: period, state, parts");
        list.run = &BatchGroup::list;

        Command status;
        status.words = {u"batch"_qs, u"status"_qs};
        status.arguments = u"BATCH_ID"_qs;
        status.minArguments = status.maxArguments = 1;
        status.summary = tr("Show one batch: state, parts acknowledged, errors, receipt");
        status.options = {
            {u"verify"_qs, {}, tr("Verify the stored receipt again (needs --receipt-key)")},
            {u"receipt-key"_qs, u"KEY"_qs, tr("A pinned server public key, base64 or @FILE; repeatable")}};
        status.run = &BatchGroup::status;

        Command exportCommand;
        exportCommand.words = {u"batch"_qs, u"export"_qs};
        exportCommand.arguments = u"BATCH_ID"_qs;
        exportCommand.minArguments = exportCommand.maxArguments = 1;
        exportCommand.summary = tr("Write a batch as a signed, encrypted file or as XLSX for manual upload");
        exportCommand.options = {{u"format"_qs, u"signed|xlsx"_qs,
                                  tr("signed: for manual transfer; xlsx: reporting-template layout")},
                                 {u"out"_qs, u"FILE"_qs, tr("The file to write (required)")},
                                 {u"recipient-key"_qs, u"KEY"_qs,
                                  tr("--format signed: the ministry's public key (base64 or @FILE) the file "
                                     "is encrypted to; default "
                                     "the newest pinned receipt key")}};
        exportCommand.run = &BatchGroup::exportBatch;
        return {build, list, status, exportCommand};
    }
};

} // namespace

QList<Command> batchCommands()
{
    return BatchGroup::all();
}

} // namespace sinergi::cli
