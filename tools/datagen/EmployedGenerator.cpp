#include "EmployedGenerator.h"

#include "DatasetSink.h"
#include "Dates.h"
#include "DefectLibrary.h"
#include "Education.h"
#include "Rng.h"
#include "World.h"

namespace sinergi::datagen {

namespace {
const Activity &activityNamed(const char *industry)
{
    for (const Activity &a : vocabulary::activities()) {
        if (std::string_view(a.industry) == industry)
            return a;
    }
    return vocabulary::activities().front();
}
} // namespace

void EmployedGenerator::run(World &world)
{
    const auto &cfg = world.config;
    Rng rng(cfg.seed, world.stream("employed"));
    auto sink = world.openSink("penduduk_bekerja");
    DatasetSink &s = *sink;
    const int cNik = s.column("nik"), cPeriod = s.column("periode"), cName = s.column("nama"),
              cSex = s.column("jenis_kelamin"), cBirth = s.column("tanggal_lahir"),
              cEdu = s.column("pendidikan"), cDistrict = s.column("kode_kecamatan"),
              cVillage = s.column("kode_desa"), cKbji = s.column("jabatan_kbji"),
              cVersion = s.column("kbli_versi"), cSection = s.column("kbli_seksi"),
              cKbli = s.column("kbli_kode"), cStatus = s.column("status_pekerjaan"),
              cHours = s.column("jam_kerja"), cWage = s.column("upah");
    s.setVariantColumn(cName);
    s.addDefect(defects::nikSexMismatch(cSex));
    s.addDefect(defects::nikBirthDateMismatch(cBirth));
    s.addDefect(defects::missingRequired(cKbji));
    s.addDefect(defects::fixedValue("bad_code", cStatus, "8"));
    s.addDefect(defects::fixedValue("bad_code", cEdu, "8"));
    s.addDefect(defects::fixedValue("out_of_range", cHours, "170"));

    // Periods: the year, or the August labour-force survey month when the period reaches it.
    const int year = cfg.to.year();
    char monthPeriod[32];
    std::snprintf(monthPeriod, sizeof monthPeriod, "%04d-%02d", year, std::min(cfg.to.month(), 8));
    const std::string yearPeriod = std::to_string(year);
    static constexpr const char *kStatus[] = {"1", "2", "3", "4", "5", "6", "7"};
    static constexpr int kStatusWeights[] = {20, 10, 3, 40, 5, 7, 15};
    const auto activities = vocabulary::activities();
    std::vector<int> activityWeights;
    for (const Activity &a : activities)
        activityWeights.push_back(a.weight);
    const Activity &farming = activityNamed("Pertanian");
    const auto occupations = vocabulary::occupations();

    for (qint64 i = 0; i < cfg.employed; ++i) {
        const Person p = world.people->make(rng, cfg.to, PersonFactory::Profile::Employed);
        const int status = int(rng.weighted(kStatusWeights)) + 1;
        // Casual farm work and much unpaid family work are agriculture.
        const bool farm = status == 5 || (status == 7 && rng.chance(0.6));
        const Activity &a = farm ? farming : activities[rng.weighted(activityWeights)];
        const Occupation *occ = nullptr;
        for (int attempt = 0; attempt < 4 && !occ; ++attempt) {
            const Occupation &o = occupations[std::size_t(a.occupations[rng.below(a.occupations.size())])];
            if (o.minEdu <= p.edu)
                occ = &o;
        }
        if (!occ)
            occ = &world.people->occupationFor(rng, p.edu);
        const bool kbli2025 = rng.chance(0.1);

        s.beginRow();
        s.set(cNik, p.nik);
        s.set(cPeriod, rng.chance(0.7) ? std::string_view(yearPeriod) : std::string_view(monthPeriod));
        s.set(cName, p.name);
        s.set(cSex, p.female ? "P" : "L");
        dates::appendIso(s.cell(cBirth), p.birth);
        s.set(cEdu, education::bpsCode(p.edu));
        const auto &district = world.region.districts[std::size_t(p.district)];
        s.set(cDistrict, district.code);
        if (p.village >= 0)
            s.set(cVillage, district.villages[std::size_t(p.village)].code);
        // Surveys often code the occupation only to the major group.
        s.set(cKbji, rng.chance(0.1) ? std::string_view(occ->kbji, 1) : std::string_view(occ->kbji));
        s.set(cVersion, kbli2025 ? "2025" : "2020");
        s.cell(cSection).assign(1, kbli2025 ? a.section2025 : a.section2020);
        if (!kbli2025)
            s.set(cKbli, a.kbli2020);
        s.set(cStatus, kStatus[status - 1]);
        const bool partTime = status >= 5;
        s.set(cHours, std::to_string(partTime ? rng.between(10, 45) : rng.between(30, 56)));
        if (status == 4 || status == 5 || status == 6 || ((status <= 3) && rng.chance(0.5)))
            s.set(cWage, std::to_string(rng.between(24, 100) * 50000LL));
        s.commit();
    }
    world.finishSink(s);
}

} // namespace sinergi::datagen
