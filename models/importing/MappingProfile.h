#pragma once

#include "importing/ColumnTransform.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace sinergi {

// A saved column mapping for one source system (SIKAS, SIJOKER, a spreadsheet an office keeps, ...):
// which source header goes to which template field, per dataset, and how values are transformed (date
// spelling, code maps). Shipped profiles live in resources/mapping-profiles/ and are starting points; an
// office's edited copy is saved in the store (MappingProfileStore). JSON:
//   { "id": "sikas", "name": "...", "source_system": "...", "version": 1, "note": "...",
//     "date_format": "dd/mm/yyyy",
//     "datasets": { "pencari_kerja": {
//         "columns": { "No. Pendaftaran": "no_pendaftaran", "Kolom lain": "" },   // "" = ignore
//         "fields":  { "jenis_kelamin": { "values": { "Laki-laki": "L" } },
//                      "tanggal_lahir": { "date_format": "excel-serial" } } } } }
// Headers are compared normalised (HeaderMatcher::normalise). Headers a profile does not name are still
// matched automatically.
class MappingProfile
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::MappingProfile)
public:
    // Throws Error(InvalidArgument) naming sourceName and what is wrong.
    static MappingProfile fromJson(const QByteArray &json, const QString &sourceName);
    QByteArray toJson() const;

    const QString &id() const { return m_id; }
    const QString &name() const { return m_name; }
    const QString &sourceSystem() const { return m_sourceSystem; }
    const QString &note() const { return m_note; }
    int version() const { return m_version; }
    QStringList datasets() const { return m_datasets.keys(); }

    // The field a header maps to: nullopt when the profile does not name the header, "" when it says
    // to ignore the column.
    std::optional<QString> fieldFor(const QString &dataset, const QString &header) const;
    // The transform for a field (the profile's default date format when the field has none).
    ColumnTransform transformFor(const QString &dataset, const QString &field) const;

    // For building a profile in code (the wizard saving what the user mapped).
    void setIdentity(const QString &id, const QString &name, const QString &sourceSystem, const QString &note);
    void setColumn(const QString &dataset, const QString &header, const QString &field);
    void setTransform(const QString &dataset, const QString &field, const ColumnTransform &transform);

private:
    struct DatasetSection
    {
        QHash<QString, QString> columns; // normalised header -> field ("" = ignore)
        QHash<QString, QString> headerSpelling; // normalised -> as written, for toJson
        QHash<QString, ColumnTransform> fields;
        QHash<QString, QHash<QString, QString>> valueSpelling; // field -> normalised value -> as written
        QHash<QString, bool> explicitDateFormat;
    };

    QString m_id;
    QString m_name;
    QString m_sourceSystem;
    QString m_note;
    int m_version = 1;
    ColumnTransform::DateFormat m_dateFormat = ColumnTransform::DateFormat::Auto;
    QHash<QString, DatasetSection> m_datasets;
};

} // namespace sinergi
