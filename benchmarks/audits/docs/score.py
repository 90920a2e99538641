"""The docs audit's scoring, as the audit scored it (its ``tools/score.py``).

Texts are compared with their white space collapsed. A pair is *exact* when it is a gold
pair (each gold pair counted once), *debatable* when it is a debatable one, else *wrong*; a
gold pair no pair is is *missed*. The checks, on each file's text as the aligner's reader
extracts it: *offset errors*, the pairs' sides and unpaired segments whose spans do not give
back their text; *text lost*, the runs of text that no pair and no unpaired segment covers;
*chars doubled*, the characters two cover; *not unpaired*, the gold texts to leave unpaired
that are no unpaired segment; *code paired*, a code or chrome string inside a pair (once for
each pair); *tokens broken*, the tokens (inline code, placeholders) that no pair's side and
no unpaired segment holds whole.
"""

from __future__ import annotations

import re

from layout import Layout, uncovered

COLUMNS = ("debatable", "offset errors", "text lost", "chars doubled", "not unpaired", "code paired",
           "tokens broken")


def norm(text: str) -> str:
    """What a text is compared by: its white space collapsed."""
    return re.sub(r"\s+", " ", text).strip()


def extracted(layout: Layout) -> dict[str, str]:
    """The text the aligner reads in the Korean file and in the English one (of a layout of
    one file, both the same)."""
    texts = layout.read()
    return {"ko": texts[0], "en": texts[-1]}


def offset_errors(docs: dict[str, str], pairs: list[dict], unpaired: list[dict]) -> list[str]:
    """The pairs' sides and unpaired segments whose spans do not give back their text (spans
    that do not touch, a space between)."""
    errors = []
    for p in pairs:
        for lang in ("ko", "en"):
            spans = p[f"{lang}_spans"]
            text = "".join(("" if i == 0 or spans[i - 1][1] == a else " ") + docs[lang][a:b]
                           for i, (a, b) in enumerate(spans))
            if norm(text) != norm(p[lang]):
                errors.append(f"offsets {lang}: {p[lang][:60]!r} vs {text[:60]!r}")
    for u in (u for u in unpaired if u["lang"] in docs):  # a segment of no language: no file to check
        text = docs[u["lang"]][int(u["start"]):int(u["end"])]
        if norm(text) != norm(u["text"]):
            errors.append(f"offsets unpaired {u['lang']}: {u['text'][:60]!r} vs {text[:60]!r}")
    return errors


def coverage(docs: dict[str, str], one_file: bool, pairs: list[dict], unpaired: list[dict]) -> tuple[list[str], int]:
    """The runs of text no pair or unpaired segment covers (a segment of no language counts
    only in a file of both), and the number of characters two cover."""
    lost, doubled = [], 0
    for lang in ("ko",) if one_file else ("ko", "en"):
        doc = docs[lang]
        spans = [s for p in pairs for side in (("ko", "en") if one_file else (lang,)) for s in p[f"{side}_spans"]]
        spans += [(int(u["start"]), int(u["end"])) for u in unpaired if one_file or u["lang"] == lang]
        runs, twice = uncovered(doc, spans)
        lost += [f"{lang}@{i}: {doc[i:j].strip()!r}" for i, j in runs]
        doubled += twice
    return lost, doubled


def score(layout: Layout, pairs: list[dict], unpaired: list[dict]) -> dict:
    gold = layout.gold
    want = {(norm(k), norm(e)) for k, e in gold["pairs"]}
    either = {(norm(k), norm(e)) for k, e in gold.get("debatable", [])}
    made = [(norm(p["ko"]), norm(p["en"])) for p in pairs]
    wrong = [p for p in made if p not in want and p not in either]
    missed = sorted(want - set(made))
    docs = extracted(layout)
    offsets = offset_errors(docs, pairs, unpaired)
    lost, doubled = coverage(docs, len(layout.files) == 1, pairs, unpaired)
    left = {norm(u["text"]) for u in unpaired}
    not_unpaired = [text for text in gold.get("unpaired", []) if norm(text) not in left]
    code = [(s, p) for s in gold.get("never_paired", []) for p in made if s in p[0] or s in p[1]]
    texts = [side for p in made for side in p] + list(left)
    broken = [t for t in gold.get("tokens", []) if not any(t in text for text in texts)]
    errors = ([f"wrong: {k[:60]!r} | {e[:60]!r}" for k, e in wrong]
              + [f"missed: {k[:60]!r} | {e[:60]!r}" for k, e in missed]
              + offsets + [f"text lost {run}" for run in lost] + [f"not unpaired: {t!r}" for t in not_unpaired]
              + [f"code paired: {s!r} in {k[:60]!r} | {e[:60]!r}" for s, (k, e) in code]
              + [f"token broken: {t!r}" for t in broken])
    return {"gold": len(want), "pairs": len(pairs), "exact": len(want & set(made)), "wrong": len(wrong),
            "missed": len(missed), "debatable": sum(1 for p in made if p in either and p not in want),
            "offset errors": len(offsets), "text lost": len(lost), "chars doubled": doubled,
            "not unpaired": len(not_unpaired), "code paired": len(code), "tokens broken": len(broken),
            "errors": errors}
