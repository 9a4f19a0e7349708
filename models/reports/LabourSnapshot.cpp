#include "LabourSnapshot.h"

#include "store/Database.h"

#include <QDate>
#include <QHash>

#include <algorithm>

namespace sinergi {

namespace {

bool tableExists(Database &db, const char *name)
{
    Statement st = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1");
    st.bind(1, QString::fromLatin1(name));
    return st.step();
}

int digit(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : -1;
}

// "yyyy-MM-dd" (how the store keeps dates) to a Julian day number, kNoDay for anything else. Parsed from the
// column bytes: the scan must not build a QString or a QDate per cell (10^6 rows × several dates).
std::int32_t julianDay(QByteArrayView t, std::int32_t *ymdOut = nullptr)
{
    if (t.size() != 10 || t[4] != '-' || t[7] != '-')
        return LabourSnapshot::kNoDay;
    int v[8];
    const int at[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; ++i)
        if ((v[i] = digit(t[at[i]])) < 0)
            return LabourSnapshot::kNoDay;
    const int y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
    const int m = v[4] * 10 + v[5];
    const int d = v[6] * 10 + v[7];
    static constexpr int kDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1] || (m == 2 && d == 29 && !leap))
        return LabourSnapshot::kNoDay;
    if (ymdOut)
        *ymdOut = y * 10000 + m * 100 + d;
    // Days from the civil date (proleptic Gregorian, as QDate), shifted to the Julian day number.
    const int yy = y - (m <= 2);
    const int era = yy / 400;
    const int yoe = yy - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return std::int32_t(era * 146097 + doe - 719468 + 2440588);
}

std::uint16_t codeNumber(QByteArrayView t)
{
    int n = 0;
    if (t.isEmpty() || t.size() > 4)
        return 0;
    for (char c : t) {
        if (digit(c) < 0)
            return 0;
        n = n * 10 + digit(c);
    }
    return std::uint16_t(n);
}

std::uint8_t leadingDigit(QByteArrayView t)
{
    return !t.isEmpty() && digit(t[0]) >= 0 ? std::uint8_t(digit(t[0])) : LabourSnapshot::kUnknown;
}

int indexOfId(const auto &rows, std::int64_t id)
{
    const auto it = std::lower_bound(rows.begin(), rows.end(), id,
                                     [](const auto &row, std::int64_t key) { return row.id < key; });
    return it != rows.end() && it->id == id ? int(it - rows.begin()) : -1;
}

// Kecamatan codes of 10^6 rows interned without allocating: a hash of the bytes finds the candidate, the
// bytes confirm it.
class DistrictInterner
{
public:
    explicit DistrictInterner(LabourSnapshot &s) : m_snapshot(s) {}
    int operator()(QByteArrayView code)
    {
        if (code.isEmpty())
            return -1;
        const size_t h = qHash(code);
        const auto it = m_byHash.constFind(h);
        if (it != m_byHash.cend() && m_snapshot.districts().at(*it) == code)
            return *it;
        const int i = m_snapshot.internDistrict(code.toByteArray());
        m_byHash.insert(h, i);
        return i;
    }

private:
    LabourSnapshot &m_snapshot;
    QHash<size_t, int> m_byHash;
};

} // namespace

int LabourSnapshot::internDistrict(const QByteArray &code)
{
    const qsizetype i = m_districts.indexOf(code);
    if (i >= 0)
        return int(i);
    m_districts << code;
    return int(m_districts.size() - 1);
}

std::int32_t LabourSnapshot::ymd(std::int32_t julianDay)
{
    if (julianDay == kNoDay)
        return 0;
    const QDate d = QDate::fromJulianDay(julianDay);
    return d.year() * 10000 + d.month() * 100 + d.day();
}

