#include "DefectLibrary.h"

#include "Dates.h"
#include "Rng.h"

namespace sinergi::datagen::defects {

namespace {
std::string &at(Cells &cells, int column)
{
    return cells[std::size_t(column)];
}
} // namespace

Defect missingRequired(int column)
{
    return {"missing_required", column, [column](Cells &c, Rng &) { at(c, column).clear(); }};
}

Defect badDate(int column)
{
    return {"bad_date", column, [column](Cells &c, Rng &rng) {
                std::string &v = at(c, column);
                QDate d = dates::parseIso(v);
                if (!d.isValid())
                    d = QDate(2024, 6, 15);
                char buf[16];
                switch (rng.below(3)) {
                case 0: // a day that month does not have, typed into a date field
                    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year(), d.month() == 2 ? 2 : 4,
                                  d.month() == 2 ? 30 : 31);
                    break;
                case 1: // the Indonesian spelling, which only the importer may convert
                    std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d.day(), d.month(), d.year());
                    break;
                default: // unpadded
                    std::snprintf(buf, sizeof buf, "%d-%d-%d", d.year(), d.month(), d.day());
                    if (v == buf) // already unpadded only when both are two digits: force a bad month
                        std::snprintf(buf, sizeof buf, "%d-13-%d", d.year(), d.day());
                    break;
                }
                v = buf;
            }};
}

Defect nikSexMismatch(int sexColumn)
{
    return {"nik_sex_mismatch", sexColumn, [sexColumn](Cells &c, Rng &) {
                std::string &v = at(c, sexColumn);
                v = v == "P" ? "L" : "P";
            }};
}

Defect nikBirthDateMismatch(int birthColumn)
{
    return {"nik_birthdate_mismatch", birthColumn,
            [birthColumn](Cells &c, Rng &rng) {
                std::string &v = at(c, birthColumn);
                v = dates::iso(dates::parseIso(v).addDays(-rng.between(1, 27)));
            },
            [birthColumn](const Cells &c) { return dates::parseIso(c[std::size_t(birthColumn)]).isValid(); }};
}

Defect nikBadFormat(int nikColumn)
{
    return {"nik_bad_format", nikColumn, [nikColumn](Cells &c, Rng &rng) {
                std::string &v = at(c, nikColumn);
                if (rng.chance(0.5))
                    v[6 + rng.below(10)] = 'O'; // letter O typed for a zero
                else
                    v.pop_back(); // a digit lost when copying
            }};
}

Defect fixedValue(const char *kind, int column, std::string value)
{
    return {kind, column, [column, value](Cells &c, Rng &) { at(c, column) = value; }};
}

Defect dateBefore(const char *kind, int column, int referenceColumn)
{
    return {kind, column,
            [column, referenceColumn](Cells &c, Rng &rng) {
                const QDate ref = dates::parseIso(c[std::size_t(referenceColumn)]);
                at(c, column) = dates::iso(ref.addDays(-rng.between(1, 60)));
            },
            [referenceColumn](const Cells &c) {
                return dates::parseIso(c[std::size_t(referenceColumn)]).isValid();
            }};
}

Defect badPhone(int column)
{
    return {"bad_phone", column, [column](Cells &c, Rng &rng) {
                static constexpr const char *kBad[] = {"0812-345", "812345678901", "+1 555 0100",
                                                       "08xx-1234-5678"};
                at(c, column) = rng.pick(kBad);
            }};
}

Defect badEmail(int column)
{
    return {"bad_email", column, [column](Cells &c, Rng &rng) {
                static constexpr const char *kBad[] = {"nama@gmail", "nama.gmail.com", "nama @yahoo.co.id",
                                                       "@gmail.com"};
                at(c, column) = rng.pick(kBad);
            }};
}

Defect tooLong(int column, int maxLength)
{
    return {"too_long", column, [column, maxLength](Cells &c, Rng &) {
                std::string &v = at(c, column);
                const std::string base = v.empty() ? std::string("Nama") : v;
                while (v.size() <= std::size_t(maxLength))
                    v += " " + base; // pasted twice or more into one cell
            }};
}

Defect blankWhen(const char *kind, int column, int whenColumn, std::string value)
{
    return {kind, column, [column](Cells &c, Rng &) { at(c, column).clear(); },
            [whenColumn, value](const Cells &c) { return c[std::size_t(whenColumn)] == value; }};
}

Defect setUnless(const char *kind, int column, int whenColumn, std::string unlessValue, std::string value)
{
    return {kind, column, [column, value](Cells &c, Rng &) { at(c, column) = value; },
            [whenColumn, unlessValue](const Cells &c) { return c[std::size_t(whenColumn)] != unlessValue; }};
}

} // namespace sinergi::datagen::defects
