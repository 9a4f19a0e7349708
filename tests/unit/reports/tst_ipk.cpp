// IPK computation (issue 5) against a small hand-built fixture whose every number was worked out by hand
// (the comments give the reasoning), plus loading the same kind of facts from a real store.
#include "RecordsFixture.h"
#include "MarchFixture.h"
#include "TestSupport.h"
#include "records/RecordService.h"
#include "reports/IpkCalculator.h"
#include "reports/IpkFormSet.h"
#include "reports/LabourSnapshot.h"
#include "reports/ReportPeriod.h"

#include <QTest>

using namespace sinergi;
using Snap = LabourSnapshot;
using sinergi::test::day;
using sinergi::test::marchFixture;

namespace {

const IpkBreak *findBreak(const IpkReport &r, IpkBreak::Kind kind, const QString &formId)
{
    for (const IpkBreak &b : r.breaks)
        if (b.kind == kind && b.formId == formId)
            return &b;
    return nullptr;
}

QList<qint64> ids(std::initializer_list<qint64> l)
{
    return QList<qint64>(l);
}

} // namespace

class TestIpk : public QObject, private sinergi::test::RecordsFixture
{
    Q_OBJECT

    IpkFormSet m_forms = IpkFormSet::loadDefault(m_codes);

private slots:
    void periods()
    {
        const ReportPeriod m = ReportPeriod::parse(u"2025-03"_qs);
        QCOMPARE(m.first(), QDate(2025, 3, 1));
        QCOMPARE(m.last(), QDate(2025, 3, 31));
        QCOMPARE(m.next().key(), u"2025-04"_qs);
        QCOMPARE(ReportPeriod::parse(u"2024-12"_qs).next().key(), u"2025-01"_qs);
        const ReportPeriod s = ReportPeriod::parse(u"2025-S2"_qs);
        QCOMPARE(s.first(), QDate(2025, 7, 1));
        QCOMPARE(s.last(), QDate(2025, 12, 31));
        QCOMPARE(s.months().size(), 6);
        QCOMPARE(ReportPeriod::parse(u"2024"_qs).last(), QDate(2024, 12, 31));
        QCOMPARE(ReportPeriod::parse(u"2024"_qs).previous().key(), u"2023"_qs);
        for (const QString &bad : {u"2025-13"_qs, u"2025-S3"_qs, u"March"_qs, u""_qs, u"1800"_qs})
            QCOMPARE(test::codeOf([&] { ReportPeriod::parse(bad); }), ErrorCode::InvalidArgument);
    }

    void jobSeekersByAgeGroup()
    {
        const Snap snap = marchFixture();
        const IpkReport r = IpkCalculator(snap, {}).compute(m_forms, ReportPeriod::month(2025, 3));
        const IpkTable *t = r.table(u"III/1-AK"_qs);
        QVERIFY(t);
        QCOMPARE(t->rows.size(), 6); // five age groups + other
        // rows: 0 15–19, 1 20–29, 2 30–44, 3 45–54, 4 55+
        QCOMPARE(t->value(0, u"registered_P"_qs), 1); // #2
        QCOMPARE(t->value(0, u"closing_P"_qs), 1);
        QCOMPARE(t->value(1, u"opening_L"_qs), 1); // #1
        QCOMPARE(t->value(1, u"opening_P"_qs), 1); // #8
        QCOMPARE(t->value(1, u"closing_P"_qs), 1);
        QCOMPARE(t->value(2, u"opening_L"_qs), 1);    // #3
        QCOMPARE(t->value(2, u"registered_L"_qs), 1); // #9
        QCOMPARE(t->value(2, u"placed_L"_qs), 1);     // #3
        QCOMPARE(t->value(2, u"closing_L"_qs), 1);    // A − B, although nobody is left: #9 breaks it
        QCOMPARE(t->value(2, u"registered_P"_qs), 1); // #11 is 30 at the end of March
        QCOMPARE(t->value(3, u"registered_P"_qs), 1); // #4
        QCOMPARE(t->value(3, u"removed_P"_qs), 1);
        QCOMPARE(t->value(3, u"closing_P"_qs), 0);
        QCOMPARE(t->value(4, u"opening_L"_qs), 1); // #6
        QCOMPARE(t->value(4, u"removed_L"_qs), 1);
        // Totals: opening M #1 #3 #6, F #8; registered M #9, F #2 #4 #11; placed M #3; removed M #6, F #4.
        QCOMPARE(t->total(u"opening_L"_qs), 3);
        QCOMPARE(t->total(u"opening_P"_qs), 1);
        QCOMPARE(t->total(u"registered_L"_qs), 1);
        QCOMPARE(t->total(u"registered_P"_qs), 3);
        QCOMPARE(t->total(u"A_L"_qs), 4);
        QCOMPARE(t->total(u"A_P"_qs), 4);
        QCOMPARE(t->total(u"placed_L"_qs), 1);
        QCOMPARE(t->total(u"placed_P"_qs), 0);
        QCOMPARE(t->total(u"removed_L"_qs), 1);
        QCOMPARE(t->total(u"removed_P"_qs), 1);
        QCOMPARE(t->total(u"B_L"_qs), 2);
        QCOMPARE(t->total(u"closing_L"_qs), 2);
        QCOMPARE(t->total(u"closing_P"_qs), 3);
        QVERIFY(!t->otherRowUsed());
    }

