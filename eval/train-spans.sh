#!/usr/bin/env bash
# Retrains the learned attribution-span tagger (features/.../sourcing/span-model.tsv) from the PolNeAR train
# split, byte-identically for the same data. With --cv, writes 5-fold cross-fitted train predictions for a few
# epoch counts and combinations with the rules to eval-out/spans-cv-eE-MODE.jsonl and scores them (how the
# shipped epochs and combination were chosen; MODE 0 model alone, bits 1 replace, 2 add, 4 veto, 16 add only
# with a tagged cue; 8 alone: the model with the rules' cues and sources).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
need_data polnear
jar="$repo/cli/target/slant.jar"
[ -f "$jar" ] || (cd "$repo" && ./mvnw -o -q -pl cli -am -DskipTests package)
main=org.slant.features.sourcing.internal.SpanTrainer
train="$shared/data/polnear/train"
if [ "${1:-}" = "--cv" ]; then
  epochs=20,30,45
  modes=(0 1 3 5 6 7 8 23)
  java -Xmx3g -Dspan.cvEpochs=$epochs -Dspan.cvModes="$(IFS=,; echo "${modes[*]}")" -cp "$jar" "$main" \
    "$train" cv "$out/spans-cv"
  for e in ${epochs//,/ }; do
    for m in "${modes[@]}"; do
      echo "== epochs $e, combination $m (cross-fitted PolNeAR train) =="
      python3 "$shared/eval/attribution_score.py" --gold "$train" --pred "$out/spans-cv-e$e-$m.jsonl" | tail -1
    done
  done
  exit 0
fi
java -Xmx3g -cp "$jar" "$main" "$train" \
  "$repo/features/src/main/resources/org/slant/features/sourcing/span-model.tsv"
