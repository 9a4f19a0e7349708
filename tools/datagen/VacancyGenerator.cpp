#include "VacancyGenerator.h"

#include "DatasetSink.h"
#include "Dates.h"
#include "DefectLibrary.h"
#include "Education.h"
#include "Rng.h"
#include "World.h"

#include <algorithm>
#include <numeric>

namespace sinergi::datagen {

namespace {
void drawNeeds(Rng &rng, Vacancy &v)
{
    static constexpr int kSizeWeights[] = {35, 20, 25, 12, 8};
    int total = 1;
    switch (rng.weighted(kSizeWeights)) {
    case 0:
        total = 1;
        break;
    case 1:
        total = 2;
        break;
    case 2:
        total = rng.between(3, 5);
        break;
    case 3:
        total = rng.between(6, 10);
        break;
    default:
        total = rng.between(11, 30);
        break;
    }
    const int r = rng.between(0, 99);
    if (r < 45)
        v.needEither = total;
    else if (r < 65)
        v.needMale = total;
    else if (r < 85)
        v.needFemale = total;
    else {
        v.needMale = total / 2 + total % 2;
        v.needFemale = total / 2;
    }
}

long long wageFor(Rng &rng, Edu minEdu)
{
    int lo = 2000, hi = 2600; // thousands of rupiah; around the regency minimum wage
    if (minEdu >= Edu::S1) {
        lo = 3500;
        hi = 7000;
    } else if (minEdu >= Edu::D1) {
        lo = 3000;
        hi = 4500;
    } else if (minEdu >= Edu::SMA) {
        lo = 2200;
        hi = 3500;
    }
    return static_cast<long long>(rng.between(lo / 50, hi / 50)) * 50000;
}
} // namespace

void VacancyGenerator::plan(World &world)
{
    Rng rng(world.config.seed, world.stream("vacancies"));
    const auto &cfg = world.config;
    if (world.employers.empty())
        return;
    std::vector<int> employerWeights;
    for (const Employer &e : world.employers)
        employerWeights.push_back(1 + std::min(e.workers / 20, 30)); // bigger employers post more
    const auto employerTotals = Rng::runningTotals(employerWeights);
    std::vector<Vacancy> planned;
    planned.reserve(std::size_t(cfg.vacancies));
    for (qint64 i = 0; i < cfg.vacancies; ++i) {
        Vacancy v;
        v.employer = int(rng.weightedCumulative(employerTotals));
        const Activity &a = *world.employers[std::size_t(v.employer)].activity;
        v.occupation =
            &vocabulary::occupations()[std::size_t(a.occupations[rng.below(a.occupations.size())])];
        v.open = dates::uniformDay(rng, cfg.from, cfg.to);
        v.close = v.open.addDays(rng.between(14, 90));
        drawNeeds(rng, v);
        v.minEdu = std::max(v.occupation->minEdu, Edu::SD);
        v.ageMin = 18;
        v.ageMax = rng.between(5, 9) * 5;
        v.wage = rng.chance(0.85) ? wageFor(rng, v.minEdu) : 0;
        planned.push_back(std::move(v));
    }
    // Numbered in order of opening, per year, as an office register would be. The index breaks ties so
    // the order never depends on the sort implementation.
    std::vector<std::size_t> order(planned.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return planned[a].open != planned[b].open ? planned[a].open < planned[b].open : a < b;
    });
    int year = 0, serial = 0;
    for (std::size_t idx : order) {
        Vacancy &v = planned[idx];
        if (v.open.year() != year) {
            year = v.open.year();
            serial = 0;
        }
        char buf[48];
        std::snprintf(buf, sizeof buf, "LW-%s-%04d-%05d", world.region.regencyDigits.c_str(), year, ++serial);
        v.number = buf;
        world.vacancies.push_back(std::move(v));
    }
}

