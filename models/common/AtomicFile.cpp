#include "AtomicFile.h"

#include "Error.h"

#include <QSaveFile>

namespace sinergi {

void writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        throw Error(ErrorCode::ReadOnly, path + u": "_qs + out.errorString());
    const bool written = out.write(bytes) == bytes.size() && out.flush() && out.error() == QFileDevice::NoError;
    if (!written) {
        const bool full = out.error() == QFileDevice::ResourceError || out.error() == QFileDevice::WriteError;
        const QString why = out.errorString();
        out.cancelWriting();
        throw Error(full ? ErrorCode::DiskFull : ErrorCode::Io, path + u": "_qs + why);
    }
    if (!out.commit())
        throw Error(out.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io,
                    path + u": "_qs + out.errorString());
}

} // namespace sinergi
