#!/usr/bin/env bash
# Builds Release in build-bench and runs the scale benchmarks, printing a results table.
#   tests/benchmarks/run.sh [--products N] [--passes N] ...   (options go to bench_catalog)
# Environment: BUILD_DIR (default build-bench), JOBS (default 1), BENCH_DIR (catalog folder).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${BUILD_DIR:-$root/build-bench}"
jobs="${JOBS:-1}"
work="${BENCH_DIR:-$build/bench-data}"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTESSERA_BENCHMARKS=ON >/dev/null
targets=(bench_catalog)
if ninja -C "$build" -t targets all 2>/dev/null | grep -q '^bench_studio:'; then
    targets+=(bench_studio)
fi
cmake --build "$build" -j"$jobs" --target "${targets[@]}"

mkdir -p "$work"
# Qt warns without a runtime directory; keep a private one.
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
results="$build/bench-results.md"
{
    echo "# Tessera benchmarks, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1)," \
         "$(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB RAM," \
         "$(. /etc/os-release && echo "$PRETTY_NAME"), Qt $(qtpaths6 --qt-version 2>/dev/null || echo '?')"
    echo "Commit: $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet || echo ' (with local changes)')," \
         "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    "$build/tests/benchmarks/bench_catalog" --dir "$work" "$@"
    if [[ -x "$build/tests/benchmarks/bench_studio" && -f "$work/bench-100000.tessera" ]]; then
        echo
        QT_QPA_PLATFORM=offscreen "$build/tests/benchmarks/bench_studio" \
            --catalog "$work/bench-100000.tessera"
    fi
} | tee "$results"
echo
echo "Saved to $results" >&2
