#pragma once

#include "common/Error.h"
#include "common/SecureBuffer.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <functional>

namespace sinergi::test {

// The code of the sinergi::Error that f throws (and its user message), or Internal when it throws nothing:
// tests assert the exact kind of failure.
ErrorCode codeOf(const std::function<void()> &f, QString *message = nullptr);

// A fixed key so store tests do not depend on the key-slot layer.
SecureBuffer fixedKey(unsigned char fill = 0x42);

// A string that exists nowhere until the test makes it (random, built at run time), for plaintext scans:
// a literal marker would also be found in the test's own source and binary.
QByteArray uniqueMarker();

// Whole-file helpers used by tamper and plaintext-scan tests.
QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);
void flipByte(const QString &path, qint64 offset);
// True when needle occurs in any regular file under dir (recursively) or in the file at path.
bool fileContains(const QString &path, const QByteArray &needle);
bool anyFileUnderContains(const QString &dir, const QByteArray &needle);

// SIGKILL to the child while it is still running; false (and nothing sent) when it has already ended.
// Never use ::kill(p.processId(), ...) directly: processId() is 0 once the child has ended, and kill(0, ...)
// sends the signal to the whole process group, i.e. to ctest and the CI script that started the test.
bool killIfRunning(QProcess &p);

// Makes a directory unwritable for the lifetime of the guard. Root ignores permission bits, so as root
// the directory is made immutable (chattr +i) instead; active() is false when neither works.
class ReadOnlyDir
{
public:
    explicit ReadOnlyDir(QString path);
    ~ReadOnlyDir();
    bool active() const { return m_active; }

private:
    QString m_path;
    bool m_active = false;
    bool m_chattr = false;
};

} // namespace sinergi::test
