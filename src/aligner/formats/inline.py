"""Inline codes in TMX: the markup tags and placeholders of software strings and tagged
text (``<b>…</b>``, ``<color=#ff0000>``, ``{0}``, ``%1$s``, ``\\n``), written as TMX 1.4b
inline elements so that a CAT tool protects them instead of offering them as words.

A balanced tag pair becomes ``<bpt>``/``<ept>``; a tag whose partner is outside the
segment ``<it>``; a placeholder, a self-closing or empty element ``<ph>``. The same code on
both sides of a pair shares its ``x``, which is how a tool matches them. What counts as a
tag is kept narrow, since angle brackets are also punctuation (Korean titles: <기생충>,
or "a <b" in a formula): a tag is one with attributes or ``=`` (``<color=red>``), a known
element's name, or one closed in the same segment. The codes' text is kept as written, so a
variant reads the same with or without them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from xml.sax.saxutils import escape

# Markup: <name ...>, </name>, <name/>; the name ASCII (a Korean title <기생충> is no tag)
_VALUE = r"""\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=/]+)"""
_TAG = (r"<(?P<close>/)?(?P<name>[A-Za-z][\w:.-]*)"
        rf"(?P<attrs>{_VALUE}|(?:\s+[\w:.-]+(?:{_VALUE})?)*)\s*(?P<empty>/)?>")
CODES = re.compile("|".join((
    _TAG,
    r"\{\{\s*[\w.$-]+\s*\}\}|\{\s*[\w.$-]+\s*(?:,[^{}\n]*)?\}|\$\{[\w.$-]+\}",  # {0}, {name}, {0,number}, {{name}}, ${name}
    r"(?<![\w%])%(?:\d+\$)?[-+#0]*\d*(?:\.\d+)?(?:ll|l|h)?[sdiufFxXeEgGc@]"  # printf: %s, %1$s, %.2f, %@
    r"(?![A-Za-z])",  # not a word after a figure's percent sign
    r"%[A-Za-z_][A-Za-z0-9_]*%",  # %APPDATA%
    r"(?P<escape>\\[nrt])",  # an escaped line break or tab, as string tables write them
)))
# A path (C:\\new, \\\\server): no escapes in it; nor in a word of ASCII ending on a file's
# name (data\\raw\\test.csv), each word looked at once
_PATH = re.compile(r"[A-Za-z]:\\|\\\\|\\[^nrt\"']")
_FILE_END = re.compile(r"\.[A-Za-z0-9]{1,5}$")

# Elements whose tag is markup even alone: HTML's inline and empty ones, and rich text's
_ELEMENTS = frozenset("""a abbr b bdi bdo big br cite code color del dfn em font hr i img input ins kbd
mark material q s samp size small span sprite strike strong style sub sup time tt u var wbr""".split())
_EMPTY = frozenset("br hr img input wbr sprite".split())


def codes(text: str, pattern: re.Pattern[str] | None = None) -> list[tuple[int, int, str]]:
    """Each inline code of ``text`` as (start, end, kind): kind ``ph``, ``bpt``, ``ept``,
    ``it-begin`` or ``it-end``. ``pattern`` replaces the built-in one: each match is a
    placeholder (``ph``)."""
    if pattern is not None:
        return [(m.start(), m.end(), "ph") for m in pattern.finditer(text) if m.end() > m.start()]
    found: list[tuple[int, int, str]] = []
    escapes = not (_PATH.search(text) or any("\\" in word and word.isascii() and _FILE_END.search(word)
                                             for word in text.split()))
    opened: list[tuple[int, str, bool]] = []  # (index in found, name, markup alone) of tags not yet closed
    for m in CODES.finditer(text):
        name = m.group("name")
        if name is None:  # a placeholder
            if escapes or not m.group("escape"):
                found.append((m.start(), m.end(), "ph"))
            continue
        # a known element's name, unless bare words follow it ("a <b and c >"): then only when closed
        name = name.lower()
        known = name in _ELEMENTS and ("=" in m.group("attrs") or not m.group("attrs").strip())
        if m.group("empty") or (known and name in _EMPTY and not m.group("close")):
            found.append((m.start(), m.end(), "ph"))
        elif m.group("close"):
            k = next((k for k in range(len(opened) - 1, -1, -1) if opened[k][1] == name), None)
            if k is not None:
                for j, _, markup in opened[k + 1:]:  # opened inside and never closed
                    found[j] = (*found[j][:2], "it-begin" if markup else "")
                start = opened[k][0]
                found[start] = (*found[start][:2], "bpt")
                del opened[k:]
                found.append((m.start(), m.end(), "ept"))
            elif known:
                found.append((m.start(), m.end(), "it-end"))
        else:
            opened.append((len(found), name, known or "=" in m.group("attrs")))
            found.append((m.start(), m.end(), "open"))
    for k, _, markup in opened:  # an opening tag never closed: markup only when it looks like it
        found[k] = (*found[k][:2], "it-begin" if markup else "")
    return [c for c in found if c[2]]


def tmx_segs(ko: str, en: str, pattern: re.Pattern[str] | None = None) -> tuple[str, str]:
    """A pair's two texts as TMX ``<seg>`` contents: escaped text with its codes as inline
    elements, numbered by ``x`` so that the same code on both sides has the same number."""
    numbers = itertools.count(1)
    given: dict[str, list[int]] = {}  # a Korean code's text -> its x numbers not yet taken

    def korean(code: str) -> int:
        given.setdefault(_key(code), []).append(x := next(numbers))
        return x

    def english(code: str) -> int:
        waiting = given.get(_key(code))
        return waiting.pop(0) if waiting else next(numbers)

    return _seg(ko, codes(ko, pattern), korean), _seg(en, codes(en, pattern), english)


def _key(code: str) -> str:
    """A code as the two sides are matched by: a tag in lower case without its spaces and
    an empty element's slash (<BR>, <br/> and <br /> alike)."""
    return re.sub(r"\s*/?>$", ">", code.lower()) if code.startswith("<") else code


def _seg(text: str, found: list[tuple[int, int, str]], number: Callable[[str], int]) -> str:
    parts: list[str] = []
    at, open_pairs = 0, []
    for start, end, kind in found:
        native = escaped(text[start:end])
        parts.append(escaped(text[at:start]))
        if kind == "ept":
            parts.append(f'<ept i="{open_pairs.pop()}">{native}</ept>')
        else:
            x = number(text[start:end])
            if kind == "bpt":  # i pairs it with its ept: x is unique in the segment, so it serves
                open_pairs.append(x)
                parts.append(f'<bpt i="{x}" x="{x}">{native}</bpt>')
            elif kind == "ph":
                parts.append(f'<ph x="{x}">{native}</ph>')
            else:
                parts.append(f'<it pos="{kind[3:]}" x="{x}">{native}</it>')
        at = end
    parts.append(escaped(text[at:]))
    return "".join(parts)


def escaped(text: str) -> str:
    """``text`` as XML character data of a ``<seg>`` (its double quotes too)."""
    return escape(text, {'"': "&quot;"})
