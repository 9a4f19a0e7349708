#!/usr/bin/env bash
# Renders the main windows offscreen, in Indonesian, into docs/screenshots/*.png.
# Usage: tools/screenshots.sh <build dir> [language: id|en]
set -euo pipefail
build="${1:?usage: $0 <build dir> [id|en]}"
language="${2:-id}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/docs/screenshots"
[ "$language" = id ] || out="$out/$language"

cmake --build "$build" --target sinergi-screenshots
mkdir -p "$out"
# Offscreen needs no display; the fast KDF keeps the sample store quick to create (it is thrown away).
export QT_QPA_PLATFORM=offscreen SINERGI_TEST_FAST_KDF=1
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
"$build/tests/gui/sinergi-screenshots" "$out" "$language"
