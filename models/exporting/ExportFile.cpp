#include "ExportFile.h"

#include "common/Error.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace sinergi {

ExportFile::ExportFile(const QString &target) : m_target(QFileInfo(target).absoluteFilePath())
{
    const QFileInfo info(m_target);
    if (info.isDir())
        throw Error(ErrorCode::InvalidArgument, tr("%1 is a folder; give a file name").arg(m_target));
    // Hidden and named after the target, so a leftover after a power cut is recognisable.
    QTemporaryFile tmp(info.absolutePath() + u"/."_qs + info.fileName() + u".XXXXXX.part"_qs);
    tmp.setAutoRemove(false);
    if (!tmp.open())
        throw Error(ErrorCode::ReadOnly, info.absolutePath() + u": "_qs + tmp.errorString());
    m_temp = tmp.fileName();
}

ExportFile::~ExportFile()
{
    if (!m_committed)
        QFile::remove(m_temp);
}

void ExportFile::commit()
{
#ifdef Q_OS_UNIX
    // Sync before the rename: otherwise a power cut right after it may leave the new name with no data
    // (the rename reaches the disk before the blocks do). Windows' MoveFileEx has no such reordering.
    {
        QFile f(m_temp);
        if (!f.open(QIODevice::ReadWrite))
            throw Error(ErrorCode::Io, m_temp + u": "_qs + f.errorString());
        if (::fsync(f.handle()) != 0)
            throw Error(ErrorCode::DiskFull, m_temp + u": fsync failed"_qs);
    }
#endif
    std::error_code ec;
    // std::filesystem::rename replaces an existing target on both POSIX and Windows (QFile::rename refuses).
    std::filesystem::rename(std::filesystem::path(m_temp.toStdU16String()),
                            std::filesystem::path(m_target.toStdU16String()), ec);
    if (ec)
        throw Error(ErrorCode::Io, m_target + u": "_qs + QString::fromStdString(ec.message()));
    m_committed = true;
}

} // namespace sinergi
