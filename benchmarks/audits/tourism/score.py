"""The tourism audit's scoring: by position (``verse/score.py``'s approach), so that a
repeated line ("내리실 문은 오른쪽입니다." three times) pairs with its own occurrence.

Each gold line or sentence is found, in the order its file holds them, in the text the
aligner's reader extracts (white space may differ: a PDF's wrapped lines), which gives each
occurrence its own span. A pair's Korean lines are the Korean gold lines its spans touch,
likewise its English lines, likewise the lines in neither language (Chinese, Japanese). A
pair is

- *exact*: its lines are a gold bead's (to pair) and it covers all their text, once a bead;
  a bead is also exact when found *as sentences*: pairs within it that cover it all;
- *debatable*: the same for a bead that may be paired or not, or a pair of page chrome that
  translates its counterpart (a menu item, the breadcrumbs);
- *merged*: its lines are those of two or more whole beads to pair (a coarser bead);
- *split*: its lines lie within one bead's, not covering it all;
- *wrong*: anything else: among them *cross* (a repeated line paired with another
  occurrence of its translation), *foreign paired* (a pair holding Chinese or Japanese
  text), *chrome paired* (a pair touching no gold line: page chrome).

A bead to pair is *missed* when no pair is exact for it. *Not unpaired*: a line one side
only, or in neither language, inside a pair (once a line). *Text lost* / *chars doubled*:
runs of the read text that no pair or unpaired segment covers, characters two cover. *Out of
order*: gold lines found before the line ahead of them in the read text (a PDF table the
reader put out of order; each is looked for from its file's start, at a place no line took).
The civic set scores so too.
"""

from __future__ import annotations

import re

from layout import Layout

from verse.score import file_coverage, found_as_sentences

COLUMNS = ("as sentences", "debatable", "merged", "split", "cross", "foreign paired", "chrome paired",
           "not unpaired", "out of order", "text lost", "chars doubled")


