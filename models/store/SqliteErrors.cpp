#include "SqliteErrors.h"

#include <sqlite3.h>

namespace sinergi {

Error sqliteError(int rc, sqlite3 *db, const QString &context)
{
    const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    const QString detail = context + u" (rc="_qs + QString::number(rc) + u"): "_qs + message;
    switch (rc & 0xff) {
    case SQLITE_NOTADB: return Error(ErrorCode::WrongKey, detail);
    case SQLITE_CORRUPT: return Error(ErrorCode::Corrupted, detail);
    case SQLITE_FULL: return Error(ErrorCode::DiskFull, detail);
    case SQLITE_READONLY: return Error(ErrorCode::ReadOnly, detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Error(ErrorCode::Locked, detail);
    case SQLITE_CONSTRAINT: return Error(ErrorCode::Conflict, detail);
    case SQLITE_CANTOPEN: return Error(ErrorCode::NotFound, detail);
    case SQLITE_PERM: return Error(ErrorCode::ReadOnly, detail);
    case SQLITE_IOERR:
        // Short reads happen on a truncated file; a failed write with ENOSPC surfaces as IOERR_WRITE
        // on some file systems instead of SQLITE_FULL.
        if (rc == SQLITE_IOERR_SHORT_READ)
            return Error(ErrorCode::Corrupted, detail);
        if (rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_FSYNC || rc == SQLITE_IOERR_TRUNCATE)
            return Error(ErrorCode::DiskFull, detail);
        return Error(ErrorCode::Io, detail);
    default: return Error(ErrorCode::Internal, detail);
    }
}

} // namespace sinergi
