#include "RegionCatalog.h"

#include "DatasetResources.h"
#include "common/Error.h"

#include <QDir>
#include <QFile>
#include <QVersionNumber>

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

QString RegionCatalog::Region::label() const
{
    return retired ? RegionCatalog::tr("%1 (region list %2)").arg(name, edition) : name;
}

const char *RegionCatalog::fileName(Level level)
{
    return kFiles[int(level)];
}

RegionCatalog RegionCatalog::loadEmbedded()
{
    initDatasetResources();
    return loadFromDirectory(u":/reference/wilayah"_qs);
}

RegionCatalog RegionCatalog::loadFromDirectory(const QString &directory)
{
    const QDir dir(directory);
    Source source;
    for (int level = 0; level < 4; ++level) {
        const QString path = dir.filePath(QString::fromLatin1(kFiles[level]));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(ErrorCode::Io,
                        tr("Cannot read the region list %1: %2").arg(path, file.errorString()));
        source.files[level] = file.readAll();
    }
    QFile versionFile(dir.filePath(u"VERSION"_qs));
    if (versionFile.open(QIODevice::ReadOnly))
        source.version = QString::fromUtf8(versionFile.readAll()).trimmed();
    RegionCatalog catalog;
    catalog.addEdition(source);
    return catalog;
}

void RegionCatalog::addEdition(const Source &source)
{
    for (const auto &e : m_editions)
        if (e->version == source.version)
            return;
    auto edition = std::make_shared<Edition>();
    edition->version = source.version;
    edition->credit = source.credit;
    for (int level = 0; level < 4; ++level)
        parseTable(*edition, source.files[level], Level(level), false);
    insertEdition(std::move(edition));
}

void RegionCatalog::insertEdition(std::shared_ptr<const Edition> edition)
{
    const auto at =
        std::upper_bound(m_editions.begin(), m_editions.end(), edition,
                         [](const auto &a, const auto &b) { return isNewerVersion(b->version, a->version); });
    for (const Entry &e : edition->tables[int(Level::Province)])
        m_provinceCodes.insert(codeOf(e.key, Level::Province));
    m_editions.insert(at, std::move(edition));
}

std::array<qsizetype, 4> RegionCatalog::checkEdition(const Source &source)
{
    Edition edition;
    std::array<qsizetype, 4> counts{};
    for (int level = 0; level < 4; ++level) {
        parseTable(edition, source.files[level], Level(level), true);
        counts[level] = qsizetype(edition.tables[level].size());
    }
    return counts;
}

bool RegionCatalog::isNewerVersion(const QString &a, const QString &b)
{
    const auto number = [](const QString &v) {
        const QString last = v.trimmed().section(u' ', -1);
        qsizetype end = 0;
        const QVersionNumber n = QVersionNumber::fromString(last, &end);
        return end == last.size() ? n : QVersionNumber();
    };
    const QVersionNumber na = number(a), nb = number(b);
    if (!na.isNull() && !nb.isNull() && QVersionNumber::compare(na, nb) != 0)
        return QVersionNumber::compare(na, nb) > 0;
    return na.isNull() == nb.isNull() ? a > b : !na.isNull();
}

bool RegionCatalog::hasVersionNumber(const QString &version)
{
    const QString last = version.trimmed().section(u' ', -1);
    qsizetype end = 0;
    return !QVersionNumber::fromString(last, &end).isNull() && end == last.size();
}

