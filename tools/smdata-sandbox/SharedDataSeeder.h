#pragma once

#include "SandboxStore.h"
#include "TemplateCatalog.h"

#include <QJsonObject>
#include <QString>

namespace sinergi::sandbox {

// What SMData "already knows" about a regency, for reconciliation tests and workshops (protocol section
// 10). The sandbox runs datagen with the seed and size the regency used for its own data, so both sides
// start from the same records, then makes the differences on purpose:
//   same         an overlapping record, identical in every shared field;
//   conflict     an overlapping record with one shared, non-key field changed (the field is remembered);
//   smdata_only  a copy of an overlapping record under another natural key (registered via SIAPkerja);
//   regency_only a record of the regency that SMData does not have (counted; not stored).
// The counts per dataset are kept so a test can check a reconciliation against the truth.
struct SharedSeedOptions
{
    qint64 jobSeekers = 0; // 0: no shared data
    quint64 seed = 42;     // datagen's default seed
    QString regency = QStringLiteral("33.73");
    double overlap = 0.8;
    double conflict = 0.05;
    double smdataOnly = 0.1;
};

class SharedDataSeeder
{
public:
    // Seeds once: does nothing when the file already holds shared data. Throws sinergi::Error.
    static void seedIfEmpty(SandboxStore &store, const TemplateCatalog &catalog,
                            const SharedSeedOptions &options);
    // {dataset: {same, conflict, smdata_only, regency_only}} as seeded.
    static QJsonObject truth(SandboxStore &store);
};

} // namespace sinergi::sandbox
