#!/usr/bin/env bash
# PolNeAR attribution extraction: runs `slant attributions` on the dev texts (and, with --train, on the
# train texts for a larger sample) and scores them with attribution_score.py.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
need_data polnear
splits=(dev)
if [ "${1:-}" = "--train" ]; then
  splits=(dev train)
fi
for split in "${splits[@]}"; do
  pred="$out/polnear-$split.jsonl"
  slant attributions --in "$shared/data/polnear/$split/text" --out "$pred"
  echo "== PolNeAR $split =="
  python3 "$shared/eval/attribution_score.py" --gold "$shared/data/polnear/$split" --pred "$pred"
  echo
done
