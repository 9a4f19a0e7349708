#pragma once

namespace sinergi {

// Makes sure the embedded templates, code lists and region lists (":/datasets", ":/codelists",
// ":/reference/wilayah") are registered. sinergi_core is a static library, so the linker could drop the
// resource initialiser; calling this from every loadEmbedded() keeps it. Idempotent.
void initDatasetResources();

} // namespace sinergi
