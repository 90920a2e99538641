"""The phrase book audit's scoring, as the audit scored it (its ``score.py``).

A pair's side holds the items its spans overlap. A pair is *exact* when both sides hold
the same one item and cover all of its text on each side (a "P" item's English without
its "(polite)" / "(casual)" label); *partial* when they hold the same one item but not all
of it; *merged* when they hold the same several items; every other pair is *wrong*. The
gold is the items present on both sides of the layout; one is *missed* when no exact,
partial or merged pair holds it. *Unpaired*: the segments the aligner left unpaired.
"""

from __future__ import annotations

from layout import Layout, overlaps

from .gold import ITEMS

KIND = {i: k for i, k, *_ in ITEMS}
COLUMNS = ("partial", "merged", "unpaired")


def score(layout: Layout, pairs: list[dict], unpaired: list[dict]) -> dict:
    spans = {"ko": [], "en": []}
    for lst in layout.gold.values():
        for item, lang, s, e in lst:
            if lang == "en" and KIND[item] == "P":
                e = s + ITEMS[item][2].index(" (")
            spans[lang].append((item, s, e))
    present = {lang: {i for i, *_ in spans[lang]} for lang in spans}
    expected = present["ko"] & present["en"]
    counts, got, errors = {"exact": 0, "partial": 0, "merged": 0, "wrong": 0}, set(), []
    for p in pairs:
        items, full = {}, {}
        for lang in ("ko", "en"):
            cover = {}
            for i, s, e in spans[lang]:
                for a, b in p[f"{lang}_spans"]:
                    if overlaps(a, b, s, e):
                        cover[i] = cover.get(i, 0) + min(b, e) - max(a, s)
            items[lang] = set(cover)
            full[lang] = all(cover[i] >= e - s for i, s, e in spans[lang] if i in cover)
        if items["ko"] == items["en"] and items["ko"]:
            kind = "merged" if len(items["ko"]) > 1 else "exact" if full["ko"] and full["en"] else "partial"
            got |= items["ko"]
        else:
            kind = "wrong"
        counts[kind] += 1
        if kind != "exact":
            errors.append(f"{kind} {sorted(items['ko'])} {sorted(items['en'])} ({p['score']}): "
                          f"{p['ko'][:60]!r} | {p['en'][:60]!r}")
    missed = sorted(expected - got)
    errors += [f"missed {i} [{KIND[i]}]: {ITEMS[i][3]!r} | {ITEMS[i][2]!r}" for i in missed]
    return {"gold": len(expected), "pairs": len(pairs), **counts, "missed": len(missed),
            "unpaired": len(unpaired), "errors": errors}
