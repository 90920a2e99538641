"""The literary audit's scoring, as the audit scored it (its ``score.py``).

A pair is *exact* when both its sides hold the sentences of one gold unit, all of their
non-space characters and nothing else (a Korean side from the reprinted epigraph is not);
two reordered units paired together as one 2-2 pair count apart (*2-2 merged*); every
other pair is *wrong*. A gold pair is *missed* when no pair is exact for it (nor one of a
2-2 merge). A one-sided unit's side (untranslated sentences, translator's notes, the
epigraph, the scene break) is *left unpaired* when none of its sentences is in a pair.
"""

from __future__ import annotations

import re

from layout import Layout, overlaps

from .make import UNITS

COLUMNS = ("2-2 merged", "one-sided left unpaired")


def score(layout: Layout, pairs: list[dict], unpaired: list[dict]) -> dict:
    spans, units = layout.gold, {u["id"]: u for u in UNITS}
    text = {lang: layout.text(lang) for lang in ("ko", "en")}
    gold = {"ko": [], "en": []}  # (start, end, unit, key) of each gold sentence
    for uid, keys in spans.items():
        for key, lst in keys.items():
            gold["ko" if key.startswith("ko") else "en"] += [(a, b, uid, key) for a, b in lst]

    def units_of(side: str, a: int, b: int) -> set[tuple[str, str]]:
        return {(u, k) for x, y, u, k in gold[side] if overlaps(x, y, a, b)}

    def nonspace(side: str, where: list[list[int]]) -> int:
        return sum(len(re.sub(r"\s", "", text[side][a:b])) for a, b in where)

    exact, merged, wrong, paired = set(), [], [], {"ko": [], "en": []}
    for p in pairs:
        ku = set().union(*(units_of("ko", a, b) for a, b in p["ko_spans"]))
        eu = set().union(*(units_of("en", a, b) for a, b in p["en_spans"]))
        for side in paired:
            paired[side] += p[f"{side}_spans"]
        kid, eid = {u for u, _ in ku}, {u for u, _ in eu}
        if kid == eid and len(kid) == 1 and all(k == "ko" for _, k in ku):
            (u,) = kid
            if (nonspace("ko", spans[u]["ko"]) == nonspace("ko", p["ko_spans"])
                    and nonspace("en", spans[u]["en"]) == nonspace("en", p["en_spans"])):
                exact.add(u)
                continue
        if kid == eid and len(kid) == 2 and all(units[u]["kind"] == "reordered" for u in kid):
            merged.append(sorted(kid))
            continue
        wrong.append(f"wrong ({p['score']}): {p['ko'][:60]!r} | {p['en'][:60]!r}; units {sorted(ku)} {sorted(eu)}")

    both = [u for u in UNITS if u["en"] and u["ko"] and u["kind"] != "break"]
    missed = [u for u in both if u["id"] not in exact and not any(u["id"] in m for m in merged)]
    one_sided = []  # (side, sentence spans) of each side of a unit without a gold pair
    for u in UNITS:
        if u not in both:
            one_sided += [("ko" if key.startswith("ko") else "en", lst) for key, lst in spans.get(u["id"], {}).items()]
    left = sum(not any(overlaps(a, b, x, y) for a, b in lst for x, y in paired[side]) for side, lst in one_sided)
    errors = wrong + [f"missed {u['id']}: {' '.join(u['ko'])[:60]!r} | {' '.join(u['en'])[:60]!r}" for u in missed]
    return {"gold": len(both), "pairs": len(pairs), "exact": len(exact), "wrong": len(wrong), "missed": len(missed),
            "2-2 merged": len(merged), "one-sided left unpaired": f"{left} / {len(one_sided)}", "errors": errors}
