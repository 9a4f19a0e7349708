#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Runs the real sinergi-cli (SINERGI_CLI_PATH) the way the CLI integration tests need it: no store or user
// from the environment, the fast KDF, HOME in the test's own folder, input on stdin.
struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

class CliRunner
{
public:
    static constexpr auto kPassword = "kunci-rahasia-123";

    CliRunner(QString home, QString store) : m_home(std::move(home)), m_store(std::move(store)) {}

    CliResult run(const QStringList &args, const QByteArray &input) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SINERGI_STORE"));
        env.remove(QStringLiteral("SINERGI_USER"));
        env.insert(QStringLiteral("SINERGI_TEST_FAST_KDF"), QStringLiteral("1"));
        env.insert(QStringLiteral("HOME"), m_home);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SINERGI_CLI_PATH), args);
        if (!process.waitForStarted(10000))
            qFatal("cannot start %s", SINERGI_CLI_PATH);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            qFatal("sinergi-cli did not finish");
        CliResult r{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                    QString::fromUtf8(process.readAllStandardOutput()),
                    QString::fromUtf8(process.readAllStandardError())};
        if (r.code != 0)
            qInfo("sinergi-cli %s -> %d\n%s%s", qPrintable(args.join(u' ')), r.code, qPrintable(r.out),
                  qPrintable(r.err));
        return r;
    }

    // The store created by init(): admin with kPassword.
    CliResult init() const
    {
        return run({QStringLiteral("init"), QStringLiteral("--store"), m_store, QStringLiteral("--admin"),
                    QStringLiteral("admin"), QStringLiteral("--name"), QStringLiteral("Admin"),
                    QStringLiteral("--password-stdin")},
                   QByteArray(kPassword) + '\n' + kPassword + '\n');
    }

    CliResult asAdmin(QStringList args) const
    {
        args << QStringLiteral("--store") << m_store << QStringLiteral("--user") << QStringLiteral("admin")
             << QStringLiteral("--password-stdin");
        return run(args, QByteArray(kPassword) + '\n');
    }

private:
    QString m_home;
    QString m_store;
};

// The members the CLI integration tests share: a temporary HOME with a store folder in it, and the
// runner bound to both. A test class derives from it (before QObject's slots use it).
class CliStoreFixture
{
protected:
    using Result = CliResult;
    static constexpr auto kPassword = CliRunner::kPassword;
    QTemporaryDir m_tmp;
    QString m_store = m_tmp.filePath(QStringLiteral("store"));

    CliRunner runner() const { return CliRunner(m_tmp.path(), m_store); }
    Result cli(const QStringList &args, const QByteArray &input) const { return runner().run(args, input); }
    Result asAdmin(QStringList args) const { return runner().asAdmin(std::move(args)); }
};
