#include "PlacementMaker.h"

#include "DatasetSink.h"
#include "Dates.h"
#include "DefectLibrary.h"
#include "Rng.h"
#include "World.h"

namespace sinergi::datagen {

namespace {
struct Destination
{
    const char *iso;
    int weight;
    const char *suffix; // how employers there are named
    const char *job;
    const char *kbji;
};
// Main destinations of Indonesian migrant workers, with typical jobs.
constexpr Destination kAbroad[] = {
    {"MY", 30, " Sdn Bhd", "Operator Produksi", "8189"},
    {"TW", 25, " Co., Ltd.", "Perawat Lansia", "5322"},
    {"HK", 15, " Limited", "Pekerja Rumah Tangga", "9111"},
    {"JP", 10, " Co., Ltd.", "Operator Mesin", "8189"},
    {"KR", 8, " Co., Ltd.", "Operator Produksi", "8189"},
    {"SA", 5, " Est.", "Pekerja Rumah Tangga", "9111"},
    {"SG", 4, " Pte Ltd", "Perawat Lansia", "5322"},
    {"BN", 3, " Sdn Bhd", "Pramusaji", "5131"},
};
constexpr const char *kForeignWords[] = {"Golden", "Sunrise", "Pacific",    "Harmony",    "Evergreen",
                                         "Lotus",  "Crystal", "Everbright", "Silverline", "Bluebay"};
// Provinces most AKAD placements go to (Jakarta, West Java, East Java, Banten, Riau Islands, East
// Kalimantan).
constexpr const char *kAkadProvinces[] = {"31", "32", "35", "36", "21", "64"};
} // namespace

PlacementMaker::PlacementMaker(World &world)
    : m_world(world), m_rng(std::make_unique<Rng>(world.config.seed, world.stream("placements"))),
      m_sink(world.openSink("penempatan"))
{
    DatasetSink &s = *m_sink;
    m_cRegistration = s.column("no_pendaftaran");
    m_cVacancy = s.column("nomor_lowongan");
    m_cType = s.column("jenis_penempatan");
    m_cDate = s.column("tanggal_penempatan");
    m_cProvince = s.column("provinsi_tujuan");
    m_cCountry = s.column("negara_tujuan");
    m_cNib = s.column("nib_pemberi_kerja");
    m_cEmployer = s.column("nama_pemberi_kerja");
    m_cTitle = s.column("jabatan");
    m_cKbji = s.column("jabatan_kbji");
    m_cWage = s.column("upah");
    s.setVariantColumn(m_cEmployer);
    // Year 0000 and serial 99999 are never issued, so these references cannot exist.
    s.addDefect(
        defects::fixedValue("bad_reference", m_cRegistration, world.region.regencyDigits + "-0000-000001"));
    s.addDefect(defects::blankWhen("akan_without_country", m_cCountry, m_cType, "AKAN"));
    s.addDefect(defects::setUnless("country_outside_akan", m_cCountry, m_cType, "AKAN", "MY"));
    s.addDefect(defects::blankWhen("akad_without_province", m_cProvince, m_cType, "AKAD"));
    s.addDefect(defects::fixedValue("bad_code", m_cType, "AKD"));
    s.addDefect(defects::badDate(m_cDate));
    s.addDefect(defects::missingRequired(m_cEmployer));
    Defect badVacancy =
        defects::fixedValue("bad_reference", m_cVacancy, "LW-" + world.region.regencyDigits + "-0000-99999");
    const int cVacancy = m_cVacancy;
    badVacancy.applies = [cVacancy](const Cells &c) { return !c[std::size_t(cVacancy)].empty(); };
    s.addDefect(std::move(badVacancy));
}

PlacementMaker::~PlacementMaker() = default;

int PlacementMaker::findVacancy(const Person &person, const QDate &registered)
{
    auto &vacancies = m_world.vacancies;
    if (vacancies.empty())
        return -1;
    const int age = int(person.birth.daysTo(registered) / 365);
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int i = int(m_rng->below(vacancies.size()));
        const Vacancy &v = vacancies[std::size_t(i)];
        const QDate lo = std::max(registered, v.open);
        const QDate hi = std::min(v.close, m_world.config.to);
        if (lo > hi || person.edu < v.minEdu || age < v.ageMin || age > v.ageMax)
            continue;
        const bool sexSlot = person.female ? v.femaleUsed < v.needFemale : v.maleUsed < v.needMale;
        if (sexSlot || v.eitherUsed < v.needEither)
            return i;
    }
    return -1;
}

