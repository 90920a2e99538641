"""The classics audit's scoring: by position (``verse/score.py``'s approach), so that a
repeated verse or formula pairs with its own occurrence.

Each gold segment is found, in the order the files hold them, in the text the aligner's
reader extracts, white space aside (a PDF's or Word file's lines and spaces are the
reader's), and, in a PDF, skipping the page heads and numbers it prints on every page (the
layout's ``furniture``) wherever they fall. A pair's Korean segments are the gold segments
its Korean spans touch (in a bilingual file its English spans too), likewise its English
ones. A Hanja line (``H``) a pair touches is set aside when the pair's other segments are a
bead that line may join (its reading's, the next one); else it stays and spoils the pair.
A pair is

- *exact*: its segments are a gold bead's (to pair) and it covers all their text, once a
  bead; a bead is also exact when found *as sentences*: split pairs within it that cover it
  all (a judgment's sentence paired clause by clause with the English sentences);
- *debatable*: the same for a bead that may be paired or not;
- *merged*: the segments of two or more whole beads to pair, covered whole;
- *split*: within one bead, not covering it all;
- *wrong*: anything else; *cross* counts the wrong pairs whose texts are a gold pair's
  texts (a repeated verse paired with another occurrence of its translation).

A bead to pair is *missed* when no pair is exact for it. *Hanja taken*: Hanja lines taken
into their reading's pair (fair). *One-sided paired*: a segment one side only has inside a
pair. *Furniture paired*: a PDF's page head or number inside a pair. *Out of order*: gold
segments the reader gives out of the file's order (a PDF table read column by column). *Text lost* / *chars
doubled*: runs of the read text that no pair or unpaired segment covers, characters two
cover.
"""

from __future__ import annotations

import re

from layout import Layout

from verse.score import file_coverage, found_as_sentences  # the same checks as the verse set

COLUMNS = ("as sentences", "debatable", "merged", "split", "cross", "hanja taken", "one-sided paired",
           "furniture paired", "out of order", "text lost", "chars doubled")


def key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def furniture_chars(texts: list[str], patterns) -> list[set[int]]:
    out = [set() for _ in texts]
    for f, t in enumerate(texts):
        for pat in patterns:
            for m in re.finditer(pat, t):
                out[f].update(range(m.start(), m.end()))
    return out


def line_spans(texts: list[str], lines, skip: list[set[int]], disorder: list[str]) -> list[tuple[int, int, int]]:
    """Each gold segment's (file, start, end) in the read texts, found in file order, white
    space and furniture aside; a segment the reader put out of order (a PDF table's cells
    read column by column) is found where it is, an occurrence no other segment claims
    (listed in ``disorder``), trying the next occurrence where a later segment is then
    not found."""
    views = []
    for f, t in enumerate(texts):
        idx = [i for i, c in enumerate(t) if not c.isspace() and i not in skip[f]]
        views.append(("".join(t[i] for i in idx), idx))

    def occurrences(clean, k, start):
        i = clean.find(k, start)
        while i >= 0:
            yield i
            i = clean.find(k, i + 1)

    def place(n, pos, claimed):
        if n == len(lines):
            return []
        f, _, text, _ = lines[n]
        clean, idx = views[f]
        k = key(text)
        free = lambda i: not any(g == f and a < i + len(k) and i < b for g, a, b in claimed)  # noqa: E731
        tries = [(i, False) for i in occurrences(clean, k, pos[f])][:4]
        tries += [(i, True) for i in occurrences(clean, k, 0) if i < pos[f] and free(i)][:4]
        for i, out_of_order in tries:
            if not free(i):
                continue
            rest = place(n + 1, pos if out_of_order else {**pos, f: i + len(k)}, claimed + [(f, i, i + len(k))])
            if rest is not None:
                return [(f, i, k, out_of_order)] + rest
        return None

    import sys
    sys.setrecursionlimit(max(10000, sys.getrecursionlimit()))
    found = place(0, dict.fromkeys(range(len(texts)), 0), [])
    if found is None:
        raise ValueError("gold segments not all in the read text")
    out = []
    for (f, i, k, out_of_order), line in zip(found, lines):
        idx = views[f][1]
        out.append((f, idx[i], idx[i + len(k) - 1] + 1))
        if out_of_order:
            disorder.append(line[2])
    return out


