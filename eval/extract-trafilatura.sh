#!/usr/bin/env bash
# Extracts trafilatura's multilingual evaluation pages with `slant extract` (raw bytes, charset
# detected per page) and scores them with the shared snippet scorer. Prints the scorer's last line.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
shared="${SLANT_SHARED:-$repo/../shared}"
data="$shared/data/trafilatura-eval"
if [ ! -d "$data" ]; then
  echo "skipped: ../shared/data not found"
  exit 0
fi
out="${SLANT_EVAL_OUT:-$repo/eval-out}/trafilatura-eval"
rm -rf "$out"
mkdir -p "$out"
"${SLANT:-$repo/slant}" extract --in "$data/html" --out "$out" >&2
python3 "$shared/eval/snippet_score.py" --gold "$data/evaldata.json" --pred "$out" --json "$out.score.json" "$@" | tail -n 1
