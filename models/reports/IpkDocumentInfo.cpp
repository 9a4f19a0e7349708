#include "IpkDocumentInfo.h"

#include "common/Error.h"
#include "datasets/RegionCatalog.h"
#include "session/Session.h"

namespace sinergi {

namespace {

QString nameAndCode(const QString &name, const QString &code)
{
    return name.isEmpty() ? code : name + u" ("_qs + code + u')';
}

} // namespace

QString IpkDocumentInfo::regencyText() const
{
    if (regencyCode.isEmpty())
        return tr("regency not set (Settings)");
    return nameAndCode(regencyName, regencyCode);
}

QString IpkDocumentInfo::districtText() const
{
    if (districtCode.isEmpty())
        return tr("whole regency");
    return tr("kecamatan %1").arg(nameAndCode(districtName, districtCode));
}

IpkDocumentInfo IpkDocumentInfo::describe(const Session &session, const RegionCatalog &regions,
                                          const IpkReport &report, const QString &language)
{
    IpkDocumentInfo info;
    info.language = language;
    info.madeBy = session.user().username;
    info.madeAt = QDateTime::currentDateTime();
    try {
        info.regencyCode = session.setting(u"office.regency"_qs);
    } catch (const Error &) {
        // An unreadable setting only costs the cover its regency name; the numbers are still right.
    }
    if (const auto regency = regions.find(info.regencyCode)) {
        info.regencyCode = regency->code;
        info.regencyName = regency->name;
    }
    info.districtCode = report.district;
    if (const auto district = regions.find(report.district)) {
        info.districtCode = district->code;
        info.districtName = district->name;
    }
    return info;
}

} // namespace sinergi
