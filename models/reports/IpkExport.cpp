#include "IpkExport.h"

#include "IpkCsv.h"
#include "common/Error.h"
#include "exporting/ExportFile.h"
#include "session/Session.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sinergi {

void IpkExport::save(Session &session, const IpkReport &report, const QString &format, const QString &path,
                     const std::function<void(const QString &tempPath)> &writeTo)
{
    if (!session.can(Permission::ViewDashboards))
        throw Error(ErrorCode::PermissionDenied, permissionId(Permission::ViewDashboards));
    ExportFile file(path);
    writeTo(file.tempPath());

    QJsonObject details;
    details.insert(u"period"_qs, report.period.key());
    details.insert(u"kecamatan"_qs, report.district);
    details.insert(u"tables"_qs, int(report.tables.size()));
    details.insert(u"breaks"_qs, int(report.breaks.size()));
    details.insert(u"format"_qs, format);
    details.insert(u"file"_qs, file.target());
    // Aggregates only, no personal data; the entry still commits first, as for record exports, so the
    // log never misses a file that exists.
    session.audit().append(session.user().username, u"report.export"_qs, u"ipk"_qs,
                           QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    file.commit();
}

QByteArray IpkExport::csvFile(const IpkReport &report, const QString &language)
{
    return QByteArray("\xEF\xBB\xBF") + IpkCsv::write(report, language);
}

} // namespace sinergi
