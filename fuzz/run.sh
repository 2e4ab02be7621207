#!/usr/bin/env bash
# Runs every deboil fuzz target for SECONDS each (default 60), one after the other.
#
#   fuzz/run.sh 600                 # ten minutes per target
#   fuzz/run.sh 3600 words jsonl    # an hour each, two targets only
#   FUZZ_JOBS=2 fuzz/run.sh 600     # two libFuzzer processes per target
#
# Needs a nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`). New inputs go to
# fuzz/corpus/<target> (git-ignored), crashes to fuzz/artifacts/<target>; the committed
# starting points are the seed articles (seeds/) and hand-written cases (fuzz/seeds/). A
# crash stops the script with libFuzzer's report and a non-zero status: turn the artifact
# into a regression case under tests/data/fuzz/<target>/ (replayed by tests/fuzz_finds.rs).
set -euo pipefail
secs=${1:-60}
shift || true
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  # Listed first into a variable, so that a failing `cargo fuzz` (not installed, no nightly)
  # stops the script instead of leaving an empty list that fuzzes nothing.
  listed=$(cargo +nightly fuzz list --fuzz-dir "$here")
  mapfile -t targets <<<"$listed"
fi
if [ ${#targets[@]} -eq 0 ] || [ -z "${targets[0]}" ]; then
  echo "fuzz/run.sh: no fuzz targets found" >&2
  exit 1
fi
jobs=${FUZZ_JOBS:-1}
for t in "${targets[@]}"; do
  case "$t" in
    jsonl) seeds=("$here/seeds/jsonl") ;;
    *) seeds=("$here/seeds/text" "$here/../seeds") ;;
  esac
  mkdir -p "corpus/$t"
  echo "== fuzz $t for ${secs}s"
  extra=()
  if [ "$jobs" -gt 1 ]; then extra=(-fork="$jobs"); fi
  cargo +nightly fuzz run --fuzz-dir "$here" "$t" "corpus/$t" "${seeds[@]}" -- \
    -max_total_time="$secs" -max_len=16384 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 "${extra[@]}"
done
