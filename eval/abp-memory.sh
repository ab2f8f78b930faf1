#!/usr/bin/env bash
# Does the batch's memory grow with the corpus? Runs `slant run` on the first half of the ABP dev corpus and on
# all of it, with and without the leaning labels (without them no classifier trains), and every 5 s forces a
# full collection with `jcmd GC.class_histogram` to read the heap still live. Prints, per run, the largest live
# heap seen, what held it (the three largest classes at that moment) and the peak RSS. The forced collections
# slow the runs: time them with eval/abp-run.sh instead. Then runs half, all, and the corpus three times over
# (ids made distinct) in small heaps, printing the most each full collection left live: unlike a 5 s sample
# it misses no peak. Labelled runs go once with the default classifier cap and once capped at 10,000
# articles. A run that needs more ends with exit 1 and an OutOfMemoryError in its log; one that barely fits
# collects without end and is stopped after SLANT_MEMORY_TIMEOUT seconds (default 900).
source "$(dirname "$0")/common.sh"
need_data abp/dev.jsonl.gz
command -v jcmd >/dev/null || { echo "skipped: jcmd (JDK) not found"; exit 0; }
"$repo/slant" --version >/dev/null
half="$out/abp-dev-first-half.jsonl.gz"
total=$(zcat "$shared/data/abp/dev.jsonl.gz" | wc -l)
set +o pipefail
zcat "$shared/data/abp/dev.jsonl.gz" | head -n $((total / 2)) | gzip -1 > "$half"
set -o pipefail
mem="$out/abp-memory"
mkdir -p "$mem"
echo '{"ingest":{"mapping":{"domain":"outlet_host"}}}' > "$mem/labelled.json"
echo '{"ingest":{"mapping":{"domain":"outlet_host","label":"no_such_field"}}}' > "$mem/unlabelled.json"

# run NAME INPUT CONFIG HEAP SAMPLE(yes|no)
run() {
  local name=$1 input=$2 config=$3 heap=$4 sample=$5
  rm -rf "$mem/$name" "$mem/$name".h* "$mem/$name.out"
  SLANT_JAVA_OPTS="-Xmx$heap -Xlog:gc:file=$mem/$name.gc ${SLANT_JAVA_OPTS:-}" /usr/bin/time -f "peak RSS %M KB, wall %e s" -o "$mem/$name.time" \
    timeout "${SLANT_MEMORY_TIMEOUT:-900}" "$repo/slant" run --in "$input" --out "$mem/$name" --config "$config" 2> "$mem/$name.log" > "$mem/$name.out" &
  local launcher=$! pid="" i=0
  if [ "$sample" = yes ]; then
    sleep 5 # attaching to a JVM still starting can hang
    while kill -0 "$launcher" 2>/dev/null; do
      sleep 5
      if [ -z "$pid" ]; then
        pid=$(pgrep -f -- "--out $mem/$name " | while read -r p; do
          [ "$(cat /proc/"$p"/comm 2>/dev/null)" = java ] && echo "$p"; done | head -1 || true)
      fi
      if [ -n "$pid" ]; then
        # jcmd skips its collection when the GC locker is held (gzip inflation holds it often) and then counts
        # garbage too; the JVM logs "pre-dump GC was skipped" on its stdout. Such samples are taken again.
        i=$((i + 1))
        for attempt in 1 2 3 4 5; do
          local skipped
          skipped=$(grep -c "pre-dump GC was skipped" "$mem/$name.out" || true)
          timeout 30 jcmd "$pid" GC.class_histogram > "$mem/$name.h$i" 2>/dev/null || true
          [ "$(grep -c "pre-dump GC was skipped" "$mem/$name.out" || true)" = "$skipped" ] && break
          rm -f "$mem/$name.h$i"
        done
      fi
    done
  fi
  local rc=0
  wait "$launcher" || rc=$?
  echo "== $name: exit $rc$([ "$rc" = 124 ] && echo " (still running after ${SLANT_MEMORY_TIMEOUT:-900} s: stopped)"), $(tail -1 "$mem/$name.time" 2>/dev/null)"
  grep -E '^read |OutOfMemoryError' "$mem/$name.log" | head -2 || true
  # in a small heap full collections come often: the most they left is close to the run's peak live heap
  grep -oE 'Pause Full.* [0-9]+M->[0-9]+M' "$mem/$name.gc" 2>/dev/null | sed 's/.*->//; s/M//' | sort -n | tail -1 \
    | sed "s/^/largest heap left by a full collection: /; s/$/ MB ($(grep -c 'Pause Full' "$mem/$name.gc" 2>/dev/null) full collections)/" || true
  if [ "$sample" = yes ]; then
    local best
    best=$(grep -H Total "$mem/$name".h* 2>/dev/null | awk '{print $NF, $1}' | sort -n | tail -1 | cut -d' ' -f2 | cut -d: -f1 || true)
    if [ -n "$best" ]; then
      echo "largest live heap: $(awk '/Total/ {printf "%.0f MB", $3 / 1048576}' "$best") ($(ls "$mem/$name".h* | wc -l) samples); held by:"
      sed -n '4,6p' "$best" | awk '{printf "  %6.1f MB  %s\n", $3 / 1048576, $4}'
    fi
  fi
}

for labels in labelled unlabelled; do
  run "half-$labels" "$half" "$mem/$labels.json" 1g yes
  run "all-$labels" "$shared/data/abp/dev.jsonl.gz" "$mem/$labels.json" 1g yes
done
triple="$out/abp-dev-three-times.jsonl.gz"
if [ ! -s "$triple" ]; then
  python3 - "$shared/data/abp/dev.jsonl.gz" "$triple" <<'PY'
import gzip, json, sys
with gzip.open(sys.argv[2], "wt", compresslevel=1) as out:
    for copy in range(3):
        with gzip.open(sys.argv[1], "rt") as f:
            for line in f:
                record = json.loads(line)
                record["id"] = f"{record['id']}-r{copy}"
                out.write(json.dumps(record) + "\n")
PY
fi
# Small heaps. Unlabelled (no classifier) in 80 MB. Labelled with the classifier capped at 10,000 articles
# (report.maxLabelled) in 80 MB too: the cap is the only part that grows with labelled articles. Labelled with
# the default cap (50,000) in 96 MB for half and all; the three-fold corpus reaches that cap and gets 128 MB.
echo '{"ingest":{"mapping":{"domain":"outlet_host"}},"report":{"maxLabelled":10000}}' > "$mem/capped.json"
for labels in unlabelled capped; do
  run "half-$labels-80m" "$half" "$mem/$labels.json" 80m no
  run "all-$labels-80m" "$shared/data/abp/dev.jsonl.gz" "$mem/$labels.json" 80m no
  run "triple-$labels-80m" "$triple" "$mem/$labels.json" 80m no
done
run half-labelled-96m "$half" "$mem/labelled.json" 96m no
run all-labelled-96m "$shared/data/abp/dev.jsonl.gz" "$mem/labelled.json" 96m no
run triple-labelled-128m "$triple" "$mem/labelled.json" 128m no
