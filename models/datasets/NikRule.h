#pragma once

#include "RuleKind.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

namespace sinergi {

// "nik_consistency": the structure of a NIK and its agreement with the record.
// Digits 1-6 are the kecamatan of first registration (not the current address, so it is never compared
// with the address), 7-12 the birth date DDMMYY with 40 added to the day for women, 13-16 a serial from
// 0001. Params: nik (field), sex (field, L/P), birth_date (field), prefix ("province", the default, or
// "kecamatan" to require digits 1-6 to be a known kecamatan code).
class NikRule : public RuleKind
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::NikRule)
public:
    enum class Issue {
        NotSixteenDigits,
        UnknownProvince,
        UnknownKecamatan,
        InvalidBirthDate,
        ZeroSerial,
        SexMismatch,
        BirthDateMismatch
    };

    struct Decoded
    {
        QString kecamatan; // digits 1-6
        QDate birthDate;   // century resolved against the record's birth date, else against today
        QChar sex;         // 'L' or 'P'
    };

    // The whole check without a template: what the importer and the data generator call. An empty
    // provinces set skips the province check (no catalogue loaded); sex and birthDate may be empty.
    static QList<Issue> inspect(const QString &nik, const QString &sex, const QDate &birthDate,
                                const QSet<QString> &provinces, const QDate &today = QDate::currentDate());
    // Invalid birthDate in the result when the NIK is not structurally readable.
    static Decoded decode(const QString &nik, const QDate &recordBirthDate, const QDate &today);
    static QString message(Issue issue);

    QString name() const override { return u"nik_consistency"_qs; }
    QStringList requiredParams() const override { return {u"nik"_qs}; }
    QStringList optionalParams() const override { return {u"sex"_qs, u"birth_date"_qs, u"prefix"_qs}; }
    QStringList fieldParams() const override { return {u"nik"_qs, u"sex"_qs, u"birth_date"_qs}; }
    QString paramProblem(const RuleDef &rule, const DatasetTemplate &tpl) const override;
    Problems check(const RuleDef &rule, const QVariantMap &record, const RuleContext &context) const override;
};

} // namespace sinergi
