#!/usr/bin/env bash
# Blurb detection precision/recall on the hand-labelled ABP dev blocks in eval/blurb-labels.tsv (labels only,
# no publisher text). Runs the @Tag("eval") test BlurbEvalTest twice: plain, and with outlet templates learned
# from all ABP dev articles of the labelled outlets. Prints one line per label sample (sample and tail were
# tuned on; heldout was not) and one for all.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
if [ ! -f "$repo/../shared/data/abp/dev.jsonl.gz" ]; then
  echo "skipped: ../shared/data not found"
  exit 0
fi
cd "$repo"
for templates in false true; do
  ./mvnw -q -o -pl features test -Peval -Dtest=BlurbEvalTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dslant.blurbs.templates=$templates 2>&1 | grep '^blurbs ' || { echo "blurbs eval failed (templates=$templates)"; exit 1; }
done
