"""The phrase book's layouts and their gold: for each file, the character span of each
item's Korean or English text (``{"ko": [(item, "ko", start, end), …], "en": …}``, or
``{"bi": …}`` for one bilingual file).

The layouts (named as in the audit): ``a`` two files, one sentence a line, a few lines
missing on each side; ``b``, ``c`` one file, the two languages' lines alternating (English
first, no blank lines; Korean first, a blank line after each pair); ``d`` both on one line,
apart by a tab, " / ", " - " or a space (``d_space``: grammar patterns labelled), Korean
first (``d_ko_space``: vocabulary as "사과 (n.) apple"); ``e`` numbered lists, numbers
styled differently in the two languages; ``f`` dialogues with speaker labels; ``g`` blocks
of ten English lines then their ten Korean lines. ``_preseg``: the same files read with
``--presegmented``.
"""

from __future__ import annotations

from dataclasses import replace

from layout import Layout

from .gold import ITEMS


class Doc:
    """A file being written, with the span of each item's text in it."""

    def __init__(self):
        self.parts, self.pos, self.spans = [], 0, []  # spans: (item, lang, start, end)

    def w(self, text, item=None, lang=None):
        if item is not None:
            self.spans.append((item, lang, self.pos, self.pos + len(text)))
        self.parts.append(text)
        self.pos += len(text)
        return self

    def nl(self, n=1):
        return self.w("\n" * n)

    def text(self):
        return "".join(self.parts)


ALL = [i for i, *_ in ITEMS]
EN = {i: en for i, _, en, _, _ in ITEMS}
KO = {i: ko for i, _, _, ko, _ in ITEMS}
KIND = {i: k for i, k, _, _, _ in ITEMS}
EXTRA = {i: x for i, _, _, _, x in ITEMS}
PRESEGMENTED = ("a_twofiles", "b_alt_en_first", "d_dash", "d_space", "d_ko_space", "g_blocks")


def _layout(name: str, docs: dict[str, Doc]) -> Layout:
    """docs: {"bi": Doc} or {"ko": Doc, "en": Doc}"""
    files = {f"{name}.{role}.txt" if role != "bi" else f"{name}.txt": d.text() for role, d in docs.items()}
    return Layout(name, files, {role: d.spans for role, d in docs.items()})


def _two_files():
    """(a) two files, one sentence per line, same order, a few lines missing on one side."""
    ko_missing, en_missing = {9, 47, 74, 101}, {30, 63, 88}
    ko, en = Doc(), Doc()
    for i in ALL:
        if i not in ko_missing:
            ko.w(KO[i], i, "ko").nl()
        if i not in en_missing:
            en.w(EN[i], i, "en").nl()
    yield _layout("a_twofiles", {"ko": ko, "en": en})


def _alternating_en_first():
    """(b) bilingual, alternating, English first, no blank lines."""
    d = Doc()
    for i in ALL:
        d.w(EN[i], i, "en").nl().w(KO[i], i, "ko").nl()
    yield _layout("b_alt_en_first", {"bi": d})


def _alternating_ko_first():
    """(c) bilingual, alternating, Korean first, blank line between pairs."""
    d = Doc()
    for i in ALL:
        d.w(KO[i], i, "ko").nl().w(EN[i], i, "en").nl(2)
    yield _layout("c_alt_ko_first", {"bi": d})


def _one_line():
    """(d) both on one line."""
    for name, sep in [("d_tab", "\t"), ("d_slash", " / "), ("d_dash", " - "), ("d_space", " ")]:
        d = Doc()
        for i in ALL:
            if name == "d_space" and KIND[i] == "G":
                d.w(EXTRA[i] + ": ")
            d.w(EN[i], i, "en").w(sep).w(KO[i], i, "ko").nl()
        yield _layout(name, {"bi": d})
    # Korean first, a space, vocabulary as "사과 (n.) apple"
    d = Doc()
    for i in ALL:
        if KIND[i] == "V":
            d.w(KO[i], i, "ko").w(f" ({EXTRA[i]}) ").w(EN[i], i, "en").nl()
        else:
            d.w(KO[i], i, "ko").w(" ").w(EN[i], i, "en").nl()
    yield _layout("d_ko_space", {"bi": d})


