#include "FieldValidator.h"

#include "CodeListRegistry.h"
#include "FieldValue.h"
#include "RegionCatalog.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace sinergi {

namespace {

Problem problem(const FieldDef &f, const char16_t *ruleId, const QString &message)
{
    return {f.name, QString::fromUtf16(ruleId), message};
}

std::optional<RegionCatalog::Level> regionLevel(const QString &codeList)
{
    if (codeList == u"wilayah_provinsi")
        return RegionCatalog::Level::Province;
    if (codeList == u"wilayah_kabkota")
        return RegionCatalog::Level::Regency;
    if (codeList == u"wilayah_kecamatan")
        return RegionCatalog::Level::District;
    if (codeList == u"wilayah_desa")
        return RegionCatalog::Level::Village;
    return std::nullopt;
}

} // namespace

bool FieldValidator::isValidNikFormat(const QString &text)
{
    static const QRegularExpression re(u"^[0-9]{16}$"_qs);
    return re.match(text).hasMatch();
}

bool FieldValidator::isValidPhone(const QString &text)
{
    // Officers type numbers with spaces, dashes, dots and brackets; only the digits and the prefix matter.
    // Static: compiling the pattern per call was a fifth of a bulk import's time.
    static const QRegularExpression separators(u"[\\s\\-.()]"_qs);
    QString s = text;
    s.remove(separators);
    static const QRegularExpression re(u"^(\\+62|62|0)[0-9]+$"_qs);
    if (!re.match(s).hasMatch())
        return false;
    const qsizetype digits = s.size() - (s.startsWith(u'+') ? 1 : 0);
    return digits >= 9 && digits <= 15;
}

bool FieldValidator::isValidEmail(const QString &text)
{
    // Deliberately pragmatic: one @, no spaces, a dot in the domain. Deliverability is not checkable here.
    static const QRegularExpression re(u"^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$"_qs);
    return text.size() <= 254 && re.match(text).hasMatch();
}

Problems FieldValidator::validate(const FieldDef &field, const QVariant &value, const QString &codeListVersion) const
{
    const QString text = fieldvalue::text(value);
    if (text.isEmpty()) {
        if (field.required)
            return {problem(field, u"required", tr("A value is required."))};
        return {};
    }
    Problems problems = checkType(field, text, value);
    if (!problems.isEmpty())
        return problems; // pattern and range say nothing useful about a value of the wrong type
    if (field.pattern.isValid() && !field.pattern.pattern().isEmpty() && !field.pattern.match(text).hasMatch())
        problems.append(problem(field, u"pattern", tr("\"%1\" does not have the expected format.").arg(text)));
    if (field.type == FieldType::Code)
        problems += checkCode(field, text, codeListVersion.isEmpty() ? field.codeListVersion : codeListVersion);
    return problems;
}

