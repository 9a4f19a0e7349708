#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <unistd.h>

namespace sinergi::test {

ErrorCode codeOf(const std::function<void()> &f, QString *message)
{
    try {
        f();
    } catch (const Error &e) {
        if (message)
            *message = e.userMessage();
        return e.code();
    }
    return ErrorCode::Internal;
}

bool killIfRunning(QProcess &p)
{
    const qint64 pid = p.processId();
    if (pid <= 0 || p.state() != QProcess::Running)
        return false;
    return ::kill(static_cast<pid_t>(pid), SIGKILL) == 0;
}

SecureBuffer fixedKey(unsigned char fill)
{
    SecureBuffer key(32);
    for (std::size_t i = 0; i < key.size(); ++i)
        key.data()[i] = static_cast<unsigned char>(fill + i);
    return key;
}

QByteArray uniqueMarker()
{
    return "PLAINTEXT-" + QUuid::createUuid().toByteArray(QUuid::Id128).toUpper() + "-16DIGIT";
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

void flipByte(const QString &path, qint64 offset)
{
    QByteArray b = readAll(path);
    if (offset < 0 || offset >= b.size())
        qFatal("flipByte: offset %lld outside file of %lld bytes", offset, static_cast<long long>(b.size()));
    b[offset] = static_cast<char>(b[offset] ^ 0x01);
    writeAll(path, b);
}

bool fileContains(const QString &path, const QByteArray &needle)
{
    return readAll(path).contains(needle);
}

bool anyFileUnderContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        if (fileContains(p, needle))
            return true;
    }
    return false;
}

ReadOnlyDir::ReadOnlyDir(QString path) : m_path(std::move(path))
{
    if (geteuid() != 0) {
        m_active = QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ExeOwner);
        return;
    }
    m_chattr = QProcess::execute(u"chattr"_qs, {u"+i"_qs, m_path}) == 0;
    m_active = m_chattr;
}

ReadOnlyDir::~ReadOnlyDir()
{
    if (m_chattr)
        QProcess::execute(u"chattr"_qs, {u"-i"_qs, m_path});
    else
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace sinergi::test
