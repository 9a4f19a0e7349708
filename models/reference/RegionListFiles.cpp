#include "RegionListFiles.h"

#include "common/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

#include <memory>

namespace sinergi {

namespace {

// The parts of an edition, in this order: the four CSVs, VERSION, README.md.
constexpr int kParts = 6;
constexpr int kVersionPart = 4;
constexpr int kReadmePart = 5;

QString partName(int part)
{
    if (part < 4)
        return QString::fromLatin1(RegionCatalog::fileName(RegionCatalog::Level(part)));
    return part == kVersionPart ? u"VERSION"_qs : u"README.md"_qs;
}

qint64 partLimit(int part)
{
    if (part < 4)
        return RegionListFiles::kMaxCsvBytes;
    return part == kVersionPart ? RegionListFiles::kMaxVersionBytes : RegionListFiles::kMaxReadmeBytes;
}

struct ZipCloser
{
    void operator()(zip_t *z) const { zip_discard(z); }
};
struct ZipFileCloser
{
    void operator()(zip_file_t *f) const { zip_fclose(f); }
};

} // namespace

RegionListFiles::Files RegionListFiles::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(ErrorCode::InvalidArgument, tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
    return info.isDir() ? readDirectory(path) : readZip(path);
}

RegionListFiles::Files RegionListFiles::readDirectory(const QString &path)
{
    const QDir dir(path);
    QByteArray parts[kParts];
    for (int part = 0; part < kParts; ++part) {
        QFile file(dir.filePath(partName(part)));
        if (!file.exists()) {
            if (part == kReadmePart)
                continue;
            throw Error(ErrorCode::InvalidArgument,
                        tr("The folder %1 has no %2; a region list needs provinces.csv, regencies.csv, "
                           "districts.csv, villages.csv and VERSION.")
                            .arg(QDir::toNativeSeparators(path), partName(part)));
        }
        if (!file.open(QIODevice::ReadOnly))
            throw Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        if (file.size() > partLimit(part))
            throw Error(ErrorCode::InvalidArgument,
                        tr("%1 is larger than a region list file can be (%L2 bytes "
                           "at most).")
                            .arg(partName(part))
                            .arg(partLimit(part)));
        parts[part] = file.readAll();
    }
    return fromParts(parts, QDir::toNativeSeparators(path));
}

RegionListFiles::Files RegionListFiles::readZip(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    int err = 0;
    // ZIP_CHECKCONS: a truncated or otherwise inconsistent archive is refused at open, not half read.
    std::unique_ptr<zip_t, ZipCloser> z(
        zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &err));
    if (!z) {
        zip_error_t e;
        zip_error_init_with_code(&e, err);
        const QString detail = QString::fromUtf8(zip_error_strerror(&e));
        zip_error_fini(&e);
        throw Error(err == ZIP_ER_OPEN || err == ZIP_ER_READ ? ErrorCode::Io : ErrorCode::InvalidArgument,
                    tr("%1 is not a folder or a complete zip file (%2).").arg(shown, detail));
    }
    const zip_int64_t entries = zip_get_num_entries(z.get(), 0);
    if (entries > kMaxZipEntries)
        throw Error(
            ErrorCode::InvalidArgument,
            tr("%1 holds more than %2 files; it is not a region list.").arg(shown).arg(kMaxZipEntries));

    // Files are matched by name alone, so "wilayah-2025/villages.csv" is found as well.
    zip_int64_t found[kParts];
    std::fill(std::begin(found), std::end(found), -1);
    for (zip_int64_t i = 0; i < entries; ++i) {
        const char *raw = zip_get_name(z.get(), zip_uint64_t(i), 0);
        if (!raw)
            continue;
        const QString name = QString::fromUtf8(raw);
        if (name.endsWith(u'/') || name.startsWith(u"__MACOSX/"))
            continue;
        const QString base = name.section(u'/', -1);
        for (int part = 0; part < kParts; ++part) {
            if (base.compare(partName(part), Qt::CaseInsensitive) != 0)
                continue;
            if (found[part] >= 0)
                throw Error(ErrorCode::InvalidArgument,
                            tr("%1 holds %2 more than once; put one region list in the zip file.")
                                .arg(shown, partName(part)));
            found[part] = i;
        }
    }

