"""The games audit's scoring.

Texts are compared as *keys*: white space and zero-width marks left out, and the spaces,
dashes, bullets, bars and "#" at their ends (a Markdown heading's or a bullet's mark kept
or not). A pair is *exact* when its keys are a gold pair's not yet found (a pair that
occurs three times is gold three times); *debatable* when it is a debatable pair, or both
its sides are texts the gold lets be paired or not (``either``); else *wrong*. A gold pair
no pair is exact for is *missed*; pairs made as a gold pair's fair alternative (a line or
a cell whole, or as its sentences: ``alternatives``) count as it. The checks, on each file's text as the aligner's reader
extracts it: *offset errors*, pairs' sides and unpaired segments whose spans do not give
back their text; *text lost*, runs of text no pair or unpaired segment covers; *chars
doubled*, characters two cover; *not unpaired*, gold lines without counterpart that are
inside a pair; *chrome paired*, site chrome inside a pair (once a pair); *tokens broken*,
placeholders, tags and names no pair's side or unpaired segment holds whole.
"""

from __future__ import annotations

import re
from collections import Counter

from layout import Layout

from docs.score import coverage, extracted  # the same checks as the docs set

COLUMNS = ("debatable", "offset errors", "text lost", "chars doubled", "not unpaired", "chrome paired",
           "tokens broken")
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u00ad\u2060\ufeff"))
ENDS = " \t-–—•·*|■▶#"


def key(text: str) -> str:
    return re.sub(r"\s+", "", text.translate(ZERO_WIDTH)).strip(ENDS)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def offset_errors(docs: dict[str, str], pairs: list[dict], unpaired: list[dict]) -> list[str]:
    errors = []
    for p in pairs:
        for lang in ("ko", "en"):
            text = " ".join(docs[lang][a:b] for a, b in p[f"{lang}_spans"])
            if key(text) != key(p[lang]):
                errors.append(f"offsets {lang}: {p[lang][:60]!r} vs {text[:60]!r}")
    for u in (u for u in unpaired if u["lang"] in docs):
        text = docs[u["lang"]][int(u["start"]):int(u["end"])]
        if key(text) != key(u["text"]):
            errors.append(f"offsets unpaired {u['lang']}: {u['text'][:60]!r} vs {text[:60]!r}")
    return errors


def score(layout: Layout, pairs: list[dict], unpaired: list[dict]) -> dict:
    g = layout.gold
    want = Counter((key(k), key(e)) for k, e in g["pairs"])
    n_gold = sum(want.values())
    maybe = {(key(k), key(e)) for k, e in g["debatable"]}
    either = {key(t) for t in g["either"]}
    exact = debatable = 0
    wrong = []
    made = Counter((key(p["ko"]), key(p["en"])) for p in pairs)
    taken = Counter()  # pairs made as a gold pair's fair alternative
    for g_pairs, a_pairs in g["alternatives"]:
        gk = Counter((key(k), key(e)) for k, e in g_pairs)
        ak = Counter((key(k), key(e)) for k, e in a_pairs)
        if any(made[k] - taken[k] < n for k, n in gk.items()) and all(made[k] - taken[k] >= n for k, n in ak.items()):
            taken.update(ak)
            for k, n in gk.items():
                want[k] = max(0, want[k] - n)
            exact += sum(gk.values())
    for p in pairs:
        k = (key(p["ko"]), key(p["en"]))
        if taken[k] > 0:
            taken[k] -= 1
            continue
        if want[k] > 0:
            want[k] -= 1
            exact += 1
        elif k in maybe or (k[0] in either and k[1] in either):
            debatable += 1
        else:
            wrong.append((p["ko"], p["en"]))
    texts = {(key(k), key(e)): (k, e) for k, e in g["pairs"]}
    missed = [texts[k] for k, n in want.items() for _ in range(n)]
    docs = extracted(layout)
    offsets = offset_errors(docs, pairs, unpaired)
    lost, doubled = coverage(docs, len(layout.files) == 1, pairs, unpaired)
    sides = [key(p[lang]) for p in pairs for lang in ("ko", "en")]
    not_unpaired = [(lang, t) for lang, t in g["unpaired"] if any(key(t) in s for s in sides)]
    chrome = [(c, p) for c in g["never_paired"] for p in pairs if key(c) in key(p["ko"]) or key(c) in key(p["en"])]
    held = [norm(p[lang]) for p in pairs for lang in ("ko", "en")] + [norm(u["text"]) for u in unpaired]
    broken = [t for t in g["tokens"] if not any(norm(t) in h for h in held)]
    errors = ([f"wrong: {k[:70]!r} | {e[:70]!r}" for k, e in wrong]
              + [f"missed: {k[:70]!r} | {e[:70]!r}" for k, e in missed]
              + offsets + [f"text lost {run}" for run in lost]
              + [f"not unpaired: {lang} {t[:70]!r}" for lang, t in not_unpaired]
              + [f"chrome paired: {c!r} in {p['ko'][:50]!r} | {p['en'][:50]!r}" for c, p in chrome]
              + [f"token broken: {t!r}" for t in broken])
    return {"gold": n_gold, "pairs": len(pairs), "exact": exact, "wrong": len(wrong), "missed": len(missed),
            "debatable": debatable, "offset errors": len(offsets), "text lost": len(lost), "chars doubled": doubled,
            "not unpaired": len(not_unpaired), "chrome paired": len(chrome), "tokens broken": len(broken),
            "errors": errors}
