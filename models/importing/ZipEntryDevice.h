#pragma once

#include <QIODevice>

struct zip_file;

namespace sinergi {

// One zip entry as a sequential QIODevice, so QXmlStreamReader can parse it while it is inflated. It
// stops with an error once more than `cap` bytes come out: the sizes in a zip's directory can lie, and
// this is what really bounds a zip bomb.
class ZipEntryDevice : public QIODevice
{
public:
    ZipEntryDevice(zip_file *file, qint64 declaredSize, qint64 cap);
    ~ZipEntryDevice() override;

    bool isSequential() const override { return true; }
    bool atEnd() const override;
    qint64 bytesAvailable() const override;

    qint64 declaredSize() const { return m_declared; }
    qint64 inflated() const { return m_inflated; }
    bool overCap() const { return m_overCap; }
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    zip_file *m_file;
    qint64 m_declared;
    qint64 m_cap;
    qint64 m_inflated = 0;
    bool m_eof = false;
    bool m_overCap = false;
    bool m_failed = false;
};

} // namespace sinergi
