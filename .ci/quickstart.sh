#!/usr/bin/env bash
# Tessera quick start on Debian 12: installs what is missing, builds, then either
# launches the studio on the bundled sample catalog ("run") or runs the whole test
# suite through ctest ("test").
set -euo pipefail

mode="${1:-}"
case "$mode" in
    run|test) ;;
    *) echo "usage: bash .ci/quickstart.sh run|test" >&2; exit 2 ;;
esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TESSERA_BUILD_DIR:-$root/build}"

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-httpserver-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6opengl6-dev libqt6sql6-sqlite
    libqt6svg6 qt6-qpa-plugins
    libsqlite3-dev sqlite3 nlohmann-json3-dev libyaml-cpp-dev libre2-dev libgraphviz-dev libpq-dev
    xvfb xauth
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTESSERA_WERROR="$werror"
cmake --build "$build" --parallel "$(nproc)"

if [ "$mode" = "run" ]; then
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: starting the studio in a virtual X server (xvfb-run)." >&2
        exec xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/tessera/tessera" "${@:2}"
    fi
    exec "$build/app/tessera/tessera" "${@:2}"
fi

# Tests: offscreen widgets, a private runtime dir, no user settings touched.
export QT_QPA_PLATFORM=offscreen
XDG_RUNTIME_DIR="$(mktemp -d)"
export XDG_RUNTIME_DIR
chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
ctest --test-dir "$build" --output-on-failure --timeout 600 --parallel "$(nproc)"
