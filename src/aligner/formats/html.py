"""Reading HTML pages: block elements become lines; page chrome is dropped.

Parsed with lxml (libxml2's HTML parser): forgiving of broken markup, fast, and its
nesting limit (2,048 levels with ``huge_tree``) bounds what a hostile file of nested
tags can cost; a page that hits it is an error, not a silently truncated text.

What becomes text: the ``<body>``, each block element (``p``, ``div``, ``li``, ``td``,
``h1``…) its own line, ``<br>`` a line break, inline elements joined as the browser
shows them, white space collapsed (``<pre>`` keeps its line breaks). Dropped: the
``<head>``, scripts, styles, templates, forms' ``select``/``button``, ``nav``, hidden
elements (``hidden``, ``aria-hidden``, an inline ``display: none`` or ``visibility:
hidden``), and the page's own ``header``, ``footer`` and ``aside`` (those not inside an
``article``, ``main`` or ``section``, as the ARIA landmark rules read them: an
article's header holds its title and is kept), plus elements with the landmark roles
navigation, banner, contentinfo and complementary.

The encoding: ``--encoding`` if given; else a byte-order mark; else the charset the
page declares (``<meta charset>``, ``<meta http-equiv="Content-Type">``, an XML
declaration), with the WHATWG label mapping (``euc-kr`` reads as CP949, ``iso-8859-1``
as Windows-1252); else the detection used for plain text.
"""

from __future__ import annotations

import codecs
import logging
import re

from ..errors import InputError
from .readers import Document
from .text import composed, decode

log = logging.getLogger(__name__)

_BLOCK = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol "
    "p pre section summary table tbody td tfoot th thead tr ul option".split()
)
_DROP = frozenset("head script style noscript template nav select button svg math iframe object embed canvas".split())
_PAGE_CHROME = frozenset(("header", "footer", "aside"))
_SECTIONING = frozenset(("article", "main", "section", "aside", "nav"))
_DROP_ROLES = frozenset(("navigation", "banner", "contentinfo", "complementary"))
_MAX_DEPTH = 2048  # libxml2's nesting limit with huge_tree
# HTML's white space, and no-break spaces (&nbsp;, used for layout: "까지&nbsp;&nbsp;보고서"),
# become one space
_SPACE = re.compile(r"[ \t\n\r\f\xa0]+")
_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)")

_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
# WHATWG Encoding Standard: labels whose Python codec differs from what browsers use.
_WHATWG = {
    "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "ks_c_5601-1989": "cp949", "ksc5601": "cp949",
    "ksc_5601": "cp949", "korean": "cp949", "csksc56011987": "cp949", "iso-ir-149": "cp949",
    "windows-949": "cp949", "iso-8859-1": "cp1252", "latin1": "cp1252", "l1": "cp1252",
    "ascii": "cp1252", "us-ascii": "cp1252", "iso_8859-1": "cp1252", "x-sjis": "shift_jis",
    "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8", "gb2312": "gbk",
}


def read_html(data: bytes, name: str, encoding: str | None = None) -> Document:
    """An HTML page's text, one block element per line; see the module's docstring."""
    text, used, declared = _decode_page(data, name, encoding)
    lines, title, lang = _extract(text, name)
    if not lines:
        raise InputError(f"{name}: the page has no text outside scripts, navigation, header and footer")
    metadata = {"encoding": used, "declared_charset": declared, "title": title, "lang": lang}
    return Document(composed("\n".join(lines) + "\n"), "html", name,  # character references may decompose
                    metadata={k: v for k, v in metadata.items() if v})


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KiB (meta tag or XML declaration)."""
    head = data[:4096]
    match = _XML_DECL.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def _decode_page(data: bytes, name: str, encoding: str | None) -> tuple[str, str, str | None]:
    declared = declared_charset(data)
    has_bom = data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if encoding or has_bom or not declared:
        text, used = decode(data, name, encoding)
        return text, used, declared
    codec = _WHATWG.get(declared, declared)
    try:
        codecs.lookup(codec)
    except LookupError:
        log.warning("%s: the page declares an unknown charset %r; detecting the encoding instead", name, declared)
        text, used = decode(data, name)
        return text, used, declared
    if codec.lower().replace("_", "-").startswith("utf-16"):
        codec = "utf-8"  # a page read as bytes that declares UTF-16 without a BOM is, in practice, ASCII/UTF-8
    try:
        text, used = decode(data, name, codec)
    except InputError as err:
        raise InputError(f"{err} (the page declares charset={declared}; pass --encoding to read it otherwise)") from None
    return text, used, declared


def _extract(text: str, name: str) -> tuple[list[str], str | None, str | None]:
    """Lines of the page's visible text, its title and its declared language."""
    import lxml.etree

    parser = lxml.etree.HTMLParser(encoding="utf-8", huge_tree=True, remove_comments=True, remove_pis=True)
    try:
        root = lxml.etree.fromstring(text.encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as err:
        raise InputError(f"{name}: cannot read the page: {err}") from None
    fatal = [e for e in parser.error_log if e.level_name == "FATAL"]
    if fatal:
        problem = fatal[0].message
        if "depth" in problem.lower():
            problem = f"elements are nested more than {_MAX_DEPTH:,} levels deep (a broken or hostile page)"
        raise InputError(f"{name}: cannot read the whole page: {problem}, line {fatal[0].line}")
    if root is None:
        raise InputError(f"{name}: the page is empty")
    title_el = root.find(".//title")
    title = _SPACE.sub(" ", "".join(title_el.itertext())).strip() if title_el is not None else None
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")

    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = _SPACE.sub(" ", "".join(current)).strip()
        if line:
            lines.append(line)
        current.clear()

    def add(piece: str | None, pre: bool) -> None:
        if not piece:
            return
        if not pre:
            current.append(piece)
            return
        first, *rest = piece.split("\n")
        current.append(first)
        for part in rest:
            flush()
            current.append(part)

    pre_depth = 0
    sectioning_depth = 0
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    skipped: set = set()  # elements whose subtree was dropped (their "end" still comes)
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.rsplit("}", 1)[-1].lower()
        if event == "start":
            if _dropped(el, tag, sectioning_depth):
                skipped.add(el)
                walker.skip_subtree()
                if tag in _BLOCK:  # a dropped block still ends the line before it
                    flush()
                continue
            if tag in _BLOCK or tag == "br":
                flush()
            if tag == "pre":
                pre_depth += 1
            if tag in _SECTIONING:
                sectioning_depth += 1
            add(el.text, pre_depth > 0)
        else:
            if el in skipped:
                skipped.discard(el)
                if tag in _BLOCK:  # ... and starts a line after it
                    flush()
            else:
                if tag in _BLOCK:
                    flush()
                if tag == "pre":
                    pre_depth -= 1
                if tag in _SECTIONING:
                    sectioning_depth -= 1
            add(el.tail, pre_depth > 0)
    flush()
    return lines, title, lang


def _dropped(el, tag: str, sectioning_depth: int) -> bool:
    if not tag or tag in _DROP:
        return True
    if tag in _PAGE_CHROME and sectioning_depth == 0:
        return True
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    if _HIDDEN_STYLE.search((el.get("style") or "").lower()):  # a share menu, a stored copy
        return True
    return (el.get("role") or "").lower() in _DROP_ROLES
