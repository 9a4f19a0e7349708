#pragma once

#include "DatasetTemplate.h"
#include "FieldDef.h"
#include "Problem.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariant>
#include <QVariantMap>

namespace sinergi {

class CodeListRegistry;
class RegionCatalog;

// Checks one value against its FieldDef: required, type, pattern, range, code in list, and the formats of
// NIK, phone and email. Cross-field logic (NIK vs sex and birth date) is a rule, not a field check.
// Values may be typed (QDate, numbers) or text; dates as text must be ISO yyyy-MM-dd here, because other
// spellings (dd/mm/yyyy, Excel serials) are resolved by the importer, which knows the source.
//
// Problem.ruleId is one of: required, type, pattern, range, length, code, nik_format, phone, email.
// Code lists named wilayah_provinsi / wilayah_kabkota / wilayah_kecamatan / wilayah_desa are answered by
// the RegionCatalog; every other list by the CodeListRegistry. Without a registry or catalogue the code
// check is skipped (the caller has nothing to check against).
class FieldValidator
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::FieldValidator)
public:
    explicit FieldValidator(const CodeListRegistry *codeLists = nullptr, const RegionCatalog *regions = nullptr)
        : m_codeLists(codeLists), m_regions(regions)
    {
    }

    void setToday(const QDate &today) { m_today = today; }
    // What CompiledValidator resolves once per dataset.
    const QDate &today() const { return m_today; }
    const CodeListRegistry *codeLists() const { return m_codeLists; }
    const RegionCatalog *regions() const { return m_regions; }

    // codeListVersion overrides FieldDef::codeListVersion (used when the version sits in another field).
    Problems validate(const FieldDef &field, const QVariant &value, const QString &codeListVersion = {}) const;
    // Every field of the record, resolving code_list_version_field from the record itself.
    Problems validateRecord(const DatasetTemplate &tpl, const QVariantMap &record) const;

    // The format checks on their own, for the import preview and the editors' live feedback.
    static bool isValidNikFormat(const QString &text);
    static bool isValidPhone(const QString &text);
    static bool isValidEmail(const QString &text);

private:
    Problems checkType(const FieldDef &field, const QString &text, const QVariant &value) const;
    Problems checkCode(const FieldDef &field, const QString &code, const QString &version) const;

    const CodeListRegistry *m_codeLists;
    const RegionCatalog *m_regions;
    QDate m_today = QDate::currentDate();
};

} // namespace sinergi
