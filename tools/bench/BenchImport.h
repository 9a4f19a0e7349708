#include <QString>

#pragma once

// sinergi-bench import: Sinergi's importer against the sqlcipher CLI's .import on the same CSV.
int benchImport(int runs, long long rows, const QString &csvPath);
