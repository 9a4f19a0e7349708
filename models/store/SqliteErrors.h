#pragma once

#include "common/Error.h"

struct sqlite3;

namespace sinergi {

// Maps an SQLite/SQLCipher result code to our error kinds (disk full, read-only, locked, ...), keeping the
// library's message as the technical detail.
Error sqliteError(int rc, sqlite3 *db, const QString &context);

} // namespace sinergi
