#!/usr/bin/env bash
# Idempotent set-up of every build and test dependency on Debian 12 (bookworm).
# Fast no-op when everything is installed: we ask dpkg first and only touch apt when something is missing.
set -euo pipefail

MAIN_PKGS=(
  g++ cmake ninja-build pkg-config make
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-svg-dev libxkbcommon-dev libsodium-dev libzip-dev libxlsxwriter-dev
  libssl-dev zlib1g-dev  # smdata-sandbox certificate (libcrypto); gzip bodies of the SMData protocol
  qt6-qpa-plugins xvfb xauth fonts-dejavu-core poppler-utils hyperfine
  clang libclang-rt-14-dev  # libFuzzer targets (preset "fuzz", tests/fuzz)
)
# SQLCipher 4.x only exists in bookworm-backports (bookworm itself ships 3.4.1).
BACKPORT_PKGS=(libsqlcipher-dev sqlcipher)

missing() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
  done
}

sqlcipher_is_v4() {
  local v
  v=$(dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null || true)
  [[ -n "$v" ]] && dpkg --compare-versions "$v" ge 4
}

main_missing=$(missing "${MAIN_PKGS[@]}")
bp_missing=$(missing "${BACKPORT_PKGS[@]}")
if [[ -z "$main_missing" && -z "$bp_missing" ]] && sqlcipher_is_v4; then
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi

BP=/etc/apt/sources.list.d/bookworm-backports.sources
if [[ ! -f $BP ]]; then
  $SUDO tee "$BP" >/dev/null <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
if [[ -n "$main_missing" ]]; then
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -qq --no-install-recommends $main_missing
fi
$SUDO apt-get install -y -qq --no-install-recommends -t bookworm-backports "${BACKPORT_PKGS[@]}"
