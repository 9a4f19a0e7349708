#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace sinergi {

// The Kemendagri region codes (province, kabupaten/kota, kecamatan, desa/kelurahan) from the national
// lists in resources/reference/wilayah/ (idn-area-data, ODbL). Codes are written dotted
// ("33.73.04.1001"); lookups also accept the undotted digits. Stored as sorted numeric keys so that the
// children of a region are one contiguous range and 83k villages load in a few tens of milliseconds.
//
// A catalogue holds one or more editions of the list: the shipped one and any newer edition an
// administrator loaded into the store (reference/RegionEditions). The newest edition drives everything
// that offers or checks current codes (pickers, the NIK kecamatan check); find() also resolves a code
// that only an older edition has, marked `retired`, so records saved before a region split stay readable
// and validation can call such a code a warning instead of an error.
class RegionCatalog
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::RegionCatalog)
public:
    enum class Level { Province, Regency, District, Village };

    struct Region
    {
        QString code; // dotted
        QString name;
        Level level = Level::Province;
        QString edition;      // version of the edition the code was found in
        bool retired = false; // not in the newest edition (found in an older one)
        QString parentCode() const;
        // The name, and for a retired code which edition it comes from ("Kaliwungu (daftar wilayah
        // idn-area-data 4.0.1)"), for grids, histories and exports.
        QString label() const;
    };

    // One edition as files: the four CSVs (header line, then code[,parent],name per line, UTF-8), its
    // version line and the credit line of its README (empty when it has none).
    struct Source
    {
        QString version;
        QString credit;
        QByteArray files[4]; // provinces, regencies, districts, villages
    };
    static const char *fileName(Level level);

    // Embedded copy (":/reference/wilayah"). Throws Error(Io / InvalidArgument) on a missing or malformed
    // file, naming the file and line.
    static RegionCatalog loadEmbedded();
    static RegionCatalog loadFromDirectory(const QString &directory);

    // Adds an edition already checked (stored in the store after checkEdition). Editions are kept in
    // version order whatever order they are added in; an edition with a version the catalogue has is
    // skipped (a later program may ship an edition an office had loaded). Throws like loadEmbedded.
    void addEdition(const Source &source);
    // The strict check an administrator-loaded edition must pass before it is stored: exact headers,
    // field counts, well-formed codes that nest in their parent's code, parents present in the same
    // edition, no duplicate codes, names present, row limits. Throws Error(InvalidArgument) naming the
    // file and line. Returns the number of codes per level.
    static std::array<qsizetype, 4> checkEdition(const Source &source);

    // "idn-area-data 4.0.2" is newer than "idn-area-data 4.0.1": the last word compared as a version
    // number ("1.10" > "1.9"), as text when it is not one.
    static bool isNewerVersion(const QString &a, const QString &b);
    // A version line must end in a version number for the order above to mean anything.
    static bool hasVersionNumber(const QString &version);

    // The newest edition's version ("idn-area-data 4.0.1"); stored with codes because codes change when
    // regions split.
    const QString &version() const;
    qsizetype count(Level level) const; // in the newest edition

    struct EditionInfo
    {
        QString version;
        QString credit;
        qsizetype counts[4] = {};
        bool newest = false;
    };
    // Oldest first.
    QList<EditionInfo> editions() const;

    // Children in the newest edition: what pickers offer.
    QList<Region> provinces() const;
    QList<Region> regencies(const QString &provinceCode) const;
    QList<Region> districts(const QString &regencyCode) const; // kecamatan of a kabupaten/kota
    QList<Region> villages(const QString &districtCode) const; // desa/kelurahan of a kecamatan
    // The newest edition that has the code (so a retired code resolves to its last name).
    std::optional<Region> find(const QString &code) const;
    // True when the newest edition has this code at this level; no allocation (bulk validation).
    bool isCurrent(QStringView code, Level level) const;

    // Two digits each, for the NIK province check: every edition's provinces (a NIK keeps the province of
    // its issue). Computed once at load because validation asks per row.
    const QSet<QString> &provinceCodes() const { return m_provinceCodes; }
    // NIK digits 1-6 are the kecamatan code without dots; true when that kecamatan is in the newest list.
    bool isKnownNikPrefix(const QString &nik) const;
    // For a NIK whose kecamatan only an older edition has (issued before the kecamatan was split or
    // renumbered): that edition's version; empty otherwise.
    QString olderEditionOfNikPrefix(const QString &nik) const;

private:
    struct Entry
    {
        qint64 key; // the code's digits as a number
        QString name;
    };
    using Table = std::vector<Entry>;
    struct Edition
    {
        QString version;
        QString credit;
        Table tables[4];
    };

    static std::optional<qint64> keyOf(const QString &code, Level level);
    static std::optional<qint64> keyOf(QByteArrayView code, Level level);
    static std::optional<qint64> keyOf(QStringView code, Level level);
    static QString codeOf(qint64 key, Level level);
    static void parseTable(Edition &edition, const QByteArray &data, Level level, bool strict);
    static const Entry *lookup(const Table &rows, qint64 key);
    const Edition &newest() const;
    QList<Region> childrenOf(qint64 parentKey, Level childLevel) const;
    void insertEdition(std::shared_ptr<const Edition> edition);

    // Oldest first, the newest last. Shared so that copying a catalogue does not copy 83k names.
    std::vector<std::shared_ptr<const Edition>> m_editions;
    QSet<QString> m_provinceCodes;
};

} // namespace sinergi
