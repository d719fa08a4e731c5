#!/usr/bin/env bash
# Builds Release in build-bench and runs the scale benchmarks, printing a results table.
#   tests/benchmarks/run.sh [--products N] [--passes N] ...   (options go to bench_catalog)
#   tests/benchmarks/run.sh cel [--seconds S] [--runs N]       (CEL: Tessera vs the JS engines)
#   tests/benchmarks/run.sh check [--products N] [--runs N]    (a full policy check, 50 policies;
#                                                               also without explanations, and whole)
# Environment: BUILD_DIR (default build-bench), JOBS (default 1), BENCH_DIR (catalog folder).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${BUILD_DIR:-$root/build-bench}"
jobs="${JOBS:-1}"
work="${BENCH_DIR:-$build/bench-data}"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTESSERA_BENCHMARKS=ON >/dev/null

machine() {
    echo "Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1)," \
         "$(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB RAM," \
         "$(. /etc/os-release && echo "$PRETTY_NAME"), Qt $(qtpaths6 --qt-version 2>/dev/null || echo '?')"
    echo "Commit: $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet || echo ' (with local changes)')," \
         "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
}

if [[ "${1:-}" == cel ]]; then
    # The same three expression classes on the same sample documents, compiled once and
    # evaluated many times, single-threaded, by Tessera and by the two JavaScript engines
    # (installed into a temporary folder, never into the source tree).
    shift
    seconds=0.5
    runs=5
    while [[ $# -gt 0 ]]; do
        case "$1" in
            --seconds) seconds="$2"; shift 2 ;;
            --runs) runs="$2"; shift 2 ;;
            *) echo "unknown option for cel: $1" >&2; exit 2 ;;
        esac
    done
    cmake --build "$build" -j"$jobs" --target bench_cel
    sample="$root/resources/sample/retail-mesh.json"
    js="$(mktemp -d)"
    trap 'rm -rf "$js"' EXIT
    cp "$root/tests/benchmarks/cel-js/package.json" "$root/tests/benchmarks/cel-js/bench.mjs" "$js/"
    (cd "$js" && npm install --no-audit --no-fund --silent >/dev/null)
    results="$build/bench-cel-results.md"
    tessera="$js/tessera.tsv"
    javascript="$js/js.tsv"
    "$build/tests/benchmarks/bench_cel" --sample "$sample" --seconds "$seconds" --runs "$runs" >"$tessera"
    node "$js/bench.mjs" "$sample" "$seconds" "$runs" >"$javascript"
    {
        echo "# Tessera CEL vs JavaScript CEL engines, $(date -u +%Y-%m-%dT%H:%MZ)"
        echo
        machine
        version() { node -p "JSON.parse(require('fs').readFileSync('$js/node_modules/$1/package.json')).version"; }
        echo "Node $(node --version), @marcbachmann/cel-js $(version @marcbachmann/cel-js), @bufbuild/cel $(version @bufbuild/cel)"
        echo "Products: $(node -p "require('$sample').products.length") documents of $sample; median of $runs runs of ${seconds}s"
        echo
        echo "| Class | Expression | True for | Tessera evals/s | @marcbachmann/cel-js evals/s | @bufbuild/cel evals/s | Tessera / fastest JS |"
        echo "|---|---|---|---:|---:|---:|---:|"
        while IFS=$'\t' read -r name rate trues expression; do
            marc=$(awk -F'\t' -v n="$name" '$1 == "@marcbachmann/cel-js" && $2 == n {print $3}' "$javascript")
            buf=$(awk -F'\t' -v n="$name" '$1 == "@bufbuild/cel" && $2 == n {print $3}' "$javascript")
            # Every engine must agree on the results, or the comparison means nothing.
            agree=$(awk -F'\t' -v n="$name" -v t="$trues" '$2 == n && $4 != t {bad = 1} END {print bad ? "engines DISAGREE" : "all engines agree"}' "$javascript")
            ratio=$(awk -v t="$rate" -v a="$marc" -v b="$buf" 'BEGIN {m = a > b ? a : b; printf "%.1f×", t / m}')
            printf '| %s | `%s` | %s products (%s) | %s | %s | %s | %s |\n' "$name" "$expression" "$trues" "$agree" \
                "$(printf "%'d" "$rate")" "$(printf "%'d" "$marc")" "$(printf "%'d" "$buf")" "$ratio"
        done <"$tessera"
    } | tee "$results"
    echo
    echo "Saved to $results" >&2
    exit 0
fi

if [[ "${1:-}" == check ]]; then
    # 50 policies over a synthetic catalog read from SQLite; the catalog is generated once into
    # the data folder and reused by later runs.
    shift
    products=100000
    runs=3
    while [[ $# -gt 0 ]]; do
        case "$1" in
            --products) products="$2"; shift 2 ;;
            --runs) runs="$2"; shift 2 ;;
            *) echo "unknown option for check: $1" >&2; exit 2 ;;
        esac
    done
    cmake --build "$build" -j"$jobs" --target bench_check
    mkdir -p "$work"
    results="$build/bench-check-results.md"
    {
        echo "# Tessera policy check, $(date -u +%Y-%m-%dT%H:%MZ)"
        echo
        machine
        echo
        echo '```'
        "$build/tests/benchmarks/bench_check" "$products" "$runs" --catalog "$work/check-$products.tessera"
        echo "# what the explanations of failures cost, and what reading only what the policies read saves:"
        "$build/tests/benchmarks/bench_check" "$products" "$runs" --no-explain --catalog "$work/check-$products.tessera" | tail -1
        "$build/tests/benchmarks/bench_check" "$products" "$runs" --whole --catalog "$work/check-$products.tessera" | tail -1
        "$build/tests/benchmarks/bench_check" "$products" 3 --convert --catalog "$work/check-$products.tessera"
        echo '```'
    } | tee "$results"
    echo
    echo "Saved to $results" >&2
    exit 0
fi

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
    machine
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
