#!/usr/bin/env bash
# Run every fuzz target (or the ones named) for SECONDS each, one at a time, and print per
# target the executions, the coverage (libFuzzer's cov and ft at the end) and the crashes.
#
#   fuzz/run.sh SECONDS [TARGET...]
#
# The committed seeds (fuzz/corpus/TARGET) are copied to fuzz/work/TARGET, which libFuzzer
# grows; crashing inputs land in fuzz/artifacts/TARGET. Exit status 1 when a target crashed
# (or failed to build). Needs the nightly toolchain and cargo-fuzz (docs/FUZZING.md).
set -uo pipefail

secs=${1:?usage: fuzz/run.sh SECONDS [TARGET...]}
shift
cd "$(dirname "$0")"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(cargo +nightly fuzz list)
fi

# No sanitizer: saale's crates forbid unsafe code, and GDAL (C++, not instrumented) links
# without ASan's interceptors; debug assertions on (integer overflow panics), optimised.
build=(-s none -a -O)
cargo +nightly fuzz build "${build[@]}" || exit 1

max_len() {
    case "$1" in
        osm_pbf | flatgeobuf | geoparquet) echo 32768 ;;
        ogc_query) echo 4096 ;;
        *) echo 65536 ;;
    esac
}

status=0
printf '%-11s %6s %12s %8s %7s %7s %s\n' target secs execs exec/s cov ft crashes
for t in "${targets[@]}"; do
    mkdir -p "work/$t" "artifacts/$t"
    cp -n corpus/"$t"/* "work/$t"/ 2>/dev/null
    before=$(find "artifacts/$t" -type f | wc -l)
    log="work/$t.log"
    cargo +nightly fuzz run "${build[@]}" "$t" "work/$t" -- \
        -max_total_time="$secs" -rss_limit_mb=2048 -max_len="$(max_len "$t")" \
        -timeout=20 -print_final_stats=1 -jobs=1 >"$log" 2>&1
    rc=$?
    # With -jobs, libFuzzer's worker writes its output to fuzz-0.log in the current directory.
    if [ -f fuzz-0.log ]; then
        cat fuzz-0.log >>"$log"
        rm -f fuzz-0.log
    fi
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    last=$(grep -E '^#[0-9]+' "$log" | grep ' cov: ' | tail -1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    after=$(find "artifacts/$t" -type f | wc -l)
    crashes=$((after - before))
    note=""
    if [ "$rc" -ne 0 ]; then
        status=1
        note=" (exit $rc, see fuzz/$log; artifacts in fuzz/artifacts/$t)"
        [ "$crashes" -eq 0 ] && crashes=1
    fi
    printf '%-11s %6s %12s %8s %7s %7s %s%s\n' "$t" "$secs" "${execs:-?}" "${rate:-?}" \
        "${cov:-?}" "${ft:-?}" "$crashes" "$note"
done
exit $status
