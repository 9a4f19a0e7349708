#pragma once

#include "datasets/FieldDef.h"

#include <QString>
#include <QVariant>

namespace sinergi::piimask {

// What a user without Permission::ViewPii sees of a PII field: a NIK keeps its first 6 digits (the
// kecamatan code, which the office's own statistics show anyway), a name its first letter, anything else
// nothing. An empty value stays empty, so a masked grid still shows which cards are incomplete.
bool isNameField(const FieldDef &field);
QString mask(const FieldDef &field, const QVariant &value);

} // namespace sinergi::piimask
