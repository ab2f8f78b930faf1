# Shared by the evaluation scripts: finds ../shared, builds the jar, and says clearly when data is absent.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SLANT_SHARED:-$repo/../shared}"
out="$repo/eval-out"
need_data() {
  if [ ! -e "$shared/data/$1" ]; then
    echo "skipped: $shared/data/$1 not found (set SLANT_SHARED to the shared folder)"
    exit 0
  fi
}
slant() { "$repo/slant" "$@"; }
mkdir -p "$out"
