"""The recipes set's scoring.

Texts are compared as *keys*: white space and zero-width marks left out, a leading list
mark ("1.", "-", "•") and the dashes and bars at their ends. A pair is *exact* when its keys
are a gold pair's not yet found (a text twice in a document is gold twice: "재료" /
"Ingredients", "소금 약간" / "A pinch of salt"); *debatable* when they are a debatable
pair's; else *wrong*. A gold pair no pair is is *missed*. *One-sided paired*: a text the
gold leaves unpaired (a line one side only, an untranslated review), or one of its
sentences, found inside a pair, once a pair. *Chrome paired*: a string of the page's chrome (menu, footer) or a sheet's code
column inside a pair. *Text lost* / *chars doubled*: on each file's text as the aligner's
reader extracts it, the runs of text no pair and no unpaired segment covers, and the
characters two cover.
"""

from __future__ import annotations

import re
from collections import Counter

from layout import Layout, uncovered

COLUMNS = ("debatable", "one-sided paired", "chrome paired", "text lost", "chars doubled")
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u00ad\u2060\ufeff"))
ENDS = "-–—•·|"


def key(text: str) -> str:
    """What a text is compared by."""
    text = re.sub(r"\s+", "", text.translate(ZERO_WIDTH))
    return re.sub(r"^(?:\d+\.(?!\d)|[-•·*])", "", text).strip(ENDS)


def coverage(layout: Layout, pairs: list[dict], unpaired: list[dict]) -> tuple[list[str], int]:
    """The runs of text no pair or unpaired segment covers, and the characters two cover."""
    texts = layout.read()
    one = len(texts) == 1
    lost, doubled = [], 0
    for f, doc in enumerate(texts):
        lang = "ko" if f == 0 else "en"
        spans = [s for p in pairs for side in (("ko", "en") if one else (lang,)) for s in p[f"{side}_spans"]]
        spans += [(int(u["start"]), int(u["end"])) for u in unpaired
                  if one or u["lang"] == lang or (u["lang"] not in ("ko", "en") and
                                                 key(doc[int(u["start"]):int(u["end"])]) == key(u["text"]))]
        runs, twice = uncovered(doc, spans)
        lost += [f"{lang}@{i}: {doc[i:j].strip()[:80]!r}" for i, j in runs]
        doubled += twice
    return lost, doubled


def score(layout: Layout, pairs: list[dict], unpaired: list[dict]) -> dict:
    gold = layout.gold
    want = Counter((key(k), key(e)) for k, e in gold["pairs"])
    either = {(key(k), key(e)) for k, e in gold["debatable"]}
    n_gold, exact, debatable, errors = sum(want.values()), 0, 0, []
    for p in pairs:
        k = (key(p["ko"]), key(p["en"]))
        if want[k] > 0:
            want[k] -= 1
            exact += 1
        elif k in either:
            debatable += 1
        else:
            errors.append(f"wrong ({p['score']}): {p['ko'][:70]!r} | {p['en'][:70]!r}")
    wrong, missed = len(errors), list(want.elements())
    texts = {(key(k), key(e)): (k, e) for k, e in gold["pairs"]}
    errors += [f"missed: {texts[k][0][:70]!r} | {texts[k][1][:70]!r}" for k in missed]
    pieces = [piece for t in gold["unpaired"] for piece in re.split(r"(?<=[.!?~])\s+", t) if len(key(piece)) > 3]
    one_sided = [(t, p) for t in pieces for p in pairs if key(t) in key(p["ko"]) or key(t) in key(p["en"])]
    errors += [f"one-sided paired: {t[:50]!r} in {p['ko'][:50]!r} | {p['en'][:50]!r}" for t, p in one_sided]
    chrome = [(s, p) for s in gold["never_paired"] for p in pairs if s in p["ko"] or s in p["en"]]
    errors += [f"chrome paired: {s!r} in {p['ko'][:50]!r} | {p['en'][:50]!r}" for s, p in chrome]
    lost, doubled = coverage(layout, pairs, unpaired)
    errors += [f"text lost {run}" for run in lost]
    return {"gold": n_gold, "pairs": len(pairs), "exact": exact, "wrong": wrong, "missed": len(missed),
            "debatable": debatable, "one-sided paired": len(one_sided), "chrome paired": len(chrome),
            "text lost": len(lost), "chars doubled": doubled, "errors": errors}
