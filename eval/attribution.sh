#!/usr/bin/env bash
# PolNeAR attribution extraction: runs `slant attributions` on the dev texts (and, with --train, on the
# train texts for a larger sample) and scores them with attribution_score.py, twice: with the rules alone
# (the default) and with the learned cue model (--learned-cues, trained on PolNeAR train: eval/train-cues.sh).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
need_data polnear
splits=(dev)
if [ "${1:-}" = "--train" ]; then
  splits=(dev train)
fi
for split in "${splits[@]}"; do
  for mode in rules learned-cues; do
    pred="$out/polnear-$split-$mode.jsonl"
    flag=()
    [ "$mode" = learned-cues ] && flag=(--learned-cues)
    slant attributions --in "$shared/data/polnear/$split/text" --out "$pred" "${flag[@]}"
    echo "== PolNeAR $split, $mode =="
    python3 "$shared/eval/attribution_score.py" --gold "$shared/data/polnear/$split" --pred "$pred"
    echo
  done
done
