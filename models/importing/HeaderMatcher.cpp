#include "HeaderMatcher.h"

#include "datasets/DatasetTemplate.h"

namespace sinergi {

namespace {

// Spellings seen in regional exports and spreadsheets, already normalised. Only fields whose name a
// source system is likely to write differently are listed; everything else matches by name or label.
const QHash<QString, QStringList> &synonyms()
{
    static const QHash<QString, QStringList> table{
        {u"no_pendaftaran"_qs,
         {u"nopendaftaran"_qs, u"nomorpendaftaran"_qs, u"noak1"_qs, u"nomorak1"_qs, u"noaki"_qs, u"noak"_qs,
          u"nokartuak1"_qs, u"nokartukuning"_qs, u"noregistrasi"_qs, u"nomorregistrasi"_qs, u"noreg"_qs,
          u"nodaftar"_qs, u"nomordaftar"_qs, u"nopencaker"_qs}},
        {u"nik"_qs, {u"noktp"_qs, u"nomorktp"_qs, u"nomorindukkependudukan"_qs, u"noinduk"_qs, u"niktp"_qs}},
        {u"nama"_qs, {u"namalengkap"_qs, u"namapencaker"_qs, u"namapencarikerja"_qs, u"name"_qs, u"fullname"_qs}},
        {u"jenis_kelamin"_qs, {u"jk"_qs, u"lp"_qs, u"kelamin"_qs, u"gender"_qs, u"sex"_qs, u"jeniskel"_qs}},
        {u"tempat_lahir"_qs, {u"tmplahir"_qs, u"tmptlahir"_qs, u"tptlahir"_qs, u"tempatlhr"_qs}},
        {u"tanggal_lahir"_qs, {u"tgllahir"_qs, u"tgllhr"_qs, u"tanggallhr"_qs, u"tgllahirddmmyyyy"_qs,
                               u"dob"_qs, u"birthdate"_qs, u"dateofbirth"_qs}},
        {u"status_perkawinan"_qs, {u"statuskawin"_qs, u"perkawinan"_qs, u"statusnikah"_qs, u"stskawin"_qs}},
        {u"alamat"_qs, {u"alamatlengkap"_qs, u"alamatdomisili"_qs, u"address"_qs}},
        {u"kode_kecamatan"_qs, {u"kodekec"_qs, u"kdkec"_qs, u"kodekecamatan"_qs}},
        {u"kode_desa"_qs, {u"kodedesa"_qs, u"kddesa"_qs, u"kodekelurahan"_qs, u"kodedesakelurahan"_qs}},
        {u"telepon"_qs, {u"telp"_qs, u"notelp"_qs, u"notelepon"_qs, u"nohp"_qs, u"hp"_qs, u"nomorhp"_qs,
                         u"nowa"_qs, u"phone"_qs, u"ponsel"_qs}},
        {u"email"_qs, {u"surel"_qs, u"alamatemail"_qs, u"mail"_qs}},
        {u"pendidikan"_qs, {u"pendidikanterakhir"_qs, u"pendidikanakhir"_qs, u"tingkatpendidikan"_qs,
                            u"education"_qs}},
        {u"tahun_lulus"_qs, {u"thnlulus"_qs, u"thlulus"_qs, u"tahunlulus"_qs}},
        {u"tanggal_daftar"_qs, {u"tgldaftar"_qs, u"tglpendaftaran"_qs, u"tanggalpendaftaran"_qs,
                                u"tglregistrasi"_qs, u"tanggalregistrasi"_qs, u"tglreg"_qs}},
        {u"berlaku_sampai"_qs, {u"berlakuhingga"_qs, u"masaberlaku"_qs, u"tglberlaku"_qs, u"berlakus/d"_qs,
                                u"berlakusd"_qs}},
        {u"status"_qs, {u"statuspencaker"_qs, u"statuspencarikerja"_qs, u"statusak1"_qs}},
        {u"tanggal_status"_qs, {u"tglstatus"_qs}},
        {u"petugas_nama"_qs, {u"petugas"_qs, u"namapetugas"_qs, u"pengantarkerja"_qs}},
        {u"petugas_nip"_qs, {u"nippetugas"_qs, u"nip"_qs}},
    };
    return table;
}

} // namespace

QString HeaderMatcher::normalise(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

HeaderMatcher::HeaderMatcher(const DatasetTemplate &tpl)
{
    // Weakest first, so a field's own name wins over another field's label or synonym.
    for (const FieldDef &f : tpl.fields()) {
        for (const QString &s : synonyms().value(f.name))
            m_byNormalised.insert(normalise(s), f.name);
    }
    for (const FieldDef &f : tpl.fields()) {
        for (const QString &language : {u"en"_qs, u"id"_qs}) {
            const QString label = normalise(f.label(language));
            if (!label.isEmpty())
                m_byNormalised.insert(label, f.name);
        }
    }
    for (const FieldDef &f : tpl.fields())
        m_byNormalised.insert(normalise(f.name), f.name);
}

QString HeaderMatcher::match(const QString &header) const
{
    return m_byNormalised.value(normalise(header));
}

} // namespace sinergi
