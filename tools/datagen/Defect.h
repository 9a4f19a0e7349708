#pragma once

#include <functional>
#include <string>
#include <vector>

namespace sinergi::datagen {

class Rng;
using Cells = std::vector<std::string>; // one row, in template field order

// One kind of injected error. Every kind is chosen so that the shipped validators detect it (a field
// check or a template rule), which lets the tests demand exact agreement with the ground truth.
struct Defect
{
    const char *kind; // stable name written to ground_truth.csv, e.g. "nik_sex_mismatch"
    int column;       // the field it lands in
    std::function<void(Cells &, Rng &)> apply;
    std::function<bool(const Cells &)> applies = {}; // empty: always applicable
};

} // namespace sinergi::datagen
