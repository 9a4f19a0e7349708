#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace sinergi {

// The Kemendagri region codes (province, kabupaten/kota, kecamatan, desa/kelurahan) from the national
// lists in resources/reference/wilayah/ (idn-area-data, ODbL). Codes are written dotted
// ("33.73.04.1001"); lookups also accept the undotted digits. Stored as sorted numeric keys so that the
// children of a region are one contiguous range and 83k villages load in a few tens of milliseconds.
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
        QString parentCode() const;
    };

    // Embedded copy (":/reference/wilayah"). Throws Error(Io / InvalidArgument) on a missing or malformed
    // file, naming the file and line.
    static RegionCatalog loadEmbedded();
    static RegionCatalog loadFromDirectory(const QString &directory);

    // The list's version ("idn-area-data 4.0.1"); stored with codes because codes change when regions split.
    const QString &version() const { return m_version; }
    qsizetype count(Level level) const;

    QList<Region> provinces() const;
    QList<Region> regencies(const QString &provinceCode) const;
    QList<Region> districts(const QString &regencyCode) const; // kecamatan of a kabupaten/kota
    QList<Region> villages(const QString &districtCode) const; // desa/kelurahan of a kecamatan
    std::optional<Region> find(const QString &code) const;

    // Two digits each, for the NIK province check; computed once at load because validation asks per row.
    const QSet<QString> &provinceCodes() const { return m_provinceCodes; }
    // NIK digits 1-6 are the kecamatan code without dots; true when that kecamatan exists in the list.
    bool isKnownNikPrefix(const QString &nik) const;

private:
    struct Entry
    {
        qint64 key; // the code's digits as a number
        QString name;
    };
    using Table = std::vector<Entry>;

    static std::optional<qint64> keyOf(const QString &code, Level level);
    static std::optional<qint64> keyOf(QByteArrayView code, Level level);
    static QString codeOf(qint64 key, Level level);
    const Table &table(Level level) const;
    QList<Region> childrenOf(qint64 parentKey, Level childLevel) const;
    void loadTable(const QString &path, Level level);

    Table m_tables[4];
    QString m_version;
    QSet<QString> m_provinceCodes;
};

} // namespace sinergi
