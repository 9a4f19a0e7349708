#pragma once

#include "IpkReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace sinergi {

class RegionCatalog;
class Session;

// What an exported IPK report says about itself besides the numbers: whose regency, which kecamatan, who
// made it and when. The XLSX title block and the PDF cover print it, so both say the same.
struct IpkDocumentInfo
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::IpkDocumentInfo)
public:
    QString regencyCode;         // "33.73"; empty when the office has not set office.regency
    QString regencyName;         // "KOTA SALATIGA"; empty when unknown
    QString districtCode;        // the kecamatan filter; empty = the whole regency
    QString districtName;        // its name from the region list; empty when unknown
    QString madeBy;              // the user name
    QDateTime madeAt;            // local time
    QString language = u"id"_qs; // for the forms' titles and row labels (LocalizedText)

    // "Kota Salatiga (33.73)", or the code alone, or a translated "regency not set".
    QString regencyText() const;
    // Translated "whole regency" or "Sidorejo (33.73.01)".
    QString districtText() const;

    // From the store setting office.regency, the region list and the session's user; madeAt = now.
    static IpkDocumentInfo describe(const Session &session, const RegionCatalog &regions,
                                    const IpkReport &report, const QString &language);
};

} // namespace sinergi