def _numbered():
    """(e) numbered lists, numbers differing in style between the languages."""
    NQM = [i for i in ALL if KIND[i] in "NQM"]
    CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
    GANADA = "가나다라마바사아자차카타파하"
    ko, en = Doc(), Doc()
    for n, i in enumerate(NQM, 1):
        en.w(f"{n}. ").w(EN[i], i, "en").nl()
        ko.w(f"{n}) ").w(KO[i], i, "ko").nl()
    yield _layout("e_num_twofiles", {"ko": ko, "en": en})
    ko, en = Doc(), Doc()
    for n, i in enumerate(NQM[:20], 1):
        en.w(f"({n}) ").w(EN[i], i, "en").nl()
        ko.w(f"{CIRCLED[n - 1]} ").w(KO[i], i, "ko").nl()
    yield _layout("e_circled_twofiles", {"ko": ko, "en": en})
    d = Doc()  # "1. I'm hungry. 배고파요."
    for n, i in enumerate(NQM, 1):
        d.w(f"{n}. ").w(EN[i], i, "en").w(" ").w(KO[i], i, "ko").nl()
    yield _layout("e_num_oneline", {"bi": d})
    d = Doc()  # alternating: "1. English" then "가. 한국어"
    for n, i in enumerate(NQM[:14], 1):
        d.w(f"{n}. ").w(EN[i], i, "en").nl().w(f"{GANADA[n - 1]}. ").w(KO[i], i, "ko").nl()
    yield _layout("e_num_alt", {"bi": d})


def _dialogues():
    """(f) dialogues with speaker labels."""
    D = [i for i in ALL if KIND[i] == "D"]
    d = Doc()
    last = None
    for i in D:
        c, s = EXTRA[i]
        if c != last:
            d.nl().w(f"Dialogue {c + 1}").nl() if last is not None else d.w(f"Dialogue {c + 1}").nl()
            last = c
        d.w("AB"[s] + ": ").w(EN[i], i, "en").nl().w("가나"[s] + ": ").w(KO[i], i, "ko").nl()
    yield _layout("f_dialogue_alt", {"bi": d})
    ko, en = Doc(), Doc()
    last = None
    for i in D:
        c, s = EXTRA[i]
        if c != last:
            if last is not None:
                ko.nl(), en.nl()
            en.w(f"Dialogue {c + 1}").nl()
            ko.w(f"대화 {c + 1}").nl()
            last = c
        en.w("AB"[s] + ": ").w(EN[i], i, "en").nl()
        ko.w("가나"[s] + ": ").w(KO[i], i, "ko").nl()
    yield _layout("f_dialogue_twofiles", {"ko": ko, "en": en})
    d = Doc()  # one line per turn: "A: English 가: 한국어" is odd; books print "A: English / Korean"
    for i in D:
        c, s = EXTRA[i]
        d.w("AB"[s] + ": ").w(EN[i], i, "en").w(" ").w(KO[i], i, "ko").nl()
    yield _layout("f_dialogue_oneline", {"bi": d})
    d = Doc()  # Korean textbook style: Korean turn, the English in brackets below
    for i in D:
        c, s = EXTRA[i]
        d.w("가나"[s] + ": ").w(KO[i], i, "ko").nl().w("    (").w(EN[i], i, "en").w(")").nl()
    yield _layout("f_dialogue_paren", {"bi": d})


def _blocks():
    """(g) blocks: ten English sentences, then their ten Korean translations, repeated;
    a blank line after each block, or none (``g_blocks_noblank``)."""
    for name, blank in (("g_blocks", 1), ("g_blocks_noblank", 0)):
        d = Doc()
        for k in range(0, len(ALL), 10):
            block = ALL[k:k + 10]
            for i in block:
                d.w(EN[i], i, "en").nl()
            d.nl(blank)
            for i in block:
                d.w(KO[i], i, "ko").nl()
            d.nl(blank)
        yield _layout(name, {"bi": d})


def layouts() -> list[Layout]:
    """The audit's 24 layouts, in its order: 18 files, six of them also read presegmented."""
    out = []
    for make in (_two_files, _alternating_en_first, _alternating_ko_first, _one_line, _numbered, _dialogues, _blocks):
        for layout in make():
            out.append(layout)
            if layout.name in PRESEGMENTED:
                out.append(replace(layout, name=f"{layout.name}_preseg", presegmented=True))
    return out