Problems FieldValidator::checkType(const FieldDef &f, const QString &text, const QVariant &value) const
{
    const QLocale c = QLocale::c();
    switch (f.type) {
    case FieldType::Text: {
        const auto length = text.size();
        if ((f.minLength && length < *f.minLength) || (f.maxLength && length > *f.maxLength))
            return {problem(f, u"length", tr("Must have between %1 and %2 characters.")
                                              .arg(f.minLength.value_or(0))
                                              .arg(f.maxLength ? QString::number(*f.maxLength) : tr("any number")))};
        return {};
    }
    case FieldType::Integer:
    case FieldType::Decimal: {
        bool ok = false;
        double number = 0;
        if (f.type == FieldType::Integer) {
            static const QRegularExpression intRe(u"^[+-]?[0-9]{1,15}$"_qs);
            ok = intRe.match(text).hasMatch();
            number = double(text.toLongLong());
        } else {
            // C locale: "1.5" only. A "1,5" from an Indonesian spreadsheet is converted by the importer.
            number = c.toDouble(text, &ok);
            ok = ok && std::isfinite(number);
        }
        if (!ok)
            return {problem(f, u"type", f.type == FieldType::Integer ? tr("\"%1\" is not a whole number.").arg(text)
                                                                     : tr("\"%1\" is not a number.").arg(text))};
        if ((f.minimum && number < *f.minimum) || (f.maximum && number > *f.maximum))
            return {problem(f, u"range", tr("%1 is outside the range %2 to %3.")
                                             .arg(text, f.minimum ? c.toString(*f.minimum) : tr("any"),
                                                  f.maximum ? c.toString(*f.maximum) : tr("any")))};
        return {};
    }
    case FieldType::Date: {
        const QDate d = fieldvalue::date(value);
        if (!d.isValid())
            return {problem(f, u"type", tr("\"%1\" is not a date (yyyy-MM-dd).").arg(text))};
        if (f.minDate && d < *f.minDate)
            return {problem(f, u"range", tr("The date is before %1.").arg(f.minDate->toString(Qt::ISODate)))};
        if (f.maxDate && d > *f.maxDate)
            return {problem(f, u"range", tr("The date is after %1.").arg(f.maxDate->toString(Qt::ISODate)))};
        if (f.dateMaxToday && d > m_today)
            return {problem(f, u"range", tr("The date is in the future."))};
        return {};
    }
    case FieldType::Bool:
        if (value.typeId() == QMetaType::Bool || text == u"true" || text == u"false" || text == u"1" || text == u"0")
            return {};
        return {problem(f, u"type", tr("\"%1\" is not yes/no (true, false, 1 or 0).").arg(text))};
    case FieldType::Code:
        return {};
    case FieldType::Nik:
        if (!isValidNikFormat(text))
            return {problem(f, u"nik_format", tr("A NIK has exactly 16 digits."))};
        return {};
    case FieldType::Phone:
        if (!isValidPhone(text))
            return {problem(f, u"phone",
                            tr("\"%1\" is not an Indonesian phone number (+62, 62 or 0, then 9-15 digits in all).")
                                .arg(text))};
        return {};
    case FieldType::Email:
        if (!isValidEmail(text))
            return {problem(f, u"email", tr("\"%1\" is not an e-mail address.").arg(text))};
        return {};
    }
    return {};
}

Problems FieldValidator::checkCode(const FieldDef &f, const QString &code, const QString &version) const
{
    if (const auto level = regionLevel(f.codeList)) {
        if (!m_regions)
            return {};
        const auto region = m_regions->find(code);
        if (!region || region->level != *level)
            return {problem(f, u"code", tr("\"%1\" is not a known region code here.").arg(code))};
        if (region->retired) {
            // Saved before an administrator loaded a newer region list that split or renumbered it: as
            // with a retired code-list code, a valid record to correct at the next edit, not an error.
            Problem p = problem(f, u"code_retired",
                                tr("\"%1\" (%2) is from the region list %3 and no longer in %4; choose a "
                                   "current code when the record is next edited.")
                                    .arg(code, region->name, region->edition, m_regions->version()));
            p.severity = Problem::Severity::Warning;
            return {p};
        }
        return {};
    }
    if (!m_codeLists)
        return {};
    const CodeList *list = m_codeLists->find(f.codeList, version);
    if (!list)
        return {problem(f, u"code", tr("Code list %1 %2 is not loaded.").arg(f.codeList, version).trimmed())};
    if (!list->contains(code)) {
        // A code that an older edition of the list has (the record was saved before an administrator
        // loaded a newer one) is still a valid record: flag it for the next edit, do not call it an error.
        if (version.isEmpty()) {
            const QStringList versions = m_codeLists->versions(f.codeList); // oldest first
            for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
                const QString &v = *it;
                if (m_codeLists->find(f.codeList, v)->contains(code)) {
                    Problem p = problem(f, u"code_retired",
                                        tr("\"%1\" is from version %2 of the code list %3 and no longer in "
                                           "version %4; choose a current code when the record is next edited.")
                                            .arg(code, v, f.codeList, list->version()));
                    p.severity = Problem::Severity::Warning;
                    return {p};
                }
            }
        }
        return {problem(f, u"code", tr("\"%1\" is not in the code list %2 (version %3).")
                                        .arg(code, f.codeList, list->version()))};
    }
    return {};
}

Problems FieldValidator::validateRecord(const DatasetTemplate &tpl, const QVariantMap &record) const
{
    Problems problems;
    for (const FieldDef &f : tpl.fields()) {
        const QString version =
            f.codeListVersionField.isEmpty() ? QString() : fieldvalue::text(record, f.codeListVersionField);
        problems += validate(f, record.value(f.name), version);
    }
    return problems;
}

} // namespace sinergi
