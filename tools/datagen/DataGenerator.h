#pragma once

#include "DatagenConfig.h"
#include "World.h"

#include <vector>

namespace sinergi::datagen {

// Runs every dataset generator in a fixed order (employers, vacancies, job seekers + placements,
// training, employed population, foreign workers), then writes ground_truth.csv and manifest.json.
// Throws sinergi::Error on bad options or I/O failure.
class DataGenerator
{
public:
    struct Result
    {
        std::vector<DatasetSummary> datasets;
        long long groundTruthRows = 0;
    };

    static Result run(DatagenConfig config);
};

} // namespace sinergi::datagen
