#pragma once

#include <QString>

namespace sinergi::datagen {

struct World;

// manifest.json: seed, options, counts per dataset, template and reference-data versions. No timestamp
// or host name, so that the same seed gives a byte-identical manifest too.
class Manifest
{
public:
    static void write(const QString &path, const World &world);
};

} // namespace sinergi::datagen
