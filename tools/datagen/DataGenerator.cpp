#include "DataGenerator.h"

#include "EmployedGenerator.h"
#include "EmployerGenerator.h"
#include "ForeignWorkerGenerator.h"
#include "JobSeekerGenerator.h"
#include "Manifest.h"
#include "TrainingGenerator.h"
#include "VacancyGenerator.h"
#include "common/Error.h"
#include "datasets/RegionCatalog.h"
#include "datasets/TemplateRegistry.h"

#include <QDir>

#include <algorithm>

namespace sinergi::datagen {

DataGenerator::Result DataGenerator::run(DatagenConfig config)
{
    config.resolveDefaults();
    if (config.outDir.isEmpty())
        throw Error(ErrorCode::InvalidArgument, u"--out DIR is required"_qs);
    if (!QDir().mkpath(config.outDir))
        throw Error(ErrorCode::Io, u"Cannot create %1"_qs.arg(config.outDir));

    const TemplateRegistry templates = TemplateRegistry::loadEmbedded();
    World world;
    world.config = config;
    world.templates = &templates;
    {
        const RegionCatalog catalog = RegionCatalog::loadEmbedded(); // only needed to copy one regency out
        world.region = RegionInfo::load(catalog, config.regency);
    }
    world.niks = std::make_unique<NikAllocator>(world.region, PersonFactory::oldestBirth(config.from),
                                                PersonFactory::youngestBirth(config.to));
    world.people = std::make_unique<PersonFactory>(world.region, *world.niks);

    EmployerGenerator::run(world);
    VacancyGenerator::plan(world);
    JobSeekerGenerator::run(world);
    VacancyGenerator::write(world);
    TrainingGenerator::run(world);
    EmployedGenerator::run(world);
    ForeignWorkerGenerator::run(world);

    world.truth.write(QDir(config.outDir).filePath(u"ground_truth.csv"_qs));
    std::sort(world.summaries.begin(), world.summaries.end(),
              [](const DatasetSummary &a, const DatasetSummary &b) { return a.id < b.id; });
    Manifest::write(QDir(config.outDir).filePath(u"manifest.json"_qs), world);
    return {world.summaries, static_cast<long long>(world.truth.entries().size())};
}

} // namespace sinergi::datagen
