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

# Several short rounds, the order of the two programs alternating, pooled: the machine's
# state drifts over seconds (other work, frequency), and one long block per program would
# give that drift to one side only.
rounds=${ROUNDS:-6}
runs=${RUNS:-50}
echo "target: ours at most half of fzf's time (medians, both through sh -c); $rounds rounds of $runs runs"
queries=("$@")
[ ${#queries[@]} -gt 0 ] || queries=(hengelo "den bosch" internationalisering enschde)
for q in "${queries[@]}"; do
  ours="sh -c 'exec $bin search --limit 10 \"$q\" > /dev/null'"
  theirs="sh -c 'exec fzf --filter \"$q\" < $work/corpus.txt > /dev/null'"
  for r in $(seq "$rounds"); do
    if [ $((r % 2)) -eq 1 ]; then first=$ours; second=$theirs; else first=$theirs; second=$ours; fi
    # Single quotes inside a query would break the shell line; the default queries have none.
    hyperfine -N --warmup 10 --runs "$runs" --style none --export-json "$work/r$r.json" \
      "sh -c true" "$first" "$second" >/dev/null 2>&1
  done
  python3 - "$q" "$work"/r*.json <<'PY'
import json, sys, statistics
q, files = sys.argv[1], sys.argv[2:]
times = {}
for f in files:
    for x in json.load(open(f))["results"]:
        times.setdefault(x["command"], []).extend(x["times"])
med = {c: statistics.median(t) * 1000 for c, t in times.items()}
sh = med.pop("sh -c true")
ours = next(v for c, v in med.items() if " search " in c)
fzf = next(v for c, v in med.items() if "fzf --filter" in c)
ratio = ours / fzf
verdict = "met" if ratio <= 0.5 else "MISSED"
print(f"{'regioprofielen search ' + repr(q):<42} median {ours:6.2f} ms")
print(f"{'fzf --filter ' + repr(q):<42} median {fzf:6.2f} ms")
print(f"{'  (sh -c true alone':<42} median {sh:6.2f} ms)")
print(f"  ratio ours/fzf = {ratio:.2f} ({verdict})   without the shell: {(ours - sh) / (fzf - sh):.2f}")
with open(files[0].rsplit("/", 1)[0] + "/ratios", "a") as out:
    print(ratio, file=out)
PY
  rm -f "$work"/r*.json
done
python3 - "$work/ratios" <<'PY'
import sys
ratios = [float(x) for x in open(sys.argv[1])]
worst = max(ratios)
print(f"worst ratio over {len(ratios)} queries: {worst:.2f} ({'met' if worst <= 0.5 else 'MISSED'})")
PY
