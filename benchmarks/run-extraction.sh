#!/usr/bin/env bash
# Runs the HTML extraction benchmark (Slant, readability4j, boilerpipe on the AEB dev pages).
# Builds benchmarks/target/benchmarks.jar when missing; extra arguments go to JMH (e.g. -p bucket=all).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
pages="$repo/../shared/data/aeb/dev/html"
if [ ! -d "$pages" ]; then
  echo "skipped: ../shared/data not found"
  exit 0
fi
jar="$here/target/benchmarks.jar"
if [ ! -f "$jar" ]; then
  (cd "$repo" && ./mvnw -q -B -pl ingest,benchmarks -am install -DskipTests >&2)
fi
# The forked benchmark JVM finds the pages as ../shared/data/aeb/dev/html from the repository root.
cd "$repo"
exec java -jar "$jar" ExtractionBenchmark -rf json -rff "$repo/eval-out/jmh-extraction.json" "$@"
