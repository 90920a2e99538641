"""The news set's layouts and their gold (``gold.py``'s eight articles).

A layout's gold is the text of each gold pair and of each line without a counterpart:
``{"pairs": [(ko, en, debatable), …], "unpaired": [(lang, text, debatable), …]}``. The
scorer compares texts, not offsets, so an article's gold holds for each of its layouts.

The layouts (named as in the audit): ``<article>_bi``, one file, each paragraph's two
sides on lines of their own, the English first or, where the article says so, the
Korean, no blank lines; ``<article>_two``, the Korean file and the English file, a
paragraph a line. Two variants, each in both layouts: ``v1_sports_crlf`` (``d1_sports``
opened by a byte-order mark, CRLF line ends) and ``v5_festival_nbsp`` (``d5_festival``
with no-break spaces and a zero-width space inside its sentences).
"""

from __future__ import annotations

from layout import Layout

from .gold import ALT, DOCS

Gold = dict[str, list[tuple[str, str, bool]]]

# what v5_festival_nbsp changes: three spaces made no-break, a zero-width space put inside a word
MARKS = (("오후 7시", "오후\u00a07시"), ("at 7 p.m.", "at 7\u00a0p.m."), ("대중교통", "대중\u200b교통"),
        ("Jinju Station", "Jinju\u00a0Station"))


def _unit(gold: Gold, en: str, ko: str, debatable: bool = False) -> None:
    """A gold pair, or the line left unpaired when one side is empty."""
    if en and ko:
        gold["pairs"].append((ko, en, debatable))
    else:
        gold["unpaired"].append(("en", en, debatable) if en else ("ko", ko, debatable))


def article(name: str) -> tuple[str, str, str, Gold]:
    """An article's bilingual file, Korean file and English file, and its gold (in the order
    the audit wrote it)."""
    spec, bi, ko, en, gold = DOCS[name], [], [], [], {"pairs": [], "unpaired": []}

    def in_turn(k: list[str], e: list[str]) -> list[str]:
        """The two sides' lines of the bilingual file, in the article's order."""
        return k + e if spec["ko_first"] else e + k

    for element in spec["elems"]:
        match element:
            case ("P", units):
                k, e = (" ".join(u[i] for u in units if u[i]) for i in (1, 0))
                for u in units:
                    _unit(gold, *u)
                bi += [line for line in in_turn([k], [e]) if line]
                ko += [k] if k else []
                en += [e] if e else []
            case ("B", units):
                for u in units:
                    _unit(gold, *u)
                k, e = [u[1] for u in units], [u[0] for u in units]
                bi += in_turn(k, e)
                ko += k
                en += e
            case ("ONE", units):
                for u in units:
                    _unit(gold, *u)
                    bi.append(f"{u[1]} {u[0]}")
                    ko.append(u[1])
                    en.append(u[0])
            case ("L", lang, text, status):
                bi.append(text)
                (ko if lang == "ko" else en).append(text)
                gold["unpaired"].append((lang, text, status == "debatable"))
            case ("X", block):
                bi += block["bi"]
                ko += block["ko"]
                en += block["en"]
                gold["pairs"] += [(p[0], p[1], len(p) > 2 and p[2]) for p in block["pairs"]]
            case ("DP", e, k):
                bi += in_turn([k], [e])
                ko.append(k)
                en.append(e)
                gold["pairs"].append((k, e, True))
                gold["unpaired"] += [("en", e, True), ("ko", k, True)]
    gold["pairs"] += [(k, e, True) for k, e in ALT.get(name, [])]
    return *("\n".join(lines) + "\n" for lines in (bi, ko, en)), gold


def crlf(text: str) -> str:
    """The text opened by a byte-order mark, each line ended by CR LF."""
    return "\ufeff" + text.replace("\n", "\r\n")


def nbsp(text: str) -> str:
    """The text with no-break spaces for three spaces and a zero-width space inside a word."""
    for plain, marked in MARKS:
        text = text.replace(plain, marked)
    return text


def _both(name: str, bi: str, ko: str, en: str, gold: Gold) -> list[Layout]:
    """The two layouts of one article: one bilingual file; the Korean file and the English file."""
    return [Layout(f"{name}_bi", {f"{name}.txt": bi}, gold),
            Layout(f"{name}_two", {f"{name}.ko.txt": ko, f"{name}.en.txt": en}, gold)]


def layouts() -> list[Layout]:
    """The audit's 20 layouts, in its order: each article's two, then each variant's two."""
    out = [layout for name in DOCS for layout in _both(name, *article(name))]
    for name, of, form in (("v1_sports_crlf", "d1_sports", crlf), ("v5_festival_nbsp", "d5_festival", nbsp)):
        *texts, gold = article(of)
        out += _both(name, *map(form, texts), gold)
    return out

