#include "NikRule.h"

#include "DatasetTemplate.h"
#include "FieldValue.h"
#include "RegionCatalog.h"

namespace sinergi {

namespace {

bool allAsciiDigits(const QString &s)
{
    // QChar::isDigit would accept Arabic-Indic and other digits; a NIK is ASCII only.
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

int number(const QString &s, int pos, int len)
{
    return QStringView(s).mid(pos, len).toInt();
}

} // namespace

NikRule::Decoded NikRule::decode(const QString &nik, const QDate &recordBirthDate, const QDate &today)
{
    Decoded d;
    if (nik.size() != 16 || !allAsciiDigits(nik))
        return d;
    d.kecamatan = nik.left(6);
    int day = number(nik, 6, 2);
    const int month = number(nik, 8, 2);
    const int yy = number(nik, 10, 2);
    d.sex = day > 40 ? u'P' : u'L';
    if (day > 40)
        day -= 40;
    // Only two year digits: prefer the record's century when the two digits agree with it, otherwise
    // assume the most recent year that is not in the future.
    int year = 0;
    if (recordBirthDate.isValid() && recordBirthDate.year() % 100 == yy)
        year = recordBirthDate.year();
    else
        year = (yy <= today.year() % 100 ? (today.year() / 100) * 100 : (today.year() / 100 - 1) * 100) + yy;
    d.birthDate = QDate(year, month, day); // invalid for day 0, 32-40, month 13, 30 Feb, ...
    return d;
}

QList<NikRule::Issue> NikRule::inspect(const QString &nik, const QString &sex, const QDate &birthDate,
                                       const QSet<QString> &provinces, const QDate &today)
{
    if (nik.size() != 16 || !allAsciiDigits(nik))
        return {Issue::NotSixteenDigits};
    QList<Issue> issues;
    if (!provinces.isEmpty() && !provinces.contains(nik.left(2)))
        issues.append(Issue::UnknownProvince);
    if (nik.endsWith(u"0000"))
        issues.append(Issue::ZeroSerial);
    const Decoded d = decode(nik, birthDate, today);
    if (!d.birthDate.isValid()) {
        issues.append(Issue::InvalidBirthDate);
        return issues; // sex and date cannot be compared with an unreadable date part
    }
    if (!sex.isEmpty() && sex != d.sex)
        issues.append(Issue::SexMismatch);
    if (birthDate.isValid() && birthDate != d.birthDate)
        issues.append(Issue::BirthDateMismatch);
    return issues;
}

QString NikRule::message(Issue issue)
{
    switch (issue) {
    case Issue::NotSixteenDigits: return tr("A NIK has exactly 16 digits.");
    case Issue::UnknownProvince: return tr("The NIK starts with an unknown province code.");
    case Issue::UnknownKecamatan: return tr("Digits 1-6 of the NIK are not a known kecamatan code.");
    case Issue::InvalidBirthDate:
        return tr("Digits 7-12 of the NIK are not a valid birth date (DDMMYY, day + 40 for women).");
    case Issue::ZeroSerial: return tr("The last four digits of a NIK start at 0001.");
    case Issue::SexMismatch: return tr("The NIK does not agree with the sex (women have day + 40 in the NIK).");
    case Issue::BirthDateMismatch: return tr("The NIK does not agree with the date of birth.");
    }
    return {};
}

QString NikRule::paramProblem(const RuleDef &rule, const DatasetTemplate &tpl) const
{
    Q_UNUSED(tpl)
    const QString prefix = rule.param(u"prefix"_qs);
    if (rule.params.contains(u"prefix") && prefix != u"province" && prefix != u"kecamatan")
        return tr("\"prefix\" must be \"province\" or \"kecamatan\"");
    return {};
}

Problems NikRule::check(const RuleDef &rule, const QVariantMap &record, const RuleContext &context) const
{
    const QString nikField = rule.param(u"nik"_qs);
    const QString nik = fieldvalue::text(record, nikField);
    if (nik.isEmpty())
        return {}; // "required" is the field check's business
    const QString sexField = rule.param(u"sex"_qs);
    const QString dateField = rule.param(u"birth_date"_qs);
    const QString sex = sexField.isEmpty() ? QString() : fieldvalue::text(record, sexField);
    const QDate birth = dateField.isEmpty() ? QDate() : fieldvalue::date(record, dateField);
    static const QSet<QString> kNone;
    const QSet<QString> &provinces = context.regions ? context.regions->provinceCodes() : kNone;

    QList<Issue> issues = inspect(nik, sex, birth, provinces, context.today);
    QString olderEdition; // the kecamatan of the NIK's issue was split or renumbered since
    if (context.regions && rule.param(u"prefix"_qs) == u"kecamatan" &&
        !issues.contains(Issue::NotSixteenDigits) && !issues.contains(Issue::UnknownProvince) &&
        !context.regions->isKnownNikPrefix(nik)) {
        olderEdition = context.regions->olderEditionOfNikPrefix(nik);
        if (olderEdition.isEmpty())
            issues.append(Issue::UnknownKecamatan);
    }

    Problems problems;
    // A NIK keeps the kecamatan code of its issue, so a code that only an older region list has is no
    // error; it is worth a look, as a retired code in a code field is.
    if (!olderEdition.isEmpty())
        problems.append({nikField, rule.id,
                         tr("Digits 1-6 of the NIK (%1) are a kecamatan code of the region list %2 that the "
                            "current list (%3) no longer has; check the NIK unless it was issued before the "
                            "change.")
                             .arg(nik.left(6), olderEdition, context.regions->version()),
                         Problem::Severity::Warning});
    // Only a NIK whose province is known can be compared with the office's regency; an unknown province
    // is already an error above.
    const QString regency = QString(context.officeRegency).remove(u'.');
    if (regency.size() == 4 && !issues.contains(Issue::NotSixteenDigits) && !issues.contains(Issue::UnknownProvince)
        && !nik.startsWith(regency))
        problems.append({nikField, rule.id,
                         tr("The NIK was first registered outside this office's regency (%1); "
                            "check it unless the person moved here.")
                             .arg(context.officeRegency),
                         Problem::Severity::Warning});
    for (Issue issue : std::as_const(issues)) {
        // Point at the field the user should look at: a mismatch may be a typo in either place.
        QString field = nikField;
        if (issue == Issue::SexMismatch)
            field = sexField;
        else if (issue == Issue::BirthDateMismatch)
            field = dateField;
        problems.append({field, rule.id, message(issue)});
    }
    return problems;
}

} // namespace sinergi
