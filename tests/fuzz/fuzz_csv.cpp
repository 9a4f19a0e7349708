// libFuzzer target for CsvReader. The first byte picks the block size (so block boundaries fall
// everywhere: inside quotes, CRLF pairs, UTF-8 sequences) and whether the delimiter is detected or
// forced; the rest is the file.
#include "common/Error.h"
#include "importing/CsvReader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

using namespace sinergi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t control = data[0];
    CsvReader::Options options;
    options.limits.csvBlockBytes = 16 + (control & 0x3F);
    options.limits.maxFieldChars = 4096; // small limits so the fuzzer reaches them
    options.limits.maxColumns = 64;
    options.limits.maxRecordChars = 16384;
    if (control & 0x40)
        options.delimiter = (control & 0x80) ? QChar(u';') : QChar(u'\t');

    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    buffer->open(QIODevice::ReadOnly);
    try {
        CsvReader reader(std::move(buffer), options);
        QList<TabularCell> cells;
        qint64 rows = 0;
        while (reader.nextCells(cells)) {
            ++rows;
            if (cells.size() > options.limits.maxColumns)
                __builtin_trap(); // the column limit must hold
            for (const TabularCell &c : cells)
                if (c.value.size() > options.limits.maxFieldChars)
                    __builtin_trap();
        }
        if (reader.bytesRead() > reader.bytesTotal() || rows > static_cast<qint64>(size))
            __builtin_trap();
    } catch (const Error &) {
        // Refusing bad input with a clear error is the expected outcome.
    }
    return 0;
}
