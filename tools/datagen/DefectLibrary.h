#pragma once

#include "Defect.h"

#include <string>

namespace sinergi::datagen::defects {

// Building blocks for each dataset's defect list. Each one produces a value the shipped validators
// reject: FieldValidator checks (required, type, pattern, range, length, code, nik_format, phone,
// email) or a template rule (nik_consistency, date_order, aki_expiry, required_if, reference_exists).
Defect missingRequired(int column);
Defect badDate(int column);                   // 2024-02-30, 12/03/2024 or 2024-3-5
Defect nikSexMismatch(int sexColumn);         // L <-> P, NIK unchanged
Defect nikBirthDateMismatch(int birthColumn); // birth date moved 1-27 days earlier
Defect nikBadFormat(int nikColumn);           // a letter O for a zero, or a digit missing
Defect fixedValue(const char *kind, int column, std::string value);
Defect dateBefore(const char *kind, int column, int referenceColumn); // 1-60 days before the reference
Defect badPhone(int column);
Defect badEmail(int column);
Defect tooLong(int column, int maxLength);
// Blank `column` on rows where `whenColumn` equals `value` (required_if).
Defect blankWhen(const char *kind, int column, int whenColumn, std::string value);
// Set `column` to `value` on rows where `whenColumn` differs from `unlessValue` (required_if only_then).
Defect setUnless(const char *kind, int column, int whenColumn, std::string unlessValue, std::string value);

} // namespace sinergi::datagen::defects
