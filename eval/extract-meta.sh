#!/usr/bin/env bash
# Extracts the Readability test pages (readability-meta dev) with `slant extract` and scores headline,
# byline, published date and outlet with the shared scorer. Prints the scorer's last line.
# Pages are linked as <page>.html.gz so that the article id is the page's folder name; --min-words 0
# keeps metadata of pages whose body is short (this is a metadata evaluation).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
shared="${SLANT_SHARED:-$repo/../shared}"
data="$shared/data/readability-meta/dev"
if [ ! -d "$data" ]; then
  echo "skipped: ../shared/data not found"
  exit 0
fi
base="${SLANT_EVAL_OUT:-$repo/eval-out}"
in="$base/meta-dev-in"
out="$base/meta-dev"
rm -rf "$in" "$out"
mkdir -p "$in" "$out"
for d in "$data"/*/; do
  page="$(basename "$d")"
  [ -f "$d/source.html.gz" ] && ln -s "$d/source.html.gz" "$in/$page.html.gz"
done
"${SLANT:-$repo/slant}" extract --in "$in" --out "$out" --min-words 0 >&2
python3 "$shared/eval/meta_score.py" --gold "$data" --pred "$out" --json "$out.score.json" "$@" | tail -n 1
