#include "World.h"

#include "DatasetSink.h"
#include "Rng.h"
#include "common/Error.h"
#include "datasets/TemplateRegistry.h"

namespace sinergi::datagen {

std::unique_ptr<DatasetSink> World::openSink(const char *datasetId)
{
    const DatasetTemplate *tpl = templates->find(QString::fromLatin1(datasetId));
    if (!tpl)
        throw Error(ErrorCode::Internal, u"No dataset template %1"_qs.arg(QString::fromLatin1(datasetId)));
    return std::make_unique<DatasetSink>(*tpl, config.outDir, config.seed, config.errorRate,
                                         config.duplicateRate, truth);
}

void World::finishSink(DatasetSink &sink)
{
    sink.finish();
    summaries.push_back({sink.id(), sink.fileName(), sink.templateVersion(), sink.records(), sink.rows(),
                         sink.errors(), sink.duplicates()});
}

std::uint64_t World::stream(const char *name) const
{
    return Rng::streamId(name);
}

} // namespace sinergi::datagen
