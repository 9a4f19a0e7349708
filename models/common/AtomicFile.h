#pragma once

#include <QByteArray>
#include <QString>

namespace sinergi {

// Replaces a file atomically: the bytes go to a temporary file beside it, are flushed and synced, and only
// then renamed over the target, so a crash or a full disk leaves either the old or the new content.
//
// Why not QSaveFile::commit() alone: in Qt 6.4 a write that fails while the internal buffer is flushed
// (e.g. ENOSPC) is not remembered as a write error, and commit() then renames the short temporary file
// over the target — seen here: a full disk turned the key file into 0 bytes. Flushing explicitly and
// checking first closes that hole.
//
// Throws Error: DiskFull (no space), ReadOnly (cannot create the temporary file), Io (anything else).
void writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace sinergi
