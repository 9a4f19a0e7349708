#pragma once

#include <QString>

#include <optional>

namespace sinergi {

// The value kinds a template field may have. Kept deliberately small: anything richer (a code that
// depends on another field, a NIK that must agree with the birth date) is a named rule, not a type.
enum class FieldType { Text, Integer, Decimal, Date, Bool, Code, Nik, Phone, Email };

// The spelling used in template JSON ("text", "integer", ...).
QString fieldTypeName(FieldType type);
std::optional<FieldType> fieldTypeFromName(const QString &name);

} // namespace sinergi
