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

// Dates are turned into numbers by SQLite itself, so the scan moves integers and never builds a QDate or
// a QString per cell. julianday() is NULL for a missing or unreadable date, which reads back as kNoDay.
#define SINERGI_JDN(col) "CAST(julianday(" col ") + 0.5 AS INTEGER)"

int indexOfId(const auto &rows, std::int64_t id)
{
    const auto it = std::lower_bound(rows.begin(), rows.end(), id,
                                     [](const auto &row, std::int64_t key) { return row.id < key; });
    return it != rows.end() && it->id == id ? int(it - rows.begin()) : -1;
}

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
    // A few hundred kecamatan codes at most: a hash from the column text avoids a linear search per row.
    QHash<QString, int> districtOf;
    const auto district = [&](Statement &st, int column) {
        if (st.isNull(column))
            return -1;
        const QString code = st.text(column);
        const auto it = districtOf.constFind(code);
        if (it != districtOf.cend())
            return *it;
        const int i = s.internDistrict(code.toUtf8());
        districtOf.insert(code, i);
        return i;
    };
    const auto small = [](Statement &st, int column) {
        return st.isNull(column) ? kUnknown : std::uint8_t(st.int32(column));
    };

    if (tableExists(db, "rec_pencari_kerja")) {
        Statement st = db.prepare(
            "SELECT _id, " SINERGI_JDN("tanggal_daftar") ", " SINERGI_JDN("tanggal_status") ", " SINERGI_JDN(
                "berlaku_sampai") ", CAST(strftime('%Y%m%d', tanggal_lahir) AS INTEGER), kode_kecamatan, "
                                  "CAST(pendidikan AS INTEGER), "
                                  "CASE status WHEN 'terdaftar' THEN 0 WHEN 'ditempatkan' THEN 1 "
                                  "  WHEN 'dihapuskan' THEN 2 ELSE 3 END, "
                                  "CASE jenis_kelamin WHEN 'L' THEN 0 WHEN 'P' THEN 1 END, "
                                  "CASE WHEN substr(jabatan_kbji, 1, 1) BETWEEN '0' AND '9' "
                                  "  THEN CAST(substr(jabatan_kbji, 1, 1) AS INTEGER) END "
                                  "FROM rec_pencari_kerja WHERE _deleted = 0 ORDER BY _id");
        while (st.step()) {
            Seeker r;
            r.id = st.int64(0);
            r.registered = std::int32_t(st.int64(1));
            r.statusDay = std::int32_t(st.int64(2));
            r.validUntil = std::int32_t(st.int64(3));
            r.birthYmd = std::int32_t(st.int64(4));
            r.district = district(st, 5);
            r.education = std::uint16_t(std::clamp<std::int64_t>(st.int64(6), 0, 9999));
            r.status = SeekerStatus(st.int32(7));
            r.sex = small(st, 8);
            r.kbji = small(st, 9);
            s.m_seekers.push_back(r);
        }
    }
    if (tableExists(db, "rec_lowongan")) {
        Statement st = db.prepare("SELECT _id, " SINERGI_JDN("tanggal_buka") ", " SINERGI_JDN(
            "tanggal_tutup") ", jumlah_l, jumlah_p, jumlah_lp, lokasi_kecamatan, CAST(pendidikan_min AS "
                             "INTEGER), "
                             "CASE status WHEN 'terbuka' THEN 0 WHEN 'terisi' THEN 1 WHEN 'ditutup' THEN 2 "
                             "  ELSE 3 END, "
                             "CASE WHEN substr(jabatan_kbji, 1, 1) BETWEEN '0' AND '9' "
                             "  THEN CAST(substr(jabatan_kbji, 1, 1) AS INTEGER) END, "
                             "CASE kbli_versi WHEN '2020' THEN 0 WHEN '2025' THEN 1 END, unicode(kbli_seksi) "
                             "FROM rec_lowongan WHERE _deleted = 0 ORDER BY _id");
        while (st.step()) {
            Vacancy r;
            r.id = st.int64(0);
            r.opened = std::int32_t(st.int64(1));
            r.closes = std::int32_t(st.int64(2));
            for (int i = 0; i < 3; ++i) // a negative count is a validation error; it must not add places
                r.need[i] = std::int32_t(std::clamp<std::int64_t>(st.int64(3 + i), 0, 1'000'000));
            r.district = district(st, 6);
            r.education = std::uint16_t(std::clamp<std::int64_t>(st.int64(7), 0, 9999));
            r.status = VacancyStatus(st.int32(8));
            r.kbji = small(st, 9);
            r.kbliVersion = small(st, 10);
            const std::int64_t section = st.int64(11);
            r.kbliSection = section >= 'A' && section <= 'Z' ? char(section) : 0;
            s.m_vacancies.push_back(r);
        }
    }
    if (tableExists(db, "rec_penempatan") && tableExists(db, "rec_pencari_kerja") &&
        tableExists(db, "rec_lowongan")) {
        // The natural-key indexes are partial (live rows only), so the join repeats "_deleted = 0" for the
        // planner to use them.
        Statement st = db.prepare("SELECT p._id, " SINERGI_JDN(
            "p.tanggal_penempatan") ", "
                                    "CASE p.jenis_penempatan WHEN 'AKL' THEN 0 WHEN 'AKAD' THEN 1 WHEN "
                                    "'AKAN' THEN 2 END, s._id, v._id "
                                    "FROM rec_penempatan p "
                                    "LEFT JOIN rec_pencari_kerja s ON s.no_pendaftaran = p.no_pendaftaran "
                                    "AND s._deleted = 0 "
                                    "LEFT JOIN rec_lowongan v ON v.nomor_lowongan = p.nomor_lowongan AND "
                                    "v._deleted = 0 "
                                    "WHERE p._deleted = 0 ORDER BY p._id");
        while (st.step()) {
            Placement r;
            r.id = st.int64(0);
            r.day = std::int32_t(st.int64(1));
            r.kind = small(st, 2);
            r.seeker = st.isNull(3) ? -1 : indexOfId(s.m_seekers, st.int64(3));
            r.vacancy = st.isNull(4) ? -1 : indexOfId(s.m_vacancies, st.int64(4));
            s.m_placements.push_back(r);
        }
    }
    return s;
}

} // namespace sinergi