LabourSnapshot LabourSnapshot::load(Database &db)
{
    LabourSnapshot s;
    DistrictInterner district(s);

    if (tableExists(db, "rec_pencari_kerja")) {
        Statement st =
            db.prepare("SELECT _id, tanggal_daftar, tanggal_status, berlaku_sampai, tanggal_lahir, "
                       "kode_kecamatan, pendidikan, status, jenis_kelamin, jabatan_kbji "
                       "FROM rec_pencari_kerja WHERE _deleted = 0 ORDER BY _id");
        while (st.step()) {
            Seeker r;
            r.id = st.int64(0);
            r.registered = julianDay(st.utf8(1));
            r.statusDay = julianDay(st.utf8(2));
            r.validUntil = julianDay(st.utf8(3));
            julianDay(st.utf8(4), &r.birthYmd);
            r.district = district(st.utf8(5));
            r.education = codeNumber(st.utf8(6));
            const QByteArrayView status = st.utf8(7);
            r.status = status == "terdaftar"     ? SeekerStatus::Registered
                       : status == "ditempatkan" ? SeekerStatus::Placed
                       : status == "dihapuskan"  ? SeekerStatus::Removed
                                                 : SeekerStatus::Other;
            const QByteArrayView sex = st.utf8(8);
            r.sex = sex == "L" ? std::uint8_t(Male) : sex == "P" ? std::uint8_t(Female) : kUnknown;
            r.kbji = leadingDigit(st.utf8(9));
            s.m_seekers.push_back(r);
        }
    }
    if (tableExists(db, "rec_lowongan")) {
        Statement st =
            db.prepare("SELECT _id, tanggal_buka, tanggal_tutup, jumlah_l, jumlah_p, jumlah_lp, "
                       "lokasi_kecamatan, pendidikan_min, status, jabatan_kbji, kbli_versi, kbli_seksi "
                       "FROM rec_lowongan WHERE _deleted = 0 ORDER BY _id");
        while (st.step()) {
            Vacancy r;
            r.id = st.int64(0);
            r.opened = julianDay(st.utf8(1));
            r.closes = julianDay(st.utf8(2));
            for (int i = 0; i < 3; ++i) // a negative count is a validation error; it must not add places
                r.need[i] = std::int32_t(std::clamp<std::int64_t>(st.int64(3 + i), 0, 1'000'000));
            r.district = district(st.utf8(6));
            r.education = codeNumber(st.utf8(7));
            const QByteArrayView status = st.utf8(8);
            r.status = status == "terbuka"   ? VacancyStatus::Open
                       : status == "terisi"  ? VacancyStatus::Filled
                       : status == "ditutup" ? VacancyStatus::Closed
                                             : VacancyStatus::Other;
            r.kbji = leadingDigit(st.utf8(9));
            const QByteArrayView version = st.utf8(10);
            r.kbliVersion = version == "2020" ? 0 : version == "2025" ? 1 : kUnknown;
            const QByteArrayView section = st.utf8(11);
            r.kbliSection = section.size() == 1 && section[0] >= 'A' && section[0] <= 'Z' ? section[0] : 0;
            s.m_vacancies.push_back(r);
        }
    }
    if (tableExists(db, "rec_penempatan") && tableExists(db, "rec_pencari_kerja") &&
        tableExists(db, "rec_lowongan")) {
        // The natural-key indexes are partial (live rows only), so the join repeats "_deleted = 0" for the
        // planner to use them.
        Statement st = db.prepare(
            "SELECT p._id, p.tanggal_penempatan, p.jenis_penempatan, s._id, v._id "
            "FROM rec_penempatan p "
            "LEFT JOIN rec_pencari_kerja s ON s.no_pendaftaran = p.no_pendaftaran AND s._deleted = 0 "
            "LEFT JOIN rec_lowongan v ON v.nomor_lowongan = p.nomor_lowongan AND v._deleted = 0 "
            "WHERE p._deleted = 0 ORDER BY p._id");
        while (st.step()) {
            Placement r;
            r.id = st.int64(0);
            r.day = julianDay(st.utf8(1));
            const QByteArrayView kind = st.utf8(2);
            r.kind = kind == "AKL"    ? std::uint8_t(Akl)
                     : kind == "AKAD" ? std::uint8_t(Akad)
                     : kind == "AKAN" ? std::uint8_t(Akan)
                                      : kUnknown;
            r.seeker = st.isNull(3) ? -1 : indexOfId(s.m_seekers, st.int64(3));
            r.vacancy = st.isNull(4) ? -1 : indexOfId(s.m_vacancies, st.int64(4));
            s.m_placements.push_back(r);
        }
    }
    if (tableExists(db, "rec_pelatihan_peserta") && tableExists(db, "rec_pelatihan_program")) {
        // kode_program is the programme's one-column natural key: its partial index serves the join.
        Statement st = db.prepare(
            "SELECT t._id, g.tanggal_mulai, g.tanggal_selesai, t.jenis_kelamin, t.kode_kecamatan, t.hasil "
            "FROM rec_pelatihan_peserta t "
            "LEFT JOIN rec_pelatihan_program g ON g.kode_program = t.kode_program AND g._deleted = 0 "
            "WHERE t._deleted = 0 ORDER BY t._id");
        while (st.step()) {
            Trainee r;
            r.id = st.int64(0);
            r.programStart = julianDay(st.utf8(1));
            r.programEnd = julianDay(st.utf8(2));
            const QByteArrayView sex = st.utf8(3);
            r.sex = sex == "L" ? std::uint8_t(Male) : sex == "P" ? std::uint8_t(Female) : kUnknown;
            r.district = district(st.utf8(4));
            const QByteArrayView outcome = st.utf8(5);
            r.outcome = outcome == "peserta"             ? TrainingOutcome::Attending
                        : outcome == "lulus"             ? TrainingOutcome::Passed
                        : outcome == "tidak_lulus"       ? TrainingOutcome::Failed
                        : outcome == "mengundurkan_diri" ? TrainingOutcome::Withdrew
                                                         : TrainingOutcome::Other;
            s.m_trainees.push_back(r);
        }
    }
    return s;
}

} // namespace sinergi
