#include "Manifest.h"

#include "World.h"
#include "common/Error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sinergi::datagen {

namespace {
QString str(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace

void Manifest::write(const QString &path, const World &world)
{
    const DatagenConfig &cfg = world.config;
    QJsonObject datasets;
    for (const DatasetSummary &d : world.summaries) {
        datasets.insert(str(d.id), QJsonObject{{u"file"_qs, d.file},
                                               {u"template_version"_qs, d.templateVersion},
                                               {u"records"_qs, d.records},
                                               {u"rows"_qs, d.rows},
                                               {u"errors"_qs, d.errors},
                                               {u"duplicates"_qs, d.duplicates}});
    }
    const QJsonObject root{
        {u"generator"_qs, u"sinergi-datagen"_qs},
        {u"generator_version"_qs, QStringLiteral(SINERGI_VERSION)},
        {u"synthetic"_qs, true},
        {u"note"_qs,
         u"Synthetic data: every name, NIK, NIB, passport and phone number is generated at random "
         u"and does not describe a real person or company."_qs},
        // A string, because JSON readers hold numbers as doubles and a 64-bit seed would lose digits.
        {u"seed"_qs, QString::number(cfg.seed)},
        {u"regency"_qs, QJsonObject{{u"code"_qs, str(world.region.regencyCode)},
                                    {u"name"_qs, str(world.region.regencyName)},
                                    {u"province"_qs, str(world.region.provinceCode)},
                                    {u"kecamatan"_qs, qint64(world.region.districts.size())}}},
        {u"period"_qs,
         QJsonObject{{u"from"_qs, cfg.from.toString(Qt::ISODate)}, {u"to"_qs, cfg.to.toString(Qt::ISODate)}}},
        {u"error_rate"_qs, cfg.errorRate},
        {u"duplicate_rate"_qs, cfg.duplicateRate},
        {u"format"_qs, u"csv"_qs},
        {u"csv"_qs, u"UTF-8, comma, CRLF, RFC 4180 quoting, header = template field names"_qs},
        {u"datasets"_qs, datasets},
        {u"ground_truth"_qs, QJsonObject{{u"file"_qs, u"ground_truth.csv"_qs},
                                         {u"rows"_qs, qint64(world.truth.entries().size())}}},
        {u"reference"_qs, QJsonObject{{u"wilayah"_qs, world.region.catalogVersion},
                                      {u"kbli_versi"_qs, QJsonArray{u"2020"_qs, u"2025"_qs}},
                                      {u"kbji"_qs, u"2014"_qs}}},
    };
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !f.flush())
        throw Error(ErrorCode::Io, u"Cannot write %1: %2"_qs.arg(path, f.errorString()));
}

} // namespace sinergi::datagen
