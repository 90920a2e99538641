"""The literary set's eleven layouts and their gold (``book.py``'s chapter).

A gold *unit* is one entry of a paragraph in ``book.py``: its English and Korean sentences
(either may be None: no counterpart). A layout's gold gives, for each unit, the character
span of each of its sentences in the layout's files, under the key ``en``, ``ko`` or
``ko_copy`` (the English epigraph reprinted in the Korean edition of the two-file layout).

The layouts (named as in the audit): ``two`` (two files, paragraphs apart by a blank line),
``two_noepi`` (the Korean without the reprinted epigraph), ``two_ascii`` (straight quotes,
``--`` dashes), ``two_indent`` (paragraphs as indented lines, no blank lines: four spaces in
English, U+3000 in Korean), ``two_wrap`` (hard-wrapped at 72 and 38 columns), ``two_wi``
(indented and wrapped, no blank lines); ``bi`` (one file, each English paragraph then its
Korean), ``bi_lines`` (the Korean one sentence a line), ``bi_nb`` and ``bi_lines_nb`` (the
same without blank lines), ``bi_kofirst`` (the Korean paragraph first).
"""

from __future__ import annotations

from collections.abc import Callable

from layout import Layout

from .book import P

Spans = dict[str, dict[str, list[list[int]]]]  # unit id -> key -> [start, end] of each sentence

UNITS = [{"id": f"p{pi}u{ui}", "para": pi, "kind": p["kind"],
              "en": en.split("|") if en else None, "ko": ko.split("|") if ko else None}
         for pi, p in enumerate(P) for ui, (en, ko) in enumerate(p["units"])]


def _same(s: str) -> str:
    return s


def ascii_typography(s: str) -> str:
    """Curly quotes straight, dashes as hyphens, as a typewritten manuscript has them."""
    return (s.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
            .replace("—", "--").replace("–", "-"))


class _Writer:
    def __init__(self) -> None:
        self.text = ""

    def put(self, s: str) -> list[int]:
        start = len(self.text)
        self.text += s
        return [start, len(self.text)]


def _side(pi: int, lang: str) -> list[dict]:
    """Paragraph ``pi``'s units in the order ``lang`` gives them (a Korean reordering)."""
    units = [u for u in UNITS if u["para"] == pi]
    order = P[pi]["ko_order"]
    return [units[i] for i in order] if lang == "ko" and order else units


def _write_para(w: _Writer, pi: int, lang: str, spans: Spans, *, per_line: bool = False,
                copy_en: bool = False, form: Callable[[str], str] = _same) -> bool:
    """Write paragraph ``pi``'s ``lang`` side (its sentences apart by a space, or a line
    break) and record each sentence's span; whether it wrote anything."""
    first, wrote = True, False
    for u in _side(pi, lang):
        sents, key = u[lang], lang
        if sents is None and copy_en and lang == "ko" and u["en"]:
            sents, key = u["en"], "ko_copy"
        for s in sents or ():
            if not first:
                w.put("\n" if per_line else " ")
            first = False
            spans.setdefault(u["id"], {}).setdefault(key, []).append(w.put(form(s)))
            wrote = True
    return wrote


def two_files(*, copy_epigraph: bool, sep: str = "\n\n", form: Callable[[str], str] = _same) -> tuple[str, str, Spans]:
    """The Korean file, the English file and the spans; ``sep`` after each paragraph."""
    ko, en, spans = _Writer(), _Writer(), {}
    for pi in range(len(P)):
        for w, lang in ((ko, "ko"), (en, "en")):
            if _write_para(w, pi, lang, spans, copy_en=copy_epigraph and P[pi]["ko_copy_en"], form=form):
                w.put(sep)
    return ko.text, en.text, spans


def bilingual(*, per_line_ko: bool, sep: str = "\n\n", ko_first: bool = False) -> tuple[str, Spans]:
    """One file, each paragraph's two sides in turn; ``sep`` after each side."""
    w, spans = _Writer(), {}
    for pi in range(len(P)):
        for lang in ("ko", "en") if ko_first else ("en", "ko"):
            if _write_para(w, pi, lang, spans, per_line=per_line_ko and lang == "ko"):
                w.put(sep)
    return w.text, spans


def indent(text: str, ind: str, spans: Spans, side: str) -> str:
    """Each line that has text opened by ``ind``; ``side``'s spans moved to match."""
    out, where, pos = "", {}, 0
    for line in text.split("\n"):
        add = ind if line.strip() else ""
        for i in range(len(line) + 1):
            where[pos + i] = len(out) + len(add) + i
        out += add + line + "\n"
        pos += len(line) + 1
    for keys in spans.values():
        for key, lst in keys.items():
            if key.startswith("ko") == (side == "ko"):
                keys[key] = [[where[a], where[b]] for a, b in lst]
    return out


def wrap(text: str, width: int) -> str:
    """Hard-wrapped at ``width``: the last space that fits becomes a line break, so the
    offsets stay."""
    lines = []
    for line in text.split("\n"):
        chars, start = list(line), 0
        while len(line) - start > width:
            cut = line.rfind(" ", start + 1, start + width + 1)
            if cut <= start:
                break
            chars[cut], start = "\n", cut + 1
        lines.append("".join(chars))
    return "\n".join(lines)


def layouts() -> list[Layout]:
    def two(name: str, ko: str, en: str, spans: Spans) -> Layout:
        return Layout(name, {f"{name}.ko.txt": ko, f"{name}.en.txt": en}, spans)

    def one(name: str, text: str, spans: Spans) -> Layout:
        return Layout(name, {f"{name}.txt": text}, spans)

    ko, en, spans = two_files(copy_epigraph=True)
    out = [two("two", ko, en, spans)]
    ko, _, spans = two_files(copy_epigraph=False)
    out.append(two("two_noepi", ko, en, spans))
    out.append(one("bi", *bilingual(per_line_ko=False)))
    out.append(one("bi_lines", *bilingual(per_line_ko=True)))
    out.append(one("bi_nb", *bilingual(per_line_ko=False, sep="\n")))
    out.append(one("bi_kofirst", *bilingual(per_line_ko=False, ko_first=True)))
    out.append(two("two_ascii", *two_files(copy_epigraph=False, form=ascii_typography)))
    ko, en, spans = two_files(copy_epigraph=False, sep="\n")
    out.append(two("two_indent", indent(ko, "\u3000", spans, "ko"), indent(en, "    ", spans, "en"), spans))
    ko, en, spans = two_files(copy_epigraph=False)
    out.append(two("two_wrap", wrap(ko, 38), wrap(en, 72), spans))
    out.append(one("bi_lines_nb", *bilingual(per_line_ko=True, sep="\n")))
    ko, en, spans = two_files(copy_epigraph=False, sep="\n")
    ko, en = indent(ko, "\u3000", spans, "ko"), indent(en, "    ", spans, "en")
    out.append(two("two_wi", wrap(ko, 38), wrap(en, 72), spans))
    return out
