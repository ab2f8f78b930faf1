#!/usr/bin/env bash
# BABE sentence bias (dev, 2,967 expert-labelled sentences): word features, 5-fold cross-validation
# grouped by source article (BABE's split_key), so no sentence is predicted by a model that saw another
# sentence of its article. Scored with classify_score.py (--label-field label_bias).
# The input is derived at run time (in eval-out, never in the repository): each id becomes
# "<article key>#<BABE id>" so that `--group-by article` (the id up to its first '#') keeps an
# article's sentences in one fold; predictions are mapped back to BABE ids before scoring.
#   nb          multinomial naive Bayes on word counts (words in >= 2 sentences)
#   nb-12       the same on words and bigrams
#   softmax     multinomial logistic regression (sparse SGD) on unit-length tf-idf of words
#   stack-loaded  nb-stack: the naive Bayes of "nb", its out-of-fold log-posteriors stacked with Slant's
#               loaded-language features (--features loaded) in an L2 logistic regression
#   stack       the same with all of Slant's framing features (--features standard); the default
# Outputs in eval-out/babe/.
source "$(dirname "$0")/common.sh"
need_data babe/dev.jsonl
"$repo/slant" --version >/dev/null
mkdir -p "$out/babe"
gold="$shared/data/babe/dev.jsonl"
data="$out/babe/dev.grouped.jsonl"
python3 - "$gold" "$data" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as g, open(sys.argv[2], "w", encoding="utf-8") as o:
    for line in g:
        d = json.loads(line)
        key = (d.get("split_key") or d.get("url") or d["id"]).replace("#", "%23")
        o.write(json.dumps({"id": key + "#" + d["id"], "text": d["text"], "outlet": d.get("outlet"),
                            "label": d["label_bias"]}) + "\n")
PY
run() {
  local name=$1; shift
  java -Xmx2g -jar "$repo/cli/target/slant.jar" evaluate "$data" --words --folds 5 \
    --group-by article --seed 42 -o "$out/babe/$name.grouped.jsonl" "$@" 2> "$out/babe/$name.log" \
    || { cat "$out/babe/$name.log"; return 1; }
  python3 - "$out/babe/$name.grouped.jsonl" "$out/babe/$name.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as p, open(sys.argv[2], "w", encoding="utf-8") as o:
    for line in p:
        d = json.loads(line)
        o.write(json.dumps({"id": d["id"].rsplit("#", 1)[1], "label": d["label"]}) + "\n")
PY
  echo "$name: $(python3 "$shared/eval/classify_score.py" --gold "$gold" --label-field label_bias \
    --exclude-label "No agreement" --pred "$out/babe/$name.jsonl" | tail -1)"
}
run nb --features none -c naive-bayes -O multinomial=true --min-df 2
run nb-12 --features none -c naive-bayes -O multinomial=true --min-df 2 --ngrams 1-2
run softmax --features none -c softmax --weighting tfidf --min-df 2
run stack-loaded --features loaded -c nb-stack --min-df 2
run stack --features standard -c nb-stack --min-df 2
