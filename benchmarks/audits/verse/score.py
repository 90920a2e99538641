"""The verse audit's scoring: by position, so that a repeated line pairs with its own
occurrence.

Each gold line is found, in the order the files hold them, in the text the aligner reads
(the reader's extracted text: a subtitle file's cue lines), which gives each occurrence its
own span. A pair's Korean lines are the Korean gold lines its spans touch (its Korean spans,
and in a bilingual file its English spans too), likewise its English lines. A pair is

- *exact*: its lines are a gold bead's (to pair) and it covers all their text, once a bead;
  a bead is also exact when found *as sentences*: split pairs within it that cover it all
  (a speech bubble of two sentences, paired sentence by sentence);
- *debatable*: the same for a bead that may be paired or not;
- *merged*: its lines are those of two or more whole beads to pair, covered whole (a
  coarser bead: lines of verse joined into one sentence on both sides);
- *split*: its lines lie within one bead's, not covering it all (a finer bead);
- *wrong*: anything else; *cross* counts the wrong pairs whose texts are a gold pair's
  texts: a repeated line paired with another occurrence of its translation.

A bead to pair is *missed* when no pair is exact for it. *One-sided paired*: a line one side
only has inside a pair (once a line). *Text lost* / *chars doubled*: runs of the read text
that no pair or unpaired segment covers, characters two cover.
"""

from __future__ import annotations

import re

from layout import Layout, uncovered

COLUMNS = ("as sentences", "debatable", "merged", "split", "cross", "one-sided paired", "text lost", "chars doubled")


def key(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def file_coverage(texts: list[str], pairs: list[dict], unpaired: list[dict], side_file: dict[str, int],
                  key) -> tuple[list[str], int]:
    """*Text lost* and *chars doubled* over the read ``texts``: each pair's side in the file
    of its language (``side_file``), each unpaired segment in its language's file, or, of no
    language, the file whose text at its span is its text (by ``key``)."""
    spans: list[list[tuple[int, int]]] = [[] for _ in texts]
    for p in pairs:
        for side in ("ko", "en"):
            spans[side_file[side]] += p[f"{side}_spans"]
    for u in unpaired:
        a, b = int(u["start"]), int(u["end"])
        f = side_file.get(u["lang"])
        if f is None:
            f = next((i for i, t in enumerate(texts) if key(t[a:b]) == key(u["text"])), 0)
        spans[f].append((a, b))
    lost, doubled = [], 0
    for f, t in enumerate(texts):
        runs, twice = uncovered(t, spans[f])
        lost += [f"{f}@{i}: {t[i:j].strip()[:60]!r}" for i, j in runs]
        doubled += twice
    return lost, doubled


def found_as_sentences(to_pair: list[int], found: set[int], split_cover: dict, beads, chars, spans) -> int:
    """Add to ``found`` each bead to pair found as its sentences: pairs within it (split) that
    cover all its text (``split_cover[b]``: the characters they cover in each file; ``chars[n]``
    the characters of gold line ``n``, at ``spans[n]``, None for a line not read); how many.
    The verse, community, classics and tourism sets count them so."""
    count = 0
    for b in to_pair:
        if b in found or b not in split_cover:
            continue
        ko, en = beads[b][1], beads[b][2]
        if all(chars[n] <= split_cover[b].get(spans[n][0], set()) for n in ko + en if spans[n] is not None):
            found.add(b)
            count += 1
    return count


def line_spans(texts: list[str], lines) -> list[tuple[int, int, int]]:
    """Each gold line's (file, start, end) in the read texts, found in file order."""
    pos = [0] * len(texts)
    out = []
    for f, _, text, _ in lines:
        i = texts[f].find(text, pos[f])
        if i < 0:
            raise ValueError(f"gold line not in the read text of file {f}: {text!r}")
        out.append((f, i, i + len(text)))
        pos[f] = i + len(text)
    return out


def score(layout: Layout, pairs: list[dict], unpaired: list[dict]) -> dict:
    gold = layout.gold
    lines, beads = gold["lines"], gold["beads"]
    texts = layout.read()
    spans = line_spans(texts, lines)
    side_file = {"ko": 0, "en": len(texts) - 1}

    # which characters of each file each pair covers
    def covered(p) -> dict[int, set[int]]:
        out: dict[int, set[int]] = {0: set(), len(texts) - 1: set()}
        for side in ("ko", "en"):
            for a, b in p[f"{side}_spans"]:
                out[side_file[side]].update(range(a, b))
        return out

    def nonspace(f, a, b) -> set[int]:
        return {i for i in range(a, b) if not texts[f][i].isspace()}

    line_chars = [nonspace(f, a, b) for f, a, b in spans]
    counts = {"exact": 0, "debatable": 0, "merged": 0, "split": 0, "wrong": 0, "cross": 0}
    found = set()
    errors = []
    bead_of_lines = {}
    for b, (kind, ko, en) in enumerate(beads):
        bead_of_lines[(tuple(ko), tuple(en))] = b
    gold_texts = {(key(" ".join(lines[i][2] for i in ko)), key(" ".join(lines[i][2] for i in en)))
                  for kind, ko, en in beads if kind in "PD" and ko and en}
    one_sided_hit = set()
    split_cover: dict[int, dict[int, set[int]]] = {}  # bead -> file -> characters its split pairs cover
    for p in pairs:
        cov = covered(p)
        touched = [n for n, (f, a, b) in enumerate(spans) if cov[f] & line_chars[n]]
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
        elif ko and en and len(bead_ids) > 1 and whole and all(beads[i][0] in "PD" for i in bead_ids) \
                and set(ko) == {n for i in bead_ids for n in beads[i][1]} \
                and set(en) == {n for i in bead_ids for n in beads[i][2]}:
            what = "merged"
        if what is None:
            counts["wrong"] += 1
            where = f"ko lines {list(ko)} en lines {list(en)}"
            cross = (key(p["ko"]), key(p["en"])) in gold_texts
            counts["cross"] += cross
            errors.append(f"{'cross' if cross else 'wrong'} ({p.get('score')}; {where}): "
                          f"{p['ko'][:60]!r} | {p['en'][:60]!r}")
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
    errors += [f"one-sided paired: {lines[n][2][:70]!r}" for n in sorted(one_sided_hit)]

    lost, doubled = file_coverage(texts, pairs, unpaired, side_file, key)
    errors += [f"text lost {run}" for run in lost]
    if doubled:
        errors.append(f"chars doubled: {doubled}")
    return {"gold": len(to_pair), "pairs": len(pairs), "exact": counts["exact"] + as_sentences,
            "as sentences": as_sentences, "wrong": counts["wrong"],
            "missed": len(missed), "debatable": counts["debatable"], "merged": counts["merged"],
            "split": counts["split"], "cross": counts["cross"], "one-sided paired": len(one_sided_hit),
            "text lost": len(lost), "chars doubled": doubled, "errors": errors}
