#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>

namespace sinergi::smdata {

// Cuts batch content into parts of a fixed size while it is written (protocol 7.1: parts are byte ranges,
// a line may span two), so a large batch is never held twice in memory. The SHA-256 of each part and of
// the whole are computed on a thread of their own as parts fill up (common/Sha256), so on two cores the
// hashing overlaps with the writing instead of following it.
class PartWriter
{
public:
    explicit PartWriter(qint64 partSize);
    ~PartWriter();

    void append(QByteArrayView data);

    struct Result
    {
        QList<QByteArray> parts; // the last may be shorter
        QStringList partSha256;  // lower-case hex, per part
        QString contentSha256;
        qint64 totalBytes = 0;
    };
    // Closes the last part and waits for the hashes.
    Result finish();

    qint64 totalBytes() const { return m_total; }

private:
    void closePart();

    struct Hasher;
    qint64 m_partSize;
    qint64 m_total = 0;
    QByteArray m_current;
    QList<QByteArray> m_parts;
    std::unique_ptr<Hasher> m_hasher;
};

} // namespace sinergi::smdata
