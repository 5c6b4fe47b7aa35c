#!/usr/bin/env bash
# Whole-process search: `regioprofielen search` against `fzf --filter` over the same text,
# side by side in one run (hyperfine, medians). Installs fzf and hyperfine when missing.
#
#   bash benches/search_vs_fzf.sh [QUERY...]
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

cargo build --release --quiet
bin=target/release/regioprofielen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The same text for both: the whole dataset as Markdown, one line per paragraph or list item.
"$bin" export --format md | grep -v '^\s*$' > "$work/corpus.txt"
echo "corpus: $(wc -l < "$work/corpus.txt") lines, $(wc -c < "$work/corpus.txt") bytes"

queries=("$@")
[ ${#queries[@]} -gt 0 ] || queries=(hengelo "den bosch" internationalisering enschde)
for q in "${queries[@]}"; do
  # hyperfine runs both through the shell and subtracts the shell's own start-up time.
  hyperfine --warmup 5 --runs 50 --style basic --export-json "$work/r.json" \
    -n "regioprofielen search '$q'" "$bin search --limit 10 '$q'" \
    -n "fzf --filter '$q'" "fzf --filter '$q' < $work/corpus.txt" >/dev/null
  python3 - "$work/r.json" <<'PY'
import json, sys, statistics
r = json.load(open(sys.argv[1]))["results"]
ours, fzf = (statistics.median(x["times"]) * 1000 for x in r)
print(f"{r[0]['command']:<48} median {ours:7.2f} ms")
print(f"{r[1]['command']:<48} median {fzf:7.2f} ms   ratio ours/fzf = {ours / fzf:.2f}")
PY
done
