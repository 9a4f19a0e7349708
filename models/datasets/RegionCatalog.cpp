#include "RegionCatalog.h"

#include "DatasetResources.h"
#include "common/Error.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace sinergi {

namespace {

// Digits per code segment: province 2, kab/kota 2, kecamatan 2, desa 4.
constexpr int kSegmentDigits[4] = {2, 2, 2, 4};
constexpr int kTotalDigits[4] = {2, 4, 6, 10};
const char *const kFiles[4] = {"provinces.csv", "regencies.csv", "districts.csv", "villages.csv"};

// Splits one CSV line (RFC 4180 quoting, no embedded newlines in these files) into at most 3 fields.
// Unquoted fields are views into the line (no allocation: this runs 83k times at start-up); quoted ones
// are unescaped into the caller's scratch buffers.
int splitCsv(const char *begin, const char *end, QByteArrayView fields[3], QByteArray scratch[3])
{
    int n = 0;
    const char *p = begin;
    while (n < 3) {
        if (p < end && *p == '"') {
            QByteArray &out = scratch[n];
            out.clear();
            ++p;
            while (p < end) {
                if (*p == '"') {
                    if (p + 1 < end && p[1] == '"') {
                        out.append('"');
                        p += 2;
                        continue;
                    }
                    ++p;
                    break;
                }
                out.append(*p++);
            }
            fields[n] = out;
        } else {
            const char *start = p;
            while (p < end && *p != ',')
                ++p;
            fields[n] = QByteArrayView(start, p - start);
        }
        ++n;
        if (p >= end || *p != ',')
            break;
        ++p;
    }
    return n;
}

} // namespace

QString RegionCatalog::Region::parentCode() const
{
    const qsizetype dot = code.lastIndexOf(u'.');
    return dot < 0 ? QString() : code.left(dot);
}

RegionCatalog RegionCatalog::loadEmbedded()
{
    initDatasetResources();
    return loadFromDirectory(u":/reference/wilayah"_qs);
}

RegionCatalog RegionCatalog::loadFromDirectory(const QString &directory)
{
    RegionCatalog catalog;
    const QDir dir(directory);
    for (int level = 0; level < 4; ++level)
        catalog.loadTable(dir.filePath(QString::fromLatin1(kFiles[level])), Level(level));
    QFile versionFile(dir.filePath(u"VERSION"_qs));
    if (versionFile.open(QIODevice::ReadOnly))
        catalog.m_version = QString::fromUtf8(versionFile.readAll()).trimmed();
    for (const Entry &e : catalog.table(Level::Province))
        catalog.m_provinceCodes.insert(codeOf(e.key, Level::Province));
    return catalog;
}

void RegionCatalog::loadTable(const QString &path, Level level)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Io, tr("Cannot read the region list %1: %2").arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    Table &rows = m_tables[int(level)];
    // Rough line count so the vector does not regrow 17 times for the village list.
    rows.reserve(size_t(data.count('\n')));

    QByteArrayView fields[3];
    QByteArray scratch[3];
    const char *p = data.constData();
    const char *const end = p + data.size();
    int lineNo = 0;
    while (p < end) {
        const char *eol = static_cast<const char *>(memchr(p, '\n', size_t(end - p)));
        if (!eol)
            eol = end;
        const char *lineEnd = (eol > p && eol[-1] == '\r') ? eol - 1 : eol;
        ++lineNo;
        if (lineNo > 1 && lineEnd > p) {
            const int n = splitCsv(p, lineEnd, fields, scratch);
            const auto key = n == (level == Level::Province ? 2 : 3) ? keyOf(fields[0], level) : std::nullopt;
            if (!key)
                throw Error(ErrorCode::InvalidArgument,
                            tr("Region list %1, line %2: expected a code and a name").arg(path).arg(lineNo));
            rows.push_back({*key, QString::fromUtf8(fields[n - 1].data(), fields[n - 1].size())});
        }
        p = eol + 1;
    }
    // The shipped files are sorted, but an admin-loaded newer list might not be; lookups need order.
    if (!std::is_sorted(rows.begin(), rows.end(), [](const Entry &a, const Entry &b) { return a.key < b.key; }))
        std::sort(rows.begin(), rows.end(), [](const Entry &a, const Entry &b) { return a.key < b.key; });
}

std::optional<qint64> RegionCatalog::keyOf(const QString &code, Level level)
{
    if (code.size() > 16)
        return std::nullopt;
    const QByteArray latin1 = code.toLatin1();
    return keyOf(QByteArrayView(latin1), level);
}