void RegionCatalog::parseTable(Edition &edition, const QByteArray &data, Level level, bool strict)
{
    static const char *const kHeaders[4] = {"code,name", "code,province_code,name", "code,regency_code,name",
                                            "code,district_code,name"};
    // Most a national list can hold; the real one has 38 / 514 / 7,285 / 83,762.
    static constexpr qsizetype kMaxRows[4] = {99, 5'000, 50'000, 500'000};
    const QString file = QString::fromLatin1(kFiles[int(level)]);
    const int lv = int(level);
    const int fieldCount = level == Level::Province ? 2 : 3;
    Table &rows = edition.tables[lv];
    rows.clear();
    // Rough line count so the vector does not regrow 17 times for the village list.
    rows.reserve(size_t(data.count('\n')));
    const auto fail = [&](int line, const QString &what) {
        throw Error(ErrorCode::InvalidArgument, tr("%1, line %2: %3").arg(file).arg(line).arg(what));
    };

    QByteArrayView fields[3];
    QByteArray scratch[3];
    const char *p = data.constData();
    const char *const end = p + data.size();
    if (strict && data.startsWith("\xEF\xBB\xBF"))
        p += 3; // a byte-order mark from a spreadsheet program
    int lineNo = 0;
    while (p < end) {
        const char *eol = static_cast<const char *>(memchr(p, '\n', size_t(end - p)));
        if (!eol)
            eol = end;
        const char *lineEnd = (eol > p && eol[-1] == '\r') ? eol - 1 : eol;
        ++lineNo;
        if (lineNo == 1) {
            if (strict && QByteArrayView(p, lineEnd - p) != QByteArrayView(kHeaders[lv]))
                fail(1, tr("the header must be \"%1\"").arg(QString::fromLatin1(kHeaders[lv])));
        } else if (lineEnd > p) {
            const int n = splitCsv(p, lineEnd, fields, scratch);
            const auto key = n == fieldCount ? keyOf(fields[0], level) : std::nullopt;
            if (!key) {
                if (!strict)
                    throw Error(
                        ErrorCode::InvalidArgument,
                        tr("Region list %1, line %2: expected a code and a name").arg(file).arg(lineNo));
                if (n != fieldCount)
                    fail(lineNo,
                         tr("expected %1 fields separated by commas, found %2").arg(fieldCount).arg(n));
                fail(lineNo, tr("\"%1\" is not a region code of this level")
                                 .arg(QString::fromUtf8(fields[0].data(), fields[0].size())));
            }
            QString name = QString::fromUtf8(fields[n - 1].data(), fields[n - 1].size());
            if (strict) {
                if (name.trimmed().isEmpty())
                    fail(lineNo, tr("the region %1 has no name").arg(codeOf(*key, level)));
                if (name.contains(QChar::ReplacementCharacter) || name.size() > 200)
                    fail(lineNo, tr("the name of %1 is not UTF-8 text of at most 200 characters")
                                     .arg(codeOf(*key, level)));
                if (level != Level::Province) {
                    const Level parentLevel = Level(lv - 1);
                    const auto parent = keyOf(fields[1], parentLevel);
                    qint64 span = 1;
                    for (int i = 0; i < kSegmentDigits[lv]; ++i)
                        span *= 10;
                    if (!parent || *key / span != *parent)
                        fail(lineNo, tr("the code %1 does not belong under \"%2\"")
                                         .arg(codeOf(*key, level),
                                              QString::fromUtf8(fields[1].data(), fields[1].size())));
                    if (!lookup(edition.tables[lv - 1], *parent))
                        fail(lineNo,
                             tr("the parent code %1 is not in %2")
                                 .arg(codeOf(*parent, parentLevel), QString::fromLatin1(kFiles[lv - 1])));
                }
                if (qsizetype(rows.size()) >= kMaxRows[lv])
                    fail(lineNo, tr("more than %L1 regions; this is not a region list").arg(kMaxRows[lv]));
            }
            rows.push_back({*key, std::move(name)});
        }
        p = eol + 1;
    }
    // The shipped files are sorted, but an admin-loaded newer list might not be; lookups need order.
    const auto byKey = [](const Entry &a, const Entry &b) { return a.key < b.key; };
    if (!std::is_sorted(rows.begin(), rows.end(), byKey))
        std::stable_sort(rows.begin(), rows.end(), byKey);
    if (strict) {
        if (rows.empty())
            throw Error(ErrorCode::InvalidArgument, tr("%1 has no regions.").arg(file));
        const auto dup = std::adjacent_find(rows.begin(), rows.end(),
                                            [](const Entry &a, const Entry &b) { return a.key == b.key; });
        if (dup != rows.end())
            throw Error(ErrorCode::InvalidArgument,
                        tr("%1: the code %2 appears more than once.").arg(file, codeOf(dup->key, level)));
    }
}

const RegionCatalog::Entry *RegionCatalog::lookup(const Table &rows, qint64 key)
{
    const auto it =
        std::lower_bound(rows.begin(), rows.end(), key, [](const Entry &e, qint64 k) { return e.key < k; });
    return it != rows.end() && it->key == key ? &*it : nullptr;
}

std::optional<qint64> RegionCatalog::keyOf(const QString &code, Level level)
{
    return keyOf(QStringView(code), level);
}

std::optional<qint64> RegionCatalog::keyOf(QStringView code, Level level)
{
    // Latin-1 on the stack: a code has at most 13 characters, so anything longer is not one.
    char buffer[16];
    if (code.size() > qsizetype(sizeof buffer))
        return std::nullopt;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code[i].unicode();
        if (c > 0x7f)
            return std::nullopt;
        buffer[i] = char(c);
    }
    return keyOf(QByteArrayView(buffer, code.size()), level);
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

const RegionCatalog::Edition &RegionCatalog::newest() const
{
    static const Edition kNone;
    return m_editions.empty() ? kNone : *m_editions.back();
}

const QString &RegionCatalog::version() const
{
    return newest().version;
}

qsizetype RegionCatalog::count(Level level) const
{
    return qsizetype(newest().tables[int(level)].size());
}

QList<RegionCatalog::EditionInfo> RegionCatalog::editions() const
{
    QList<EditionInfo> out;
    for (const auto &e : m_editions) {
        EditionInfo info;
        info.version = e->version;
        info.credit = e->credit;
        for (int lv = 0; lv < 4; ++lv)
            info.counts[lv] = qsizetype(e->tables[lv].size());
        info.newest = e == m_editions.back();
        out << info;
    }
    return out;
}

QList<RegionCatalog::Region> RegionCatalog::childrenOf(qint64 parentKey, Level childLevel) const
{
    const Table &rows = newest().tables[int(childLevel)];
    qint64 span = 1;
    for (int i = 0; i < kSegmentDigits[int(childLevel)]; ++i)
        span *= 10;
    const auto byKey = [](const Entry &e, qint64 k) { return e.key < k; };
    auto it = std::lower_bound(rows.begin(), rows.end(), parentKey * span, byKey);
    const auto last = std::lower_bound(it, rows.end(), (parentKey + 1) * span, byKey);
    QList<Region> result;
    result.reserve(last - it);
    for (; it != last; ++it)
        result.append({codeOf(it->key, childLevel), it->name, childLevel, newest().version});
    return result;
}

QList<RegionCatalog::Region> RegionCatalog::provinces() const
{
    QList<Region> result;
    for (const Entry &e : newest().tables[int(Level::Province)])
        result.append({codeOf(e.key, Level::Province), e.name, Level::Province, newest().version});
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
        // Newest first: a code renamed in a newer edition has its newer name.
        for (auto e = m_editions.crbegin(); e != m_editions.crend(); ++e)
            if (const Entry *entry = lookup((*e)->tables[lv], *key))
                return Region{codeOf(*key, Level(lv)), entry->name, Level(lv), (*e)->version,
                              e != m_editions.crbegin()};
        return std::nullopt;
    }
    return std::nullopt;
}

bool RegionCatalog::isCurrent(QStringView code, Level level) const
{
    const auto key = keyOf(code, level);
    return key && lookup(newest().tables[int(level)], *key);
}

bool RegionCatalog::isKnownNikPrefix(const QString &nik) const
{
    return nik.size() >= 6 && isCurrent(QStringView(nik).left(6), Level::District);
}

QString RegionCatalog::olderEditionOfNikPrefix(const QString &nik) const
{
    if (nik.size() < 6 || isKnownNikPrefix(nik))
        return {};
    const auto key = keyOf(QStringView(nik).left(6), Level::District);
    if (!key)
        return {};
    for (auto e = m_editions.crbegin(); e != m_editions.crend(); ++e)
        if (lookup((*e)->tables[int(Level::District)], *key))
            return (*e)->version;
    return {};
}

} // namespace sinergi
