#include "RegionInfo.h"

#include "common/Error.h"
#include "datasets/RegionCatalog.h"

namespace sinergi::datagen {

namespace {
std::string utf8(const QString &s)
{
    return s.toStdString();
}

// "Kabupaten Semarang" / "Kota Semarang" -> "Semarang": how people write a birthplace.
std::string shortName(const QString &name)
{
    for (const auto prefix : {u"Kabupaten ", u"Kota ", u"Kab. "}) {
        if (name.startsWith(QStringView(prefix)))
            return utf8(name.mid(QStringView(prefix).size()));
    }
    return utf8(name);
}

std::string digitsOf(const QString &code)
{
    std::string s = utf8(code);
    std::erase(s, '.');
    return s;
}
} // namespace

RegionInfo RegionInfo::load(const RegionCatalog &catalog, const QString &regencyCode)
{
    using Level = RegionCatalog::Level;
    const auto regency = catalog.find(regencyCode);
    if (!regency || regency->level != Level::Regency)
        throw Error(ErrorCode::InvalidArgument,
                    u"--regency %1 is not a kabupaten/kota code (e.g. 33.73)"_qs.arg(regencyCode));
    RegionInfo info;
    info.catalogVersion = catalog.version();
    info.regencyCode = utf8(regency->code);
    info.regencyDigits = digitsOf(regency->code);
    info.regencyName = utf8(regency->name);
    info.cityName = shortName(regency->name);
    const QString province = regency->parentCode();
    info.provinceCode = utf8(province);
    if (const auto p = catalog.find(province))
        info.provinceName = utf8(p->name);
    for (const auto &d : catalog.districts(regency->code)) {
        District district{utf8(d.code), digitsOf(d.code), utf8(d.name), {}};
        for (const auto &v : catalog.villages(d.code))
            district.villages.push_back({utf8(v.code), utf8(v.name)});
        info.districts.push_back(std::move(district));
    }
    if (info.districts.empty())
        throw Error(ErrorCode::InvalidArgument,
                    u"Regency %1 has no kecamatan in the region list"_qs.arg(regencyCode));
    for (const auto &r : catalog.regencies(province)) {
        if (r.code != regency->code)
            info.provinceCities.push_back(shortName(r.name));
    }
    if (info.provinceCities.empty())
        info.provinceCities.push_back(info.cityName);
    for (const auto &p : catalog.provinces()) {
        if (p.code != province)
            info.otherProvinces.push_back(utf8(p.code));
    }
    return info;
}

} // namespace sinergi::datagen