def score(layout: Layout, pairs: list[dict], unpaired: list[dict]) -> dict:
    gold = layout.gold
    lines, beads = gold["lines"], gold["beads"]
    texts = layout.read()
    skip = furniture_chars(texts, gold.get("furniture", []))
    disorder: list[str] = []
    spans = line_spans(texts, lines, skip, disorder)
    side_file = {"ko": 0, "en": len(texts) - 1}

    def covered(p) -> dict[int, set[int]]:
        out: dict[int, set[int]] = {0: set(), len(texts) - 1: set()}
        for side in ("ko", "en"):
            for a, b in p[f"{side}_spans"]:
                out[side_file[side]].update(range(a, b))
        return out

    line_chars = [{i for i in range(a, b) if not texts[f][i].isspace() and i not in skip[f]} for f, a, b in spans]
    counts = {"exact": 0, "debatable": 0, "merged": 0, "split": 0, "wrong": 0, "cross": 0}
    found, errors = set(), []
    bead_of_lines = {(tuple(ko), tuple(en)): b for b, (kind, ko, en, _) in enumerate(beads) if kind in "PD"}
    gold_texts = {(key(" ".join(lines[i][2] for i in ko)), key(" ".join(lines[i][2] for i in en)))
                  for kind, ko, en, _ in beads if kind in "PD" and ko and en}
    one_sided_hit, hanja_taken, furniture_hit = set(), 0, 0
    split_cover: dict[int, dict[int, set[int]]] = {}
    for p in pairs:
        cov = covered(p)
        furniture_hit += any(cov[f] & skip[f] for f in cov)
        touched = [n for n, (f, a, b) in enumerate(spans) if cov[f] & line_chars[n]]
        hanja = [n for n in touched if beads[lines[n][3]][0] == "H"]
        core = [n for n in touched if n not in hanja]
        core_beads = {lines[n][3] for n in core}
        if hanja and any(lines[n][1] == "ko" for n in core) \
                and all(core_beads <= set(beads[lines[n][3]][3]) for n in hanja):
            hanja_taken += len(hanja)
            touched = core
        ko = tuple(n for n in touched if lines[n][1] == "ko")
        en = tuple(n for n in touched if lines[n][1] == "en")
        whole = all(line_chars[n] <= cov[spans[n][0]] for n in touched)
        for n in touched:
            if beads[lines[n][3]][0] in "KE":
                one_sided_hit.add(n)
        b = bead_of_lines.get((ko, en))
        bead_ids = {lines[n][3] for n in touched}
        what = None
        if b is not None and whole and b not in found:
            found.add(b)
            what = "exact" if beads[b][0] == "P" else "debatable"
        elif ko and en and len(bead_ids) == 1 and beads[next(iter(bead_ids))][0] in "PD":
            what = "split"
            for f, chars in cov.items():
                split_cover.setdefault(next(iter(bead_ids)), {}).setdefault(f, set()).update(chars)
        elif ko and en and len(bead_ids) > 1 and whole and all(beads[i][0] == "P" for i in bead_ids) \
                and set(ko) == {n for i in bead_ids for n in beads[i][1]} \
                and set(en) == {n for i in bead_ids for n in beads[i][2]}:
            what = "merged"
        if what is None:
            counts["wrong"] += 1
            cross = (key(p["ko"]), key(p["en"])) in gold_texts
            counts["cross"] += cross
            errors.append(f"{'cross' if cross else 'wrong'} ({p.get('score')}; ko {list(ko)} en {list(en)}): "
                          f"{p['ko'][:70]!r} | {p['en'][:70]!r}")
        else:
            counts[what] += 1
            if what in ("merged", "split"):
                errors.append(f"{what} ({p.get('score')}): {p['ko'][:70]!r} | {p['en'][:70]!r}")
    to_pair = [b for b, bead in enumerate(beads) if bead[0] == "P"]
    as_sentences = found_as_sentences(to_pair, found, split_cover, beads, line_chars, spans)
    missed = [b for b in to_pair if b not in found]
    for b in missed:
        _, ko, en, _ = beads[b]
        errors.append(f"missed (bead {b}): {' / '.join(lines[i][2] for i in ko)[:70]!r} | "
                      f"{' / '.join(lines[i][2] for i in en)[:70]!r}")
    errors += [f"one-sided paired: {lines[n][2][:70]!r}" for n in sorted(one_sided_hit)]

    lost, doubled = file_coverage(texts, pairs, unpaired, side_file, key)
    errors += [f"text lost {run}" for run in lost]
    errors += [f"read out of order: {text[:60]!r}" for text in disorder]
    if doubled:
        errors.append(f"chars doubled: {doubled}")
    return {"gold": len(to_pair), "pairs": len(pairs), "exact": counts["exact"] + as_sentences,
            "as sentences": as_sentences, "wrong": counts["wrong"], "missed": len(missed),
            "debatable": counts["debatable"], "merged": counts["merged"], "split": counts["split"],
            "cross": counts["cross"], "hanja taken": hanja_taken, "one-sided paired": len(one_sided_hit),
            "furniture paired": furniture_hit, "out of order": len(disorder), "text lost": len(lost), "chars doubled": doubled,
            "errors": errors}
