#!/usr/bin/env bash
# Extracts the AEB (ScrapingHub article-extraction benchmark) dev pages with `slant extract` and scores
# them with the shared scorer. Prints the scorer's last line. Output goes to eval-out/aeb-dev/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
shared="${SLANT_SHARED:-$repo/../shared}"
data="$shared/data/aeb/dev"
if [ ! -d "$data" ]; then
  echo "skipped: ../shared/data not found"
  exit 0
fi
out="${SLANT_EVAL_OUT:-$repo/eval-out}/aeb-dev"
rm -rf "$out"
mkdir -p "$out"
# The data README says these pages are UTF-8 whatever their <meta> says.
"${SLANT:-$repo/slant}" extract --in "$data/html" --out "$out" --charset UTF-8 >&2
python3 "$shared/eval/aeb_score.py" --truth "$data/truth.json" --pred "$out" --json "$out.score.json" "$@" | tail -n 1
