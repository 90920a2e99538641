"""The legal set's layouts and their gold (``gold.py``'s statute and contract).

A layout's gold is the list of its units, each ``{"id", "debatable", "ko", "en",
"alternatives"}``: the unit's two texts (its lines joined by a space) and the ways a unit
may be paired, each a list of (ko, en) pairs that must all be made: the whole unit; its
sentences one to one (" || "); with its amendment note ("<개정 …>" / "<Amended on …>", at
the end of both sides) a pair of its own; its lines one to one. A unit without counterpart
has none.

The layouts (named as in the audit): ``<text>_2files``, the Korean file and the English
file, a line a unit's line; ``<text>_bi``, one file, each article (the statute) or unit
(the contract) its Korean lines, a blank line, its English lines, blocks apart by a blank
line; ``<text>_csv``, a two-column table (a header row, then a row a unit, its lines as
lines of the cell). The statute in all three, the contract and its glued headings in the
first two. Three variants of the statute, each in all three: ``statute_nonotes`` (no
amendment notes on either side), ``statute_periods`` (an English line ending in ";" or ":"
ends in "."), ``statute_nonotes_periods`` (both). The audit's Word tables (``_docx``) are
not made: a layout's files are text.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable

from layout import Layout

from .gold import CONTRACT, CONTRACT_GLUED, STATUTE

Unit = tuple[str, str, str, str]

NOTE = re.compile(r"\s*(<[^<>]*>)$")
AMENDMENT = re.compile(r"\s*<(?:개정|신설|Amended|Newly)[^<>]*>$")
PERIOD = re.compile(r"[;:](\s*<[^<>]*>)?$")


def lines(text: str) -> list[str]:
    """A unit's side as the lines it takes in the file."""
    return [line.replace(" || ", " ") for line in text.split(" // ")] if text else []


def sentences(text: str) -> list[str]:
    """A unit's side as its sentences with a one-to-one gold."""
    return text.replace(" // ", " ").split(" || ") if text else []


def alternatives(ko: str, en: str) -> list[list[tuple[str, str]]]:
    """The ways a unit may be paired (see the module's docstring), in the audit's order."""
    k, e = " ".join(lines(ko)), " ".join(lines(en))
    if not (k and e):
        return []
    ks, es = sentences(ko), sentences(en)
    alts = [[(k, e)]]
    if len(ks) == len(es) > 1:
        alts.append(list(zip(ks, es)))
    if NOTE.search(k) and NOTE.search(e):
        if len(ks) != len(es):
            ks, es = [k], [e]
        notes = (NOTE.search(k).group(1), NOTE.search(e).group(1))
        alts.append(list(zip(ks[:-1], es[:-1])) + [(NOTE.sub("", ks[-1]), NOTE.sub("", es[-1])), notes])
        if len(ks) > 1:
            alts.append([(NOTE.sub("", k), NOTE.sub("", e)), notes])
    if len(lines(ko)) == len(lines(en)) > 1:
        alts.append(list(zip(lines(ko), lines(en))))
    return alts


def gold(units: list[Unit]) -> list[dict]:
    """The layout's gold: each unit's texts and the ways it may be paired."""
    return [{"id": i, "debatable": "D" in flags.split(), "ko": " ".join(lines(ko)), "en": " ".join(lines(en)),
             "alternatives": alternatives(ko, en)} for i, flags, ko, en in units]


def side(units: list[Unit], n: int) -> str:
    """One language's file (n = 2: Korean, 3: English), a line a unit's line."""
    return "\n".join(line for unit in units for line in lines(unit[n])) + "\n"


def bilingual(units: list[Unit], group: Callable[[str], str]) -> str:
    """One file: for each group of units, its Korean lines, a blank line, its English lines."""
    blocks: list[tuple[str, list[Unit]]] = []
    for unit in units:
        if blocks and blocks[-1][0] == group(unit[0]):
            blocks[-1][1].append(unit)
        else:
            blocks.append((group(unit[0]), [unit]))
    texts = []
    for _, members in blocks:
        ko = [line for _, _, k, _ in members for line in lines(k)]
        en = [line for _, _, _, e in members for line in lines(e)]
        texts.append("\n".join(ko + [""] + en if en else ko))
    return "\n\n".join(texts) + "\n"


def table(units: list[Unit]) -> str:
    """A two-column CSV table (as Python's csv module writes it, CR LF): a header, a row a unit."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["한국어", "English"])
    writer.writerows(["\n".join(lines(ko)), "\n".join(lines(en))] for _, _, ko, en in units)
    return out.getvalue()


def article(unit_id: str) -> str:
    """The statute's article a unit belongs to ("a2.1a": "a2")."""
    return unit_id.split(".")[0]


def each(unit_id: str) -> str:
    """A contract's unit is a block of its own."""
    return unit_id


def edited(units: list[Unit], form: Callable[[str], str], sides: tuple[int, ...]) -> list[Unit]:
    """The units with each line of the given sides (2: Korean, 3: English) edited."""
    return [tuple(" // ".join(map(form, part.split(" // "))) if n in sides and part else part
                  for n, part in enumerate(unit)) for unit in units]


def without_notes(units: list[Unit]) -> list[Unit]:
    """The statute without its amendment notes, on either side."""
    return edited(units, lambda line: AMENDMENT.sub("", line), (2, 3))


def periods(units: list[Unit]) -> list[Unit]:
    """The statute with each English line ending in ";" or ":" (before a note) ending in "."."""
    return edited(units, lambda line: PERIOD.sub(r".\1", line), (3,))


def _layouts(name: str, units: list[Unit], group: Callable[[str], str], csv_too: bool = True) -> list[Layout]:
    """A text's layouts: two files, one bilingual file and, where asked, a CSV table."""
    g = gold(units)
    out = [Layout(f"{name}_2files", {f"{name}.ko.txt": side(units, 2), f"{name}.en.txt": side(units, 3)}, g),
           Layout(f"{name}_bi", {f"{name}.bi.txt": bilingual(units, group)}, g)]
    return out + [Layout(f"{name}_csv", {f"{name}.csv": table(units)}, g)] if csv_too else out


def layouts() -> list[Layout]:
    """The audit's 16 layouts, in its order: the statute's three, the contract's two, the
    glued contract's two, then each statute variant's three."""
    return (_layouts("statute", STATUTE, article) + _layouts("contract", CONTRACT, each, csv_too=False)
            + _layouts("contract_glued", CONTRACT_GLUED, each, csv_too=False)
            + [layout for name, units in (("statute_nonotes", without_notes(STATUTE)),
                                          ("statute_periods", periods(STATUTE)),
                                          ("statute_nonotes_periods", periods(without_notes(STATUTE))))
               for layout in _layouts(name, units, article)])
