#pragma once

#include <QDate>

#include <memory>
#include <string>

namespace sinergi::datagen {

class DatasetSink;
class Rng;
struct Occupation;
struct Person;
struct World;

// penempatan.csv, written while the job seekers stream: a placed job seeker gets exactly one placement,
// dated on or after registration. AKL (85 %) goes through an open vacancy with room for that sex,
// education and age when one is found, else directly to a local employer; AKAD (10 %) to another
// province; AKAN (5 %) abroad with a destination country.
class PlacementMaker
{
public:
    explicit PlacementMaker(World &world);
    ~PlacementMaker();

    // Writes the placement row and returns its date (the job seeker's status date).
    QDate place(const Person &person, const std::string &registration, const QDate &registered,
                const Occupation &desired);
    void finish();

private:
    int findVacancy(const Person &person, const QDate &registered);
    void writeCommon(const std::string &registration, const char *type, const QDate &date);

    World &m_world;
    std::unique_ptr<Rng> m_rng;
    std::unique_ptr<DatasetSink> m_sink;
    int m_cRegistration, m_cVacancy, m_cType, m_cDate, m_cProvince, m_cCountry, m_cNib, m_cEmployer, m_cTitle,
        m_cKbji, m_cWage;
};

} // namespace sinergi::datagen
