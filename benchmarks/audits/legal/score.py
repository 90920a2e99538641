"""The legal audit's scoring, as the audit scored it (its ``gen/score.py``).

Texts are compared with their white space collapsed. Each side's gold units, in reading
order, make one *stream*; every pair's side and every unpaired segment is located in it
(the first place not yet taken, in reading order; in the other side's stream if not in its
own), which gives the units it holds. A gold unit is *found* (``exact``) when every pair of
one of its alternatives (``make.py``) is among the output's pairs, else *missed*. A pair is
*exact* (``exact pairs``) when it is a pair of some alternative; *finer* when both sides
hold the same one unit, *merged* the same several units; every other pair (its sides in
different units, or found in the wrong language's stream) is *wrong*. A pair that is not
exact and holds a debatable unit is *debatable*, none of those. *Text lost*: the runs of
the streams' letters that no pair and no unpaired segment was located on. *Accounting*:
the segment numbers not seen exactly once among the pairs and the unpaired segments.
"""

from __future__ import annotations

import re
from collections import Counter

from layout import Layout

COLUMNS = ("exact pairs", "finer", "merged", "debatable", "unpaired", "text lost", "accounting")
LETTER = re.compile(r"[A-Za-z\uac00-\ud7a3]")


def norm(text: str) -> str:
    """What a text is compared by: its white space collapsed."""
    return re.sub(r"\s+", " ", text).strip()


class Streams:
    """Each side's gold units as one text, the unit that owns each character, and the
    characters a located segment has taken."""

    def __init__(self, gold: list[dict]):
        self.text, self.owner = {}, {}
        for side in ("ko", "en"):
            text, owner = "", []
            for n, unit in enumerate(gold):
                t = norm(unit[side])
                if t:
                    if text:
                        text += " "
                        owner.append(-1)
                    text += t
                    owner += [n] * len(t)
            self.text[side], self.owner[side] = text, owner
        self.covered = {side: [False] * len(text) for side, text in self.text.items()}
        self.cursor = dict.fromkeys(self.text, 0)

    def locate(self, text: str, side: str) -> tuple[str | None, set[int]]:
        """The stream a segment's text is found in and the units it holds: after the last
        one located and not taken, else the first not taken (else the first), in its side's
        stream, else in the other's."""
        t = norm(text)
        for s in [side] + [x for x in self.text if x != side]:
            stream, covered = self.text[s], self.covered[s]
            i = stream.find(t, self.cursor[s])
            while i >= 0 and all(covered[i:i + len(t)]):
                i = stream.find(t, i + 1)
            if i < 0:
                i = stream.find(t)
                while i >= 0 and covered[i]:
                    i = stream.find(t, i + 1)
                if i < 0:
                    i = stream.find(t)
            if i >= 0:
                if i >= self.cursor[s]:
                    self.cursor[s] = i + len(t)
                covered[i:i + len(t)] = [True] * len(t)
                return s, {n for n in self.owner[s][i:i + len(t)] if n >= 0}
        return None, set()

    def lost(self) -> list[str]:
        """The runs of letters that no located segment took."""
        return [run.strip() for side, stream in self.text.items()
                for run in "".join("\0" if c else ch for ch, c in zip(stream, self.covered[side])).split("\0")
                if LETTER.search(run)]


def kind(gold: list[dict], gold_pairs: set[tuple[str, str]], pair: dict, ko: tuple, en: tuple) -> str:
    """A pair's class, from where its sides were located: exact, finer, merged, wrong, or
    debatable."""
    (ks, ku), (es, eu) = ko, en
    if ks != "ko" or es != "en":
        c = "wrong"
    elif (norm(pair["ko"]), norm(pair["en"])) in gold_pairs:
        return "exact"
    elif ku == eu:
        c = "finer" if len(ku) == 1 else "merged"
    else:
        c = "wrong"
    return "debatable" if any(gold[n]["debatable"] for n in ku | eu) else c


def accounting(pairs: list[dict], unpaired: list[dict]) -> list[str]:
    """The segments, by language and number, not seen exactly once (or not at all, below
    the highest number of their language)."""
    seen = Counter((lang, i) for p in pairs for lang in ("ko", "en") for i in p[f"{lang}_ids"])
    seen.update((u["lang"], int(u["index"])) for u in unpaired)
    highest = {lang: max((i for (x, i) in seen if x == lang), default=-1) for lang in ("ko", "en")}
    return ([f"{lang} {i} seen {n} times" for (lang, i), n in seen.items() if n != 1]
            + [f"{lang} {i} not seen" for lang in highest for i in range(highest[lang] + 1) if (lang, i) not in seen])


def score(layout: Layout, pairs: list[dict], unpaired: list[dict]) -> dict:
    gold = layout.gold
    streams = Streams(gold)
    ko = {n: streams.locate(p["ko"], "ko") for n, p in sorted(enumerate(pairs), key=lambda x: min(x[1]["ko_ids"]))}
    en = {n: streams.locate(p["en"], "en") for n, p in sorted(enumerate(pairs), key=lambda x: min(x[1]["en_ids"]))}
    streams.cursor = dict.fromkeys(streams.text, 0)
    for u in sorted(unpaired, key=lambda u: (u["lang"], int(u["index"]))):
        streams.locate(u["text"], u["lang"] if u["lang"] != "none" else "ko")
    gold_pairs = {(norm(k), norm(e)) for unit in gold for alt in unit["alternatives"] for k, e in alt}
    made = {(norm(p["ko"]), norm(p["en"])) for p in pairs}
    kinds = [kind(gold, gold_pairs, p, ko[n], en[n]) for n, p in enumerate(pairs)]
    counts = Counter(kinds)
    expected = [unit for unit in gold if unit["alternatives"]]
    missed = [unit["id"] + " (debatable)" * unit["debatable"] for unit in expected
              if not any(all((norm(k), norm(e)) in made for k, e in alt) for alt in unit["alternatives"])]
    lost, accounts = streams.lost(), accounting(pairs, unpaired)
    errors = [f"{c} ({p['score']}): {p['ko'][:60]!r} | {p['en'][:60]!r}"
              for c, p in zip(kinds, pairs) if c not in ("exact", "debatable")]
    errors += [f"missed: {unit}" for unit in missed] + [f"text lost: {run[:80]!r}" for run in lost] + accounts
    return {"gold": len(expected), "pairs": len(pairs), "exact": len(expected) - len(missed),
            "wrong": counts["wrong"], "missed": len(missed), "exact pairs": counts["exact"],
            "finer": counts["finer"], "merged": counts["merged"], "debatable": counts["debatable"],
            "unpaired": len(unpaired), "text lost": len(lost), "accounting": len(accounts), "errors": errors}
