"""The business set's scoring (``hr/score.py``'s, for this set's gold).

Texts are compared as *keys*: white space and zero-width marks left out, a leading list
mark ("•", "-", "1." not before a digit) and the dashes and bars at their ends. Each gold
unit has its fair readings (a table row whole or its label cell; a 2-2 bead whole or its
two sentences): it is *exact* when every pair of one reading is among the pairs made (each
made pair serves one unit); the pairs left are *debatable* when a debatable pair's, else
*wrong*; a unit no reading of which is made is *missed*. *Not unpaired*: a text the gold
leaves unpaired (a line one side only: a disclaimer, a banner, quoted lines the translation
left out, an "About" paragraph), or one of its sentences, inside a pair. *Headers paired*:
a mail header line of the .eml files inside a wrong pair. *Offset errors*, *text lost*,
*chars doubled*: on each file's text as the aligner's reader extracts it (``docs/score.py``'s
checks).
"""

from __future__ import annotations

import re
from collections import Counter

from docs.score import coverage, extracted, offset_errors
from layout import Layout

COLUMNS = ("debatable", "not unpaired", "headers paired", "offset errors", "text lost", "chars doubled")
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u00ad\u2060\ufeff"))
ENDS = "-–—•·|"


def key(text: str) -> str:
    """What a text is compared by."""
    text = re.sub(r"\s+", "", text.translate(ZERO_WIDTH))
    return re.sub(r"^(?:\d+\.(?!\d)|[-•·*])", "", text).strip(ENDS)


def score(layout: Layout, pairs: list[dict], unpaired: list[dict]) -> dict:
    gold = layout.gold
    made = Counter((key(p["ko"]), key(p["en"])) for p in pairs)
    found, missed = 0, []
    for readings in gold["items"]:
        for reading in readings:
            need = Counter((key(k), key(e)) for k, e in reading)
            if all(made[k] >= n for k, n in need.items()):
                made -= need
                found += 1
                break
        else:
            missed.append(readings[0][0])
    either = {(key(k), key(e)) for k, e in gold["debatable"]}
    debatable = sum(n for k, n in made.items() if k in either)
    left = Counter({k: n for k, n in made.items() if k not in either})
    errors, bad = [], []
    for p in pairs:
        k = (key(p["ko"]), key(p["en"]))
        if left[k] > 0:
            left[k] -= 1
            bad.append(p)
            errors.append(f"wrong ({p['score']}): {p['ko'][:80]!r} | {p['en'][:80]!r}")
    wrong = len(errors)
    errors += [f"missed: {m[0][:70]!r} | {m[1][:70]!r}" for m in missed]
    pieces = [piece for t in gold["unpaired"] for piece in re.split(r"(?<=[.!?])\s+", t) if len(key(piece)) > 3]
    not_unpaired = [(t, p) for t in pieces for p in pairs if key(t) in key(p["ko"]) or key(t) in key(p["en"])]
    errors += [f"not unpaired: {t[:50]!r} in {p['ko'][:50]!r} | {p['en'][:50]!r}" for t, p in not_unpaired]
    headers = [(s, p) for lang, items in gold["never_paired"].items() for s in items for p in bad
               if key(s) in key(p[lang])]
    errors += [f"header paired: {s!r} in {p['ko'][:50]!r} | {p['en'][:50]!r}" for s, p in headers]
    docs = extracted(layout)
    offsets = offset_errors(docs, pairs, unpaired)
    lost, doubled = coverage(docs, len(layout.files) == 1, pairs, unpaired)
    errors += offsets + [f"text lost {run[:100]}" for run in lost]
    return {"gold": len(gold["items"]), "pairs": len(pairs), "exact": found, "wrong": wrong,
            "missed": len(missed), "debatable": debatable, "not unpaired": len(not_unpaired),
            "headers paired": len(headers), "offset errors": len(offsets), "text lost": len(lost),
            "chars doubled": doubled, "errors": errors}
