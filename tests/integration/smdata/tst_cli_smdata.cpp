// sinergi-cli's SMData commands (app/cli/SmdataCommands.cpp) as a script would run them, against the real
// reference server on loopback: settings, login (with --save), batch send to accepted, a send killed
// mid-upload and run again (resumes, one batch at the server), pull-shared into the store.
#include "CliRunner.h"
#include "SandboxProcess.h"
#include "TestBatch.h"
#include "TestSupport.h"

#include "session/Session.h"
#include "smdata/Outbox.h"
#include "smdata/SharedDataPull.h"
#include "smdata/SmdataClient.h"
#include "smdata/SmdataSettings.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTest>

using namespace sinergi;
using namespace sinergi::smdata;
using namespace sinergi::test;

class TestCliSmdata : public QObject, public CliStoreFixture
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_datagenDir;
    TestBatch m_batch;

    std::unique_ptr<sinergi::Session> openStore()
    {
        return sinergi::Session::login(StoreLocation{m_store}, u"admin"_qs, QString::fromLatin1(kPassword));
    }
    QString enqueue(qint64 partSize = 8192)
    {
        TestBatch b = m_batch;
        b.rebuild(partSize);
        auto session = openStore();
        Outbox(session->db()).enqueue(b.manifestBytes, b.parts, u"cli"_qs, QDateTime::currentDateTimeUtc());
        return b.id;
    }
    OutboxBatch stored(const QString &id)
    {
        auto session = openStore();
        return *Outbox(session->db()).find(id);
    }
    std::optional<BatchState> atServer(const QString &id)
    {
        SmdataClient client(ClientConfig{m_sandbox.baseUrl(), m_sandbox.caPem(), 10000});
        client.login(u"admin.3373"_qs, u"sandbox-password"_qs);
        return client.batch(id);
    }
    int serverCopies(const QString &id)
    {
        SmdataClient client(ClientConfig{m_sandbox.baseUrl(), m_sandbox.caPem(), 10000});
        client.login(u"admin.3373"_qs, u"sandbox-password"_qs);
        int n = 0;
        for (const BatchState &s : client.batches(m_batch.period))
            n += s.json.value(u"batch_id"_qs).toString() == id ? 1 : 0;
        return n;
    }
    QByteArray passwords(const QByteArray &smdataPassword = {}) const
    {
        QByteArray in = QByteArray(kPassword) + '\n';
        if (!smdataPassword.isEmpty())
            in += smdataPassword + '\n';
        return in;
    }
    Result asAdminWith(QStringList args, const QByteArray &input) const
    {
        args << u"--store"_qs << m_store << u"--user"_qs << u"admin"_qs << u"--password-stdin"_qs;
        return cli(args, input);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({u"--shared-job-seekers"_qs, u"200"_qs}), qPrintable(m_sandbox.error()));
        QVERIFY(m_datagenDir.isValid());
        m_batch = TestBatch::fromDatagen(m_datagenDir.path(), 300, 8192, u"2025"_qs);
        QCOMPARE(runner().init().code, 0);
        writeAll(m_tmp.filePath(u"ca.pem"_qs), m_sandbox.caPem());
        writeAll(m_tmp.filePath(u"not-a-ca.pem"_qs), "hello");
    }

    void init()
    {
        SandboxClient admin(m_sandbox.baseUrl(), m_sandbox.caPem());
        QCOMPARE(admin.setFaults({{u"clear"_qs, true}}).status, 200);
    }

    void settingsRefusesBadInput()
    {
        Result r = asAdmin({u"smdata"_qs, u"settings"_qs, u"--url"_qs, u"http://127.0.0.1:1"_qs});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"https://"_qs), qPrintable(r.err));
        r = asAdmin({u"smdata"_qs, u"settings"_qs, u"--ca"_qs, m_tmp.filePath(u"not-a-ca.pem"_qs)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"PEM"_qs), qPrintable(r.err));
        r = asAdmin({u"smdata"_qs, u"settings"_qs, u"--receipt-key"_qs, u"c2hvcnQ="_qs});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"32-byte"_qs), qPrintable(r.err));
        r = asAdmin({u"batch"_qs, u"send"_qs});
        QCOMPARE(r.code, 1); // not set up yet
        QVERIFY2(r.err.contains(u"smdata settings --url"_qs), qPrintable(r.err));
    }

    void settingsAndLogin()
    {
        const QString key = QString::fromLatin1(m_sandbox.publicKey().toBase64());
        Result r = asAdmin({u"smdata"_qs, u"settings"_qs, u"--url"_qs, m_sandbox.baseUrl() + u"/"_qs,
                            u"--ca"_qs, m_tmp.filePath(u"ca.pem"_qs), u"--receipt-key"_qs, key});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"url: "_qs + m_sandbox.baseUrl() + u"\n"_qs), qPrintable(r.out));
        QVERIFY(r.out.contains(u"password: (not set)"_qs));
        QVERIFY(r.out.contains(SmdataSettings::keyId(m_sandbox.publicKey())));
        QVERIFY(r.out.contains(u"ca: "_qs) && !r.out.contains(u"system trust store"_qs));

        // No account stored yet: send says what to do instead of trying.
        r = asAdmin({u"batch"_qs, u"send"_qs});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"smdata login"_qs), qPrintable(r.err));

        // A wrong password: exit 6 with SMData's reason, nothing saved.
        r = asAdminWith({u"smdata"_qs, u"login"_qs, u"--username"_qs, u"admin.3373"_qs, u"--save"_qs},
                        passwords("wrong-password"));
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains(u"user name or password"_qs), qPrintable(r.err));
        r = asAdminWith({u"smdata"_qs, u"login"_qs, u"--username"_qs, u"admin.3373"_qs, u"--save"_qs},
                        passwords("sandbox-password"));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"regency 33.73"_qs), qPrintable(r.out));
        // The stored account: no password line needed any more, and it is never printed.
        r = asAdmin({u"smdata"_qs, u"login"_qs});
        QCOMPARE(r.code, 0);
        r = asAdmin({u"smdata"_qs, u"settings"_qs});
        QVERIFY(r.out.contains(u"password: (stored)"_qs));
        QVERIFY(!r.out.contains(u"sandbox-password"_qs));
        QVERIFY(!anyFileUnderContains(m_store, "sandbox-password"));
    }

    void sendToAccepted()
    {
        const QString id = enqueue();
        const Result r = asAdmin({u"batch"_qs, u"send"_qs, id, u"--wait"_qs, u"60"_qs});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(id + u"\taccepted\t2025\t"_qs), qPrintable(r.out));
        QVERIFY2(r.err.contains(u": accepted "_qs), qPrintable(r.err));
        QCOMPARE(stored(id).state, OutboxState::Accepted);
        QCOMPARE(serverCopies(id), 1);
        // Again: nothing to send, the state is printed, still one batch at the server.
        QCOMPARE(asAdmin({u"batch"_qs, u"send"_qs, id}).code, 0);
        QCOMPARE(serverCopies(id), 1);
        QCOMPARE(asAdmin({u"batch"_qs, u"send"_qs, u"00000000-0000-4000-8000-000000000000"_qs}).code, 1);
    }

    void killedMidUploadResumesWithoutDuplicate()
    {
        const QString id = enqueue(4096);
        const int parts = stored(id).partCount;
        QVERIFY(parts >= 10);
        SandboxClient admin(m_sandbox.baseUrl(), m_sandbox.caPem());
        QCOMPARE(admin.setFaults({{u"latency_ms"_qs, 300}}).status, 200);

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"SINERGI_STORE"_qs);
        env.insert(u"SINERGI_TEST_FAST_KDF"_qs, u"1"_qs);
        env.insert(u"HOME"_qs, m_tmp.path());
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(SINERGI_CLI_PATH),
                    {u"batch"_qs, u"send"_qs, u"--wait"_qs, u"120"_qs, u"--store"_qs, m_store, u"--user"_qs,
                     u"admin"_qs, u"--password-stdin"_qs});
        QVERIFY(child.waitForStarted(10000));
        child.write(passwords());
        child.closeWriteChannel();
        // Killed (SIGKILL: no clean-up at all) once three parts are acknowledged.
        QString err;
        const QRegularExpression three(u"sending ([3-9]|\\d\\d)/"_qs);
        QDeadlineTimer deadline(60000);
        while (!three.match(err).hasMatch() && !deadline.hasExpired()) {
            child.waitForReadyRead(500);
            err += QString::fromUtf8(child.readAllStandardError());
        }
        QVERIFY2(three.match(err).hasMatch(), qPrintable(err));
        QVERIFY(killIfRunning(child));
        child.waitForFinished(10000);

        const std::optional<BatchState> cut = atServer(id);
        QVERIFY(cut);
        QCOMPARE(cut->state, u"open"_qs);
        QVERIFY(cut->partsAcknowledged >= 3 && cut->partsAcknowledged < parts);
        QCOMPARE(stored(id).state, OutboxState::Sending);

        QCOMPARE(admin.setFaults({{u"clear"_qs, true}}).status, 200);
        const Result r = asAdmin({u"batch"_qs, u"send"_qs, u"--wait"_qs, u"60"_qs});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(id + u"\taccepted"_qs), qPrintable(r.out));
        // The restarted sender started where the server stood, not at part 0.
        const QRegularExpressionMatch first = QRegularExpression(id + u": sending (\\d+)/"_qs).match(r.err);
        QVERIFY2(first.hasMatch(), qPrintable(r.err));
        QVERIFY(first.captured(1).toInt() >= cut->partsAcknowledged);
        QCOMPARE(serverCopies(id), 1);
    }

    void sendTimesOutWithTheBatchQueued()
    {
        const QString id = enqueue();
        SandboxClient admin(m_sandbox.baseUrl(), m_sandbox.caPem());
        QCOMPARE(admin.setFaults({{u"server_error"_qs, QJsonObject{{u"rate"_qs, 1.0}}}}).status, 200);
        const Result r = asAdmin({u"batch"_qs, u"send"_qs, id, u"--wait"_qs, u"0"_qs});
        QCOMPARE(r.code, 7);
        QVERIFY2(r.out.contains(id + u"\tqueued"_qs), qPrintable(r.out));
        QVERIFY2(r.err.contains(u"HTTP 503"_qs), qPrintable(r.err));
        QCOMPARE(stored(id).state, OutboxState::Queued);
        QCOMPARE(admin.setFaults({{u"clear"_qs, true}}).status, 200);
        QCOMPARE(asAdmin({u"batch"_qs, u"send"_qs, id, u"--wait"_qs, u"60"_qs}).code, 0);
    }

    void pullShared()
    {
        Result r = asAdmin({u"smdata"_qs, u"pull-shared"_qs, u"--period"_qs, u"2025-13"_qs});
        QCOMPARE(r.code, 1);
        r = asAdmin({u"smdata"_qs, u"pull-shared"_qs, u"--period"_qs, u"2025"_qs, u"--dataset"_qs,
                     u"pencari_kerja"_qs, u"--dataset"_qs, u"lowongan"_qs});
        QCOMPARE(r.code, 0);
        const QRegularExpressionMatch m = QRegularExpression(u"^pencari_kerja\\t(\\d+) record\\(s\\)"_qs,
                                                             QRegularExpression::MultilineOption)
                                              .match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        const int pulled = m.captured(1).toInt();
        QVERIFY(pulled > 0);
        // The same count as a direct walk of the server's pages; stored in the store.
        SmdataClient client(ClientConfig{m_sandbox.baseUrl(), m_sandbox.caPem(), 10000});
        client.login(u"admin.3373"_qs, u"sandbox-password"_qs);
        int direct = 0;
        QString token;
        do {
            const SharedPage page = client.sharedPage(u"pencari_kerja"_qs, u"2025"_qs, 1000, token);
            direct += int(page.records.size());
            token = page.nextPageToken;
        } while (!token.isEmpty());
        QCOMPARE(pulled, direct);
        {
            auto session = openStore();
            QCOMPARE(SharedDataPull::storedCount(session->db(), u"pencari_kerja"_qs, u"2025"_qs), pulled);
            QVERIFY(!session->queryAudit({u"admin"_qs, u"smdata.pull_shared"_qs}).isEmpty());
        }
        // Pulling again replaces, never doubles.
        QCOMPARE(asAdmin({u"smdata"_qs, u"pull-shared"_qs, u"--period"_qs, u"2025"_qs, u"--dataset"_qs,
                          u"pencari_kerja"_qs})
                     .code,
                 0);
        auto session = openStore();
        QCOMPARE(SharedDataPull::storedCount(session->db(), u"pencari_kerja"_qs, u"2025"_qs), pulled);
    }

    void operatorMayNotUseSmdata()
    {
        QCOMPARE(runner()
                     .run({u"user"_qs, u"add"_qs, u"ops"_qs, u"--role"_qs, u"operator"_qs, u"--store"_qs,
                           m_store, u"--user"_qs, u"admin"_qs, u"--password-stdin"_qs},
                          QByteArray(kPassword) + "\nOperator-Pass-2024\n")
                     .code,
                 0);
        // A fresh operator must change the password first; any SMData command is refused before that too.
        const Result r = cli({u"smdata"_qs, u"settings"_qs, u"--store"_qs, m_store, u"--user"_qs, u"ops"_qs,
                              u"--password-stdin"_qs},
                             "Operator-Pass-2024\n");
        QVERIFY2(r.code == 4 || r.code == 2, qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSmdata)
#include "tst_cli_smdata.moc"
