#pragma once

#include "datasets/DatasetTemplate.h"

#include <QJsonObject>

namespace sinergi::sandbox {

// A template as its records look once shared, so the project's CompiledValidator (the fast bulk path of
// RecordValidator) can check a batch: fields sent as stored keep every check; a pseudonymised field becomes
// text of 64 lower-case hex digits; a minimised field becomes its reduced form (a 4-digit year, or at most
// N characters); a withheld field is dropped (BatchValidator reports it if present); rules that read
// anything but fields sent as stored are dropped, because they cannot judge a pseudonym or a year.
// Throws sinergi::Error when the result does not parse (a template whose natural key is withheld, say).
DatasetTemplate sharedTemplateView(const DatasetTemplate &tpl, const QJsonObject &templateJson);

} // namespace sinergi::sandbox
