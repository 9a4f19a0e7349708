#pragma once

#include <QString>

#include <string>
#include <vector>

namespace sinergi {
class RegionCatalog;
}

namespace sinergi::datagen {

// The one regency being generated, copied out of the RegionCatalog into UTF-8 strings once, so the row
// loops never touch QString.
struct RegionInfo
{
    struct Village
    {
        std::string code; // dotted, 33.73.04.1001
        std::string name;
    };
    struct District
    {
        std::string code;      // dotted, 33.73.04
        std::string nikPrefix; // 337304: NIK digits 1-6
        std::string name;
        std::vector<Village> villages;
    };

    std::string regencyCode;   // 33.73
    std::string regencyDigits; // 3373
    std::string regencyName;   // Kota Salatiga
    std::string cityName;      // Salatiga: for birthplaces, school and office names
    std::string provinceCode;  // 33
    std::string provinceName;
    std::vector<District> districts;
    std::vector<std::string> provinceCities; // other regencies of the province, as birthplaces
    std::vector<std::string> otherProvinces; // province codes for AKAD destinations
    QString catalogVersion;

    // Throws Error(InvalidArgument) when the code is not a regency with at least one kecamatan.
    static RegionInfo load(const RegionCatalog &catalog, const QString &regencyCode);
};

} // namespace sinergi::datagen
