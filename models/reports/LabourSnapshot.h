#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <cstdint>
#include <vector>

namespace sinergi {

class Database;

// The facts the IPK tables and the dashboard need, read from the record tables in one pass each and held
// in compact arrays (about 40 bytes per job seeker, so 10^6 job seekers take ~40 MB). Every period,
// filter and table is then computed from memory in milliseconds, and the tables and the dashboard can
// never disagree because they read the same snapshot. Dates are Julian day numbers (QDate::toJulianDay);
// kNoDay marks a missing or unreadable date. Deleted records are not loaded.
class LabourSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::LabourSnapshot)
public:
    static constexpr std::int32_t kNoDay = 0;
    static constexpr std::uint8_t kUnknown = 0xff;

    enum Sex : std::uint8_t { Male = 0, Female = 1, Either = 2 }; // Either: vacancy places open to both
    enum class SeekerStatus : std::uint8_t { Registered, Placed, Removed, Other };
    enum class VacancyStatus : std::uint8_t { Open, Filled, Closed, Other };
    enum PlacementKind : std::uint8_t { Akl = 0, Akad = 1, Akan = 2 };
    // Code list hasil_pelatihan: still attending, passed (lulus: the programme was completed), did not
    // pass, withdrew.
    enum class TrainingOutcome : std::uint8_t { Attending, Passed, Failed, Withdrew, Other };

    struct Seeker
    {
        std::int64_t id = 0;
        std::int32_t registered = kNoDay;
        std::int32_t statusDay = kNoDay;
        std::int32_t validUntil = kNoDay;
        std::int32_t birthYmd = 0;   // yyyymmdd, so whole years of age are (refYmd - birthYmd) / 10000
        std::int32_t district = -1;  // index into districts()
        std::uint16_t education = 0; // IPK education code as a number, 0 unknown
        SeekerStatus status = SeekerStatus::Other;
        std::uint8_t sex = kUnknown;
        std::uint8_t kbji = kUnknown; // major group digit 0..9
    };
    struct Vacancy
    {
        std::int64_t id = 0;
        std::int32_t opened = kNoDay;
        std::int32_t closes = kNoDay;     // closing date (advertised, or when it was filled or withdrawn)
        std::int32_t need[3] = {0, 0, 0}; // places for men, women, either
        std::int32_t district = -1;
        std::uint16_t education = 0;
        VacancyStatus status = VacancyStatus::Other;
        std::uint8_t kbji = kUnknown;
        std::uint8_t kbliVersion = kUnknown; // 0 = KBLI 2020, 1 = KBLI 2025
        char kbliSection = 0;
    };
    struct Placement
    {
        std::int64_t id = 0;
        std::int32_t day = kNoDay;
        std::int32_t seeker = -1;  // index into seekers(), -1 when the job seeker is not in the store
        std::int32_t vacancy = -1; // index into vacancies(), -1 without (or with an unknown) vacancy
        std::uint8_t kind = kUnknown;
    };

    // A training participant (pelatihan_peserta) with the dates of its programme (pelatihan_program, joined
    // by kode_program; kNoDay when the programme is not in the store).
    struct Trainee
    {
        std::int64_t id = 0;
        std::int32_t programStart = kNoDay;
        std::int32_t programEnd = kNoDay;
        std::int32_t district = -1; // the participant's kecamatan
        std::uint8_t sex = kUnknown;
        TrainingOutcome outcome = TrainingOutcome::Other;
    };

    // Reads the job seekers, vacancies, placements and training participants of the store behind db (a worker connection).
    // Throws Error for store errors.
    static LabourSnapshot load(Database &db);

    const std::vector<Seeker> &seekers() const { return m_seekers; }
    const std::vector<Vacancy> &vacancies() const { return m_vacancies; }
    const std::vector<Placement> &placements() const { return m_placements; }
    const std::vector<Trainee> &trainees() const { return m_trainees; }
    // Kecamatan codes met in the records; the district fields above index this list.
    const QList<QByteArray> &districts() const { return m_districts; }
    int districtIndex(const QByteArray &code) const { return int(m_districts.indexOf(code)); }

    // Tests build snapshots by hand.
    std::vector<Seeker> &seekers() { return m_seekers; }
    std::vector<Vacancy> &vacancies() { return m_vacancies; }
    std::vector<Placement> &placements() { return m_placements; }
    std::vector<Trainee> &trainees() { return m_trainees; }
    int internDistrict(const QByteArray &code);

    static std::int32_t ymd(std::int32_t julianDay);

private:
    std::vector<Seeker> m_seekers;
    std::vector<Vacancy> m_vacancies;
    std::vector<Placement> m_placements;
    std::vector<Trainee> m_trainees;
    QList<QByteArray> m_districts;
};

} // namespace sinergi
