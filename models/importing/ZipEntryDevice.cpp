#include "ZipEntryDevice.h"

#include <zip.h>

#include <algorithm>

namespace sinergi {

ZipEntryDevice::ZipEntryDevice(zip_file *file, qint64 declaredSize, qint64 cap)
    : m_file(file), m_declared(declaredSize), m_cap(cap)
{
    open(QIODevice::ReadOnly);
}

ZipEntryDevice::~ZipEntryDevice()
{
    zip_fclose(m_file);
}

bool ZipEntryDevice::atEnd() const
{
    return (m_eof || m_overCap || m_failed) && QIODevice::bytesAvailable() == 0;
}

qint64 ZipEntryDevice::bytesAvailable() const
{
    const qint64 ahead = (m_eof || m_overCap || m_failed) ? 0 : std::max<qint64>(m_declared - m_inflated, 1);
    return QIODevice::bytesAvailable() + ahead;
}

qint64 ZipEntryDevice::readData(char *data, qint64 maxSize)
{
    if (m_eof || m_overCap || m_failed)
        return m_eof ? 0 : -1;
    // Ask for at most one byte past the cap: getting it proves the entry is larger than allowed.
    const qint64 want = std::min<qint64>(maxSize, m_cap - m_inflated + 1);
    const zip_int64_t n = zip_fread(m_file, data, static_cast<zip_uint64_t>(std::max<qint64>(want, 0)));
    if (n < 0) {
        m_failed = true;
        setErrorString(QString::fromUtf8(zip_file_strerror(m_file)));
        return -1;
    }
    if (n == 0 && want > 0)
        m_eof = true;
    m_inflated += n;
    if (m_inflated > m_cap) {
        m_overCap = true;
        return -1;
    }
    return n;
}

} // namespace sinergi
