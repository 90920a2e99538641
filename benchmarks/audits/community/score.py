"""The community audit's scoring: by position (as ``verse/score.py``), so that a repeated
message ("ㅋㅋㅋ", "잠시만 기다려 주세요.") pairs with its own occurrence, with pieces instead of
lines: a chat line is its speaker-and-time prefix (an ``M`` bead) and its message.

Each gold piece is found, in the order the files hold them, in the text the aligner reads
(white space matched loosely); site chrome the reader drops is not looked for further. A
pair's Korean pieces are the pieces its spans touch (``M`` prefixes aside), likewise its
English ones. A pair is

- *exact*: its pieces are a gold bead's (to pair) and it covers all their text, once a bead;
  a bead is also exact when found *as sentences*: split pairs within it that cover it all
  (a message of three lines paired line by line);
- *debatable*: the same for a bead that may be paired or not (headers, dates, bylines, votes);
- *prefix pair*: only a message's prefix on both sides (the message's own);
- *merged*: the pieces of two or more whole beads to pair, covered whole (a coarser bead);
- *split*: within one bead, not covering it all (a finer bead);
- *wrong*: anything else: a pair with another message's prefix in it (*prefix astray*), with
  site chrome in it (*chrome paired*), outside every gold piece, or mismatched; *cross*
  counts the wrong pairs whose texts are a gold pair's texts: a repeated line paired with
  another occurrence of its translation.

*With prefix*: exact pairs holding their own message's prefix (fair; counted to be seen).
A bead to pair is *missed* when no pair is exact for it. *One-sided paired*: a piece one
side only has inside a pair. *Text lost* / *chars doubled*: runs of the read text that no
pair or unpaired segment covers, characters two cover. *Not read*: gold pieces (other than
chrome) missing from the text the reader extracts.
"""

from __future__ import annotations

import re

from layout import Layout

from verse.score import file_coverage, found_as_sentences  # the same checks as the verse set

COLUMNS = ("as sentences", "debatable", "merged", "split", "cross", "prefix astray", "chrome paired",
           "with prefix", "one-sided paired", "text lost", "chars doubled", "not read")


