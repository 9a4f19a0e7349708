#pragma once

#include <QtGlobal>

namespace sinergi {

// Hard limits for reading files from outside. A file that hits one is refused with a clear message
// rather than exhausting memory: import files come from other systems and from e-mail attachments.
// Tests and the fuzzers lower them to reach the limits with small inputs.
struct ImportLimits
{
    qsizetype maxFieldChars = 1024 * 1024;      // one cell / field (Excel itself stops at 32,767)
    qsizetype maxColumns = 1000;
    qsizetype maxRecordChars = 16 * 1024 * 1024; // one CSV record, all fields together
    qint64 csvBlockBytes = 64 * 1024;            // CSV files are read in blocks of this size

    qint64 maxSharedStringsBytes = 200LL * 1024 * 1024; // xl/sharedStrings.xml, uncompressed
    qint64 maxPartBytes = 500LL * 1024 * 1024;          // any other zip entry, uncompressed
    qint64 maxSmallPartBytes = 32LL * 1024 * 1024;      // workbook, rels, styles
    qint64 bombCheckMinBytes = 10LL * 1024 * 1024;      // ratio check applies to entries above this
    double maxCompressionRatio = 200.0;                 // uncompressed / compressed, large entries
    qsizetype maxSharedStrings = 10'000'000;
    qint64 maxZipEntries = 10'000;
};

} // namespace sinergi
