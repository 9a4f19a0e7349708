#include "TrainingGenerator.h"

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
struct Program
{
    std::string code;
    std::string name;
    const char *field = nullptr;
    std::string provider;
    const char *funding = nullptr;
    int district = 0;
    QDate start;
    QDate end;
    int hours = 0;
    int quota = 0;
    int assigned = 0;
};

struct Participant
{
    std::size_t program;
    std::size_t order;
    Person person;
    std::string registration; // empty for people without an AK/I card
};

std::vector<Program> planPrograms(World &world, Rng &rng)
{
    const auto &cfg = world.config;
    const auto fields = vocabulary::trainingFields();
    const auto words = vocabulary::companyWords();
    static constexpr const char *kFunding[] = {"APBD", "APBN", "DBHCHT", "Swadana"};
    static constexpr int kFundingWeights[] = {45, 30, 15, 10};
    static constexpr int kQuotas[] = {16, 20, 24, 32};
    std::vector<Program> programs;
    for (qint64 i = 0; i < cfg.trainingPrograms; ++i) {
        Program p;
        p.field = fields[rng.below(fields.size())];
        const std::size_t w1 = rng.below(words.size());
        const std::size_t w2 = (w1 + 1 + rng.below(words.size() - 1)) % words.size(); // two different words
        p.provider = rng.chance(0.55) ? "UPTD BLK " + world.region.cityName
                                      : std::string("LPK ") + words[w1] + " " + words[w2];
        p.funding = kFunding[rng.weighted(kFundingWeights)];
        p.district = int(rng.below(world.region.districts.size()));
        p.start = dates::uniformDay(rng, cfg.from, cfg.to);
        p.end = p.start.addDays(rng.between(10, 45));
        p.hours = rng.between(10, 60) * 8;
        p.quota = rng.pick(kQuotas);
        programs.push_back(std::move(p));
    }
    std::vector<std::size_t> order(programs.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return programs[a].start != programs[b].start ? programs[a].start < programs[b].start : a < b;
    });
    std::vector<Program> sorted;
    int year = 0, serial = 0;
    for (std::size_t idx : order) {
        Program p = std::move(programs[idx]);
        if (p.start.year() != year) {
            year = p.start.year();
            serial = 0;
        }
        char buf[48];
        std::snprintf(buf, sizeof buf, "PLT-%s-%04d-%03d", world.region.regencyDigits.c_str(), year,
                      ++serial);
        p.code = buf;
        p.name = std::string("Pelatihan ") + p.field + " Angkatan " + std::to_string(serial);
        sorted.push_back(std::move(p));
    }
    return sorted;
}

void writePrograms(World &world, const std::vector<Program> &programs)
{
    auto sink = world.openSink("pelatihan_program");
    DatasetSink &s = *sink;
    const int cCode = s.column("kode_program"), cName = s.column("nama_program"),
              cField = s.column("kejuruan"), cProvider = s.column("penyelenggara"),
              cFunding = s.column("sumber_dana"), cDistrict = s.column("lokasi_kecamatan"),
              cStart = s.column("tanggal_mulai"), cEnd = s.column("tanggal_selesai"),
              cHours = s.column("jumlah_jam"), cQuota = s.column("kuota");
    s.setVariantColumn(cName);
    s.addDefect(defects::missingRequired(cName));
    s.addDefect(defects::dateBefore("end_before_start", cEnd, cStart));
    s.addDefect(defects::fixedValue("out_of_range", cHours, "0"));
    s.addDefect(defects::badDate(cStart));
    for (const Program &p : programs) {
        s.beginRow();
        s.set(cCode, p.code);
        s.set(cName, p.name);
        s.set(cField, p.field);
        s.set(cProvider, p.provider);
        s.set(cFunding, p.funding);
        s.set(cDistrict, world.region.districts[std::size_t(p.district)].code);
        dates::appendIso(s.cell(cStart), p.start);
        dates::appendIso(s.cell(cEnd), p.end);
        s.set(cHours, std::to_string(p.hours));
        // The quota covers everyone enrolled (a few programmes take more than planned); 10000 is the cap.
        s.set(cQuota, std::to_string(std::min(std::max(p.quota, p.assigned), 10000)));
        s.commit();
    }
    world.finishSink(s);
}

