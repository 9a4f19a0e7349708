#include "ForeignWorkerGenerator.h"

#include "DatasetSink.h"
#include "Dates.h"
#include "DefectLibrary.h"
#include "Nationality.h"
#include "Rng.h"
#include "World.h"

#include <set>

namespace sinergi::datagen {

namespace {
struct Position
{
    const char *title;
    const char *kbji;
};
constexpr Position kPositions[] = {
    {"Direktur Utama", "1120"},     {"Manajer Produksi", "1321"},  {"Penasihat Teknis", "2149"},
    {"Supervisor Teknik", "3122"},  {"Insinyur Mesin", "2144"},    {"Manajer Mutu", "1321"},
    {"Konsultan Keuangan", "2412"}, {"Guru Bahasa Asing", "2353"}, {"Manajer Pemasaran", "1221"},
};
} // namespace

void ForeignWorkerGenerator::run(World &world)
{
    const auto &cfg = world.config;
    Rng rng(cfg.seed, world.stream("tka"));
    auto sink = world.openSink("tka");
    DatasetSink &s = *sink;
    const int cPassport = s.column("nomor_paspor"), cName = s.column("nama"),
              cNationality = s.column("kewarganegaraan"), cSex = s.column("jenis_kelamin"),
              cBirth = s.column("tanggal_lahir"), cRptka = s.column("nomor_rptka"),
              cTitle = s.column("jabatan"), cKbji = s.column("jabatan_kbji"),
              cNib = s.column("nib_pemberi_kerja"), cDistrict = s.column("lokasi_kecamatan"),
              cStart = s.column("tanggal_mulai"), cEnd = s.column("tanggal_berakhir");
    s.setVariantColumn(cName);
    s.addDefect(defects::fixedValue("bad_pattern", cNationality, "China"));
    s.addDefect(defects::dateBefore("end_before_start", cEnd, cStart));
    s.addDefect(defects::fixedValue("bad_reference", cNib, "9000000000002"));
    s.addDefect(defects::missingRequired(cRptka));
    s.addDefect(defects::badDate(cBirth));
    s.addDefect(defects::fixedValue("bad_code", cSex, "M"));

    const auto nationalities = Nationality::all();
    std::vector<int> weights;
    for (const Nationality &n : nationalities)
        weights.push_back(n.weight);
    // Foreign workers are at the medium and large employers; a regency without any uses all employers.
    std::vector<std::size_t> hosts;
    for (std::size_t i = 0; i < world.employers.size(); ++i) {
        if (world.employers[i].workers >= 50)
            hosts.push_back(i);
    }
    if (hosts.empty()) {
        for (std::size_t i = 0; i < world.employers.size(); ++i)
            hosts.push_back(i);
    }
    std::set<std::string> passports;
    std::string passport;
    for (qint64 i = 0; i < cfg.foreignWorkers; ++i) {
        const Nationality &n = nationalities[rng.weighted(weights)];
        do {
            passport.clear();
            n.appendPassport(passport, rng);
        } while (!passports.insert(passport).second);
        const Employer &e = world.employers[hosts[rng.below(hosts.size())]];
        const QDate start = dates::uniformDay(rng, cfg.from, cfg.to);
        static constexpr int kMonths[] = {6, 12, 24};
        const QDate end = start.addMonths(rng.pick(kMonths)).addDays(-1);
        const QDate birth =
            start.addYears(-rng.between(28, 60)).addDays(-static_cast<qint64>(rng.below(365)));
        const Position &pos = rng.pick(kPositions);

        s.beginRow();
        s.set(cPassport, passport);
        n.appendName(s.cell(cName), rng);
        s.set(cNationality, n.iso);
        s.set(cSex, rng.chance(0.85) ? "L" : "P");
        dates::appendIso(s.cell(cBirth), birth);
        char rptka[48];
        std::snprintf(rptka, sizeof rptka, "B.3/%05d/PK.04.00/%04d", rng.between(1, 99999), start.year());
        s.set(cRptka, rptka);
        s.set(cTitle, pos.title);
        s.set(cKbji, pos.kbji);
        s.set(cNib, e.nib);
        s.set(cDistrict, world.region.districts[std::size_t(e.district)].code);
        dates::appendIso(s.cell(cStart), start);
        dates::appendIso(s.cell(cEnd), end);
        s.commit();
    }
    world.finishSink(s);
}

} // namespace sinergi::datagen
