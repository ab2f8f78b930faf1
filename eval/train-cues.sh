#!/usr/bin/env bash
# Retrains the learned attribution-cue model (features/.../sourcing/cue-model.tsv) from the PolNeAR train
# split, byte-identically for the same data. With --cv, writes 5-fold cross-fitted train predictions for a
# few thresholds to eval-out/cues-cv-T.jsonl and scores them (how the shipped threshold was chosen).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
need_data polnear
jar="$repo/cli/target/slant.jar"
[ -f "$jar" ] || (cd "$repo" && ./mvnw -o -q -pl cli -am -DskipTests package)
main=org.slant.features.sourcing.internal.CueTrainer
train="$shared/data/polnear/train"
if [ "${1:-}" = "--cv" ]; then
  ts=(0.3 0.4 0.5 0.6)
  java -Xmx3g -cp "$jar" "$main" "$train" cv "$out/cues-cv" "${ts[@]}"
  for t in "${ts[@]}"; do
    echo "== threshold $t (cross-fitted PolNeAR train) =="
    python3 "$shared/eval/attribution_score.py" --gold "$train" --pred "$out/cues-cv-$t.jsonl" | tail -1
  done
  exit 0
fi
java -Xmx3g -cp "$jar" "$main" "$train" \
  "$repo/features/src/main/resources/org/slant/features/sourcing/cue-model.tsv"
