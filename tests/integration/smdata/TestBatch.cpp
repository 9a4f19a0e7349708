#include "TestBatch.h"

#include "CsvTable.h"
#include "DataGenerator.h"

#include "datasets/TemplateRegistry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QUuid>

using namespace sinergi;

namespace {

const QStringList kDatasets{u"lowongan"_qs, u"pencari_kerja"_qs, u"penempatan"_qs};

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// What leaves the machine under a field's sharing policy (section 7.1 of the protocol).
std::optional<QJsonValue> shared(const FieldDef &field, const QString &value)
{
    if (value.isEmpty() || field.share == SharePolicy::Withhold)
        return std::nullopt;
    switch (field.share) {
    case SharePolicy::Pseudonymise:
        return QString::fromLatin1(
            QMessageAuthenticationCode::hash(value.toUtf8(), "test pseudonym key", QCryptographicHash::Sha256)
                .toHex());
    case SharePolicy::Minimise:
        if (field.minimiseTo == u"year"_qs)
            return value.left(4);
        return value.left(field.minimiseTo.mid(7).toInt());
    default:
        return value;
    }
}

} // namespace

TestBatch TestBatch::fromDatagen(const QString &dir, int jobSeekers, qint64 partSize, const QString &period)
{
    datagen::DatagenConfig config;
    config.outDir = dir;
    config.seed = 6;
    config.jobSeekers = jobSeekers;
    datagen::DataGenerator::run(config);

    const TemplateRegistry templates = TemplateRegistry::loadEmbedded();
    TestBatch batch;
    batch.period = period;
    for (const QString &id : kDatasets) {
        const DatasetTemplate *tpl = templates.find(id);
        const CsvTable table = CsvTable::read(QDir(dir).filePath(id + u".csv"_qs));
        qint64 count = 0;
        for (qsizetype row = 0; row < table.rows().size(); ++row) {
            QJsonObject record;
            for (const FieldDef &field : tpl->fields()) {
                if (table.column(field.name) < 0)
                    continue;
                if (const std::optional<QJsonValue> v = shared(field, table.value(row, field.name)))
                    record.insert(field.name, *v);
            }
            batch.content += QJsonDocument(QJsonObject{{u"dataset"_qs, id}, {u"record"_qs, record}})
                                 .toJson(QJsonDocument::Compact) +
                             '\n';
            ++count;
        }
        batch.datasetCounts.insert(id, count);
        batch.records += count;
    }
    batch.rebuild(partSize);
    return batch;
}

QStringList TestBatch::lines() const
{
    QStringList list = QString::fromUtf8(content).split(u'\n');
    if (!list.isEmpty() && list.last().isEmpty())
        list.removeLast();
    return list;
}

TestBatch TestBatch::withLine(qsizetype lineIndex, const QByteArray &line) const
{
    TestBatch copy = *this;
    QStringList all = lines();
    all[lineIndex] = QString::fromUtf8(line);
    copy.content = all.join(u'\n').toUtf8() + '\n';
    copy.rebuild(manifest.value(u"part_size"_qs).toInteger());
    return copy;
}

void TestBatch::rebuild(qint64 partSize, bool keepId)
{
    if (!keepId || id.isEmpty())
        id = QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
    parts.clear();
    QJsonArray partList;
    for (qint64 offset = 0, index = 0; offset < content.size(); offset += partSize, ++index) {
        const QByteArray part = content.mid(offset, partSize);
        parts << part;
        partList.append(
            QJsonObject{{u"index"_qs, index}, {u"bytes"_qs, part.size()}, {u"sha256"_qs, sha256Hex(part)}});
    }
    QJsonArray datasets;
    for (const QString &dataset : kDatasets) {
        datasets.append(QJsonObject{{u"dataset_id"_qs, dataset},
                                    {u"template_version"_qs, 1},
                                    {u"records"_qs, datasetCounts.value(dataset).toInteger()}});
    }
    manifest = QJsonObject{{u"protocol"_qs, 1},
                           {u"batch_id"_qs, id},
                           {u"regency_code"_qs, u"33.73"_qs},
                           {u"period"_qs, period},
                           {u"created_at"_qs, u"2026-01-05T08:00:00Z"_qs},
                           {u"datasets"_qs, datasets},
                           {u"part_size"_qs, partSize},
                           {u"total_bytes"_qs, content.size()},
                           {u"content_sha256"_qs, sha256Hex(content)},
                           {u"parts"_qs, partList}};
    manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
}