void VacancyGenerator::write(World &world)
{
    Rng rng(world.config.seed, world.stream("vacancy-texts"));
    auto sink = world.openSink("lowongan");
    const int cNumber = sink->column("nomor_lowongan"), cNib = sink->column("nib_pemberi_kerja"),
              cTitle = sink->column("jabatan"), cKbji = sink->column("jabatan_kbji"),
              cVersion = sink->column("kbli_versi"), cSection = sink->column("kbli_seksi"),
              cKbli = sink->column("kbli_kode"), cMale = sink->column("jumlah_l"),
              cFemale = sink->column("jumlah_p"), cEither = sink->column("jumlah_lp"),
              cEdu = sink->column("pendidikan_min"), cAgeMin = sink->column("usia_min"),
              cAgeMax = sink->column("usia_maks"), cSkills = sink->column("keterampilan"),
              cExperience = sink->column("pengalaman"), cWage = sink->column("upah"),
              cDistrict = sink->column("lokasi_kecamatan"), cOpen = sink->column("tanggal_buka"),
              cClose = sink->column("tanggal_tutup"), cFilledMale = sink->column("terisi_l"),
              cFilledFemale = sink->column("terisi_p"), cStatus = sink->column("status");
    sink->setVariantColumn(cTitle);
    sink->addDefect(defects::missingRequired(cTitle));
    sink->addDefect(defects::fixedValue("bad_pattern", cNib, "123456789012"));
    sink->addDefect(defects::fixedValue("bad_reference", cNib, "9000000000001"));
    sink->addDefect(defects::dateBefore("closing_before_opening", cClose, cOpen));
    sink->addDefect(defects::fixedValue("bad_code", cSection, "Z"));
    sink->addDefect(defects::fixedValue("out_of_range", cAgeMin, "12"));
    sink->addDefect(defects::badDate(cOpen));

    static constexpr const char *kExperience[] = {"Minimal 1 tahun", "Minimal 2 tahun",
                                                  "Diutamakan berpengalaman", "Tidak diutamakan",
                                                  "Fresh graduate dipersilakan"};
    const auto skills = vocabulary::skills();
    for (const Vacancy &v : world.vacancies) {
        const Employer &e = world.employers[std::size_t(v.employer)];
        sink->beginRow();
        sink->set(cNumber, v.number);
        sink->set(cNib, e.nib);
        sink->set(cTitle, v.occupation->title);
        sink->set(cKbji, v.occupation->kbji);
        sink->set(cVersion, e.kbliVersion);
        sink->cell(cSection).assign(1, e.section);
        if (e.kbliVersion == "2020")
            sink->set(cKbli, e.activity->kbli2020);
        sink->set(cMale, std::to_string(v.needMale));
        sink->set(cFemale, std::to_string(v.needFemale));
        sink->set(cEither, std::to_string(v.needEither));
        if (rng.chance(0.9))
            sink->set(cEdu, education::ipkLevelCode(v.minEdu));
        sink->set(cAgeMin, std::to_string(v.ageMin));
        sink->set(cAgeMax, std::to_string(v.ageMax));
        if (rng.chance(0.5))
            sink->set(cSkills, skills[rng.below(skills.size())]);
        if (rng.chance(0.7))
            sink->set(cExperience, rng.pick(kExperience));
        if (v.wage > 0)
            sink->set(cWage, std::to_string(v.wage));
        sink->set(cDistrict, world.region.districts[std::size_t(e.district)].code);
        dates::appendIso(sink->cell(cOpen), v.open);
        const int filled = v.filledMale + v.filledFemale;
        const bool full = filled == v.needMale + v.needFemale + v.needEither;
        // Filled vacancies close on the last placement; the others on their planned date (a date after the
        // end of the period is the advertised closing date of a vacancy still open).
        dates::appendIso(sink->cell(cClose), full ? v.lastFilled : v.close);
        sink->set(cFilledMale, std::to_string(v.filledMale));
        sink->set(cFilledFemale, std::to_string(v.filledFemale));
        sink->set(cStatus, full ? "terisi" : (v.close <= world.config.to ? "ditutup" : "terbuka"));
        sink->commit();
    }
    world.finishSink(*sink);
}

} // namespace sinergi::datagen
