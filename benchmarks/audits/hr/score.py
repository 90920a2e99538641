"""The hr set's scoring.

Texts are compared as *keys*: white space and zero-width marks left out, a leading list
mark ("•", "-", "1." not before a digit) and the dashes and bars at their ends. Each gold
unit has its fair readings (a label–value line whole, or its label pair and its value pair
apart): it is *exact* when every pair of one reading is among the pairs made (each made
pair serves one unit); the pairs left are *debatable* when a debatable pair's, else
*wrong*; a unit no reading of which is made is *missed*. *Not unpaired*: a text the gold
leaves unpaired (a line one side only), or one of its sentences, inside a pair.
*Chrome paired*: a string of the page's chrome (menu, language switch, share links, other
openings, footer) inside a wrong pair (chrome that translates its counterpart, the share
links, is debatable). *Offset errors*, *text lost*, *chars doubled*: on each
file's text as the aligner's reader extracts it (``docs/score.py``'s checks).
"""

from __future__ import annotations

import re
from collections import Counter

from layout import Layout

from docs.score import coverage, extracted, offset_errors

COLUMNS = ("debatable", "not unpaired", "chrome paired", "offset errors", "text lost", "chars doubled")
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u00ad\u2060\ufeff"))
ENDS = "-–—•·|"


def key(text: str) -> str:
    """What a text is compared by."""
    text = re.sub(r"\s+", "", text.translate(ZERO_WIDTH))
    return re.sub(r"^(?:\d+\.(?!\d)|[-•·*])", "", text).strip(ENDS)


def score(layout: Layout, pairs: list[dict], unpaired: list[dict], key=key, chrome_column: str = "chrome paired"
          ) -> dict:
    """The layout's figures (see the module's docstring), texts compared by ``key``; the
    strings of ``gold["never_paired"]`` in a wrong pair counted as ``chrome_column`` (the
    education, business, medical and finance sets score so too, each with its own key)."""
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
            whole = [r for r in readings if len(r) == 1]  # a line whole, where one reading is
            missed.append((whole or readings)[0][0])
    either = {(key(k), key(e)) for k, e in gold["debatable"]}
    debatable = sum(n for k, n in made.items() if k in either)
    left = Counter({k: n for k, n in made.items() if k not in either})
    errors, bad = [], []
    for p in pairs:
        k = (key(p["ko"]), key(p["en"]))
        if left[k] > 0:
            left[k] -= 1
            bad.append(p)
            errors.append(f"wrong ({p['score']}): {p['ko'][:70]!r} | {p['en'][:70]!r}")
    wrong = len(errors)
    errors += [f"missed: {m[0][:70]!r} | {m[1][:70]!r}" for m in missed]
    pieces = [piece for t in gold["unpaired"] for piece in re.split(r"(?<=[.!?])\s+", t) if len(key(piece)) > 3]
    not_unpaired = [(t, p) for t in pieces for p in pairs if key(t) in key(p["ko"]) or key(t) in key(p["en"])]
    errors += [f"not unpaired: {t[:50]!r} in {p['ko'][:50]!r} | {p['en'][:50]!r}" for t, p in not_unpaired]
    chrome = [(s, p) for lang, items in dict(gold["never_paired"] or {}).items() for s in items for p in bad
              if key(s) in key(p[lang])]
    errors += [f"{chrome_column}: {s!r} in {p['ko'][:50]!r} | {p['en'][:50]!r}" for s, p in chrome]
    docs = extracted(layout)
    offsets = offset_errors(docs, pairs, unpaired)
    lost, doubled = coverage(docs, len(layout.files) == 1, pairs, unpaired)
    # the brackets around a gloss are in no segment by design (segmenting.segmenter): not lost
    lost = [run for run in lost if not re.search(r": '[()（）\s]*'$", run)]
    errors += offsets + [f"text lost {run[:100]}" for run in lost]
    return {"gold": len(gold["items"]), "pairs": len(pairs), "exact": found, "wrong": wrong,
            "missed": len(missed), "debatable": debatable, "not unpaired": len(not_unpaired),
            chrome_column: len(chrome), "offset errors": len(offsets), "text lost": len(lost),
            "chars doubled": doubled, "errors": errors}
