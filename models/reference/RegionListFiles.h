#pragma once

#include "datasets/RegionCatalog.h"

#include <QCoreApplication>

namespace sinergi {

// Reads an edition of the region list as an administrator hands it over: a folder or a .zip holding
// provinces.csv, regencies.csv, districts.csv, villages.csv and VERSION (README.md optional), laid out
// like resources/reference/wilayah/. In a zip the files may sit in one sub-folder. Only reads and bounds
// sizes (a zip's declared sizes are not trusted); RegionCatalog::checkEdition checks the content.
// Throws Error(InvalidArgument / NotFound / Io) with a message for the administrator.
class RegionListFiles
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::RegionListFiles)
public:
    static constexpr qint64 kMaxCsvBytes = 64LL * 1024 * 1024; // the real villages.csv is 2.8 MB
    static constexpr qint64 kMaxVersionBytes = 256;
    static constexpr qint64 kMaxReadmeBytes = 256 * 1024;
    static constexpr qint64 kMaxZipEntries = 1000;

    struct Files
    {
        RegionCatalog::Source source;
        QString readme;
    };
    static Files read(const QString &path);

    // The source / licence line of a README like the shipped one: the quoted text of its "Credit"
    // paragraph, else its "Source:" paragraph, else empty.
    static QString creditOf(const QString &readme);

private:
    static Files readDirectory(const QString &path);
    static Files readZip(const QString &path);
    static Files fromParts(const QByteArray parts[6], const QString &where);
};

} // namespace sinergi