    void breaksNameTheirRecords()
    {
        const Snap snap = marchFixture();
        const IpkReport r = IpkCalculator(snap, {}).compute(m_forms, ReportPeriod::month(2025, 3));
        const IpkBreak *aMinusB = findBreak(r, IpkBreak::Kind::ClosingNotAMinusB, u"III/1-AK"_qs);
        QVERIFY(aMinusB);
        QCOMPARE(aMinusB->recordIds, ids({9}));
        QCOMPARE(aMinusB->dataset, u"pencari_kerja"_qs);
        QVERIFY2(aMinusB->message.contains(u"30–44"_qs), qPrintable(aMinusB->message));
        // The same record breaks the education table in its row (S1).
        const IpkBreak *edu = findBreak(r, IpkBreak::Kind::ClosingNotAMinusB, u"III/2"_qs);
        QVERIFY(edu);
        QCOMPARE(edu->recordIds, ids({9}));
        // Age table: continuity is checked on totals (men: closing 2, next opening only #1).
        const IpkBreak *cont = findBreak(r, IpkBreak::Kind::Continuity, u"III/1-AK"_qs);
        QVERIFY(cont);
        QCOMPARE(cont->recordIds, ids({9}));
        // Not counted: #10 (placed without a date).
        bool seekersNotCounted = false, vacanciesNotCounted = false, placementsNotCounted = false;
        for (const IpkBreak &b : r.breaks) {
            if (b.kind != IpkBreak::Kind::NotCounted)
                continue;
            if (b.dataset == u"pencari_kerja")
                seekersNotCounted = b.recordIds == ids({10});
            if (b.dataset == u"lowongan")
                vacanciesNotCounted = b.recordIds == ids({104});
            if (b.dataset == u"penempatan")
                placementsNotCounted = b.recordIds == ids({204});
        }
        QVERIFY(seekersNotCounted);
        QVERIFY(vacanciesNotCounted);
        QVERIFY(placementsNotCounted);
        // Vacancy 105 was filled twice for one place: negative stock for men, naming it.
        const IpkBreak *negative = findBreak(r, IpkBreak::Kind::NegativeStock, u"III/1-LW"_qs);
        QVERIFY(negative);
        QCOMPARE(negative->recordIds, ids({105}));
        // Nothing else is broken.
        for (const IpkBreak &b : r.breaks)
            QVERIFY2((b.recordIds == ids({9}) || b.recordIds == ids({105}) ||
                      b.kind == IpkBreak::Kind::NotCounted),
                     qPrintable(b.message));
    }

    void vacanciesInPlaces()
    {
        const Snap snap = marchFixture();
        const IpkReport r = IpkCalculator(snap, {}).compute(m_forms, ReportPeriod::month(2025, 3));
        const IpkTable *t = r.table(u"III/1-LW"_qs);
        QVERIFY(t);
        // Opening: 101 (2 M − 1 filled in February, 1 F), 103 (1 M, 1 F, 1 either).
        QCOMPARE(t->value(0, u"opening_L"_qs), 2);
        QCOMPARE(t->value(0, u"opening_P"_qs), 2);
        QCOMPARE(t->value(0, u"opening_LP"_qs), 1);
        // Registered: 105 (1 M), 102 (3 either).
        QCOMPARE(t->value(0, u"registered_L"_qs), 1);
        QCOMPARE(t->value(0, u"registered_LP"_qs), 3);
        // Filled: 101 by #3 (M) and #2 (F); 105 twice (M).
        QCOMPARE(t->value(0, u"placed_L"_qs), 3);
        QCOMPARE(t->value(0, u"placed_P"_qs), 1);
        QCOMPARE(t->value(0, u"placed_LP"_qs), 0);
        // Removed: 103 closed unfilled on 5 March (one place of each kind); 101 closed full.
        QCOMPARE(t->value(0, u"removed_L"_qs), 1);
        QCOMPARE(t->value(0, u"removed_P"_qs), 1);
        QCOMPARE(t->value(0, u"removed_LP"_qs), 1);
        QCOMPARE(t->value(0, u"closing_L"_qs), -1); // 2 + 1 − 3 − 1: the overfilled 105
        QCOMPARE(t->value(0, u"closing_P"_qs), 0);
        QCOMPARE(t->value(0, u"closing_LP"_qs), 3); // 102 still open
        // Every vacancy is KBLI 2020 section C.
        const IpkTable *kbli = r.table(u"III/6"_qs);
        QVERIFY(kbli);
        int rowC = -1;
        for (int i = 0; i < kbli->rows.size(); ++i)
            if (kbli->rows.at(i).id.startsWith(u"C — "_qs) && kbli->rows.at(i).id.endsWith(u"(KBLI 2020)"_qs))
                rowC = i;
        QVERIFY(rowC >= 0);
        QCOMPARE(kbli->value(rowC, u"registered_LP"_qs), 3);
        QCOMPARE(kbli->total(u"registered_LP"_qs), 3);
    }

