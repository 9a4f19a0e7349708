#include "TestSupport.h"
#include "store/Vault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sinergi;

// Prints the CLI's output when the exit code is not the expected one, so a failure explains itself.
#define EXPECT_EXIT(result, expected)                                                                        \
    do {                                                                                                     \
        const auto &r_ = (result);                                                                           \
        if (r_.code != (expected))                                                                           \
            qWarning("stdout:\n%s\nstderr:\n%s", qPrintable(r_.out), qPrintable(r_.err));                    \
        QCOMPARE(r_.code, (expected));                                                                       \
    } while (false)

// Drives the real sinergi-cli binary with QProcess, the way an administrator's script would: passwords
// come in on stdin (--password-stdin), results are read from stdout/stderr and the exit code.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };

    static constexpr auto kAdminPassword = "kunci-rahasia-123";
    static constexpr auto kBobPassword = "sandi-awal-satu-1";

    QTemporaryDir m_tmp;
    int m_storeCounter = 0;

    static QByteArray lines(std::initializer_list<const char *> items)
    {
        QByteArray input;
        for (const char *item : items)
            input += QByteArray(item) + '\n';
        return input;
    }

    Result cli(const QStringList &args, const QByteArray &input = {}) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The defaults must not leak in from the developer's shell.
        env.remove(u"SINERGI_STORE"_qs);
        env.remove(u"SINERGI_USER"_qs);
        env.insert(u"SINERGI_TEST_FAST_KDF"_qs, u"1"_qs);
        env.insert(u"HOME"_qs, m_tmp.path()); // default store location, if a test ever reaches it
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_tmp.path());
        process.start(QStringLiteral(SINERGI_CLI_PATH), args);
        if (!process.waitForStarted(10000))
            qFatal("cannot start %s", SINERGI_CLI_PATH);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            qFatal("sinergi-cli did not finish: %s", qPrintable(args.join(u' ')));
        Result r;
        r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromLocal8Bit(process.readAllStandardOutput());
        r.err = QString::fromLocal8Bit(process.readAllStandardError());
        return r;
    }

    // Runs a command that opens `store` as `user` with the password on stdin, plus any further lines.
    Result as(const QString &store, const QString &user, const QStringList &command, const QByteArray &input)
    {
        return cli(command + QStringList{u"--store"_qs, store, u"--user"_qs, user, u"--password-stdin"_qs},
                   input);
    }
    Result asAdmin(const QString &store, const QStringList &command, const QByteArray &extraLines = {})
    {
        return as(store, u"admin"_qs, command, QByteArray(kAdminPassword) + '\n' + extraLines);
    }

    static QString recoveryCodeIn(const QString &output)
    {
        static const QRegularExpression re(u"^Recovery code: (\\S+)$"_qs,
                                           QRegularExpression::MultilineOption);
        return re.match(output).captured(1);
    }

    // A fresh store with the administrator "admin"; returns its folder, and its recovery code in `code`.
    QString newStore(QString *code = nullptr)
    {
        const QString dir = m_tmp.filePath(u"store%1"_qs.arg(++m_storeCounter));
        const Result r = cli({u"init"_qs, u"--store"_qs, dir, u"--admin"_qs, u"admin"_qs, u"--name"_qs,
                              u"Admin Disnaker"_qs, u"--password-stdin"_qs},
                             lines({kAdminPassword, kAdminPassword}));
        if (r.code != 0)
            qWarning("init failed (%d): %s", r.code, qPrintable(r.err));
        if (code)
            *code = recoveryCodeIn(r.out);
        return dir;
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void version()
    {
        QElapsedTimer timer;
        timer.start();
        const Result r = cli({u"--version"_qs});
        const qint64 ms = timer.elapsed();
        EXPECT_EXIT(r, 0);
        QCOMPARE(r.out, u"sinergi-cli " SINERGI_VERSION "\n"_qs);
        // The target is < 50 ms; the bound here is loose so a loaded CI machine does not flake.
        QVERIFY2(ms < 2000, qPrintable(u"--version took %1 ms"_qs.arg(ms)));
    }

    void helpListsExitCodes()
    {
        const Result r = cli({u"--help"_qs});
        EXPECT_EXIT(r, 0);
        QVERIFY(r.out.contains(u"Exit codes"_qs));
        QVERIFY(r.out.contains(u"user add"_qs));
        const Result sub = cli({u"user"_qs, u"add"_qs, u"--help"_qs});
        EXPECT_EXIT(sub, 0);
        QVERIFY(sub.out.contains(u"--role"_qs));
    }

    void usageErrors()
    {
        EXPECT_EXIT(cli({u"frobnicate"_qs}), 1);
        EXPECT_EXIT(cli({}), 1);
        EXPECT_EXIT(cli({u"user"_qs}), 1);
        EXPECT_EXIT(cli({u"user"_qs, u"fly"_qs}), 1);
        const Result unknown = cli({u"frobnicate"_qs});
        QVERIFY(unknown.err.contains(u"frobnicate"_qs));
        // Missing arguments and options are usage errors before anything is opened.
        EXPECT_EXIT(cli({u"user"_qs, u"add"_qs, u"--store"_qs, m_tmp.path()}), 1);
        EXPECT_EXIT(cli({u"init"_qs, u"--store"_qs, m_tmp.filePath(u"noadmin"_qs)}), 1);
    }

    void passwordInArgvIsRefused()
    {
        const QString store = newStore();
        for (const QStringList &extra : {QStringList{u"--password"_qs, QString::fromLatin1(kAdminPassword)},
                                         QStringList{u"--password="_qs + QString::fromLatin1(kAdminPassword)},
                                         QStringList{u"-p"_qs, QString::fromLatin1(kAdminPassword)}}) {
            const Result r =
                cli(QStringList{u"unlock-check"_qs, u"--store"_qs, store, u"--user"_qs, u"admin"_qs} + extra);
            EXPECT_EXIT(r, 1);
            QVERIFY(!r.out.contains(u"ok"_qs));
        }
        const Result hint = cli({u"unlock-check"_qs, u"--store"_qs, store, u"--password"_qs, u"x"_qs});
        QVERIFY(hint.err.contains(u"never taken from the command line"_qs));
        // A stray positional (a password typed after the command) is not silently used either.
        EXPECT_EXIT(cli({u"unlock-check"_qs, u"--store"_qs, store, u"--user"_qs, u"admin"_qs,
                         QString::fromLatin1(kAdminPassword)}),
                    1);
    }

    void initCreatesStoreAndPrintsRecoveryCode()
    {
        const QString dir = m_tmp.filePath(u"initstore"_qs);
        const Result r =
            cli({u"init"_qs, u"--store"_qs, dir, u"--admin"_qs, u"admin"_qs, u"--password-stdin"_qs},
                lines({kAdminPassword, kAdminPassword}));
        EXPECT_EXIT(r, 0);
        QVERIFY(!recoveryCodeIn(r.out).isEmpty());
        QVERIFY(r.out.contains(u"write this recovery code down"_qs));
        QVERIFY(QFile::exists(StoreLocation{dir}.storePath()));
        QVERIFY(QFile::exists(StoreLocation{dir}.slotPath()));

        // Never overwrite an existing store.
        const Result again =
            cli({u"init"_qs, u"--store"_qs, dir, u"--admin"_qs, u"other"_qs, u"--password-stdin"_qs},
                lines({kAdminPassword, kAdminPassword}));
        EXPECT_EXIT(again, 3);
    }

    void initRejectsMismatchAndWeakPasswords()
    {
        const QString dir = m_tmp.filePath(u"mismatch"_qs);
        EXPECT_EXIT(cli({u"init"_qs, u"--store"_qs, dir, u"--admin"_qs, u"admin"_qs, u"--password-stdin"_qs},
                        lines({kAdminPassword, "something-else-99"})),
                    1);
        QVERIFY(!QFile::exists(StoreLocation{dir}.storePath()));
        const QString weak = m_tmp.filePath(u"weak"_qs);
        EXPECT_EXIT(cli({u"init"_qs, u"--store"_qs, weak, u"--admin"_qs, u"admin"_qs, u"--password-stdin"_qs},
                        lines({"short", "short"})),
                    4);
        // Not enough lines on stdin is a usage error, not a hang.
        EXPECT_EXIT(cli({u"init"_qs, u"--store"_qs, m_tmp.filePath(u"short-input"_qs), u"--admin"_qs,
                         u"admin"_qs, u"--password-stdin"_qs},
                        lines({kAdminPassword})),
                    1);
    }

    void userLifecycle()
    {
        const QString store = newStore();
        EXPECT_EXIT(asAdmin(store,
                            {u"user"_qs, u"add"_qs, u"bob"_qs, u"--role"_qs, u"operator"_qs, u"--name"_qs,
                             u"Bob Santoso"_qs},
                            lines({kBobPassword})),
                    0);
        EXPECT_EXIT(asAdmin(store, {u"user"_qs, u"add"_qs, u"vera"_qs, u"--role"_qs, u"viewer"_qs},
                            lines({"sandi-awal-dua-22"})),
                    0);
        // An unknown role is a usage error.
        EXPECT_EXIT(asAdmin(store, {u"user"_qs, u"add"_qs, u"carl"_qs, u"--role"_qs, u"boss"_qs},
                            lines({"sandi-awal-tiga-3"})),
                    1);

        Result list = asAdmin(store, {u"user"_qs, u"list"_qs});
        EXPECT_EXIT(list, 0);
        QVERIFY(list.out.contains(u"Bob Santoso"_qs));
        QVERIFY(list.out.contains(u"operator"_qs));
        QVERIFY(list.out.contains(u"vera"_qs));
        QVERIFY(!list.out.contains(u"carl"_qs));

        EXPECT_EXIT(asAdmin(store, {u"user"_qs, u"role"_qs, u"bob"_qs, u"walidata"_qs}), 0);
        list = asAdmin(store, {u"user"_qs, u"list"_qs});
        QVERIFY(list.out.contains(QRegularExpression(u"bob\\s+Bob Santoso\\s+walidata"_qs)));

        // bob can log in, a viewer may not manage users.
        EXPECT_EXIT(as(store, u"bob"_qs, {u"unlock-check"_qs}, lines({kBobPassword})), 0);
        EXPECT_EXIT(as(store, u"vera"_qs, {u"user"_qs, u"list"_qs}, lines({"sandi-awal-dua-22"})), 4);

        // Disabled: bob can no longer open the store.
        EXPECT_EXIT(asAdmin(store, {u"user"_qs, u"disable"_qs, u"bob"_qs}), 0);
        list = asAdmin(store, {u"user"_qs, u"list"_qs});
        QVERIFY(list.out.contains(QRegularExpression(u"bob\\s.*disabled"_qs)));
        EXPECT_EXIT(as(store, u"bob"_qs, {u"unlock-check"_qs}, lines({kBobPassword})), 2);

        // Enabling needs a new password (disabling removed bob's key slot); the old one stays dead.
        EXPECT_EXIT(asAdmin(store, {u"user"_qs, u"enable"_qs, u"bob"_qs}, lines({"sandi-kedua-baru-2"})), 0);
        EXPECT_EXIT(as(store, u"bob"_qs, {u"unlock-check"_qs}, lines({kBobPassword})), 2);
        EXPECT_EXIT(as(store, u"bob"_qs, {u"unlock-check"_qs}, lines({"sandi-kedua-baru-2"})), 0);

        // An admin reset, then bob changes his own password.
        EXPECT_EXIT(asAdmin(store, {u"user"_qs, u"passwd"_qs, u"bob"_qs}, lines({"sandi-ketiga-baru-3"})), 0);
        EXPECT_EXIT(
            as(store, u"bob"_qs, {u"passwd"_qs}, lines({"sandi-ketiga-baru-3", "sandi-milik-sendiri-4"})), 0);
        EXPECT_EXIT(as(store, u"bob"_qs, {u"unlock-check"_qs}, lines({"sandi-milik-sendiri-4"})), 0);
        list = asAdmin(store, {u"user"_qs, u"list"_qs});
        QVERIFY(list.out.contains(QRegularExpression(u"bob\\s.*walidata\\s+active\\n"_qs)));

        // Unknown user for an admin action: usage error, and nothing else changes.
        const Result ghost = asAdmin(store, {u"user"_qs, u"disable"_qs, u"ghost"_qs});
        QVERIFY(ghost.code == 1 || ghost.code == 4);
    }

    void wrongPasswordThenRightOne()
    {
        const QString store = newStore();
        const Result wrong = as(store, u"admin"_qs, {u"unlock-check"_qs}, lines({"not-the-password"}));
        EXPECT_EXIT(wrong, 2);
        QVERIFY(!wrong.err.isEmpty());
        QVERIFY(!wrong.out.contains(u"ok"_qs));
        const Result right = asAdmin(store, {u"unlock-check"_qs});
        EXPECT_EXIT(right, 0);
        QCOMPARE(right.out.trimmed(), u"ok"_qs);
        // Unknown user is an authentication failure too (no hint which part was wrong).
        EXPECT_EXIT(as(store, u"nobody"_qs, {u"unlock-check"_qs}, lines({kAdminPassword})), 2);
    }

    void missingStore()
    {
        const Result r = asAdmin(m_tmp.filePath(u"does-not-exist"_qs), {u"unlock-check"_qs});
        EXPECT_EXIT(r, 3);
        QVERIFY(r.err.contains(u"No Sinergi store was found"_qs));
    }

    void auditVerifyAndStoreCheck()
    {
        const QString store = newStore();
        const Result audit = asAdmin(store, {u"audit"_qs, u"verify"_qs});
        EXPECT_EXIT(audit, 0);
        QVERIFY(audit.out.contains(QRegularExpression(u"audit log intact \\(\\d+ entries\\)"_qs)));
        const Result check = asAdmin(store, {u"store"_qs, u"check"_qs});
        EXPECT_EXIT(check, 0);
        QVERIFY(check.out.contains(u"intact"_qs));
    }

    void editedAuditEntryIsReported()
    {
        const QString store = newStore();
        EXPECT_EXIT(asAdmin(store, {u"user"_qs, u"add"_qs, u"bob"_qs, u"--role"_qs, u"operator"_qs},
                            lines({kBobPassword})),
                    0);
        {
            // An insider with the key: drops the append-only trigger and rewrites an entry.
            auto vault = Vault::unlock(StoreLocation{store}, u"admin"_qs,
                                       SecureBuffer::fromString(QString::fromLatin1(kAdminPassword)));
            vault->db().exec("DROP TRIGGER audit_no_update");
            vault->db().exec("UPDATE audit SET target = 'someone-else' WHERE seq = 2");
        }
        const Result audit = asAdmin(store, {u"audit"_qs, u"verify"_qs});
        EXPECT_EXIT(audit, 5);
        QVERIFY2(audit.out.contains(QRegularExpression(u"^seq 2: "_qs, QRegularExpression::MultilineOption)),
                 qPrintable(audit.out));
        const Result check = asAdmin(store, {u"store"_qs, u"check"_qs});
        EXPECT_EXIT(check, 5);
        QVERIFY(check.out.contains(u"problem:"_qs));
    }

    void flippedByteIsDetected()
    {
        const QString store = newStore();
        // Some content so the file has pages beyond the schema.
        for (int i = 0; i < 5; ++i) {
            asAdmin(store, {u"user"_qs, u"add"_qs, u"user%1"_qs.arg(i), u"--role"_qs, u"viewer"_qs},
                    lines({"plenty-long-pass-7"}));
        }
        EXPECT_EXIT(asAdmin(store, {u"store"_qs, u"check"_qs}), 0);

        const QString path = StoreLocation{store}.storePath();
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > 4096);
        test::flipByte(path, size / 2 + 100);
        const Result r = asAdmin(store, {u"store"_qs, u"check"_qs});
        QVERIFY2(r.code == 3 || r.code == 5, qPrintable(u"exit %1: %2 %3"_qs.arg(r.code).arg(r.out, r.err)));
        QVERIFY(!r.err.isEmpty());
    }

    void editedKeyFileIsDetected()
    {
        const QString store = newStore();
        const QString keys = StoreLocation{store}.slotPath();
        QByteArray json = test::readAll(keys);
        QVERIFY(!json.isEmpty());
        // Change one letter or digit near the middle, keeping the JSON well-formed.
        qsizetype at = json.size() / 2;
        while (at < json.size() && !QChar::isLetterOrNumber(static_cast<uchar>(json.at(at))))
            ++at;
        QVERIFY(at < json.size());
        const char c = json.at(at);
        json[at] = QChar::isDigit(static_cast<uchar>(c)) ? (c == '1' ? '2' : '1') : (c == 'A' ? 'B' : 'A');
        test::writeAll(keys, json);

        const Result r = asAdmin(store, {u"unlock-check"_qs});
        EXPECT_EXIT(r, 3);
        QVERIFY2(r.err.contains(u"sinergi.keys"_qs), qPrintable(r.err));
    }

    void storeInUseByAnotherProcess()
    {
        const QString store = newStore();
        QLockFile lock(StoreLocation{store}.lockPath());
        QVERIFY(lock.tryLock(0));
        const Result r = asAdmin(store, {u"unlock-check"_qs});
        EXPECT_EXIT(r, 3);
        QVERIFY2(r.err.contains(u"in use"_qs), qPrintable(r.err));
        lock.unlock();
        EXPECT_EXIT(asAdmin(store, {u"unlock-check"_qs}), 0);
    }

    void keyRotationKeepsPasswordsAndData()
    {
        QString code;
        const QString store = newStore(&code);
        QVERIFY(!code.isEmpty());
        EXPECT_EXIT(asAdmin(store, {u"user"_qs, u"add"_qs, u"bob"_qs, u"--role"_qs, u"operator"_qs},
                            lines({kBobPassword})),
                    0);
        const QByteArray before = test::readAll(StoreLocation{store}.storePath());

        const Result rotate = asAdmin(store, {u"key"_qs, u"rotate"_qs});
        EXPECT_EXIT(rotate, 0);
        QVERIFY(test::readAll(StoreLocation{store}.storePath()) != before);

        EXPECT_EXIT(asAdmin(store, {u"unlock-check"_qs}), 0);
        EXPECT_EXIT(as(store, u"bob"_qs, {u"unlock-check"_qs}, lines({kBobPassword})), 0);
        const Result list = asAdmin(store, {u"user"_qs, u"list"_qs});
        EXPECT_EXIT(list, 0);
        QVERIFY(list.out.contains(u"bob"_qs));
        EXPECT_EXIT(asAdmin(store, {u"store"_qs, u"check"_qs}), 0);
        EXPECT_EXIT(asAdmin(store, {u"audit"_qs, u"verify"_qs}), 0);

        // The recovery code from init still works after rotation.
        EXPECT_EXIT(
            cli({u"recover"_qs, u"--store"_qs, store, u"--admin"_qs, u"admin"_qs, u"--password-stdin"_qs},
                code.toUtf8() + "\nsandi-pemulihan-1\n"),
            0);
        EXPECT_EXIT(as(store, u"admin"_qs, {u"unlock-check"_qs}, lines({"sandi-pemulihan-1"})), 0);
    }

    void newRecoveryCodeReplacesOld()
    {
        QString oldCode;
        const QString store = newStore(&oldCode);
        const Result r = asAdmin(store, {u"key"_qs, u"recovery-code"_qs});
        EXPECT_EXIT(r, 0);
        const QString newCode = recoveryCodeIn(r.out);
        QVERIFY(!newCode.isEmpty());
        QVERIFY(newCode != oldCode);

        const QStringList recover = {u"recover"_qs, u"--store"_qs, store,
                                     u"--admin"_qs, u"admin"_qs,   u"--password-stdin"_qs};
        EXPECT_EXIT(cli(recover, oldCode.toUtf8() + "\nsandi-pemulihan-1\n"), 2);
        EXPECT_EXIT(cli(recover, newCode.toUtf8() + "\nsandi-pemulihan-2\n"), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
