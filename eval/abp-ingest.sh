#!/usr/bin/env bash
# Streams the ABP dev corpus (about 30k articles) through ingest with a small heap and reports
# articles per outlet, wall time and peak memory.
source "$(dirname "$0")/common.sh"
need_data abp/dev.jsonl.gz
"$repo/slant" --version >/dev/null
/usr/bin/time -v java -Xmx64m -jar "$repo/cli/target/slant.jar" ingest --count-only --fields domain=outlet_host \
  "$shared/data/abp/dev.jsonl.gz" 2> "$out/abp-ingest.log" >/dev/null
grep -E '^read ' "$out/abp-ingest.log"
grep -E 'Elapsed \(wall|Maximum resident' "$out/abp-ingest.log"
echo "per-outlet counts: $out/abp-ingest.log"