void writeParticipants(World &world, Rng &rng, const std::vector<Program> &programs,
                       const std::vector<Participant> &participants)
{
    auto sink = world.openSink("pelatihan_peserta");
    DatasetSink &s = *sink;
    const int cCode = s.column("kode_program"), cNik = s.column("nik"), cName = s.column("nama"),
              cSex = s.column("jenis_kelamin"), cBirth = s.column("tanggal_lahir"),
              cEdu = s.column("pendidikan"), cDistrict = s.column("kode_kecamatan"),
              cNo = s.column("no_pendaftaran"), cResult = s.column("hasil"),
              cCertified = s.column("bersertifikat");
    s.setVariantColumn(cName);
    s.addDefect(defects::nikSexMismatch(cSex));
    s.addDefect(defects::nikBirthDateMismatch(cBirth));
    s.addDefect(defects::missingRequired(cName));
    s.addDefect(defects::fixedValue("bad_code", cResult, "lulus_bersertifikat"));
    s.addDefect(defects::fixedValue("bad_bool", cCertified, "ya"));
    s.addDefect(
        defects::fixedValue("bad_reference", cCode, "PLT-" + world.region.regencyDigits + "-0000-999"));
    static constexpr const char *kResults[] = {"lulus", "tidak_lulus", "mengundurkan_diri"};
    static constexpr int kResultWeights[] = {85, 7, 8};
    const auto majors = vocabulary::majors();
    for (const Participant &pt : participants) {
        const Program &prog = programs[pt.program];
        const Person &p = pt.person;
        s.beginRow();
        s.set(cCode, prog.code);
        s.set(cNik, p.nik);
        s.set(cName, p.name);
        s.set(cSex, p.female ? "P" : "L");
        dates::appendIso(s.cell(cBirth), p.birth);
        s.set(cEdu, education::ipkCode(p.edu, p.major >= 0 ? majors[std::size_t(p.major)].smkGroup : 0));
        s.set(cDistrict, world.region.districts[std::size_t(p.district)].code);
        s.set(cNo, pt.registration);
        // Still running at the end of the period: the participant has no result yet.
        const char *result = prog.end > world.config.to ? "peserta" : kResults[rng.weighted(kResultWeights)];
        s.set(cResult, result);
        if (rng.chance(0.9))
            s.set(cCertified, std::string_view(result) == "lulus" && rng.chance(0.6) ? "true" : "false");
        s.commit();
    }
    world.finishSink(s);
}
} // namespace

void TrainingGenerator::run(World &world)
{
    Rng rng(world.config.seed, world.stream("training"));
    std::vector<Program> programs = planPrograms(world, rng);
    std::vector<Participant> participants;
    if (!programs.empty()) {
        std::vector<int> weights;
        for (const Program &p : programs)
            weights.push_back(p.quota);
        const auto programTotals = Rng::runningTotals(weights);
        const auto total = static_cast<std::size_t>(world.config.participants);
        for (std::size_t i = 0; i < total; ++i) {
            const std::size_t prog = rng.weightedCumulative(programTotals);
            Participant pt{prog, i, {}, {}};
            if (i < world.trainees.size()) {
                pt.person = world.trainees[i].person;
                pt.registration = world.trainees[i].registration;
            } else {
                pt.person = world.people->make(rng, programs[prog].start, PersonFactory::Profile::JobSeeker);
            }
            ++programs[prog].assigned;
            participants.push_back(std::move(pt));
        }
    }
    // One block per programme, in enrolment order, as attendance lists are typed in.
    std::sort(participants.begin(), participants.end(), [](const Participant &a, const Participant &b) {
        return a.program != b.program ? a.program < b.program : a.order < b.order;
    });
    writePrograms(world, programs);
    writeParticipants(world, rng, programs, participants);
}

} // namespace sinergi::datagen
