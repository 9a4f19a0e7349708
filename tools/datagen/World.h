#pragma once

#include "DatagenConfig.h"
#include "GroundTruth.h"
#include "NikAllocator.h"
#include "Person.h"
#include "PersonFactory.h"
#include "RegionInfo.h"

#include <QDate>

#include <memory>
#include <string>
#include <vector>

namespace sinergi {
class TemplateRegistry;
}

namespace sinergi::datagen {

class DatasetSink;

struct Employer
{
    std::string nib;
    std::string name;
    const Activity *activity = nullptr;
    std::string kbliVersion; // "2020" or "2025"
    char section = 'C';      // in that version
    int district = 0;
    int workers = 0;
};

struct Vacancy
{
    std::string number;
    int employer = 0;
    const Occupation *occupation = nullptr;
    QDate open;
    QDate close;
    int needMale = 0;
    int needFemale = 0;
    int needEither = 0;
    int filledMale = 0;
    int filledFemale = 0;
    int maleUsed = 0; // sex-specific slots taken
    int femaleUsed = 0;
    int eitherUsed = 0; // "either sex" slots taken
    QDate lastFilled;
    Edu minEdu = Edu::SMA;
    int ageMin = 18;
    int ageMax = 35;
    long long wage = 0;
};

// A job seeker picked while streaming job seekers to also appear as a training participant.
struct Trainee
{
    Person person;
    std::string registration; // no_pendaftaran
    QDate registered;
};

struct DatasetSummary
{
    std::string id;
    QString file;
    int templateVersion = 0;
    long long records = 0;
    long long rows = 0;
    long long errors = 0;
    long long duplicates = 0;
};

// Everything the dataset generators share: the configuration, the regency, the reference data, the
// people factory (one NIK space for all files) and the records later datasets point to.
struct World
{
    DatagenConfig config;
    RegionInfo region;
    const TemplateRegistry *templates = nullptr;
    GroundTruth truth;
    std::unique_ptr<NikAllocator> niks;
    std::unique_ptr<PersonFactory> people;
    std::vector<Employer> employers;
    std::vector<Vacancy> vacancies;
    std::vector<Trainee> trainees;
    std::vector<DatasetSummary> summaries;

    std::unique_ptr<DatasetSink> openSink(const char *datasetId);
    // Closes the file and keeps its counts for the manifest.
    void finishSink(DatasetSink &sink);
    std::uint64_t stream(const char *name) const;
};

} // namespace sinergi::datagen
