#!/usr/bin/env bash
# Runs every benchmark of the foundation and prints the figures that go into BENCHMARKS.md.
# Usage: tools/bench/run.sh [build-dir]     (make bench)
set -euo pipefail
BUILD=${1:-build}
RUNS=${RUNS:-7}
cd "$(dirname "$0")/../.."
echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -sr)"
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"

# 1. Unlock: Argon2id with calibrated parameters + opening the SQLCipher store (in-process, median).
"$BUILD/tools/bench/sinergi-bench" unlock --runs "$RUNS"

# 2. sinergi-cli --version, whole process (hyperfine median).
hyperfine -N --style none --warmup 3 --runs 30 --export-json /tmp/sinergi-bench-cli.json \
  "$BUILD/app/cli/sinergi-cli --version" >/dev/null
python3 -c "import json;r=json.load(open('/tmp/sinergi-bench-cli.json'))['results'][0];print('cli_version runs=%d median_ms=%.1f min_ms=%.1f max_ms=%.1f'%(len(r['times']),r['median']*1e3,r['min']*1e3,r['max']*1e3))"

# 3. Cold start of the GUI to a painted log-in window, offscreen, against an existing store.
STORE=$(mktemp -d)
printf 'Bench-Password-2026\nBench-Password-2026\n' | SINERGI_TEST_FAST_KDF=1 \
  "$BUILD/app/cli/sinergi-cli" init --store "$STORE/store" --admin admin --password-stdin >/dev/null
QT_QPA_PLATFORM=offscreen hyperfine -N --style none --warmup 2 --runs 20 --export-json /tmp/sinergi-bench-gui.json \
  "$BUILD/app/sinergi --store $STORE/store --quit-when-ready" >/dev/null
python3 -c "import json;r=json.load(open('/tmp/sinergi-bench-gui.json'))['results'][0];print('gui_cold_start_offscreen runs=%d median_ms=%.1f min_ms=%.1f max_ms=%.1f'%(len(r['times']),r['median']*1e3,r['min']*1e3,r['max']*1e3))"
# The same against a real X server (Xvfb, xcb platform plugin, fonts, window manager-less).
xvfb-run -a env QT_QPA_PLATFORM=xcb hyperfine -N --style none --warmup 2 --runs 20 --export-json /tmp/sinergi-bench-gui-x.json \
  "$BUILD/app/sinergi --store $STORE/store --quit-when-ready" >/dev/null
python3 -c "import json;r=json.load(open('/tmp/sinergi-bench-gui-x.json'))['results'][0];print('gui_cold_start_xvfb runs=%d median_ms=%.1f min_ms=%.1f max_ms=%.1f'%(len(r['times']),r['median']*1e3,r['min']*1e3,r['max']*1e3))"
rm -rf "$STORE"
"$BUILD/tools/bench/sinergi-bench" regions --runs "$RUNS"
DG=$(mktemp -d); hyperfine --style none --warmup 1 --runs 3 --export-json /tmp/sinergi-bench-datagen.json "$BUILD/tools/datagen/sinergi-datagen --seed 42 --job-seekers 1000000 --out $DG" >/dev/null && python3 -c "import json;r=json.load(open('/tmp/sinergi-bench-datagen.json'))['results'][0];print('datagen job_seekers=1000000 rows=2027498 runs=%d median_ms=%.1f min_ms=%.1f max_ms=%.1f'%(len(r['times']),r['median']*1e3,r['min']*1e3,r['max']*1e3))"; rm -rf "$DG"
# 4. Import of 1M job seekers: Sinergi vs the sqlcipher shell .import, same CSV, same run (needs sqlcipher).
"$BUILD/tools/bench/sinergi-bench" import --rows 1000000 --runs 3
# 5. Record grid at 1M job seekers: first page, count, jump to end, sort, filters, scroll peak RSS (in-process).
"$BUILD/tools/bench/sinergi-bench" grid --rows 1000000 --runs 3
# 6. Full validation of 1M job seekers on the job's own thread, with the GUI thread's longest stall.
"$BUILD/tools/bench/sinergi-bench" validate --rows 1000000 --runs 3
# 7. SMData (issue 6): build and submit one month's batch of ~100,000 records to the sandbox over HTTPS on
#    loopback; then a submission cut halfway through and resumed by a new client.
"$BUILD/tools/bench/sinergi-bench" smdata --records 100000 --runs 3