def key(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def piece_spans(texts: list[str], pieces, beads) -> tuple[list, list[str]]:
    """Each gold piece's (file, start, end) in the read texts, found in file order (None for a
    piece not found: chrome the reader dropped, or an error). Chrome is looked for only between
    the pieces around it, once the others are found (a menu's "Q&A" is not the crumb's)."""
    def find(f, text, start, end):
        pattern = r"\s+".join(re.escape(w) for w in text.split())
        m = re.compile(pattern).search(texts[f], start, end)
        return None if m is None else (f, m.start(), m.end())

    out, missing = [None] * len(pieces), []
    pos = [0] * len(texts)
    for n, (f, _, text, bead) in enumerate(pieces):
        if beads[bead][0] == "C":
            continue
        out[n] = find(f, text, pos[f], len(texts[f]))
        if out[n] is None:
            missing.append(text)
        else:
            pos[f] = out[n][2]
    pos = [0] * len(texts)
    for n, (f, _, text, bead) in enumerate(pieces):
        if out[n] is not None:
            pos[f] = out[n][2]
        elif beads[bead][0] == "C":
            end = next((out[k][1] for k in range(n + 1, len(pieces)) if out[k] is not None and out[k][0] == f),
                       len(texts[f]))
            out[n] = find(f, text, pos[f], end)
            if out[n] is not None:
                pos[f] = out[n][2]
    return out, missing


def score(layout: Layout, pairs: list[dict], unpaired: list[dict]) -> dict:
    gold = layout.gold
    pieces, beads = gold["pieces"], gold["beads"]
    texts = layout.read()
    spans, missing = piece_spans(texts, pieces, beads)
    side_file = {"ko": 0, "en": len(texts) - 1}

    def covered(p) -> dict[int, set[int]]:
        out: dict[int, set[int]] = {0: set(), len(texts) - 1: set()}
        for side in ("ko", "en"):
            for a, b in p[f"{side}_spans"]:
                out[side_file[side]].update(range(a, b))
        return out

    def nonspace(sp) -> set[int]:
        if sp is None:
            return set()
        f, a, b = sp
        return {i for i in range(a, b) if not texts[f][i].isspace()}

    chars = [nonspace(sp) for sp in spans]

    def kind_of(n: int) -> str:
        return beads[pieces[n][3]][0]

    counts = dict.fromkeys(("exact", "debatable", "merged", "split", "wrong", "cross", "prefix astray",
                            "chrome paired", "with prefix", "prefix pair"), 0)
    found = set()
    errors = []
    bead_of = {(tuple(ko), tuple(en)): b for b, (kind, ko, en, _) in enumerate(beads) if kind in "PD"}
    gold_texts = {(key(" ".join(pieces[i][2] for i in ko)), key(" ".join(pieces[i][2] for i in en)))
                  for kind, ko, en, _ in beads if kind in "PD" and ko and en}
    one_sided_hit = set()
    split_cover: dict[int, dict[int, set[int]]] = {}
    for p in pairs:
        cov = covered(p)
        touched = [n for n, sp in enumerate(spans) if sp is not None and cov[sp[0]] & chars[n]]
        content = [n for n in touched if kind_of(n) != "M"]
        prefixes = [n for n in touched if kind_of(n) == "M"]
        ko = tuple(n for n in content if pieces[n][1] == "ko")
        en = tuple(n for n in content if pieces[n][1] == "en")
        whole = all(chars[n] <= cov[spans[n][0]] for n in content)
        for n in content:
            if kind_of(n) in "KE":
                one_sided_hit.add(n)
        bead_ids = {pieces[n][3] for n in content}
        owners = {beads[pieces[n][3]][3] for n in prefixes}
        chrome = any(kind_of(n) == "C" for n in content)
        astray = bool(owners - bead_ids) if content else len(owners) > 1
        what = None
        b = bead_of.get((ko, en))
        if chrome or astray or not touched:
            pass
        elif not content:
            if {pieces[n][1] for n in prefixes} == {"ko", "en"}:
                what = "prefix pair"
        elif b is not None and whole and b not in found:
            found.add(b)
            what = "exact" if beads[b][0] == "P" else "debatable"
            counts["with prefix"] += bool(prefixes)
        elif ko and en and len(bead_ids) == 1 and beads[next(iter(bead_ids))][0] in "PD":
            what = "split"
            for f, cs in cov.items():
                split_cover.setdefault(next(iter(bead_ids)), {}).setdefault(f, set()).update(cs)
        elif ko and en and len(bead_ids) > 1 and whole and all(beads[i][0] in "PD" for i in bead_ids) \
                and set(ko) == {n for i in bead_ids for n in beads[i][1]} \
                and set(en) == {n for i in bead_ids for n in beads[i][2]}:
            what = "merged"
        if what is None:
            counts["wrong"] += 1
            counts["chrome paired"] += chrome
            counts["prefix astray"] += astray
            cross = (key(p["ko"]), key(p["en"])) in gold_texts
            counts["cross"] += cross
            label = ("cross" if cross else "chrome" if chrome else "prefix astray" if astray
                     else "outside gold" if not touched else "wrong")
            errors.append(f"{label} ({p.get('score')}; ko {list(ko)} en {list(en)}): "
                          f"{p['ko'][:70]!r} | {p['en'][:70]!r}")
        else:
            counts[what] += 1
            if what in ("merged", "split"):
                errors.append(f"{what} ({p.get('score')}): {p['ko'][:70]!r} | {p['en'][:70]!r}")
    to_pair = [b for b, bead in enumerate(beads) if bead[0] == "P"]
    as_sentences = found_as_sentences(to_pair, found, split_cover, beads, chars, spans)
    missed = [b for b in to_pair if b not in found]
    for b in missed:
        _, ko, en, _ = beads[b]
        errors.append(f"missed (bead {b}): {' / '.join(pieces[i][2] for i in ko)[:70]!r} | "
                      f"{' / '.join(pieces[i][2] for i in en)[:70]!r}")
    errors += [f"one-sided paired: {pieces[n][2][:70]!r}" for n in sorted(one_sided_hit)]
    errors += [f"not read: {t[:70]!r}" for t in missing]

    lost, doubled = file_coverage(texts, pairs, unpaired, side_file, key)
    errors += [f"text lost {run}" for run in lost]
    if doubled:
        errors.append(f"chars doubled: {doubled}")
    if counts["prefix pair"]:
        errors.append(f"prefix pairs (fair): {counts['prefix pair']}")
    return {"gold": len(to_pair), "pairs": len(pairs), "exact": counts["exact"] + as_sentences,
            "as sentences": as_sentences, "wrong": counts["wrong"], "missed": len(missed),
            "debatable": counts["debatable"], "merged": counts["merged"], "split": counts["split"],
            "cross": counts["cross"], "prefix astray": counts["prefix astray"],
            "chrome paired": counts["chrome paired"], "with prefix": counts["with prefix"],
            "one-sided paired": len(one_sided_hit), "text lost": len(lost), "chars doubled": doubled,
            "not read": len(missing), "errors": errors}
