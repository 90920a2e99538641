"""The news audit's scoring, as the audit scored it (its ``score.py``).

Texts are compared as *keys*: white space and zero-width marks left out, and the spaces,
dashes, bullets and bars at their ends. A pair is *exact* when its two keys are those of a
gold pair not yet found (a duplicated block's pairs are gold twice); *debatable* when they
are a debatable gold pair's, or either is a line the gold lets be paired or not; every
other pair is *wrong*. A gold pair is *missed* when no pair is exact for it. *One-sided
paired*: a gold line without counterpart found inside a pair's text, once for each pair.
*Words lost* / *doubled*: the input's words (runs of non-space characters, in the text as
the aligner reads it) that no pair or unpaired segment covers, or that two cover.
"""

from __future__ import annotations

import re
from collections import Counter

from layout import Layout

COLUMNS = ("debatable", "one-sided paired", "words lost", "words doubled")
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u00ad\u2060\ufeff"))
ENDS = " \t-–—•·*|■▶"


def key(text: str) -> str:
    """What a text is compared by."""
    return re.sub(r"\s+", "", text.translate(ZERO_WIDTH)).strip(ENDS)


def as_read(text: str) -> str:
    """A file's text as the aligner reads it, which the offsets of its output index: the
    byte-order mark dropped, CR LF and CR as LF, zero-width marks left out."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(ZERO_WIDTH)


def coverage(layout: Layout, pairs: list[dict], unpaired: list[dict]) -> tuple[list[str], list[str]]:
    """The words that no pair or unpaired segment covers, and those that two cover."""
    texts = [as_read(text) for text in layout.files.values()]
    file_of = {"ko": 0, "en": len(texts) - 1}  # a bilingual file's two sides are one text
    cover = [[0] * len(text) for text in texts]
    spans = [(file_of[side], a, b) for p in pairs for side in file_of for a, b in p[f"{side}_spans"]]
    for u in unpaired:  # a segment of no language ("none") is in the file whose text it is
        a, b = int(u["start"]), int(u["end"])
        f = file_of[u["lang"]] if u["lang"] in file_of else \
            next((i for i, t in enumerate(texts) if key(t[a:b]) == key(u["text"])), 0)
        spans.append((f, a, b))
    for f, a, b in spans:
        for i in range(a, min(b, len(cover[f]))):
            cover[f][i] += 1
    words = [(m.group(), cover[f][m.start():m.end()]) for f, t in enumerate(texts) for m in re.finditer(r"\S+", t)]
    return [w for w, c in words if min(c) == 0], [w for w, c in words if max(c) > 1]


def score(layout: Layout, pairs: list[dict], unpaired: list[dict]) -> dict:
    texts = {(key(ko), key(en)): (ko, en) for ko, en, _ in layout.gold["pairs"]}
    want = Counter((key(ko), key(en)) for ko, en, maybe in layout.gold["pairs"] if not maybe)
    either = {(key(ko), key(en)) for ko, en, maybe in layout.gold["pairs"] if maybe}
    optional = {key(text) for _, text, maybe in layout.gold["unpaired"] if maybe}
    n_gold, exact, debatable, errors = sum(want.values()), 0, 0, []
    for p in pairs:
        k = (key(p["ko"]), key(p["en"]))
        if want[k] > 0:
            want[k] -= 1
            exact += 1
        elif k in either or not optional.isdisjoint(k):
            debatable += 1
        else:
            errors.append(f"wrong ({p['score']}): {p['ko'][:60]!r} | {p['en'][:60]!r}")
    wrong, missed = len(errors), list(want.elements())
    errors += [f"missed: {texts[k][0][:60]!r} | {texts[k][1][:60]!r}" for k in missed]
    one_sided = [(text, p) for _, text, maybe in layout.gold["unpaired"] if not maybe and key(text)
                 for p in pairs if key(text) in key(p["ko"]) or key(text) in key(p["en"])]
    errors += [f"one-sided paired: {text!r} in {p['ko'][:60]!r} | {p['en'][:60]!r}" for text, p in one_sided]
    lost, doubled = coverage(layout, pairs, unpaired)
    errors += [f"words {what}: {' '.join(words)[:120]!r}" for what, words in (("lost", lost), ("doubled", doubled))
               if words]
    return {"gold": n_gold, "pairs": len(pairs), "exact": exact, "wrong": wrong, "missed": len(missed),
            "debatable": debatable, "one-sided paired": len(one_sided), "words lost": len(lost),
            "words doubled": len(doubled), "errors": errors}
