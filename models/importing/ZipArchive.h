#pragma once

#include "importing/ImportLimits.h"
#include "importing/ZipEntryDevice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

struct zip;

namespace sinergi {

// The zip container of an .xlsx (libzip), read-only, with the zip-bomb checks done before anything is
// inflated: declared sizes against the limits, and the compression ratio of large entries.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::ZipArchive)
public:
    struct Entry
    {
        qint64 index = -1;
        qint64 size = 0;       // uncompressed, as declared
        qint64 compressed = 0; // as declared
    };

    static std::unique_ptr<ZipArchive> openFile(const QString &path, const ImportLimits &limits);
    static std::unique_ptr<ZipArchive> openBuffer(const QByteArray &bytes, const ImportLimits &limits);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // Part names are matched without regard to case, as OOXML requires.
    std::optional<Entry> find(const QString &name) const;
    // Opens an entry for streaming after the bomb checks; maxBytes is the limit for this kind of part.
    std::unique_ptr<ZipEntryDevice> open(const QString &name, qint64 maxBytes) const;

private:
    ZipArchive() = default;
    void checkEntries() const;
    static void checkSignature(const QByteArray &head);
    [[noreturn]] static void failOpen(int zipError, const QString &detail);

    zip *m_zip = nullptr;
    QByteArray m_bytes; // backs an archive opened from memory
    ImportLimits m_limits;
};

} // namespace sinergi