    QByteArray parts[kParts];
    for (int part = 0; part < kParts; ++part) {
        if (found[part] < 0) {
            if (part == kReadmePart)
                continue;
            throw Error(ErrorCode::InvalidArgument,
                        tr("The zip file %1 has no %2; a region list needs provinces.csv, regencies.csv, "
                           "districts.csv, villages.csv and VERSION.")
                            .arg(shown, partName(part)));
        }
        std::unique_ptr<zip_file_t, ZipFileCloser> f(zip_fopen_index(z.get(), zip_uint64_t(found[part]), 0));
        if (!f)
            throw Error(ErrorCode::InvalidArgument,
                        tr("%1 in %2 cannot be read: %3")
                            .arg(partName(part), shown, QString::fromUtf8(zip_strerror(z.get()))));
        // Read up to one byte past the limit: the declared size may lie, the inflated bytes do not.
        const qint64 limit = partLimit(part);
        QByteArray &out = parts[part];
        char buffer[64 * 1024];
        for (;;) {
            const zip_int64_t n = zip_fread(f.get(), buffer, sizeof buffer);
            if (n < 0)
                throw Error(ErrorCode::InvalidArgument,
                            tr("%1 in %2 is damaged: %3")
                                .arg(partName(part), shown, QString::fromUtf8(zip_file_strerror(f.get()))));
            if (n == 0)
                break;
            if (out.size() + n > limit)
                throw Error(ErrorCode::InvalidArgument,
                            tr("%1 is larger than a region list file can be (%L2 bytes at most).")
                                .arg(partName(part))
                                .arg(limit));
            out.append(buffer, qsizetype(n));
        }
    }
    return fromParts(parts, shown);
}

RegionListFiles::Files RegionListFiles::fromParts(const QByteArray parts[6], const QString &where)
{
    Files files;
    for (int level = 0; level < 4; ++level)
        files.source.files[level] = parts[level];
    files.source.version = QString::fromUtf8(parts[kVersionPart]).trimmed();
    if (files.source.version.isEmpty() || files.source.version.contains(u'\n') ||
        !RegionCatalog::hasVersionNumber(files.source.version))
        throw Error(
            ErrorCode::InvalidArgument,
            tr("VERSION in %1 must be one line ending in a version number, like \"idn-area-data 4.0.2\".")
                .arg(where));
    files.readme = QString::fromUtf8(parts[kReadmePart]);
    files.source.credit = creditOf(files.readme);
    return files;
}

QString RegionListFiles::creditOf(const QString &readme)
{
    QStringList paragraphs;
    QString current;
    for (const QString &line : readme.split(u'\n')) {
        const QString t = line.trimmed();
        if (t.isEmpty()) {
            if (!current.isEmpty())
                paragraphs << current;
            current.clear();
        } else {
            current += (current.isEmpty() ? QString() : u" "_qs) + t;
        }
    }
    if (!current.isEmpty())
        paragraphs << current;
    for (const QString &p : std::as_const(paragraphs)) {
        if (!p.startsWith(u"Credit", Qt::CaseInsensitive))
            continue;
        const qsizetype open = p.indexOf(u'"');
        const qsizetype close = p.lastIndexOf(u'"');
        return (open >= 0 && close > open ? p.mid(open + 1, close - open - 1) : p).left(500);
    }
    for (const QString &p : std::as_const(paragraphs))
        if (p.startsWith(u"Source:", Qt::CaseInsensitive) || p.startsWith(u"Sumber:", Qt::CaseInsensitive))
            return p.left(500);
    return {};
}

} // namespace sinergi