    void placementsByTypeSexEducation()
    {
        const Snap snap = marchFixture();
        const IpkReport r = IpkCalculator(snap, {}).compute(m_forms, ReportPeriod::month(2025, 3));
        const IpkTable *t = r.table(u"III/7"_qs);
        QVERIFY(t);
        // rows: 0 SD, 1 SLTP, 2 SLTA umum, 3 SMK, 4 D-I/II, 5 D-III, 6 S1
        QCOMPARE(t->value(6, u"AKL_L"_qs), 1);  // 201: #3, S1
        QCOMPARE(t->value(0, u"AKAN_P"_qs), 1); // 205: #2, SD
        QCOMPARE(t->value(3, u"AKL_L"_qs), 1);  // 206: #1, SMK
        QCOMPARE(t->value(2, u"AKL_L"_qs), 1);  // 207: #6, SLTA umum
        qint64 all = 0;
        for (const QString &c : t->columns)
            all += t->total(c);
        QCOMPARE(all, 4); // 202 is in April, 203 in February, 204 not counted
    }

    void removalRuleChangesTheNumbers()
    {
        const Snap snap = marchFixture();
        ReportRules manualOnly;
        manualOnly.removeMonthsAfterExpiry = -1; // expired cards stay in the stock until removed by hand
        const IpkTable off = *IpkCalculator(snap, manualOnly)
                                  .compute(m_forms, ReportPeriod::month(2025, 3))
                                  .table(u"III/1-AK"_qs);
        QCOMPARE(off.total(u"opening_L"_qs), 4); // #5 too
        QCOMPARE(off.total(u"removed_L"_qs), 0); // #6 is not removed
        QCOMPARE(off.total(u"closing_L"_qs), 4);
        ReportRules oneMonth;
        oneMonth.removeMonthsAfterExpiry = 1; // #5 leaves 11 March, #6 on 16 April
        const IpkTable late = *IpkCalculator(snap, oneMonth)
                                   .compute(m_forms, ReportPeriod::month(2025, 3))
                                   .table(u"III/1-AK"_qs);
        QCOMPARE(late.total(u"opening_L"_qs), 4);
        QCOMPARE(late.total(u"removed_L"_qs), 1);
        QCOMPARE(late.value(2, u"removed_L"_qs), 1); // #5 is 39: 30–44
        QCOMPARE(late.value(4, u"removed_L"_qs), 0);
    }

    void ageAtRegistration()
    {
        const Snap snap = marchFixture();
        ReportRules rules;
        rules.ageReference = ReportRules::AgeReference::Registration;
        const IpkTable t =
            *IpkCalculator(snap, rules).compute(m_forms, ReportPeriod::month(2025, 3)).table(u"III/1-AK"_qs);
        QCOMPARE(t.value(1, u"registered_P"_qs), 1); // #11 was 29 when registering
        QCOMPARE(t.value(2, u"registered_P"_qs), 0);
    }

    void kecamatanFilter()
    {
        const Snap snap = marchFixture();
        const IpkReport r = IpkCalculator(snap, {}).compute(m_forms, ReportPeriod::month(2025, 3),
                                                            snap.districtIndex("331002"));
        QCOMPARE(r.district, u"331002"_qs);
        const IpkTable *t = r.table(u"III/1-AK"_qs);
        QCOMPARE(t->total(u"registered_P"_qs), 1); // #11 only
        QCOMPARE(t->total(u"opening_L"_qs), 0);
        QCOMPARE(r.table(u"III/1-LW"_qs)->total(u"registered_LP"_qs), 0);
        QVERIFY(r.breaks.isEmpty());
    }