std::optional<qint64> RegionCatalog::keyOf(QByteArrayView code, Level level)
{
    // Accept "33.73.04" and "337304"; the dotted form must have the right segment lengths.
    const int lv = int(level);
    const bool dotted = code.contains('.');
    if (!dotted && code.size() != kTotalDigits[lv])
        return std::nullopt;
    qint64 key = 0;
    int digits = 0;
    int segment = 0;
    int segmentDigits = 0;
    for (char c : code) {
        if (c == '.') {
            if (segment >= lv || segmentDigits != kSegmentDigits[segment])
                return std::nullopt;
            ++segment;
            segmentDigits = 0;
            continue;
        }
        if (c < '0' || c > '9')
            return std::nullopt;
        key = key * 10 + (c - '0');
        ++digits;
        ++segmentDigits;
    }
    if (dotted && (segment != lv || segmentDigits != kSegmentDigits[segment]))
        return std::nullopt;
    return digits == kTotalDigits[lv] ? std::optional<qint64>(key) : std::nullopt;
}

QString RegionCatalog::codeOf(qint64 key, Level level)
{
    const QString digits = u"%1"_qs.arg(key, kTotalDigits[int(level)], 10, QChar(u'0'));
    QString code;
    int pos = 0;
    for (int i = 0; i <= int(level); ++i) {
        if (i > 0)
            code += u'.';
        code += digits.mid(pos, kSegmentDigits[i]);
        pos += kSegmentDigits[i];
    }
    return code;
}

const RegionCatalog::Table &RegionCatalog::table(Level level) const
{
    return m_tables[int(level)];
}

qsizetype RegionCatalog::count(Level level) const
{
    return qsizetype(table(level).size());
}

QList<RegionCatalog::Region> RegionCatalog::childrenOf(qint64 parentKey, Level childLevel) const
{
    const Table &rows = table(childLevel);
    qint64 span = 1;
    for (int i = 0; i < kSegmentDigits[int(childLevel)]; ++i)
        span *= 10;
    const auto byKey = [](const Entry &e, qint64 k) { return e.key < k; };
    auto it = std::lower_bound(rows.begin(), rows.end(), parentKey * span, byKey);
    const auto last = std::lower_bound(it, rows.end(), (parentKey + 1) * span, byKey);
    QList<Region> result;
    result.reserve(last - it);
    for (; it != last; ++it)
        result.append({codeOf(it->key, childLevel), it->name, childLevel});
    return result;
}

QList<RegionCatalog::Region> RegionCatalog::provinces() const
{
    QList<Region> result;
    for (const Entry &e : table(Level::Province))
        result.append({codeOf(e.key, Level::Province), e.name, Level::Province});
    return result;
}

QList<RegionCatalog::Region> RegionCatalog::regencies(const QString &provinceCode) const
{
    const auto key = keyOf(provinceCode, Level::Province);
    return key ? childrenOf(*key, Level::Regency) : QList<Region>();
}

QList<RegionCatalog::Region> RegionCatalog::districts(const QString &regencyCode) const
{
    const auto key = keyOf(regencyCode, Level::Regency);
    return key ? childrenOf(*key, Level::District) : QList<Region>();
}

QList<RegionCatalog::Region> RegionCatalog::villages(const QString &districtCode) const
{
    const auto key = keyOf(districtCode, Level::District);
    return key ? childrenOf(*key, Level::Village) : QList<Region>();
}

std::optional<RegionCatalog::Region> RegionCatalog::find(const QString &code) const
{
    for (int lv = 0; lv < 4; ++lv) {
        const auto key = keyOf(code, Level(lv));
        if (!key)
            continue;
        const Table &rows = m_tables[lv];
        const auto it = std::lower_bound(rows.begin(), rows.end(), *key,
                                         [](const Entry &e, qint64 k) { return e.key < k; });
        if (it != rows.end() && it->key == *key)
            return Region{codeOf(it->key, Level(lv)), it->name, Level(lv)};
        return std::nullopt;
    }
    return std::nullopt;
}

bool RegionCatalog::isKnownNikPrefix(const QString &nik) const
{
    if (nik.size() < 6)
        return false;
    const auto key = keyOf(nik.left(6), Level::District);
    const Table &rows = table(Level::District);
    return key && std::binary_search(rows.begin(), rows.end(), Entry{*key, {}},
                                     [](const Entry &a, const Entry &b) { return a.key < b.key; });
}

} // namespace sinergi
