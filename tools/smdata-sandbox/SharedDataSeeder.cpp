#include "SharedDataSeeder.h"

#include "DataGenerator.h"

#include "common/Error.h"
#include "importing/CsvReader.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTemporaryDir>

namespace sinergi::sandbox {

namespace {

const QString kTruthMeta = u"shared_truth"_qs;
const QString kPseudonymKeyMeta = u"shared_pseudonym_key"_qs;

// The month a record belongs to: its first date field that is sent as stored.
QString periodOf(const DatasetTemplate &tpl, const QHash<QString, QString> &row)
{
    for (const FieldDef &f : tpl.fields()) {
        if (f.type == FieldType::Date && f.share == SharePolicy::Send && row.value(f.name).size() >= 7)
            return row.value(f.name).left(7);
    }
    return {};
}

// The first field sent as stored that is not part of the natural key and has a value, changed so it still
// fits its type (a conflict SMData and the regency would both call valid).
QString makeConflict(const DatasetTemplate &tpl, QHash<QString, QString> &row)
{
    for (const FieldDef &f : tpl.fields()) {
        const QString v = row.value(f.name);
        if (f.share != SharePolicy::Send || tpl.naturalKey().contains(f.name) || v.isEmpty())
            continue;
        switch (f.type) {
        case FieldType::Integer:
            row[f.name] = QString::number(v.toLongLong() + 1);
            return f.name;
        case FieldType::Decimal:
            row[f.name] = QString::number(v.toDouble() + 1, 'f', 0);
            return f.name;
        case FieldType::Date: {
            const QDate d = QDate::fromString(v, Qt::ISODate);
            if (!d.isValid())
                continue;
            row[f.name] = d.addDays(-1).toString(Qt::ISODate);
            return f.name;
        }
        case FieldType::Text:
            if (f.pattern.pattern().isEmpty()) {
                row[f.name] = v.left(std::max(0, (f.maxLength ? *f.maxLength : 200) - 4)) + u" (S)"_qs;
                return f.name;
            }
            continue;
        default:
            continue;
        }
    }
    return {};
}

QJsonObject sharedRecord(const DatasetTemplate &tpl, const QHash<QString, QString> &row,
                         const QByteArray &key)
{
    QJsonObject record;
    for (const FieldDef &f : tpl.fields()) {
        const QString v = row.value(f.name);
        if (v.isEmpty())
            continue;
        switch (f.share) {
        case SharePolicy::Withhold:
            break;
        case SharePolicy::Pseudonymise:
            record.insert(
                f.name,
                QString::fromLatin1(
                    QMessageAuthenticationCode::hash(v.toUtf8(), key, QCryptographicHash::Sha256).toHex()));
            break;
        case SharePolicy::Minimise:
            record.insert(f.name,
                          f.minimiseTo == u"year"_qs ? v.left(4) : v.left(f.minimiseTo.mid(7).toInt()));
            break;
        case SharePolicy::Send:
            record.insert(f.name, v);
            break;
        }
    }
    return record;
}

} // namespace

void SharedDataSeeder::seedIfEmpty(SandboxStore &store, const TemplateCatalog &catalog,
                                   const SharedSeedOptions &options)
{
    if (options.jobSeekers <= 0 || !store.meta(kTruthMeta).isEmpty())
        return;
    QTemporaryDir dir;
    if (!dir.isValid())
        throw Error(ErrorCode::Io, u"no temporary directory for datagen"_qs);
    datagen::DatagenConfig config;
    config.outDir = dir.path();
    config.seed = options.seed;
    config.jobSeekers = options.jobSeekers;
    config.regency = options.regency;
    datagen::DataGenerator::run(config);

    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    store.setMeta(kPseudonymKeyMeta, key);
    const QString updatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

    Transaction tx(store.db());
    Statement insert = store.db().prepare(
        "INSERT INTO shared_records(dataset, seq, regency_code, period, source, source_id, kind, "
        "conflict_field,"
        " updated_at, record) VALUES(?, ?, ?, coalesce(?, ''), ?, ?, ?, coalesce(?, ''), ?, ?)");
    QJsonObject truth;
    QRandomGenerator rng(static_cast<quint32>(options.seed));
    for (const TemplateCatalog::Entry &entry : catalog.entries()) {
        const DatasetTemplate &tpl = *entry.tpl;
        const QString path = QDir(dir.path()).filePath(tpl.id() + u".csv"_qs);
        if (!QFile::exists(path))
            continue;
        CsvReader reader(path);
        const QStringList header = reader.header();
        QStringList fields;
        qint64 seq = 0, same = 0, conflicts = 0, smdataOnly = 0, regencyOnly = 0;
        auto add = [&](const QHash<QString, QString> &row, const QString &kind,
                       const QString &conflictField) {
            ++seq;
            insert.reset();
            insert.bindAll(
                tpl.id(), static_cast<std::int64_t>(seq), options.regency, periodOf(tpl, row),
                kind == u"smdata_only"_qs ? u"siapkerja"_qs : u"apbd"_qs,
                u"SK-%1-%2"_qs.arg(tpl.id().left(3).toUpper()).arg(seq, 8, 10, QChar(u'0')), kind,
                conflictField, updatedAt,
                QString::fromUtf8(QJsonDocument(sharedRecord(tpl, row, key)).toJson(QJsonDocument::Compact)));
            insert.exec();
        };
        while (reader.nextRecord(fields)) {
            QHash<QString, QString> row;
            for (qsizetype i = 0; i < header.size() && i < fields.size(); ++i)
                row.insert(header.at(i), fields.at(i));
            if (rng.generateDouble() >= options.overlap) {
                ++regencyOnly;
                continue;
            }
            const double draw = rng.generateDouble();
            QHash<QString, QString> copy = row;
            const QString changed = draw < options.conflict ? makeConflict(tpl, copy) : QString();
            if (!changed.isEmpty()) {
                add(copy, u"conflict"_qs, changed);
                ++conflicts;
            } else {
                add(row, u"same"_qs, {});
                ++same;
            }
            if (rng.generateDouble() < options.smdataOnly) {
                // Only where a key field can take another value that still fits its template.
                QHash<QString, QString> other = row;
                bool rekeyed = false;
                for (const QString &k : tpl.naturalKey()) {
                    const FieldDef *f = tpl.field(k);
                    if (f && f->type == FieldType::Text && f->pattern.pattern().isEmpty() &&
                        !other.value(k).isEmpty()) {
                        other[k] = other.value(k) + u"-SK"_qs;
                        rekeyed = true;
                    }
                }
                if (rekeyed) {
                    add(other, u"smdata_only"_qs, {});
                    ++smdataOnly;
                }
            }
        }
        truth.insert(tpl.id(), QJsonObject{{u"same"_qs, same},
                                           {u"conflict"_qs, conflicts},
                                           {u"smdata_only"_qs, smdataOnly},
                                           {u"regency_only"_qs, regencyOnly}});
    }
    store.setMeta(u"shared_snapshot"_qs, updatedAt.toUtf8());
    store.setMeta(kTruthMeta, QJsonDocument(truth).toJson(QJsonDocument::Compact));
    tx.commit();
}

QJsonObject SharedDataSeeder::truth(SandboxStore &store)
{
    return QJsonDocument::fromJson(store.meta(kTruthMeta)).object();
}

} // namespace sinergi::sandbox