    void monthsChainAndAddUpToTheYear()
    {
        const Snap snap = marchFixture();
        const IpkCalculator calc(snap, {});
        const IpkReport year = calc.compute(m_forms, ReportPeriod::year(2025));
        qint64 registered = 0, placed = 0;
        qint64 previousClosing = -1;
        for (const ReportPeriod &m : ReportPeriod::year(2025).months()) {
            const IpkReport monthReport = calc.compute(m_forms, m);
            const IpkTable *t = monthReport.table(u"III/2"_qs);
            registered += t->total(u"registered_L"_qs) + t->total(u"registered_P"_qs);
            placed += t->total(u"placed_L"_qs) + t->total(u"placed_P"_qs);
            const qint64 opening = t->total(u"opening_L"_qs) + t->total(u"opening_P"_qs);
            if (previousClosing >= 0 && m.first().month() > 4) // #9 breaks March only
                QCOMPARE(opening, previousClosing);
            previousClosing = t->total(u"closing_L"_qs) + t->total(u"closing_P"_qs);
        }
        const IpkTable *y = year.table(u"III/2"_qs);
        QCOMPARE(y->total(u"registered_L"_qs) + y->total(u"registered_P"_qs), registered);
        QCOMPARE(y->total(u"placed_L"_qs) + y->total(u"placed_P"_qs), placed);
    }