void PlacementMaker::writeCommon(const std::string &registration, const char *type, const QDate &date)
{
    m_sink->beginRow();
    m_sink->set(m_cRegistration, registration);
    m_sink->set(m_cType, type);
    dates::appendIso(m_sink->cell(m_cDate), date);
}

QDate PlacementMaker::place(const Person &person, const std::string &registration, const QDate &registered,
                            const Occupation &desired)
{
    Rng &rng = *m_rng;
    const QDate asOf = m_world.config.to;
    const auto directDate = [&](int minDays, int maxDays) {
        return std::min(registered.addDays(rng.between(minDays, maxDays)), asOf);
    };
    int kind = rng.between(0, 99);
    if (person.birth.addYears(18) > registered)
        kind = 0;    // AKAD and AKAN placements need an adult: minors stay local
    if (kind < 85) { // AKL
        const int vi = findVacancy(person, registered);
        QDate date;
        if (vi >= 0) {
            Vacancy &v = m_world.vacancies[std::size_t(vi)];
            date = dates::uniformDay(rng, std::max(registered, v.open), std::min(v.close, asOf));
            int &sexUsed = person.female ? v.femaleUsed : v.maleUsed;
            if (sexUsed < (person.female ? v.needFemale : v.needMale))
                ++sexUsed;
            else
                ++v.eitherUsed;
            ++(person.female ? v.filledFemale : v.filledMale);
            if (!v.lastFilled.isValid() || date > v.lastFilled)
                v.lastFilled = date;
            const Employer &e = m_world.employers[std::size_t(v.employer)];
            writeCommon(registration, "AKL", date);
            m_sink->set(m_cVacancy, v.number);
            m_sink->set(m_cNib, e.nib);
            m_sink->set(m_cEmployer, e.name);
            m_sink->set(m_cTitle, v.occupation->title);
            m_sink->set(m_cKbji, v.occupation->kbji);
            if (v.wage > 0)
                m_sink->set(m_cWage, std::to_string(v.wage));
        } else {
            date = directDate(7, 240);
            writeCommon(registration, "AKL", date);
            if (!m_world.employers.empty()) {
                const Employer &e = m_world.employers[rng.below(m_world.employers.size())];
                m_sink->set(m_cNib, e.nib);
                m_sink->set(m_cEmployer, e.name);
            } else {
                m_sink->set(m_cEmployer, "Usaha perorangan");
            }
            m_sink->set(m_cTitle, desired.title);
            m_sink->set(m_cKbji, desired.kbji);
            m_sink->set(m_cWage, std::to_string(rng.between(40, 70) * 50000LL));
        }
        m_sink->set(m_cProvince, m_world.region.provinceCode);
        m_sink->commit();
        return date;
    }
    const QDate date = kind < 95 ? directDate(14, 240) : directDate(60, 300); // AKAN needs papers first
    const auto words = std::span<const char *const>(kForeignWords);
    if (kind < 95) { // AKAD
        writeCommon(registration, "AKAD", date);
        std::string province = rng.pick(kAkadProvinces);
        if (province == m_world.region.provinceCode && !m_world.region.otherProvinces.empty())
            province = m_world.region.otherProvinces[rng.below(m_world.region.otherProvinces.size())];
        m_sink->set(m_cProvince, province);
        const auto local = vocabulary::companyWords();
        std::string &employer = m_sink->cell(m_cEmployer);
        employer.assign("PT ").append(local[rng.below(local.size())]).push_back(' ');
        employer.append(local[rng.below(local.size())]).append(" Indonesia");
        m_sink->set(m_cTitle, desired.title);
        m_sink->set(m_cKbji, desired.kbji);
        m_sink->set(m_cWage, std::to_string(rng.between(60, 110) * 50000LL));
    } else { // AKAN
        static constexpr int kWeights[] = {30, 25, 15, 10, 8, 5, 4, 3};
        const Destination &d = kAbroad[rng.weighted(kWeights)];
        writeCommon(registration, "AKAN", date);
        m_sink->set(m_cCountry, d.iso);
        // Separate statements: operands of + are not sequenced, and each draw must come in a fixed order.
        std::string &employer = m_sink->cell(m_cEmployer);
        employer.assign(words[rng.below(words.size())]).push_back(' ');
        employer.append(words[rng.below(words.size())]).append(d.suffix);
        m_sink->set(m_cTitle, d.job);
        m_sink->set(m_cKbji, d.kbji);
        m_sink->set(m_cWage, std::to_string(rng.between(140, 300) * 50000LL));
    }
    m_sink->commit();
    return date;
}

void PlacementMaker::finish()
{
    m_world.finishSink(*m_sink);
}

} // namespace sinergi::datagen
