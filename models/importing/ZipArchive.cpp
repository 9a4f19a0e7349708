#include "ZipArchive.h"

#include "common/Error.h"

#include <QFile>

#include <zip.h>

namespace sinergi {

namespace {

const QByteArray kCfbSignature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

} // namespace

void ZipArchive::checkSignature(const QByteArray &head)
{
    // Excel saves password-protected workbooks (and .xls before 2007) in the OLE compound file format.
    if (head.startsWith(kCfbSignature))
        throw Error(ErrorCode::InvalidArgument,
                    tr("This workbook is password-protected or in the old .xls format. Open it in Excel, remove "
                       "the password if there is one, and save it as .xlsx (Excel Workbook)."));
    if (head.size() < 4 || !head.startsWith("PK"))
        throw Error(ErrorCode::InvalidArgument,
                    tr("This file is not an .xlsx workbook (it is not a zip container). Save it from Excel as "
                       ".xlsx or export it as CSV."));
}

void ZipArchive::failOpen(int zipError, const QString &detail)
{
    switch (zipError) {
    case ZIP_ER_NOZIP:
        throw Error(ErrorCode::InvalidArgument,
                    tr("This file is not an .xlsx workbook (it is not a zip container). Save it from Excel as "
                       ".xlsx or export it as CSV."));
    case ZIP_ER_OPEN:
    case ZIP_ER_READ:
    case ZIP_ER_SEEK:
        throw Error(ErrorCode::Io, tr("The workbook could not be read: %1").arg(detail));
    default:
        throw Error(ErrorCode::InvalidArgument,
                    tr("The workbook is damaged (%1). Open it in Excel and save it again.").arg(detail));
    }
}

std::unique_ptr<ZipArchive> ZipArchive::openFile(const QString &path, const ImportLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                    tr("Cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() == 0)
        throw Error(ErrorCode::InvalidArgument, tr("The file is empty (0 bytes): there is nothing to import."));
    checkSignature(file.read(8));
    file.close();

    int err = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &err);
    if (!z) {
        zip_error_t e;
        zip_error_init_with_code(&e, err);
        const QString detail = QString::fromUtf8(zip_error_strerror(&e));
        zip_error_fini(&e);
        failOpen(err, detail);
    }
    std::unique_ptr<ZipArchive> a(new ZipArchive);
    a->m_zip = z;
    a->m_limits = limits;
    a->checkEntries();
    return a;
}

std::unique_ptr<ZipArchive> ZipArchive::openBuffer(const QByteArray &bytes, const ImportLimits &limits)
{
    if (bytes.isEmpty())
        throw Error(ErrorCode::InvalidArgument, tr("The file is empty (0 bytes): there is nothing to import."));
    checkSignature(bytes.left(8));
    std::unique_ptr<ZipArchive> a(new ZipArchive);
    a->m_bytes = bytes;
    a->m_limits = limits;
    zip_error_t e;
    zip_error_init(&e);
    zip_source_t *src = zip_source_buffer_create(a->m_bytes.constData(), static_cast<zip_uint64_t>(a->m_bytes.size()), 0, &e);
    zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &e) : nullptr;
    if (!z) {
        if (src)
            zip_source_free(src);
        const int code = zip_error_code_zip(&e);
        const QString detail = QString::fromUtf8(zip_error_strerror(&e));
        zip_error_fini(&e);
        failOpen(code, detail);
    }
    zip_error_fini(&e);
    a->m_zip = z;
    a->checkEntries();
    return a;
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip); // read-only: nothing to write back
}

void ZipArchive::checkEntries() const
{
    if (zip_get_num_entries(m_zip, 0) > m_limits.maxZipEntries)
        throw Error(ErrorCode::InvalidArgument,
                    tr("The workbook has more than %1 parts; it is not a normal spreadsheet.").arg(m_limits.maxZipEntries));
}

std::optional<ZipArchive::Entry> ZipArchive::find(const QString &name) const
{
    const zip_int64_t index = zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0)
        return std::nullopt;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip, static_cast<zip_uint64_t>(index), 0, &st) != 0)
        return std::nullopt;
    Entry e;
    e.index = index;
    e.size = (st.valid & ZIP_STAT_SIZE) ? static_cast<qint64>(std::min<zip_uint64_t>(st.size, INT64_MAX)) : -1;
    e.compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? static_cast<qint64>(std::min<zip_uint64_t>(st.comp_size, INT64_MAX)) : -1;
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        throw Error(ErrorCode::InvalidArgument,
                    tr("This workbook is password-protected. Remove the password in Excel and save it as .xlsx."));
    return e;
}

std::unique_ptr<ZipEntryDevice> ZipArchive::open(const QString &name, qint64 maxBytes) const
{
    const std::optional<Entry> e = find(name);
    if (!e)
        throw Error(ErrorCode::InvalidArgument,
                    tr("The workbook is damaged: the part %1 is missing. Open it in Excel and save it again.").arg(name));
    const auto tooLarge = [&] {
        return Error(ErrorCode::InvalidArgument,
                     tr("The workbook part %1 is too large to import safely (over %2 MB uncompressed). Split the "
                        "data into smaller files or export it as CSV.")
                         .arg(name)
                         .arg(maxBytes / (1024 * 1024)));
    };
    if (e->size < 0 || e->size > maxBytes)
        throw tooLarge();
    // Spreadsheet XML compresses well, but not 200:1 over megabytes; that is the signature of a zip bomb.
    if (e->size > m_limits.bombCheckMinBytes
        && static_cast<double>(e->size) > m_limits.maxCompressionRatio * static_cast<double>(std::max<qint64>(e->compressed, 1)))
        throw Error(ErrorCode::InvalidArgument,
                    tr("The workbook part %1 is compressed suspiciously well (more than %2:1): this looks like a "
                       "zip bomb and is not imported.")
                        .arg(name)
                        .arg(m_limits.maxCompressionRatio));
    zip_file_t *f = zip_fopen_index(m_zip, static_cast<zip_uint64_t>(e->index), 0);
    if (!f)
        throw Error(ErrorCode::InvalidArgument,
                    tr("The workbook part %1 cannot be read: %2").arg(name, QString::fromUtf8(zip_strerror(m_zip))));
    // Inflating past the declared size means the directory lied: stop there.
    return std::make_unique<ZipEntryDevice>(f, e->size, e->size);
}

} // namespace sinergi
