#!/usr/bin/env bash
# Word- and sentence-level loaded-language evaluation on BABE dev and MBIC dev with `slant loaded-words`:
#   builtin     the built-in lexicon with the heuristic word model (no training, nothing external)
#   lexicons    the built-in lexicon plus external lexicons loaded by path from ../shared/data/lexicons
#               (BABE bias words as "bias", Liu's negative words as "negative"), heuristic model
#   trained     5-fold cross-validated logistic word model (folds grouped by source article; every
#               sentence is scored by a model that never saw its article), built-in + external lexicons
#   trained-builtin  the same with the built-in lexicon only
# Scores words with bias_words_score.py and sentence labels with classify_score.py. Prints one line per
# run: "<set> <run> <scorer's last line> | <classify's last line>".
# Then BASIL dev lexical spans (basil_score.py --lexical): the heuristic runs, and a model trained on all
# of BABE dev (a different corpus, so nothing scored was seen in training).
# Outputs go to eval-out/bias-words/.
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
out="${SLANT_EVAL_OUT:-$repo/eval-out}/bias-words"
mkdir -p "$out"
slant() { "${SLANT:-$repo/slant}" "$@"; }
external=(--lexicon "bias=$lex/babe/bias_word_lexicon.txt" --lexicon "negative=$lex/recasens/negative_liu2005.txt")

for set in dev mbic_dev; do
  gold="$data/$set.jsonl"
  # Inputs are derived at run time from the shared data and stay outside the repository's sources.
  python3 - "$gold" "$out/$set.in.jsonl" "$out/$set.train.jsonl" <<'PY'
import json, sys
gold, plain, train = sys.argv[1:4]
with open(gold, encoding="utf-8") as g, open(plain, "w", encoding="utf-8") as p, open(train, "w", encoding="utf-8") as t:
    for line in g:
        d = json.loads(line)
        p.write(json.dumps({"id": d["id"], "text": d["text"]}) + "\n")
        label = d.get("label_bias")
        rec = {"id": d["id"], "text": d["text"],
               "spans": [[s["start"], s["end"]] for s in d.get("biased_word_spans", [])],
               "group": d.get("split_key") or d.get("url") or d["id"]}
        if label in ("Biased", "Non-biased"):
            rec["label"] = label
        t.write(json.dumps(rec) + "\n")
PY
  score() {
    local run="$1"
    local words labels
    words=$(python3 "$shared/eval/bias_words_score.py" --gold "$gold" --pred "$out/$set.$run.jsonl" | tail -n 1)
    labels=$(python3 "$shared/eval/classify_score.py" --gold "$gold" --label-field label_bias \
      --exclude-label "No agreement" --pred "$out/$set.$run.jsonl" | tail -n 1)
    echo "$set $run $words | $labels"
  }
  slant loaded-words --in "$out/$set.in.jsonl" --out "$out/$set.builtin.jsonl" 2>/dev/null
  score builtin
  slant loaded-words --in "$out/$set.in.jsonl" --out "$out/$set.lexicons.jsonl" "${external[@]}" 2>/dev/null
  score lexicons
  slant loaded-words --train "$out/$set.train.jsonl" --cross-validate 5 --out "$out/$set.trained.jsonl" "${external[@]}" 2>/dev/null
  score trained
  slant loaded-words --train "$out/$set.train.jsonl" --cross-validate 5 --out "$out/$set.trained-builtin.jsonl" 2>/dev/null
  score trained-builtin
done

basil="$shared/data/basil/sentences_dev.jsonl"
if [ -f "$basil" ]; then
  python3 - "$basil" "$out/basil.in.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as g, open(sys.argv[2], "w", encoding="utf-8") as p:
    for line in g:
        d = json.loads(line)
        p.write(json.dumps({"id": d["id"], "text": d["text"]}) + "\n")
PY
  slant loaded-words --train "$out/dev.train.jsonl" --save-model "$out/babe-dev.model.json" "${external[@]}" 2>/dev/null
  basil_score() {
    echo "basil $1 $(python3 "$shared/eval/basil_score.py" --lexical --gold "$basil" --pred "$out/basil.$1.jsonl" | tail -n 1)"
  }
  slant loaded-words --in "$out/basil.in.jsonl" --out "$out/basil.builtin.jsonl" 2>/dev/null
  basil_score builtin
  slant loaded-words --in "$out/basil.in.jsonl" --out "$out/basil.lexicons.jsonl" "${external[@]}" 2>/dev/null
  basil_score lexicons
  slant loaded-words --in "$out/basil.in.jsonl" --out "$out/basil.trained-on-babe.jsonl" "${external[@]}" \
    --word-model "$out/babe-dev.model.json" 2>/dev/null
  basil_score trained-on-babe
fi