    void formSetIsStrict()
    {
        QCOMPARE(test::codeOf([&] { IpkFormSet::fromJson("{", u"x"_qs, m_codes); }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(test::codeOf([&] {
                     IpkFormSet::fromJson(R"({"forms":[{"id":"X","title":{"id":"X"},"subject":"vacancies",
                       "rows":{"by":"age","groups":[{"label":{"id":"a"},"min":1}]}}]})",
                                          u"x"_qs, m_codes);
                 }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(test::codeOf([&] {
                     IpkFormSet::fromJson(R"({"forms":[{"id":"X","title":{"id":"X"},"subject":"job_seekers",
                       "rows":{"by":"kbji","code_list":"nope"}}]})",
                                          u"x"_qs, m_codes);
                 }),
                 ErrorCode::InvalidArgument);
        // A region's own numbering is just another file.
        const IpkFormSet own = IpkFormSet::fromJson(
            R"({"forms":[{"id":"IPK-1","title":{"id":"Rekap"},"subject":"job_seekers","rows":{"by":"total",
              "groups":[{"label":{"id":"Jumlah"}}]}}]})",
            u"x"_qs, m_codes);
        const IpkReport r = IpkCalculator(marchFixture(), {}).compute(own, ReportPeriod::month(2025, 3));
        QCOMPARE(r.tables.size(), 1);
        QCOMPARE(r.tables.first().total(u"registered_P"_qs), 3);
    }

    // The snapshot reads the same facts from a real store: dates, codes, the placement joins, deleted rows
    // left out.
    void snapshotFromStore()
    {
        auto session = newStore();
        RecordService records(*session, m_templates, m_validator, &m_regions);
        const auto seeker = [&](const QString &no, const QString &sex, const QString &status,
                                const QString &statusDate) {
            return records.create(u"pencari_kerja"_qs, {{u"no_pendaftaran"_qs, no},
                                                        {u"nik"_qs, u"3374014101950001"_qs},
                                                        {u"nama"_qs, u"Uji Coba"_qs},
                                                        {u"tanggal_lahir"_qs, u"1995-01-01"_qs},
                                                        {u"jenis_kelamin"_qs, sex},
                                                        {u"kode_kecamatan"_qs, u"337401"_qs},
                                                        {u"pendidikan"_qs, u"3101"_qs},
                                                        {u"jabatan_kbji"_qs, u"7212"_qs},
                                                        {u"tanggal_daftar"_qs, u"2025-03-05"_qs},
                                                        {u"berlaku_sampai"_qs, u"2027-03-05"_qs},
                                                        {u"status"_qs, status},
                                                        {u"tanggal_status"_qs, statusDate}});
        };
        seeker(u"3374-2025-000001"_qs, u"L"_qs, u"terdaftar"_qs, {});
        const qint64 placedId = seeker(u"3374-2025-000002"_qs, u"P"_qs, u"ditempatkan"_qs, u"2025-03-20"_qs);
        const qint64 gone = seeker(u"3374-2025-000003"_qs, u"L"_qs, u"terdaftar"_qs, {});
        records.remove(u"pencari_kerja"_qs, gone);
        const qint64 vacancyId =
            records.create(u"lowongan"_qs, {{u"nomor_lowongan"_qs, u"LW-1"_qs},
                                            {u"nib_pemberi_kerja"_qs, u"1234567890123"_qs},
                                            {u"jabatan"_qs, u"Operator"_qs},
                                            {u"jabatan_kbji"_qs, u"8189"_qs},
                                            {u"kbli_versi"_qs, u"2025"_qs},
                                            {u"kbli_seksi"_qs, u"C"_qs},
                                            {u"jumlah_l"_qs, 2},
                                            {u"jumlah_p"_qs, 1},
                                            {u"lokasi_kecamatan"_qs, u"337401"_qs},
                                            {u"tanggal_buka"_qs, u"2025-03-01"_qs},
                                            {u"status"_qs, u"terbuka"_qs}});
        records.create(u"penempatan"_qs, {{u"no_pendaftaran"_qs, u"3374-2025-000002"_qs},
                                          {u"nomor_lowongan"_qs, u"LW-1"_qs},
                                          {u"jenis_penempatan"_qs, u"AKAD"_qs},
                                          {u"tanggal_penempatan"_qs, u"2025-03-20"_qs},
                                          {u"nama_pemberi_kerja"_qs, u"PT Contoh"_qs}});
        records.create(u"penempatan"_qs, {{u"no_pendaftaran"_qs, u"3374-0000-999999"_qs},
                                          {u"jenis_penempatan"_qs, u"AKL"_qs},
                                          {u"tanggal_penempatan"_qs, u"2025-03-21"_qs},
                                          {u"nama_pemberi_kerja"_qs, u"PT Contoh"_qs}});

        const Snap snap = Snap::load(session->db());
        QCOMPARE(snap.seekers().size(), std::size_t(2)); // the deleted one is left out
        const Snap::Seeker &placed = snap.seekers().at(1);
        QCOMPARE(placed.id, placedId);
        QCOMPARE(placed.registered, day(2025, 3, 5));
        QCOMPARE(placed.statusDay, day(2025, 3, 20));
        QCOMPARE(placed.validUntil, day(2027, 3, 5));
        QCOMPARE(placed.birthYmd, 19950101);
        QCOMPARE(placed.status, Snap::SeekerStatus::Placed);
        QCOMPARE(placed.sex, std::uint8_t(Snap::Female));
        QCOMPARE(placed.education, std::uint16_t(3101));
        QCOMPARE(placed.kbji, std::uint8_t(7));
        QCOMPARE(snap.districts().value(placed.district), QByteArray("337401"));
        QCOMPARE(snap.seekers().at(0).statusDay, Snap::kNoDay);

        QCOMPARE(snap.vacancies().size(), std::size_t(1));
        const Snap::Vacancy &v = snap.vacancies().front();
        QCOMPARE(v.id, vacancyId);
        QCOMPARE(v.need[0], 2);
        QCOMPARE(v.need[1], 1);
        QCOMPARE(v.need[2], 0);
        QCOMPARE(v.kbliVersion, std::uint8_t(1));
        QCOMPARE(v.kbliSection, 'C');
        QCOMPARE(v.closes, Snap::kNoDay);
        QCOMPARE(v.status, Snap::VacancyStatus::Open);

        QCOMPARE(snap.placements().size(), std::size_t(2));
        QCOMPARE(snap.placements().at(0).seeker, 1);
        QCOMPARE(snap.placements().at(0).vacancy, 0);
        QCOMPARE(snap.placements().at(0).kind, std::uint8_t(Snap::Akad));
        QCOMPARE(snap.placements().at(1).seeker, -1); // no such job seeker
        QCOMPARE(snap.placements().at(1).vacancy, -1);

        // And the tables from it: the woman placed in March into the vacancy's women's place.
        const IpkReport r = IpkCalculator(snap, {}).compute(m_forms, ReportPeriod::month(2025, 3));
        QCOMPARE(r.table(u"III/1-AK"_qs)->total(u"registered_L"_qs), 1);
        QCOMPARE(r.table(u"III/1-AK"_qs)->total(u"placed_P"_qs), 1);
        QCOMPARE(r.table(u"III/1-LW"_qs)->total(u"placed_P"_qs), 1);
        QCOMPARE(r.table(u"III/1-LW"_qs)->total(u"closing_L"_qs), 2);
        QCOMPARE(r.table(u"III/7"_qs)->total(u"AKAD_P"_qs), 1);
    }
};

QTEST_GUILESS_MAIN(TestIpk)
#include "tst_ipk.moc"