def key(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("・", "·")


def line_spans(texts: list[str], lines) -> tuple[list[tuple[int, int, int]], int]:
    """Each gold line's (file, start, end) in the read texts, found in file order, white
    space ignored, standing between white space (or the text's ends); a line not found
    after the one before it (a PDF table the reader put out of order) is looked for from
    its file's start, at a place no line took yet: how many were, the second value."""
    pos = [0] * len(texts)
    taken: list[list[tuple[int, int]]] = [[] for _ in texts]
    out, late = [], 0

    def bounded(t: str, m) -> bool:
        return (m.start() == 0 or t[m.start() - 1].isspace()) and (m.end() == len(t) or t[m.end()].isspace())

    for f, _, text, _ in lines:
        t = texts[f]
        pattern = re.compile(r"\s*".join(re.escape(c) if c != "·" else "[·・]" for c in _flat(text)))
        free = [m for m in pattern.finditer(t) if bounded(t, m)
                and not any(a < m.end() and m.start() < b for a, b in taken[f])]
        m = next((m for m in free if m.start() >= pos[f]), None)
        if m is None:
            m = next(iter(free), None)
            if m is None:
                raise ValueError(f"gold line not in the read text of file {f}: {text!r}")
            late += 1
        else:
            pos[f] = m.end()
        taken[f].append((m.start(), m.end()))
        out.append((f, m.start(), m.end()))
    return out, late


def score(layout: Layout, pairs: list[dict], unpaired: list[dict]) -> dict:
    gold = layout.gold
    lines, beads = gold["lines"], gold["beads"]
    texts = layout.read()
    spans, late = line_spans(texts, lines)
    side_file = {"ko": 0, "en": len(texts) - 1}

    def covered(p) -> dict[int, set[int]]:
        out: dict[int, set[int]] = {0: set(), len(texts) - 1: set()}
        for side in ("ko", "en"):
            for a, b in p[f"{side}_spans"]:
                out[side_file[side]].update(range(a, b))
        return out

    def nonspace(f, a, b) -> set[int]:
        return {i for i in range(a, b) if not texts[f][i].isspace()}

    line_chars = [nonspace(f, a, b) for f, a, b in spans]
    counts = dict.fromkeys(("exact", "debatable", "merged", "split", "wrong", "cross", "foreign paired",
                            "chrome paired"), 0)
    found, errors = set(), []
    bead_of_lines = {(tuple(ko), tuple(en)): b for b, (kind, ko, en) in enumerate(beads) if kind in "PD"}
    gold_texts = {(key(" ".join(lines[i][2] for i in ko)), key(" ".join(lines[i][2] for i in en)))
                  for kind, ko, en in beads if kind in "PD" and ko and en}
    chrome_ok = {(key(k), key(e)) for k, e in gold.get("chrome_ok", [])}
    one_sided_hit = set()
    split_cover: dict[int, dict[int, set[int]]] = {}
    for p in pairs:
        cov = covered(p)
        touched = [n for n, (f, a, b) in enumerate(spans) if cov[f] & line_chars[n]]
        ko = tuple(n for n in touched if lines[n][1] == "ko")
        en = tuple(n for n in touched if lines[n][1] == "en")
        foreign = [n for n in touched if lines[n][1] == "xx"]
        whole = all(line_chars[n] <= cov[spans[n][0]] for n in touched)
        for n in touched:
            if beads[lines[n][3]][0] in "KEX":
                one_sided_hit.add(n)
        b = bead_of_lines.get((ko, en))
        bead_ids = {lines[n][3] for n in touched}
        what = None
        if not touched:
            what = "debatable" if (key(p["ko"]), key(p["en"])) in chrome_ok else None
        elif foreign:
            pass
        elif b is not None and whole and b not in found:
            found.add(b)
            what = "exact" if beads[b][0] == "P" else "debatable"
        elif ko and en and len(bead_ids) == 1 and beads[next(iter(bead_ids))][0] in "PD":
            what = "split"
            for f, chars in cov.items():
                split_cover.setdefault(next(iter(bead_ids)), {}).setdefault(f, set()).update(chars)
        elif ko and en and len(bead_ids) > 1 and whole and all(beads[i][0] in "PD" for i in bead_ids) \
                and set(ko) == {n for i in bead_ids for n in beads[i][1]} \
                and set(en) == {n for i in bead_ids for n in beads[i][2]}:
            what = "merged"
        if what is None:
            counts["wrong"] += 1
            where = f"ko lines {list(ko)} en lines {list(en)}"
            if not touched:
                label = "chrome paired"
            elif foreign:
                label = "foreign paired"
            elif (key(p["ko"]), key(p["en"])) in gold_texts:
                label = "cross"
            else:
                label = None
            if label:
                counts[label] += 1
            errors.append(f"{label or 'wrong'} ({p.get('score')}; {where}): {p['ko'][:60]!r} | {p['en'][:60]!r}")
        else:
            counts[what] += 1
            if what in ("merged", "split"):
                errors.append(f"{what} ({p.get('score')}): {p['ko'][:60]!r} | {p['en'][:60]!r}")
    to_pair = [b for b, (kind, _, _) in enumerate(beads) if kind == "P"]
    as_sentences = found_as_sentences(to_pair, found, split_cover, beads, line_chars, spans)
    missed = [b for b in to_pair if b not in found]
    for b in missed:
        _, ko, en = beads[b]
        errors.append(f"missed (bead {b}): {' / '.join(lines[i][2] for i in ko)[:60]!r} | "
                      f"{' / '.join(lines[i][2] for i in en)[:60]!r}")
    errors += [f"not unpaired: {lines[n][2][:70]!r}" for n in sorted(one_sided_hit)]
    if late:
        errors.append(f"out of order: {late} gold lines found before the line ahead of them in the read text")
    lost, doubled = file_coverage(texts, pairs, unpaired, side_file, key)
    errors += [f"text lost {run}" for run in lost]
    if doubled:
        errors.append(f"chars doubled: {doubled}")
    return {"gold": len(to_pair), "pairs": len(pairs), "exact": counts["exact"] + as_sentences,
            "as sentences": as_sentences, "wrong": counts["wrong"], "missed": len(missed),
            "debatable": counts["debatable"], "merged": counts["merged"], "split": counts["split"],
            "cross": counts["cross"], "foreign paired": counts["foreign paired"],
            "chrome paired": counts["chrome paired"], "not unpaired": len(one_sided_hit), "out of order": late,
            "text lost": len(lost), "chars doubled": doubled, "errors": errors}
