#!/usr/bin/env bash
# What the validation after `sinergi-cli import` costs: whole-process time of importing the job seekers of a
# sinergi-datagen folder into a fresh store, with the validation (default) and with --no-validate, alternating,
# RUNS times each. Usage: tools/bench/import_validate.sh <build dir> <datagen folder> [runs, default 3]
set -euo pipefail
build="${1:?usage: $0 <build dir> <datagen folder> [runs]}"
data="${2:?usage: $0 <build dir> <datagen folder> [runs]}"
runs="${3:-3}"
cli="$build/app/cli/sinergi-cli"
export SINERGI_TEST_FAST_KDF=1 # the store is thrown away; key derivation is not what is measured
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for ((i = 0; i < runs; ++i)); do
  for mode in validate no-validate; do
    store="$work/$mode-$i"
    printf 'bench-pass-12345\nbench-pass-12345\n' |
      "$cli" init --store "$store" --admin admin --name Bench --password-stdin >/dev/null
    extra=()
    [ "$mode" = no-validate ] && extra=(--no-validate)
    start=$(date +%s.%N)
    printf 'bench-pass-12345\n' | "$cli" import pencari_kerja "$data/pencari_kerja.csv" --store "$store" \
      --user admin --password-stdin "${extra[@]}" >/dev/null 2>&1 || true # exit 5 = rows rejected
    end=$(date +%s.%N)
    echo "$mode $(echo "$end - $start" | bc) s"
    rm -rf "$store"
  done
done
