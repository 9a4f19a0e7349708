#pragma once

#include <QString>

// sinergi-bench ipk: the IPK tables (issue 5) over a synthetic regency of N job seekers, N/10 vacancies and
// N/5 placements from sinergi-datagen, imported once into a store kept in `cacheDir` (reused by later
// runs). Measures reading the snapshot from the store and computing a month, a year and a kecamatan filter.
int benchReports(int runs, int seekers, const QString &cacheDir);

// The store the report benchmarks share (built on first use, then reused): its folder, empty on failure.
// The dashboard benchmarks read it too.
QString reportBenchStore(int seekers, const QString &cacheDir);
QString reportBenchPassword();
