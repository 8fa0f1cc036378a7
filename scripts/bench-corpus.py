#!/usr/bin/env python3
"""Write a benchmark corpus (JSONL articles) from the real news sentences in the data pack's gold suites.

Usage: bench-corpus.py DATA_DIR OUT.jsonl [--per-article N] [--repeat R]

The sentences come from the CAMEO manual examples, the UniversalPetrarch GSR and the GigaWord sample (real
wire-service sentences); they are grouped N to an article. With --repeat R each article is written R times
with a distinct id and a numbered lead sentence, so the corpus grows without the ingest de-duplication
dropping copies. Nothing here is scored: it only gives `parley code` realistic text to chew on.
"""
import json
import re
import sys
from pathlib import Path


def sentences(data: Path):
    for line in open(data / "gold/cameo-manual-examples/cameo_manual_1.1b3_examples.jsonl", encoding="utf-8"):
        if line.strip():
            yield json.loads(line)["text"]
    for line in open(data / "gold/universalpetrarch-gsr/PETR2_GSR_validation.jsonl", encoding="utf-8"):
        if line.strip():
            yield json.loads(line)["text"]
    xml = (data / "gold/gigaword-sample/GigaWord.sample.PETR.xml").read_text(encoding="utf-8")
    for m in re.finditer(r"<Text>\s*(.*?)\s*</Text>", xml, re.S):
        yield " ".join(m.group(1).split())


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    data, out = Path(args[0]), Path(args[1])
    per = int(args[args.index("--per-article") + 1]) if "--per-article" in args else 8
    repeat = int(args[args.index("--repeat") + 1]) if "--repeat" in args else 1
    sents = list(dict.fromkeys(s for s in sentences(data) if s))
    n_articles = 0
    with open(out, "w", encoding="utf-8") as f:
        for r in range(repeat):
            for i in range(0, len(sents), per):
                body = "\n".join(sents[i:i + per])
                if repeat > 1:
                    body = f"Report {r + 1}-{i // per + 1}.\n" + body
                f.write(json.dumps({"id": f"bench-{r}-{i // per}", "text": body, "published": "2015-06-01",
                                    "outlet": "bench", "language": "en"}) + "\n")
                n_articles += 1
    print(f"{out}: {n_articles} articles, {len(sents) * repeat} sentences", file=sys.stderr)


if __name__ == "__main__":
    main()
