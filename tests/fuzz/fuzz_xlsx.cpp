// libFuzzer target for XlsxReader, in two modes:
//  - input starting with "PK" (or the OLE signature) is the .xlsx file itself: exercises libzip
//    handling, the bomb checks and everything behind;
//  - any other input is split at NUL bytes into sheet1.xml, sharedStrings.xml, styles.xml and
//    (optionally) workbook.xml, which are zipped in memory with fixed relationships. Random bytes
//    almost never form a valid zip, so this mode is what lets the fuzzer reach the XML parsing.
#include "common/Error.h"
#include "importing/XlsxReader.h"
#include "importing/ZipArchive.h"

#include <QByteArray>
#include <QList>

#include <zip.h>

#include <cstddef>
#include <cstdint>

using namespace sinergi;

namespace {

const QByteArray kRootRels =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
const QByteArray kWorkbookRels =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "sharedStrings\" Target=\"sharedStrings.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "styles\" Target=\"styles.xml\"/></Relationships>";
const QByteArray kWorkbook =
    "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
    "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

QByteArray zipInMemory(const QList<std::pair<const char *, QByteArray>> &parts)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src = zip_source_buffer_create(nullptr, 0, 0, &err);
    QByteArray out;
    if (!src)
        return out;
    zip_source_keep(src);
    zip_t *z = zip_open_from_source(src, ZIP_TRUNCATE, &err);
    if (z) {
        for (const auto &[name, bytes] : parts) {
            zip_source_t *s = zip_source_buffer(z, bytes.constData(), static_cast<zip_uint64_t>(bytes.size()), 0);
            const zip_int64_t i = s ? zip_file_add(z, name, s, ZIP_FL_OVERWRITE) : -1;
            if (i >= 0)
                zip_set_file_compression(z, static_cast<zip_uint64_t>(i), ZIP_CM_STORE, 0);
            else if (s)
                zip_source_free(s);
        }
        if (zip_close(z) == 0 && zip_source_open(src) == 0) {
            zip_source_seek(src, 0, SEEK_END);
            const zip_int64_t size = zip_source_tell(src);
            zip_source_seek(src, 0, SEEK_SET);
            if (size > 0) {
                out.resize(size);
                if (zip_source_read(src, out.data(), static_cast<zip_uint64_t>(size)) != size)
                    out.clear();
            }
            zip_source_close(src);
        } else {
            zip_discard(z);
        }
    }
    zip_source_free(src);
    zip_error_fini(&err);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QByteArray file;
    if (input.startsWith("PK") || input.startsWith("\xD0\xCF")) {
        file = input;
    } else {
        const QList<QByteArray> pieces = input.split('\0');
        const QByteArray workbook = pieces.size() > 3 ? pieces[3] : kWorkbook;
        file = zipInMemory({{"_rels/.rels", kRootRels},
                            {"xl/_rels/workbook.xml.rels", kWorkbookRels},
                            {"xl/workbook.xml", workbook},
                            {"xl/worksheets/sheet1.xml", pieces.value(0)},
                            {"xl/sharedStrings.xml", pieces.value(1)},
                            {"xl/styles.xml", pieces.value(2)}});
        if (file.isEmpty())
            return 0;
    }
    ImportLimits limits;
    limits.maxFieldChars = 4096;
    limits.maxColumns = 64;
    limits.maxSharedStrings = 10000;
    limits.maxSharedStringsBytes = 4 * 1024 * 1024;
    limits.maxPartBytes = 16 * 1024 * 1024;
    limits.maxSmallPartBytes = 1024 * 1024;
    limits.bombCheckMinBytes = 64 * 1024;
    try {
        XlsxReader reader(ZipArchive::openBuffer(file, limits), limits);
        const qsizetype sheets = reader.sheetNames().size();
        for (int s = 0; s < sheets && s < 4; ++s) {
            try {
                reader.selectSheet(s);
                QList<TabularCell> cells;
                while (reader.nextCells(cells)) {
                    if (cells.size() > limits.maxColumns)
                        __builtin_trap();
                }
            } catch (const Error &) {
            }
        }
    } catch (const Error &) {
        // Refusing bad input with a clear error is the expected outcome.
    }
    return 0;
}
