#pragma once

#include <QString>

// sinergi-bench dashboard: the dashboard aggregates (issue 5) over the report benchmarks' store (N job
// seekers, N/10 vacancies, N/5 placements, built once by reportBenchStore): every aggregate of one month,
// with and without a kecamatan filter, and the click-through ids of the largest bucket, from a snapshot
// already in memory. Then runs sinergi-bench-dashboard-ui (beside this executable, offscreen) for the page's
// filter change → repaint.
int benchDashboard(int runs, int seekers, const QString &cacheDir);
