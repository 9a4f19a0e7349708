#pragma once

#include "IpkFormSet.h"
#include "ReportPeriod.h"

#include <QList>
#include <QString>

namespace sinergi {

// One IPK table as numbers: rows as the form lays them out plus a last "other / unknown" row for records
// that fit no row, and named columns ("registered_L", "closing_P", "AKL_L", ...), so grids, CSV, XLSX and
// PDF are all drawn from the same cells.
struct IpkTable
{
    QString formId;
    LocalizedText title;
    IpkSubject subject = IpkSubject::JobSeekers;
    QList<LocalizedText> rows;
    QStringList columns;        // keys; IpkColumns::label() gives the header text
    QList<QList<qint64>> cells; // rows × columns

    int columnIndex(const QString &key) const { return int(columns.indexOf(key)); }
    qint64 value(int row, const QString &column) const;
    qint64 total(const QString &column) const; // over all rows
    bool otherRowUsed() const;                 // the "other / unknown" row has a non-zero cell
};

// A broken invariant (issue 5): what broke, where, and the records that cause it.
struct IpkBreak
{
    enum class Kind {
        ClosingNotAMinusB, // closing computed from the records differs from A − B
        Continuity,        // closing of this period differs from the opening of the next
        NegativeStock,     // opening or closing below zero
        NotCounted         // records left out: a date needed to place them in time is missing
    };
    Kind kind = Kind::ClosingNotAMinusB;
    QString formId;          // empty for NotCounted
    QString dataset;         // the records' dataset: pencari_kerja, lowongan, penempatan
    QString message;         // translated, for the UI and the CLI
    QList<qint64> recordIds; // the causes, at most kMaxNamed
    qint64 recordCount = 0;  // all causes
    static constexpr int kMaxNamed = 1000;
};

struct IpkReport
{
    ReportPeriod period = ReportPeriod::month(2000, 1);
    QString district; // kecamatan filter; empty = the whole regency
    QList<IpkTable> tables;
    QList<IpkBreak> breaks;

    const IpkTable *table(const QString &formId) const;
};

// Column keys and their header labels.
namespace IpkColumns {
QString label(const QString &key);           // translated: "Terdaftar L", ...
QStringList flowColumns(IpkSubject subject); // opening/registered/A/placed|filled/removed/B/closing × sex
QStringList placementColumns();              // AKL/AKAD/AKAN × L/P
} // namespace IpkColumns

} // namespace sinergi
