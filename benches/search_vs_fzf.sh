#!/usr/bin/env bash
# Whole-process search: `regioprofielen search` against `fzf --filter` over the same text,
# side by side in one run (hyperfine, medians). Installs fzf and hyperfine when missing.
#
#   bash benches/search_vs_fzf.sh [QUERY...]
#
# Fairness: fzf reads its text from stdin and hyperfine 1.15 has no `--input`, so fzf needs a
# shell for the redirection. Hyperfine's subtraction of the shell's start-up time is
# inaccurate below 5 ms, so instead nothing is subtracted (`-N`) and BOTH commands run through
# the same `sh -c 'exec …'`: each pays exactly one shell start (reported separately as
# `sh -c true`), and `exec` makes the measured process the program itself.
set -euo pipefail
cd "$(dirname "$0")/.."

need() {
  command -v "$1" >/dev/null 2>&1 && return
  if command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && apt-get install -y -qq "$1") >/dev/null 2>&1 || true
  fi
  command -v "$1" >/dev/null 2>&1 || { echo "missing: $1 (install it and run again)" >&2; exit 1; }
}
need fzf
need hyperfine

cargo build --release --quiet --bin regioprofielen
bin=$PWD/target/release/regioprofielen
# A binary written just now is still being flushed to disk for a while; that must not land
# in the first measurements.
sync
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The same text for both: the whole dataset as Markdown, one line per paragraph or list item.
"$bin" export --format md | grep -v '^\s*$' > "$work/corpus.txt"
echo "corpus: $(wc -l < "$work/corpus.txt") lines, $(wc -c < "$work/corpus.txt") bytes"
echo "machine: $(nproc) cores; $("$bin" --version 2>/dev/null || true); fzf $(fzf --version | cut -d' ' -f1); $(hyperfine --version)"

runs=${RUNS:-200}
echo "target: ours at most half of fzf's time (medians, both through sh -c)"
queries=("$@")
[ ${#queries[@]} -gt 0 ] || queries=(hengelo "den bosch" internationalisering enschde)
for q in "${queries[@]}"; do
  # Single quotes inside a query would break the shell line; the default queries have none.
  hyperfine -N --warmup 20 --runs "$runs" --style none --export-json "$work/r.json" \
    -n "sh -c true" "sh -c true" \
    -n "regioprofielen search '$q'" "sh -c 'exec $bin search --limit 10 \"$q\" > /dev/null'" \
    -n "fzf --filter '$q'" "sh -c 'exec fzf --filter \"$q\" < $work/corpus.txt > /dev/null'" \
    >/dev/null 2>&1
  python3 - "$work/r.json" <<'PY'
import json, sys, statistics
r = json.load(open(sys.argv[1]))["results"]
sh, ours, fzf = (statistics.median(x["times"]) * 1000 for x in r)
print(f"{r[1]['command']:<42} median {ours:6.2f} ms")
print(f"{r[2]['command']:<42} median {fzf:6.2f} ms")
print(f"{'  (sh -c true alone':<42} median {sh:6.2f} ms)")
ratio = ours / fzf
verdict = "met" if ratio <= 0.5 else "MISSED"
print(f"  ratio ours/fzf = {ratio:.2f} ({verdict})   without the shell: {(ours - sh) / (fzf - sh):.2f}")
PY
done
