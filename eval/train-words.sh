#!/usr/bin/env bash
# Weka word models from `slant train-words`, applied with `slant loaded-words --word-model`:
#   BABE dev, grouped 5-fold CV done here, outside Slant: sentences are dealt to folds by a hash of their
#     source article (split_key), each fold is scored by a model trained on the other four with
#     train-words (which picks its thresholds by its own inner grouped CV on those four), so no threshold
#     or weight ever saw the scored article.
#   MBIC dev: a model trained on all of BABE dev. BABE and MBIC share sentences and articles, so this
#     number is optimistic; the BABE CV number is the honest one.
# For each classifier (CLASSIFIERS, default "logistic"; CLASSIFIER_OPTIONS, e.g. "-O trees=30", applies to
# all) and lexicon setting (LEXICON_SETTINGS, default "builtin external": built-in only; built-in plus the
# BABE bias-word and Liu negative lexicons loaded by path). INNER_FOLDS (default 5) are the folds of
# train-words' own threshold-picking CV. Prints one line per run:
#   "<set> <classifier> <lexicons> <bias_words_score.py's last line>"
# Outputs go to eval-out/train-words/ (derived from the shared data at run time, never committed).
# Measured 2026-11-22 (logistic, defaults), word F1 / sentence macro-F1:
#   BABE dev outer CV: built-in lexicon 0.4509 / 0.7068; + external lexicons 0.4689 / 0.7088
#   MBIC dev, trained on BABE dev: built-in 0.4805 / 0.7075; + external 0.4992 / 0.6991 (shared sentences)
#   random-forest (-O trees=30, INNER_FOLDS=3) 0.4327 on BABE dev outer CV (built-in; thresholds from the
#   inner CV before its priors were made fold-clean); train-words inner CV: random-forest 0.4145, j48 0.3291.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
shared="$repo/../shared"
data="$shared/data/babe"
if [ ! -d "$data" ]; then
  echo "skipped: ../shared/data not found"
  exit 0
fi
lex="$shared/data/lexicons"
out="${SLANT_EVAL_OUT:-$repo/eval-out}/train-words"
mkdir -p "$out"
slant() { "${SLANT:-$repo/slant}" "$@"; }
folds=5
inner="${INNER_FOLDS:-5}"
read -r -a copts <<< "${CLASSIFIER_OPTIONS:-}"

python3 - "$data/dev.jsonl" "$out" "$folds" <<'PY'
import hashlib, json, sys
gold, out, k = sys.argv[1], sys.argv[2], int(sys.argv[3])
train = [open(f"{out}/babe.train{f}.jsonl", "w", encoding="utf-8") for f in range(k)]
test = [open(f"{out}/babe.test{f}.jsonl", "w", encoding="utf-8") for f in range(k)]
with open(gold, encoding="utf-8") as g:
    for line in g:
        d = json.loads(line)
        group = d.get("split_key") or d.get("url") or d["id"]
        fold = int(hashlib.sha256(("train-words|" + group).encode()).hexdigest()[:8], 16) % k
        test[fold].write(json.dumps({"id": d["id"], "text": d["text"]}) + "\n")
        for f in range(k):
            if f != fold:
                train[f].write(line if line.endswith("\n") else line + "\n")
for f in train + test:
    f.close()
PY
python3 - "$data/mbic_dev.jsonl" "$out/mbic.in.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as g, open(sys.argv[2], "w", encoding="utf-8") as p:
    for line in g:
        d = json.loads(line)
        p.write(json.dumps({"id": d["id"], "text": d["text"]}) + "\n")
PY

for classifier in ${CLASSIFIERS:-logistic}; do
  for lexicons in ${LEXICON_SETTINGS:-builtin external}; do
    args=()
    if [ "$lexicons" = external ]; then
      args=(--lexicon "bias=$lex/babe/bias_word_lexicon.txt" --lexicon "negative=$lex/recasens/negative_liu2005.txt")
    fi
    run="$classifier.$lexicons"
    : > "$out/babe.$run.jsonl"
    for f in $(seq 0 $((folds - 1))); do
      slant train-words --in "$out/babe.train$f.jsonl" --classifier "$classifier" --out "$out/babe.$run.fold$f.model" \
        --folds "$inner" "${copts[@]}" "${args[@]}" > /dev/null 2>&1
      slant loaded-words --in "$out/babe.test$f.jsonl" --word-model "$out/babe.$run.fold$f.model" \
        --out "$out/babe.$run.fold$f.jsonl" "${args[@]}" 2>/dev/null
      cat "$out/babe.$run.fold$f.jsonl" >> "$out/babe.$run.jsonl"
    done
    echo "babe-dev-cv $classifier $lexicons $(python3 "$shared/eval/bias_words_score.py" --gold "$data/dev.jsonl" \
      --pred "$out/babe.$run.jsonl" | tail -n 1)"
    slant train-words --in "$data/dev.jsonl" --classifier "$classifier" --out "$out/babe-all.$run.model" \
      --folds "$inner" "${copts[@]}" "${args[@]}" > /dev/null 2>&1
    slant loaded-words --in "$out/mbic.in.jsonl" --word-model "$out/babe-all.$run.model" \
      --out "$out/mbic.$run.jsonl" "${args[@]}" 2>/dev/null
    echo "mbic-dev-trained-on-babe-dev $classifier $lexicons $(python3 "$shared/eval/bias_words_score.py" \
      --gold "$data/mbic_dev.jsonl" --pred "$out/mbic.$run.jsonl" | tail -n 1)"
  done
done
