#pragma once

#include "importing/ImportLimits.h"
#include "importing/ZipArchive.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sinergi {

// The workbook's table of contents: sheet names in tab order and the zip part of each, where the shared
// strings and styles live, and the date system. Found through the package relationships rather than
// assumed file names, since other producers (LibreOffice, Google Sheets, Go/Java libraries) differ.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::XlsxWorkbook)
public:
    struct Sheet
    {
        QString name;
        QString part; // e.g. xl/worksheets/sheet1.xml; empty when the relationship is missing
    };

    static XlsxWorkbook load(const ZipArchive &zip, const ImportLimits &limits);

    const QList<Sheet> &sheets() const { return m_sheets; }
    const QString &sharedStringsPart() const { return m_sharedStrings; }
    const QString &stylesPart() const { return m_styles; }
    bool date1904() const { return m_date1904; }

    // Resolves a relationship target against the folder of the part that holds the relationship.
    static QString resolve(const QString &sourcePart, const QString &target);

private:
    struct Relationship
    {
        QString id;
        QString type;
        QString target;
    };
    static QList<Relationship> readRels(const ZipArchive &zip, const QString &relsPart, const ImportLimits &limits);
    static QString relsPartOf(const QString &part);

    QList<Sheet> m_sheets;
    QString m_sharedStrings;
    QString m_styles;
    bool m_date1904 = false;
};

} // namespace sinergi
