#include "JobSeekerGenerator.h"

#include "Contacts.h"
#include "DatasetSink.h"
#include "Dates.h"
#include "DefectLibrary.h"
#include "Education.h"
#include "NameGenerator.h"
#include "PlacementMaker.h"
#include "RegistrationCalendar.h"
#include "Rng.h"
#include "World.h"

namespace sinergi::datagen {

namespace {
struct Officer
{
    std::string name;
    std::string nip;
};

// Pengantar Kerja of the office: a handful of civil servants with an 18-digit NIP
// (birth date, appointment year-month, sex 1/2, serial).
std::vector<Officer> makeOfficers(Rng &rng, const QDate &from)
{
    std::vector<Officer> officers;
    const auto suffixes = vocabulary::degreeSuffixes();
    for (int i = 0; i < 6; ++i) {
        Officer o;
        const bool female = rng.chance(0.5);
        NameGenerator::appendIndonesian(o.name, rng, female);
        o.name.append(", ");
        o.name.append(suffixes[rng.below(suffixes.size())]);
        // One draw per statement: the order in which function arguments are evaluated is unspecified, so
        // several draws in one call could differ between compilers.
        const int birthYear = from.year() - rng.between(28, 55);
        const int birthMonth = rng.between(1, 12);
        const QDate birth(birthYear, birthMonth, rng.between(1, 28));
        const QDate appointed = birth.addYears(rng.between(24, 30));
        char nip[24];
        std::snprintf(nip, sizeof nip, "%04d%02d%02d%04d%02d%d%03d", birth.year(), birth.month(), birth.day(),
                      appointed.year(), appointed.month(), female ? 2 : 1, rng.between(1, 12));
        o.nip = nip;
        officers.push_back(std::move(o));
    }
    return officers;
}

const char *maritalStatus(Rng &rng, int age)
{
    static constexpr const char *kCodes[] = {"1", "2", "3", "4"};
    static constexpr int kYoung[] = {92, 8, 0, 0};
    static constexpr int kTwenties[] = {50, 48, 2, 0};
    static constexpr int kOlder[] = {15, 78, 5, 2};
    return kCodes[rng.weighted(age < 22 ? kYoung : (age < 30 ? kTwenties : kOlder))];
}

const char *religion(Rng &rng)
{
    // Codes 1 Islam, 2 Katolik, 3 Protestan, 4 Hindu, 5 Buddha, 6 Konghucu, 7 other; national shares.
    static constexpr const char *kCodes[] = {"1", "2", "3", "4", "5", "6", "7"};
    static constexpr int kWeights[] = {850, 50, 70, 10, 10, 5, 5};
    return kCodes[rng.weighted(kWeights)];
}

void appendSchool(std::string &out, Rng &rng, const World &world, const Person &p)
{
    const auto &region = world.region;
    const auto words = vocabulary::companyWords();
    switch (p.edu) {
    case Edu::S1:
    case Edu::S2:
        if (rng.chance(0.5))
            out.append("Universitas Negeri ")
                .append(region.provinceCities[rng.below(region.provinceCities.size())]);
        else
            out.append("Universitas ")
                .append(words[rng.below(words.size())])
                .append(" ")
                .append(region.cityName);
        return;
    case Edu::D1:
    case Edu::D3:
        out.append("Politeknik ").append(region.cityName);
        return;
    default:
        break;
    }
    const bool privateSchool = (p.edu == Edu::SMK || p.edu == Edu::SMA) && rng.chance(0.35);
    if (privateSchool) {
        out.append(p.edu == Edu::SMK ? "SMK " : "SMA ")
            .append(rng.chance(0.6) ? "Muhammadiyah " : "Kristen ");
    } else {
        out.append(education::schoolKind(p.edu)).push_back(' ');
    }
    out.append(std::to_string(rng.between(1, 5))).push_back(' ');
    out.append(rng.chance(0.8) ? region.cityName
                               : region.provinceCities[rng.below(region.provinceCities.size())]);
}
} // namespace

void JobSeekerGenerator::run(World &world)
{
    const DatagenConfig &cfg = world.config;
    Rng rng(cfg.seed, world.stream("job_seekers"));
    Rng pick(cfg.seed, world.stream("job_seeker_selection"));
    Rng officerRng(cfg.seed, world.stream("officers"));
    const std::vector<Officer> officers = makeOfficers(officerRng, cfg.from);
    const RegistrationCalendar calendar(cfg.from, cfg.to);
    PlacementMaker placements(world);
    auto sink = world.openSink("pencari_kerja");
    DatasetSink &s = *sink;
    const int cNo = s.column("no_pendaftaran"), cNik = s.column("nik"), cName = s.column("nama"),
              cBirthPlace = s.column("tempat_lahir"), cBirth = s.column("tanggal_lahir"),
              cSex = s.column("jenis_kelamin"), cMarital = s.column("status_perkawinan"),
              cReligion = s.column("agama"), cAddress = s.column("alamat"),
              cDistrict = s.column("kode_kecamatan"), cVillage = s.column("kode_desa"),
              cPhone = s.column("telepon"), cEmail = s.column("email"), cEdu = s.column("pendidikan"),
              cSchool = s.column("nama_sekolah"), cMajor = s.column("jurusan"),
              cGraduated = s.column("tahun_lulus"), cSkills = s.column("keterampilan"),
              cExperience = s.column("pengalaman_kerja"), cWanted = s.column("jabatan_diinginkan"),
              cKbji = s.column("jabatan_kbji"), cRegistered = s.column("tanggal_daftar"),
              cValid = s.column("berlaku_sampai"), cStatus = s.column("status"),
              cStatusDate = s.column("tanggal_status"), cOfficer = s.column("petugas_nama"),
              cNip = s.column("petugas_nip");
    // The number of report slots is template data (repeat), so look them up rather than assume three.
    std::vector<int> reportColumns;
    for (int k = 1; s.findColumn("lapor_" + std::to_string(k)) >= 0; ++k)
        reportColumns.push_back(s.findColumn("lapor_" + std::to_string(k)));

    s.setVariantColumn(cName);
    s.addDefect(defects::nikSexMismatch(cSex));
    s.addDefect(defects::nikBirthDateMismatch(cBirth));
    s.addDefect(defects::nikBadFormat(cNik));
    s.addDefect(defects::missingRequired(cName));
    s.addDefect(defects::missingRequired(cEdu));
    s.addDefect(defects::fixedValue("bad_code", cEdu, "3900"));
    s.addDefect(defects::badDate(cRegistered));
    s.addDefect(defects::badPhone(cPhone));
    s.addDefect(defects::badEmail(cEmail));
    s.addDefect(defects::tooLong(cName, 120));
    if (!reportColumns.empty())
        s.addDefect(defects::dateBefore("report_before_registration", reportColumns.front(), cRegistered));
    s.addDefect({"valid_until_mismatch", cValid, [cRegistered, cValid](Cells &c, Rng &) {
                     // One year instead of two: a card typed from an old template.
                     c[std::size_t(cValid)] =
                         dates::iso(dates::parseIso(c[std::size_t(cRegistered)]).addYears(1));
                 }});
    s.addDefect({"status_date_missing", cStatusDate,
                 [cStatusDate](Cells &c, Rng &) { c[std::size_t(cStatusDate)].clear(); },
                 [cStatus](const Cells &c) { return c[std::size_t(cStatus)] != "terdaftar"; }});

    const auto n = static_cast<std::uint64_t>(cfg.jobSeekers);
    std::uint64_t toPlace = static_cast<std::uint64_t>(cfg.placements);
    std::uint64_t toTrain = static_cast<std::uint64_t>(std::min(cfg.participants * 6 / 10, cfg.jobSeekers));
    const auto skills = vocabulary::skills();
    const auto majors = vocabulary::majors();
    int serialYear = 0;
    long long serial = 0;
    std::string registration;
    for (std::uint64_t i = 0; i < n; ++i) {
        const QDate registered = calendar.day(rng, i, n);
        Person p = world.people->make(rng, registered, PersonFactory::Profile::JobSeeker);
        if (registered.year() != serialYear) {
            serialYear = registered.year();
            serial = 0;
        }
        // regency-year-serial, e.g. 3373-2024-000123 (office numbering varies; this one sorts by date).
        registration.assign(world.region.regencyDigits).push_back('-');
        registration.append(std::to_string(serialYear)).push_back('-');
        const std::string number = std::to_string(++serial);
        if (number.size() < 6)
            registration.append(6 - number.size(), '0');
        registration.append(number);
        const int age = int(p.birth.daysTo(registered) / 365);
        const Occupation &wanted = world.people->occupationFor(rng, p.edu);

        // Selection sampling (Knuth's algorithm S): exactly toPlace of the n rows, each equally likely.
        const bool placed = pick.unit() * double(n - i) < double(toPlace);
        if (placed)
            --toPlace;
        if (pick.unit() * double(n - i) < double(toTrain)) {
            --toTrain;
            world.trainees.push_back({p, registration, registered});
        }

        const QDate validUntil = registered.addYears(2);
        const char *status = "terdaftar";
        QDate statusDate;
        if (placed) {
            status = "ditempatkan";
            statusDate = placements.place(p, registration, registered, wanted);
        } else if (validUntil < cfg.to) {
            status = "dihapuskan"; // card expired without placement
            statusDate = validUntil.addDays(1);
        } else if (rng.chance(0.06) && registered.addDays(30) <= cfg.to) {
            status = "dihapuskan"; // removed on request or moved away
            statusDate = dates::uniformDay(rng, registered.addDays(30), cfg.to);
        }

        s.beginRow();
        s.set(cNo, registration);
        s.set(cNik, p.nik);
        s.set(cName, p.name);
        s.set(cBirthPlace, rng.chance(0.6)
                               ? world.region.cityName
                               : world.region.provinceCities[rng.below(world.region.provinceCities.size())]);
        dates::appendIso(s.cell(cBirth), p.birth);
        s.set(cSex, p.female ? "P" : "L");
        s.set(cMarital, maritalStatus(rng, age));
        s.set(cReligion, religion(rng));
        contacts::appendAddress(s.cell(cAddress), rng, world.region, p.district, p.village);
        const auto &district = world.region.districts[std::size_t(p.district)];
        s.set(cDistrict, district.code);
        if (p.village >= 0)
            s.set(cVillage, district.villages[std::size_t(p.village)].code);
        if (rng.chance(0.92))
            contacts::appendMobile(s.cell(cPhone), rng);
        if (rng.chance(0.35)) {
            std::string &mail = s.cell(cEmail);
            NameGenerator::appendEmailLocalPart(mail, p.name, rng);
            mail.append(rng.chance(0.8) ? "@gmail.com" : "@yahoo.co.id");
        }
        const int smkGroup = p.major >= 0 ? majors[std::size_t(p.major)].smkGroup : 0;
        s.set(cEdu, education::ipkCode(p.edu, smkGroup));
        appendSchool(s.cell(cSchool), rng, world, p);
        if (p.major >= 0)
            s.set(cMajor, majors[std::size_t(p.major)].name);
        const int graduated =
            std::min(p.birth.year() + education::graduationAge(p.edu) + rng.between(0, 1), registered.year());
        s.set(cGraduated, std::to_string(graduated));
        if (rng.chance(0.4)) {
            std::string &sk = s.cell(cSkills);
            sk.append(skills[rng.below(skills.size())]).append(" (");
            sk.append(std::to_string(rng.between(std::min(graduated, registered.year()), registered.year())));
            sk.push_back(')');
        }
        if (age > 22 && rng.chance(0.5)) {
            const Occupation &before = world.people->occupationFor(rng, p.edu);
            s.cell(cExperience)
                .append(before.title)
                .append(", ")
                .append(std::to_string(rng.between(1, 5)))
                .append(" tahun");
        }
        if (rng.chance(0.85)) {
            s.set(cWanted, wanted.title);
            s.set(cKbji, wanted.kbji);
        }
        dates::appendIso(s.cell(cRegistered), registered);
        dates::appendIso(s.cell(cValid), validUntil);
        // Reports are due every 6 months while the holder is still looking; many stop reporting.
        const QDate reportEnd = statusDate.isValid() ? statusDate : cfg.to;
        for (std::size_t k = 0; k < reportColumns.size(); ++k) {
            const QDate due = registered.addMonths(int(6 * (k + 1)));
            if (due > reportEnd || !rng.chance(0.75))
                break;
            dates::appendIso(s.cell(reportColumns[k]),
                             std::min(due.addDays(rng.between(-20, 10)), reportEnd));
        }
        s.set(cStatus, status);
        if (statusDate.isValid())
            dates::appendIso(s.cell(cStatusDate), statusDate);
        const Officer &o = officers[rng.below(officers.size())];
        s.set(cOfficer, o.name);
        s.set(cNip, o.nip);
        s.commit();
    }
    world.finishSink(s);
    placements.finish();
}

} // namespace sinergi::datagen
