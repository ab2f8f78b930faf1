#!/usr/bin/env bash
# Retrains the learned attribution-span tagger (features/.../sourcing/span-model.tsv) from the PolNeAR train
# split, byte-identically for the same data. With --cv, writes 5-fold cross-fitted train predictions for a few
# epoch counts and combinations with the rules to eval-out/spans-cv-eE-MODE.jsonl and scores them (how the
# shipped epochs and combination were chosen; MODE 0 model alone, bits 1 replace, 2 add, 4 veto, 16 add only
# with a tagged cue, 32 drop attributions whose content lies within another's; 8 alone: the model with the
# rules' cues and sources), then the same with the content-end
# re-scorer (BoundaryRescorer) for a few thresholds. Training the shipped model fits the tagger five times
# on four folds first: the re-scorer learns from the tagger's cross-fitted output.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
need_data polnear
jar="$repo/cli/target/slant.jar"
[ -f "$jar" ] || (cd "$repo" && ./mvnw -o -q -pl cli -am -DskipTests package)
main=org.slant.features.sourcing.internal.SpanTrainer
train="$shared/data/polnear/train"
if [ "${1:-}" = "--cv" ]; then
  epochs=20,30,45
  modes=(0 1 3 5 6 7 8 23 55)
  java -Xmx3g -Dspan.cvEpochs=$epochs -Dspan.cvModes="$(IFS=,; echo "${modes[*]}")" -cp "$jar" "$main" \
    "$train" cv "$out/spans-cv"
  for e in ${epochs//,/ }; do
    for m in "${modes[@]}"; do
      echo "== epochs $e, combination $m (cross-fitted PolNeAR train) =="
      python3 "$shared/eval/attribution_score.py" --gold "$train" --pred "$out/spans-cv-e$e-$m.jsonl" | tail -1
    done
  done
  # the boundary re-scorer on the shipped epochs and combination, fitted on the other folds' cross-fitted
  # output, for a few thresholds (T in -bT; how the shipped threshold was chosen)
  thresholds=(2 4 8)
  java -Xmx3g -Dspan.cvEpochs=20 -Dspan.cvModes=55 -Dspan.cvBoundaries="$(IFS=,; echo "${thresholds[*]}")" \
    -cp "$jar" "$main" "$train" cv "$out/spans-cv-boundaries"
  for t in "${thresholds[@]}"; do
    echo "== epochs 20, combination 55, boundary re-scorer threshold $t (cross-fitted PolNeAR train) =="
    python3 "$shared/eval/attribution_score.py" --gold "$train" --pred "$out/spans-cv-boundaries-e20-55-b$t.jsonl" \
      | tail -1
  done
  exit 0
fi
java -Xmx3g -cp "$jar" "$main" "$train" \
  "$repo/features/src/main/resources/org/slant/features/sourcing/span-model.tsv"
