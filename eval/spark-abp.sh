#!/usr/bin/env bash
# Throughput of the Spark job in local mode on the ABP dev corpus (one 74 MB gzip JSONL file, 30,226 articles),
# run as spark-submit would run it: Spark's jars plus spark/target/slant-spark.jar, nothing else.
# Usage: eval/spark-abp.sh [MASTER] [HEAP]   (defaults: local[2] 1g). Prints the job's counts, wall time, CPU time,
# peak RSS and per-task metrics. With SLANT_BATCH_OUT=DIR, the output of `slant run` on the same corpus with the same
# mapping, it also checks that article counts and per-outlet n and means equal the single-machine statistics.
source "$(dirname "$0")/common.sh"
need_data abp/dev.jsonl.gz
master="${1:-local[2]}"
heap="${2:-1g}"
cd "$repo"
./mvnw -q -o -B -Pspark -pl spark -am package -DskipTests
# Spark and its dependencies as a cluster provides them (no Slant classes: those come from the shaded jar)
./mvnw -q -o -B -Pspark -pl spark -am dependency:build-classpath -DincludeScope=compile \
  -DexcludeGroupIds=org.slant -DexcludeArtifactIds=jsoup,jwarc,jackson-dataformat-csv \
  -Dmdep.outputFile="$out/spark-classpath.txt" >/dev/null
work="$out/spark-abp"
rm -rf "$work"
mkdir -p "$work"
echo "$shared/data/abp/dev.jsonl.gz" > "$work/inputs.txt"
mkdir -p "$work/events"
# the event log holds per-task metrics (peak execution memory) and the executor's JVM heap peaks
/usr/bin/time -v java -Xmx"$heap" -Dspark.eventLog.enabled=true -Dspark.eventLog.compress=false -Dspark.eventLog.dir="file://$work/events" -cp "$(cat "$out/spark-classpath.txt"):$repo/spark/target/slant-spark.jar" \
  org.slant.spark.SlantSparkJob --master "$master" --paths "$work/inputs.txt" --out "$work/out" \
  --mapping domain=outlet_host --format parquet,jsonl > "$work/result.json" 2> "$work/log.txt"
grep -E '^read ' "$work/log.txt"
grep -E 'Elapsed \(wall|Maximum resident|User time|System time' "$work/log.txt"
grep -E 'Job [0-9]+ finished' "$work/log.txt" | sed -E 's/.*(Job [0-9]+ finished: [a-zA-Z]+ at [A-Za-z]+\.java:[0-9]+, took [0-9.]+ ms).*/\1/'
python3 - "$work/events" <<'PY'
import json, os, sys
peak_exec, heap, tasks, longest, cpu, gc = 0, 0, 0, 0, 0, 0
for root, _, names in os.walk(sys.argv[1]):
    for name in names:
        if not name.startswith("events"):
            continue
        for line in open(os.path.join(root, name)):
            e = json.loads(line)
            if e.get("Event") == "SparkListenerTaskEnd":
                tasks += 1
                m = e.get("Task Metrics") or {}
                peak_exec = max(peak_exec, m.get("Peak Execution Memory", 0))
                longest = max(longest, m.get("Executor Run Time", 0))
                cpu += m.get("Executor CPU Time", 0)
                gc += m.get("JVM GC Time", 0)
                heap = max(heap, (e.get("Task Executor Metrics") or {}).get("JVMHeapMemory", 0))
print(f"tasks {tasks}; task CPU {cpu / 1e9:.1f} s in all, GC {gc / 1000:.1f} s; longest task {longest / 1000:.1f} s wall; "
      f"largest peak execution memory of a task {peak_exec / 2**20:.1f} MiB; peak JVM heap used (driver and "
      f"executor are one JVM in local mode) {heap / 2**20:.0f} MiB")
PY
if [ -n "${SLANT_BATCH_OUT:-}" ]; then
  python3 - "$work/out/jsonl/outlet_stats" "$SLANT_BATCH_OUT/stats/feature-comparison.csv" <<'PY'
import csv, gzip, json, os, sys
spark = {}
for name in os.listdir(sys.argv[1]):
    if name.startswith("part-"):
        for line in gzip.open(os.path.join(sys.argv[1], name), "rt"):
            r = json.loads(line)
            spark[(r["feature"], r["outlet"])] = r
checked = bad = 0
for r in csv.DictReader(open(sys.argv[2])):
    s = spark.get((r["feature"], r["outlet"]))
    checked += 1
    mean = float(r["mean"]) if r["mean"] not in ("", "NaN") else None
    if s is None or s["n"] != int(r["n"]) or s["missing"] != int(r["missing"]) or (
            mean is not None and abs(s["mean"] - mean) > 1e-9 * max(1.0, abs(mean))):
        bad += 1
        if bad <= 5:
            print("differs:", r["feature"], r["outlet"], r["n"], r["mean"], s and (s["n"], s["mean"]))
print(f"per-outlet statistics vs slant run: {checked} feature-outlet pairs compared, {bad} differ; "
      f"{len(spark)} pairs in the Spark table")
PY
fi
echo "result: $work/result.json; log: $work/log.txt; tables: $work/out"
