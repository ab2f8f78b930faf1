#!/usr/bin/env bash
# The whole batch (`slant run`: ingest, features, statistics, stories, outlet-grouped classifier, report) on
# the ABP dev corpus with a 1 GB heap, then on its first half, printing each run's summary line, stage times,
# wall time, peak RSS and the largest heap left after a garbage collection. Outputs in eval-out/abp-run/{all,half}.
source "$(dirname "$0")/common.sh"
need_data abp/dev.jsonl.gz
"$repo/slant" --version >/dev/null
config="$out/abp-run-config.json"
echo '{"ingest":{"mapping":{"domain":"outlet_host"}}}' > "$config"
half="$out/abp-dev-first-half.jsonl.gz"
total=$(zcat "$shared/data/abp/dev.jsonl.gz" | wc -l)
set +o pipefail # head closes the pipe early: zcat's SIGPIPE is expected
zcat "$shared/data/abp/dev.jsonl.gz" | head -n $((total / 2)) | gzip -1 > "$half"
set -o pipefail
for run in all half; do
  input="$shared/data/abp/dev.jsonl.gz"
  [ "$run" = half ] && input="$half"
  rm -rf "$out/abp-run/$run"
  SLANT_JAVA_OPTS="-Xmx1g -Xlog:gc:file=$out/abp-run-$run.gc.log ${SLANT_JAVA_OPTS:-}" /usr/bin/time -f "wall %e s, user %U s, system %S s, peak RSS %M KB" \
    "$repo/slant" run --in "$input" --out "$out/abp-run/$run" --config "$config" 2> "$out/abp-run-$run.log" >/dev/null
  echo "== $run ($(uptime | sed 's/.*load average/load average/'))"
  grep -E '^(read |time: |stories: |classifier: |wall )' "$out/abp-run-$run.log"
  # the heap still in use after each collection: what the run holds, as opposed to what the JVM reserved
  grep -oE '[0-9]+M->[0-9]+M' "$out/abp-run-$run.gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1 \
    | sed 's/^/largest heap after a collection: /; s/$/ MB/'
done
