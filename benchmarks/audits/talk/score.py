"""The talk audit's scoring, as the audit scored it (its ``score.py``).

Each output segment is found in its file's gold text (white space aside) and so covers
gold sentences, counted by their letters. A pair is *exact* when it covers whole gold
sentences that make one gold bead; *partial* when each of its links (a Korean and an
English sentence in it) is a gold link but it is not a whole bead; *coarse* when it is
whole gold beads joined; every other pair is *wrong*. A gold bead is *missed* when no
pair links any of its sentences. *Sound cues paired alone*: "(Laughter)" with "(웃음)",
"(Applause)" with "(박수)", each the whole of its pair. *Link F1*: over the (Korean,
English) sentence links the pairs make against the gold's.
"""

from __future__ import annotations

import re
from collections import Counter

from layout import Layout

from .make import BEADS as _BEADS
from .make import EN, KO

BEADS = [(tuple(e), tuple(k)) for e, k in _BEADS]
WS = re.compile(r"\s+")
WORD = re.compile(r"[^\W_]")
COLUMNS = ("partial", "coarse", "link F1", "sound cues paired alone")


def gold_string(pieces):
    chars, sids = [], []
    for sid, text in pieces:
        t = WS.sub("", text)
        chars.append(t)
        sids.extend([sid] * len(t))
    return "".join(chars), sids


def items(side, pairs, unpaired):
    """(index, n_segments, text segments, pair number or None, reason) in reading order."""
    out = []
    for n, p in enumerate(pairs):
        ids, spans, text = p[f"{side}_ids"], p[f"{side}_spans"], p[side]
        lens = [b - a for a, b in spans]
        segs = []
        if sum(lens) + len(lens) - 1 == len(text):
            x = 0
            for L in lens:
                segs.append(text[x:x + L]); x += L + 1
        else:
            segs = [text]
        out.append({"index": ids[0], "segs": segs, "pair": n, "reason": None})
    for u in unpaired:
        if u["lang"] == side:
            out.append({"index": int(u["index"]), "segs": [u["text"]], "pair": None, "reason": u["reason"]})
    return sorted(out, key=lambda d: d["index"])


def locate(gs, sids, its, side, problems):
    """Give each item's segments their gold sid coverage (Counter sid -> chars)."""
    cur = 0
    for it in its:
        it["cov"] = []
        for s in it["segs"]:
            t = WS.sub("", s)
            at = gs.find(t, cur)
            if at < 0:
                at = gs.find(t)
            if at < 0 or not t:
                problems.append(f"{side}: cannot locate {s!r}")
                it["cov"].append(Counter())
                continue
            c = Counter()
            for i in range(at, at + len(t)):
                if WORD.match(gs[i]):
                    c[sids[i]] += 1
            it["cov"].append(c)
            cur = at + len(t)


def score(layout: Layout, pairs: list[dict], unpaired: list[dict]) -> dict:
    problems, cover, total = [], {}, {}
    for side in ("ko", "en"):
        gs, sids = gold_string(layout.gold[side])
        its = items(side, pairs, unpaired)
        locate(gs, sids, its, side, problems)
        total[side] = Counter(s for i, s in enumerate(sids) if WORD.match(gs[i]))  # letters of each sentence
        cover[side] = [Counter() for _ in pairs]  # letters of each sentence in each pair
        for it in its:
            if it["pair"] is not None:
                for c in it["cov"]:
                    cover[side][it["pair"]].update(c)
    pair_cov = list(zip(cover["ko"], cover["en"]))
    bead_of_en = {e: b for b, (es, ks) in enumerate(BEADS) for e in es}
    bead_of_ko = {k: b for b, (es, ks) in enumerate(BEADS) for k in ks}
    gold_links = {(k, e) for es, ks in BEADS for e in es for k in ks}
    out_links = {(k, e) for kc, ec in pair_cov for k in kc for e in ec}
    good = out_links & gold_links
    P, R = len(good) / max(1, len(out_links)), len(good) / max(1, len(gold_links))
    exact = partial = coarse = 0
    wrong = []
    for p, (kc, ec) in zip(pairs, pair_cov):
        links = {(k, e) for k in kc for e in ec}
        full = all(kc[k] == total["ko"][k] for k in kc) and all(ec[e] == total["en"][e] for e in ec)
        if (tuple(sorted(ec)), tuple(sorted(kc))) in BEADS and full:
            exact += 1
        elif links and links <= gold_links:
            partial += 1
        elif links and full and {bead_of_ko.get(k) for k in kc} == {bead_of_en.get(e) for e in ec} and \
                set(kc) == {k for b in {bead_of_ko[k] for k in kc} for k in BEADS[b][1]} and \
                set(ec) == {e for b in {bead_of_en[e] for e in ec} for e in BEADS[b][0]}:
            coarse += 1
        else:
            wrong.append(f"wrong ({p['score']}): {p['ko'][:60]!r} | {p['en'][:60]!r}")
    gold_pairable = [(es, ks) for es, ks in BEADS if es and ks]
    missed = [(es, ks) for es, ks in gold_pairable if not any((k, e) in out_links for e in es for k in ks)]
    text = lambda sents, ids: " ".join(sents[i]["text"] for i in ids)[:60]
    errors = problems[:10] + wrong + [f"missed: {text(KO, ks)!r} | {text(EN, es)!r}" for es, ks in missed]

    def alone(e: int, k: int) -> bool:
        """Whether the sound cue e ↔ k makes a pair of its own (the same one pair on both sides)."""
        with_e = [n for n, (_, ec) in enumerate(pair_cov) if e in ec]
        with_k = [n for n, (kc, _) in enumerate(pair_cov) if k in kc]
        return bool(with_e) and with_e == with_k and tuple(map(set, pair_cov[with_e[0]])) == ({k}, {e})

    tags = [(es[0], ks[0]) for es, ks in BEADS if es and EN[es[0]]["tag"]]
    return {"gold": len(gold_pairable), "pairs": len(pairs), "exact": exact, "wrong": len(wrong),
            "missed": len(missed), "partial": partial, "coarse": coarse, "link F1": f"{2 * P * R / max(1e-9, P + R):.3f}",
            "sound cues paired alone": f"{sum(alone(e, k) for e, k in tags)} / {len(tags)}", "errors": errors}
