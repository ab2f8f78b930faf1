#!/usr/bin/env bash
# BASIL dev: same-story clustering (StoryClusterer, StoryConfig.defaults()) scored with
# basil_score.py --clusters (ARI, purity), and informational-bias sentences = sentences no other article of
# their story carries (StoryComparator), scored with --informational. Runs the eval-tagged JUnit test
# BasilStoriesEvalTest in module analysis; outputs in eval-out/basil/.
source "$(dirname "$0")/common.sh"
need_data basil/articles_dev.jsonl
mkdir -p "$out/basil"
(cd "$repo" && SLANT_EVAL_DATA="$(cd "$shared/data" && pwd)" ./mvnw -q -o -pl analysis test -Peval \
  -Dtest=BasilStoriesEvalTest -Dsurefire.failIfNoSpecifiedTests=false) | grep -E '^basil:' || true
cp "$repo/analysis/target/eval/basil-clusters.jsonl" "$repo/analysis/target/eval/basil-inf.jsonl" "$out/basil/"
cd "$shared/eval"
echo "clusters:      $(python3 basil_score.py --clusters --gold ../data/basil/articles_dev.jsonl --pred "$out/basil/basil-clusters.jsonl" | tail -1)"
echo "informational: $(python3 basil_score.py --informational --gold ../data/basil/sentences_dev.jsonl --pred "$out/basil/basil-inf.jsonl" | tail -1)"
