#!/usr/bin/env bash
# PolNeAR attribution extraction: runs `slant attributions` on the dev texts (and, with --train, on the
# train texts for a larger sample) and scores them with attribution_score.py, twice: with the rules alone
# (the default), with the learned cue model (--learned-cues, trained on PolNeAR train: eval/train-cues.sh) and
# with the learned span tagger (--learned-spans, trained on PolNeAR train: eval/train-spans.sh).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
need_data polnear
splits=(dev)
if [ "${1:-}" = "--train" ]; then
  splits=(dev train)
fi
for split in "${splits[@]}"; do
  for mode in rules learned-cues learned-spans; do
    pred="$out/polnear-$split-$mode.jsonl"
    flag=()
    [ "$mode" = rules ] || flag=("--$mode")
    slant attributions --in "$shared/data/polnear/$split/text" --out "$pred" "${flag[@]}"
    echo "== PolNeAR $split, $mode =="
    python3 "$shared/eval/attribution_score.py" --gold "$shared/data/polnear/$split" --pred "$pred"
    echo
  done
done
