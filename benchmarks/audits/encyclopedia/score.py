"""The encyclopedia set's scoring.

Texts are compared with their white space collapsed. A pair is *exact* when it is a gold
pair (each counted once), *debatable* when it is a debatable one, else *wrong*; a gold pair
no pair is is *missed*. *marks moved*: the wrong pairs that would be a gold or debatable pair
with their citation and note marks ("[1]", "[출처 필요]", "¹", a digit glued after a full
stop) left out of both: a mark carried to the next sentence or lost. The checks on each
file's text as the aligner's reader extracts it (as ``docs/score.py``): *offset errors*,
*text lost*, *chars doubled*; a gold pair found as one of its
other readings (``gold.py``'s alternatives) is exact; *not unpaired*: a gold text to leave unpaired (a sentence
without counterpart, a reference) that a pair holds, whole or in part (a piece of it of 8
characters or more); *chrome paired*: page furniture (navigation, footer, "[편집]") inside a pair.
"""

from __future__ import annotations

import re

from layout import Layout

from docs.score import coverage, extracted, offset_errors  # the same checks as the docs set

COLUMNS = ("debatable", "marks moved", "offset errors", "text lost", "chars doubled", "not unpaired", "chrome paired")

_MARKS = re.compile(r"\[(?:\d+|출처 필요|citation needed)\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=[.)다])\d(?=\s|$)")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def bare(text: str) -> str:
    return norm(_MARKS.sub("", text))


def score(layout: Layout, pairs: list[dict], unpaired: list[dict]) -> dict:
    gold = layout.gold
    want = {(norm(k), norm(e)) for k, e in gold["pairs"]}
    either = {(norm(k), norm(e)) for k, e in gold["debatable"]}
    made = [(norm(p["ko"]), norm(p["en"])) for p in pairs]
    alt = {(norm(k), norm(e)): {(norm(a), norm(b)) for a, b in alts} for (k, e), alts in gold.get("alt", {}).items()}
    within = [(norm(k), norm(e)) for k, e in gold.get("within", [])]
    # a piece of an entry paired with a piece of the same work's entry in the other list
    either |= {p for p in made for k, e in within if p[0] in k and p[1] in e}
    found = {g for g in want if g in made or alt.get(g, set()) & set(made)}
    good = want | {a for g in found for a in alt.get(g, ())}
    wrong = [p for p in made if p not in good and p not in either]
    missed = sorted(want - found)
    loose = {(bare(k), bare(e)) for k, e in want | either}
    moved = [p for p in wrong if (bare(p[0]), bare(p[1])) in loose]
    docs = extracted(layout)
    offsets = offset_errors(docs, pairs, unpaired)
    lost, doubled = coverage(docs, len(layout.files) == 1, pairs, unpaired)
    sides = [side for p in made for side in p]
    not_unpaired = [t for t in map(norm, gold["unpaired"])
                    if any(t in s or (len(s) >= 8 and s in t) for s in sides)]
    chrome = [(c, p) for lang, items in gold.get("never_paired", {}).items() for c in items
              for p in made if c in p[lang == "en"]]
    errors = ([f"wrong{' (marks moved)' if p in moved else ''}: {p[0][:70]!r} | {p[1][:70]!r}" for p in wrong]
              + [f"missed: {k[:70]!r} | {e[:70]!r}" for k, e in missed]
              + offsets + [f"text lost {run}" for run in lost] + [f"not unpaired: {t[:80]!r}" for t in not_unpaired]
              + [f"chrome paired: {c!r} in {k[:50]!r} | {e[:50]!r}" for c, (k, e) in chrome])
    return {"gold": len(want), "pairs": len(pairs), "exact": len(found), "wrong": len(wrong),
            "missed": len(missed), "debatable": sum(1 for p in made if p in either and p not in good),
            "marks moved": len(moved), "offset errors": len(offsets), "text lost": len(lost), "chars doubled": doubled,
            "not unpaired": len(not_unpaired), "chrome paired": len(chrome), "errors": errors}
