"""Reading HTML pages: block elements become lines; page chrome is dropped.

Parsed with lxml (libxml2's HTML parser): forgiving of broken markup, fast, and its
nesting limit (2,048 levels with ``huge_tree``) bounds what a hostile file of nested
tags can cost; a page that hits it is an error, not a silently truncated text.

What becomes text: the ``<body>``, each block element (``p``, ``div``, ``li``, ``td``,
``h1``…) its own line (a table's cell a paragraph apart, between blank lines), ``<br>`` a
line break, inline elements joined as the browser shows them, white space collapsed
(``<pre>`` keeps its line breaks; a ``<pre>`` of code, holding ``<code>`` or classed
as code, is not read). Dropped: the
``<head>``, scripts, styles, templates, forms' ``select``/``button``, ``nav``, hidden
elements (``hidden``, ``aria-hidden``, an inline ``display: none`` or ``visibility:
hidden``, classes the page's ``<style>`` hides (:func:`_hidden_classes`), the hiding
classes ``_HIDING`` unless shown again at some width, a closed
``dialog``, a ``popover``, text for screen readers only: ``class="blind"``, ``sr-only``
and their kind: ``_SCREEN_READER_ONLY``), ruby's reading (``rt``, ``rp``), and the page's own ``header``, ``footer`` and ``aside`` (those not inside an
``article``, ``main`` or ``section``, as the ARIA landmark rules read them: an
article's header holds its title and is kept), plus elements with the landmark roles
navigation, banner, contentinfo and complementary. Chrome written as plain elements is
dropped too, after Readability's "unlikely candidates" but narrower, since what a reader
drops is lost to the alignment: navigation named as such in a class or id (Korean sites'
``<div id="gnb">``, ``<ul class="breadcrumb">``, ``class="paging"``, the previous and next
article's ``class="prev_next"``: ``_NAVIGATION_WORDS``), and a page region named by its
id, one per page (``<div id="header">``, ``id="footer"``,
``id="sidebar"``, ``id="cookie-notice"``: ``_REGION_WORDS``; a class names a component,
``card-header``, ``cookie-recipe``). Words that also name content (menus, replies,
shares, social news, banners, related articles) are not chrome. Kept whatever its name:
one also named as content (``_CONTENT_WORDS``: "article-footer"), ``html`` and ``body``,
elements inside a table, one holding the page's ``article`` or ``main`` or more than half
the page's Korean or half its English letters (the Korean or English half of a bilingual
page). Words are whole: class and id split at spaces, ``-``, ``_``, digits and camelCase
humps ("gnbWrap" is gnb and wrap; "subheader" is one word, not header). A "header",
"footer" or "masthead" is, as the ``header`` element, the page's only outside sectioning
elements. One thing in dropped chrome is read: a heading (``h1``…``h6``) that is most of
the page's ``og:title`` or ``<title>``, the article's title that news sites write above
the article (a page ``<header>``), not the logo's site name. Of a table with a Korean and
an English column (a glossary: "번호 | 한국어 | English | 비고"), or pairs of them, the other
columns' cells and a header row are not read, only counted (see :mod:`aligner.formats.tables`).

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
from ..segmenting import RECORD_BREAK
from ..segmenting.scripts import letter_counts
from .readers import HEADING, Document, headed_document
from .tables import bilingual_columns, header_row
from .text import _decodes, decode

log = logging.getLogger(__name__)

_BLOCK = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol "
    "p pre section summary table tbody td tfoot th thead tr ul option".split()
)
# A table's cells: each a paragraph of its own, a blank line around it, which no paragraph
# rule joins across (an English cell starting in lower case ran on from the one above)
_CELLS = frozenset(("td", "th"))
_DROP = frozenset(
    "head script style noscript noframes noembed template nav select button svg math iframe object embed canvas "
    "rt rp".split()  # ruby's reading (and its fallback parentheses): the base is the text, as other readers read it
)
# Text for screen readers only, which the page's stylesheet hides from sight (the CSS is not
# read): "새창 열림" inside a link, "공유하기" before share buttons, glued into the sentences
# around them. The class names of the common conventions: Korean portals' and boards'
# (Naver "blind", Kakao "screen_out", gnuboard "sound_only"), Bootstrap's, WordPress's, the
# HTML5 Boilerplate's; whole class names only.
_SCREEN_READER_ONLY = frozenset(
    "blind screen_out sound_only sr-only sr_only visually-hidden visuallyhidden screen-reader-text "
    "ir a11y-hidden offscreen txt_hidden hidden_text".split())
# Classes that hide an element (Bootstrap's, Tailwind's, Foundation's), unless another of its
# classes shows it again at some width ("hidden md:block", "d-none d-lg-flex")
_HIDING = frozenset("hidden hide d-none invisible displaynone".split())  # (displaynone: Cafe24's shops)
# MediaWiki's editing and printing furniture in a saved Wikipedia page: "[편집]" / "[edit]"
# links (paired at 0.97, once a section), "본문으로 이동" / "Jump to content", "원본 주소" /
# "Retrieved from", category boxes, "[citation needed]" (class noprint: never printed); and
# a citation's mark, <sup class="reference">[2]</sup>, as a footnote's mark is not read
_WIKI_FURNITURE = frozenset("mw-editsection mw-jump-link noprint printfooter catlinks mw-hidden-catlinks".split())
_SHOWN_AGAIN = re.compile(r"(?:\w+:)(?:block|flex|grid|inline|table|contents|visible)|d-\w+-(?:block|flex|grid|inline|table)")
_PAGE_CHROME = frozenset(("header", "footer", "aside"))
# An XHTML page's DOCTYPE with an internal subset (entity declarations): the HTML parser
# ends the DOCTYPE at the subset's first ">" and reads the rest ("]>") as text
_INTERNAL_SUBSET = re.compile(r"\A(\s*(?:<\?xml[^>]*>\s*)?)<!DOCTYPE[^\[>]*\[[^\]]*\]\s*>", re.IGNORECASE)
# A form control or an image stands between the words beside it, as the browser draws it
_SEPARATING = frozenset("input button select textarea img".split())
_SECTIONING = frozenset(("article", "main", "section", "aside", "nav"))
_DROP_ROLES = frozenset(("navigation", "banner", "contentinfo", "complementary"))
# Page chrome by name, after Readability's "unlikely candidates" (Mozilla readability.js),
# narrowed to words that name nothing else: navigation, in a class or an id (plus Korean
# sites' gnb/lnb/snb: global, local, side navigation bar, and the links to the previous and
# next article: "prevnext", or "prev" and "next" in one class name or the id, a board's
# <div class="prev_next"> of 이전글 / 다음글 titles; either word alone names content,
# "next-steps") ...
_NAVIGATION_WORDS = frozenset(
    "nav navi navigation navbar menubar gnb lnb snb breadcrumb breadcrumbs pagination pager paging prevnext "
    "skip skipnav skiplink skiplinks skiptocontent".split())  # skip links: "본문 바로가기", "Skip to content"
# ... and a page's tools, in a class or an id: Korean public and company sites' top bar of
# utility links ("util", "top_util": 로그인 회원가입 사이트맵 / Sitemap) and the satisfaction
# survey under every page ("satisfaction", "satisfy": 매우 만족 … 불만족 against Yes / No,
# paired at 0.79; tourism and civic audits), where the element holds a form's controls or
# only links (see _controls_or_links). Not "survey" or "location": they name content.
_TOOL_WORDS = frozenset("util utility utils satisfaction satisfy".split())
_PREVIOUS_WORDS = frozenset(("prev", "previous"))
_MENU_ID = "#navigation"  # among an element's chrome words: an id names it navigation
# ... and a page region, in an id only. Readability's menu, share, social, comment, reply,
# related, banner, ad, consent are left out: "menu-ko", "share-price", "news social",
# "reply" (a board's answer), "consent-box" (a privacy page) held real text. The two
# common consent tools' banners are named by the tool (id="onetrust-consent-sdk",
# "CybotCookiebotDialog").
_REGION_WORDS = frozenset("header footer masthead sidebar aside copyright cookie cookies gdpr onetrust cookiebot".split())
_LANDMARK_WORDS = frozenset(("header", "footer", "masthead"))  # the page's only outside sectioning elements
# Words that name content: an element named by one is kept whatever else it is named ("article-footer")
_CONTENT_WORDS = frozenset("article body content contents main column text story entry post".split())
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")
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
    "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8", "gb2312": "gbk", "cseuckr": "cp949", "x-windows-949": "cp949",
}


def read_html(data: bytes, name: str, encoding: str | None = None) -> Document:
    """An HTML page's text, one block element per line; see the module's docstring."""
    text, used, declared = decode_page(data, name, encoding)
    lines, title, lang, tables = extract(text, name)
    if not lines:
        raise InputError(f"{name}: the page has no text outside scripts, navigation, header and footer")
    metadata = {"encoding": used, "declared_charset": declared, "title": title, "lang": lang,
                "bilingual_tables": tables[0], "cells_not_read": tables[1]}
    return headed_document(lines, "html", name, {k: v for k, v in metadata.items() if v})


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KiB (meta tag or XML declaration)."""
    head = data[:4096]
    match = _XML_DECL.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def decode_page(data: bytes, name: str, encoding: str | None) -> tuple[str, str, str | None]:
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
        if _utf8_text(data):
            log.warning("%s: the page declares charset=%s, which its bytes are not, but they are UTF-8; "
                        "read as UTF-8", name, declared)
            return decode(data, name, "utf-8") + (declared,)
        raise InputError(f"{err} (the page declares charset={declared}; pass --encoding to read it otherwise)") from None
    if _single_byte(codec) and _utf8_text(data):
        # a page saved as UTF-8 under a stale declaration (its server's header said UTF-8):
        # read as declared, "Seoul’s" is "Seoulâ€™s"; cp1252 text is almost never valid UTF-8
        log.warning("%s: the page declares charset=%s, but its bytes are UTF-8; read as UTF-8", name, declared)
        return decode(data, name, "utf-8") + (declared,)
    return text, used, declared


def _utf8_text(data: bytes) -> bool:
    """Whether ``data`` is valid UTF-8 with characters beyond ASCII."""
    return not data.isascii() and _decodes(data, "utf-8")


def _single_byte(codec: str) -> bool:
    """Whether ``codec`` spells each character in one byte (cp1252, latin-1, koi8-r): most
    bytes beyond ASCII are a character alone (none in UTF-8 or CP949, where they lead)."""
    return sum(len(bytes([b]).decode(codec, errors="ignore")) == 1 for b in range(0x80, 0x100)) > 64


def extract(text: str, name: str, css: str = "") -> tuple[list[str], str | None, str | None, tuple[int, int]]:
    """Lines of the page's visible text, its title, its declared language, and its
    bilingual tables and the cells of their other columns, which are not read (see
    :func:`_other_columns`). ``css``: stylesheets the page links to (an EPUB's), read with
    its own ``<style>`` for the classes they hide (:func:`_hidden_classes`)."""
    import lxml.etree

    parser = lxml.etree.HTMLParser(encoding="utf-8", huge_tree=True, remove_comments=True, remove_pis=True)
    text = _INTERNAL_SUBSET.sub(r"\1<!DOCTYPE html>", text, count=1)
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
    hiding = _hidden_classes(css + "\n" + "\n".join("".join(el.itertext()) for el in root.iter("style")))
    if hiding:  # an element of a class the stylesheets hide is marked hidden, as the attribute hides one
        for el in root.xpath("//*[@class]"):
            if hiding.intersection((el.get("class") or "").split()):
                el.set("hidden", "")
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

    def part() -> None:  # a table's cell is a paragraph of its own (see tables.table_lines)
        flush()
        if lines and lines[-1]:
            lines.append("")

    def record() -> None:  # ... and a bilingual table's row a record (none empty: a header's)
        part()
        if next((line for line in reversed(lines) if line), None) != RECORD_BREAK:
            lines.extend((RECORD_BREAK, ""))

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

    chrome = _chrome(root)
    others, rows, bilingual = _other_columns(root)
    not_read = 0
    titles = _page_titles(root, title)
    rescued: list[int] = []  # lines that are titles read from dropped chrome
    headings: set[int] = set()  # lines that are a heading's (h1-h6)
    heading_from: list[int] = []  # the first line of each heading open here
    pre_depth = sectioning_depth = table_depth = 0
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    skipped: set = set()  # elements whose subtree was dropped (their "end" still comes)
    for event, el in walker:
        tag = _tag(el)
        if event == "start":
            if tag in _SEPARATING:  # "<label><input>매우만족</label><label><input>만족</label>"
                current.append(" ")
            unread = (_unread(el, tag) or el in others or (tag == "sup" and _note_mark(el, current))
                      or _action_row(el, tag))
            not_read += el in others
            if unread or _chrome_here(el, tag, sectioning_depth) \
                    or _dropped_chrome(chrome.get(el), sectioning_depth, table_depth):
                skipped.add(el)
                walker.skip_subtree()
                if tag in _BLOCK:  # a dropped block still ends the line before it
                    flush()
                if not unread:  # the article's title, where a site writes it in a page header
                    for heading in _title_headings(el, titles):
                        current.append(heading)
                        flush()
                        rescued.append(len(lines) - 1)
                        headings.add(len(lines) - 1)
                continue
            if tag in _BLOCK or tag == "br":
                flush()
            if tag in _HEADINGS:
                heading_from.append(len(lines))
            if tag in _CELLS:
                part()
            if el in rows and tag == "tr":
                record()
            if tag == "pre":
                pre_depth += 1
            if tag in _SECTIONING:
                sectioning_depth += 1
            if tag == "table":
                table_depth += 1
            add(el.text, pre_depth > 0)
        else:
            if el in skipped:
                skipped.discard(el)
                if tag in _BLOCK:  # ... and starts a line after it
                    flush()
            else:
                if tag in _BLOCK:
                    flush()
                if tag in _HEADINGS and heading_from:
                    headings.update(range(heading_from.pop(), len(lines)))
                if tag in _CELLS:
                    part()
                if el in rows and tag == "table":
                    record()
                if tag == "pre":
                    pre_depth -= 1
                if tag in _SECTIONING:
                    sectioning_depth -= 1
                if tag == "table":
                    table_depth -= 1
            add(el.tail, pre_depth > 0)
    flush()
    # a title the article repeats (its own <h1>) is read there, and one read from chrome once
    rescued_at = set(rescued)
    elsewhere = {line for k, line in enumerate(lines) if k not in rescued_at}
    seen: set[str] = set()
    repeated = set()
    for k in rescued:  # (before a heading's lines are marked: the article's own <h1> is one)
        if lines[k] in elsewhere or lines[k] in seen:
            repeated.add(k)
        seen.add(lines[k])
    # a heading's lines marked (see readers.marked_headings), once they are final
    lines = [HEADING + line if k in headings and line and line != RECORD_BREAK else line
             for k, line in enumerate(lines)]
    return [line for k, line in enumerate(lines) if k not in repeated], title, lang, (bilingual, not_read)


def _other_columns(root) -> tuple[set, set, int]:
    """The cells with text of bilingual tables' other columns and header rows (``<th>``
    cells, or cells that name their columns), which are not read (a glossary's numbers
    and remarks, a translation tool's statuses: see :mod:`aligner.formats.tables`), the
    rows of bilingual tables (each a record, see ``tables.table_lines``, but one a cell
    above spans, which goes on with the record above) and those tables (a record ends with
    each), and the number
    of bilingual tables. A table holding a
    table is laid out with it, not a table of texts (and its cells' text would be read
    once for each table around it)."""
    cells: set = set()
    records: set = set()
    tables = 0
    for table in root.iter("table"):
        if table.find(".//table") is not None:
            continue
        rows = [tr.xpath("./td | ./th") for tr in table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")]
        texts = [[_SPACE.sub(" ", "".join(cell.itertext())).strip() for cell in row] for row in rows]
        pairs = bilingual_columns(texts)
        if not pairs:
            continue
        tables += 1
        width = max(map(len, rows))
        read = {k for pair in pairs for k in pair}
        trs = table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
        records.update([table, *(tr for tr, spanned in zip(trs, _spanned_rows(rows, read, width)) if not spanned)])
        cells.update(cell for row, text in zip(rows, texts) if len(row) == width
                     for k, (cell, t) in enumerate(zip(row, text)) if k not in read and t)
        if header_row(texts, pairs, marked=all(_tag(cell) == "th" for cell in rows[0])):
            cells.update(cell for cell, t in zip(rows[0], texts[0]) if t)
    return cells, records, tables


def _spanned_rows(rows: list, read: set[int], width: int) -> list[bool]:
    """For each row of a table (its cells), whether a cell of a row above, in a column
    read (``read``, counted in rows ``width`` cells wide), spans it (``rowspan``): that row
    goes on with the record above (see tables.table_lines); a remark merged down over
    several rows joins none."""
    until = 0  # the first row after every span seen so far
    out = []
    for n, cells in enumerate(rows):
        out.append(n < until)
        for k, cell in enumerate(cells):
            if len(cells) != width or k not in read:
                continue
            span = cell.get("rowspan", "1").strip()
            if span.isdigit() and int(span) > 1:
                until = max(until, n + min(int(span), 1000))
    return out


def _tag(el) -> str:
    """An element's tag name in lower case, without a namespace; "" for a comment or entity."""
    return el.tag.rsplit("}", 1)[-1].lower() if isinstance(el.tag, str) else ""


def _chrome(root) -> dict:
    """The elements that class or id name page chrome (see the module's docstring), each with
    those words, less the ones that must be kept: ``html``, ``body``, and those that hold
    the page's ``article`` or ``main`` or more than half its Korean or half its English
    letters (an id "sidebar-layout" wrapped around everything; each language's half of a
    bilingual page, whose Korean half has far fewer characters than its English one), a
    language counting where it has a fifth of the page's letters.
    Letters in links do not count: an English page's header holds all its Korean
    letters in its "한국어" link, and is still its header. Each element's letters are
    counted in one pass as it ends, so the cost grows with the page, not with how deep
    chrome nests."""
    import lxml.etree

    named: dict = {}
    for el in root.xpath(".//*[@class or @id]"):
        words = _chrome_words(el)
        if words and _tag(el) not in ("html", "body"):
            named[el] = words
    if not named:
        return {}
    counted: dict = {}
    open_: list[list] = [[0, 0, False]]  # for each open element: Hangul and Latin letters, holds article/main
    links = 0  # links open around the text being counted
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = _tag(el)
        if event == "start":
            if not tag or tag in _DROP:  # no visible text in it
                walker.skip_subtree()
                open_.append([0, 0, False])
            else:
                links += tag == "a"
                holds_main = tag in ("article", "main") or (el.get("role") or "").lower() == "main"
                open_.append([*_letters(None if links else el.text), holds_main])
            continue
        if tag == "a":
            links -= 1
        entry = open_.pop()
        parent = open_[-1]
        tail = _letters(None if links else el.tail)
        parent[0] += entry[0] + tail[0]
        parent[1] += entry[1] + tail[1]
        parent[2] = parent[2] or entry[2]
        if el in named:
            counted[el] = entry
    hangul, latin = open_[0][:2]
    # a language with a fifth of the page's letters or more is a half of a bilingual page
    # (a Korean syllable is worth two or three Latin letters); the English copyright line
    # of a Korean page is not, and its footer no content
    weighted = 2 * hangul + latin
    hangul_half = hangul if 5 * 2 * hangul >= weighted else float("inf")
    latin_half = latin if 5 * latin >= weighted else float("inf")
    # an element not counted is inside a dropped one (a menu in <noscript>)
    return {el: words for el, words in named.items()
            if el in counted and not counted[el][2]
            and 2 * counted[el][0] <= hangul_half and 2 * counted[el][1] <= latin_half}


def _dropped_chrome(words: frozenset | None, sectioning_depth: int, table_depth: int) -> bool:
    """Is an element that class or id name as page chrome (``words``, from :func:`_chrome`)
    dropped where it stands? Not in a table (rows and cells classed "header" are data),
    but for navigation;
    a "header" or "footer" only outside sectioning elements, as the ``header`` element."""
    if not words or (table_depth and _MENU_ID not in words):
        return False  # but a menu an id names in a layout table (<div id="gnb">) is a menu
    return sectioning_depth == 0 or bool(words - _LANDMARK_WORDS)


def _chrome_words(el) -> frozenset:
    """The words of page chrome the element's class and id hold (a region's in its id only,
    the previous and next article's in one class name or the id), unless they name content too."""
    names = [{w.lower() for w in _WORD.findall(name)} for name in (el.get("class") or "").split()]
    ids = {w.lower() for w in _WORD.findall(el.get("id") or "")}
    named = set().union(*names)
    if (named | ids) & _CONTENT_WORDS:
        return frozenset()
    neighbours = {"next"} if any("next" in words and words & _PREVIOUS_WORDS for words in [*names, ids]) else set()
    menu_id = {_MENU_ID} if ids & _NAVIGATION_WORDS else set()
    tools = (named | ids) & _TOOL_WORDS
    if tools and not _controls_or_links(el):
        tools = set()
    return frozenset(((named | ids) & _NAVIGATION_WORDS) | tools | (ids & _REGION_WORDS) | neighbours | menu_id)


def _controls_or_links(el) -> bool:
    """Does the element hold a form's controls, or is its text all in links: a tool, not
    content named so ("시민 만족도 조사 결과" in a section classed "satisfaction", a page on
    utility bills in a "utility" box: an adversarial check)?"""
    if el.xpath(".//input|.//button|.//select|.//textarea"):
        return True
    text = sum(len(t.strip()) for t in el.itertext())
    linked = sum(len(t.strip()) for a in el.iter("a") for t in a.itertext())
    return text > 0 and linked >= text


# CSS: a block of rules for some media only (print, a width), and a rule
_MEDIA_BLOCK = re.compile(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", re.IGNORECASE)
_CSS_RULE = re.compile(r"([^{}@;]+)\{([^{}]*)\}")
_CSS_HIDES = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)",
                        re.IGNORECASE)
_CLASS_SELECTOR = re.compile(r"\s*[A-Za-z0-9]*\.([\w-]+)\s*")


def _hidden_classes(css: str) -> frozenset[str]:
    """The classes a stylesheet hides for every medium: rules of plain class selectors
    (".hidden", "span.note") whose declarations say ``display: none`` or ``visibility:
    hidden`` (not in an ``@media`` block; descendant and other selectors are not read)."""
    if "{" not in css:
        return frozenset()
    css = _MEDIA_BLOCK.sub("", re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL))
    found = set()
    for selectors, declarations in _CSS_RULE.findall(css):
        if _CSS_HIDES.search(declarations.strip()):
            found.update(m.group(1) for sel in selectors.split(",") if (m := _CLASS_SELECTOR.fullmatch(sel)))
    return frozenset(found)


def _letters(text: str | None) -> tuple[int, int]:
    """Korean and English letters of a text (addresses left out)."""
    return letter_counts(text) if text else (0, 0)


def _unread(el, tag: str) -> bool:
    """Is the element never read: no text a reader sees (scripts, navigation, hidden)?"""
    if not tag or tag in _DROP:
        return True
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    classes = (el.get("class") or "").lower().split()
    if _SCREEN_READER_ONLY.intersection(classes):
        return True
    if _HIDING.intersection(classes) and not any(_SHOWN_AGAIN.match(c) for c in classes):
        return True
    if _WIKI_FURNITURE.intersection(classes) or (tag == "sup" and "reference" in classes):
        return True
    if (tag == "dialog" and el.get("open") is None) or el.get("popover") is not None:
        return True  # a closed dialog, a popover: shown only when the page's script opens them
    if tag == "pre" and _code_block(el, classes):
        return True  # code is not translated, as Markdown's code blocks are not read
    return bool(_HIDDEN_STYLE.search((el.get("style") or "").lower()))  # a share menu, a stored copy


_ACTIONS = frozenset(("a", "button"))
# What a page's actions say, on a board, a news site or a shop
_ACTION_WORDS = frozenset(
    "목록|목록으로|목록 보기|신고|신고하기|공유|공유하기|답글|답변|댓글|인쇄|스크랩|수정|삭제|이전|다음|이전글|다음글|맨 위로|위로|"
    "좋아요|추천|구독|저장|링크 복사|글쓰기|back|list|back to list|share|report|reply|print|edit|delete|previous|next|top|"
    "back to top|like|save|subscribe|copy link|write".split("|"))
_ROW_GAP = re.compile(r"[\s|·•/,-]*")  # what stands between a row's links


def _action_row(el, tag: str) -> bool:
    """Is the element a row of links or buttons, nothing else: two or more, each of three
    words at most and no sentence ("목록 신고 공유", "Back to list Report Share", tags)? A
    board's actions under a post, written in a plain ``div``, were paired with the other
    page's (0.91; a community audit). Not a list's items (each its own ``li``), nor links
    inside a sentence."""
    if tag not in ("div", "p") or len(el) < 2 or len(el) > 12:
        return False
    if any(_tag(child) not in _ACTIONS or not _ROW_GAP.fullmatch(child.tail or "") for child in el):
        return False
    if not _ROW_GAP.fullmatch(el.text or ""):
        return False
    texts = []
    for child in el:
        text = " ".join("".join(child.itertext()).split())
        if not text or len(text.split()) > 3 or text.endswith((".", "!", "?", "。")):
            return False
        texts.append(text)
    # (a page's actions, one of them a word of the kind at least: not a list of dishes, authors,
    # keywords or downloads written as links, nor a glossary's "인공지능 / artificial
    # intelligence": an adversarial check)
    return any(text.lower() in _ACTION_WORDS for text in texts)


_CODE_CLASS = re.compile(r"(?:language|lang)-\w+|highlight\w*|hljs|code|sourcecode|codehilite|prism\w*")


def _code_block(pre, classes: list[str]) -> bool:
    """Is a ``<pre>`` a block of code: it holds a ``<code>`` element (HTML's way of marking
    one, what documentation generators write) or a class of it or of its parent says so
    ("language-python"; Pygments' ``<div class="highlight"><pre>``)? Not a ``<pre>`` of plain
    preformatted text (a poem, a page of text)."""
    parent = pre.getparent()
    classes = classes + ((parent.get("class") or "").lower().split() if parent is not None else [])
    return any(_CODE_CLASS.fullmatch(c) for c in classes) or any(_tag(child) == "code" for child in pre)


_NOTE_MARK = re.compile(r"\s*[\[(]?\s*(?:\d{1,3}|[*†‡§]{1,3}|[a-z])\s*[\])]?\s*")
_ENDED = re.compile(r"[.!?。…][\"'”’)\]」』]*\s*$")


def _note_mark(sup, current: list[str]) -> bool:
    """Is a ``<sup>`` a footnote's mark: a number, a letter or asterisks, bracketed or not,
    after a sentence end ("줄였다.<sup>1)</sup> 이는 …") or linking to a place in a page (a
    book's note, "tide<sup><a href="notes.xhtml#n1">1</a></sup>", "<a href="#n2"><sup>[2]</sup></a>":
    read, it glued to the word, "조수1가")? Read after a sentence end, it hid that end from
    the splitters ("줄였다.1) 이는"). An exponent or an ordinal ("m<sup>2</sup>",
    "1<sup>st</sup>") follows no sentence end, links nowhere, and is read."""
    if _NOTE_MARK.fullmatch("".join(sup.itertext())) is None:
        return False
    links = [el for el in (sup.getparent(), *sup.iterdescendants()) if el is not None and _tag(el) == "a"]
    return _ENDED.search("".join(current)) is not None or any("#" in (el.get("href") or "") for el in links)


def _chrome_here(el, tag: str, sectioning_depth: int) -> bool:
    """Is the element the page's own header, footer or aside, or a landmark of chrome?"""
    if tag in _PAGE_CHROME and sectioning_depth == 0:
        return True
    return (el.get("role") or "").lower() in _DROP_ROLES


_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


# between an article's title and the site's name in a page title: "제목 | 연합뉴스"
_TITLE_PARTS = re.compile(r"\s+(?:[|:\-–—<>·]|::)\s+")


def _page_titles(root, title: str | None) -> list[str]:
    """What the page says its title is, its ``og:title`` and its ``<title>``, without the
    site's name: the ``og:site_name``, else the last of the parts a separator divides
    ("보도자료 | 과학기술정보통신부": the logo's "과학기술정보통신부" is no title)."""
    def meta(name: str) -> str:
        found = root.find(f".//meta[@property='{name}']")
        return _SPACE.sub(" ", found.get("content") or "").strip() if found is not None else ""

    site = meta("og:site_name")
    out = []
    for text in (meta("og:title"), _SPACE.sub(" ", title or "").strip()):
        parts = [part for part in _TITLE_PARTS.split(text) if part]
        if len(parts) > 1:
            parts = [part for part in parts if part != site] if site in parts else parts[:-1]
        if parts:
            out.append(" - ".join(parts))
    return out


def _title_headings(dropped, titles: list[str]) -> list[str]:
    """The headings in a dropped element that are the page's title: news sites write the
    article's title above the article, in a page ``<header>`` or a div whose id is
    "header", which are chrome by their names. A heading is the title when its text is
    most of the page's ``og:title`` or ``<title>`` less the site's name ("제목 |
    연합뉴스"), not a logo's "연합뉴스" (nor a heading that links to the site's home page,
    a logo whatever the title: "국립남해박물관 > 전시 > 특별전시"); one in an element never
    read (hidden, navigation) is not read."""
    if not titles:
        return []
    found = []
    for heading in dropped.iter(*_HEADINGS):
        text = _SPACE.sub(" ", "".join(heading.itertext())).strip()
        if text and any(text in t and 2 * len(text) > len(t) for t in titles) and not _links_home(heading) \
                and not any(_unread(a, _tag(a)) for a in _up_to(heading, dropped)):
            found.append(text)
            # the headings right after it are its subheadlines ("<h1>제목</h1><h2>부제</h2>")
            for sub in heading.itersiblings():
                if _tag(sub) not in _HEADINGS or _unread(sub, _tag(sub)):
                    break
                found.append(_SPACE.sub(" ", "".join(sub.itertext())).strip())
            break
    return [text for text in found if text]


# A link to a site's home page: its root, or its index page ("/", "./", "/index.html",
# "https://www.example.go.kr/", "/ko/main.do")
_HOME = re.compile(r"(?:https?://[^/?#]+)?(?:\.?/)?(?:(?:[a-z]{2}(?:[-_][a-zA-Z]{2})?/)?(?:index|main|home)(?:\.\w+)?)?/?",
                   re.IGNORECASE)


def _links_home(heading) -> bool:
    """Whether all of ``heading``'s text is a link to the site's home page (a logo)."""
    links = [a for a in heading.iter("a") if (a.get("href") or "").strip()]
    return bool(links) and all(_HOME.fullmatch(a.get("href").strip()) for a in links) \
        and "".join("".join(a.itertext()) for a in links).strip() == "".join(heading.itertext()).strip()


def _up_to(el, top):
    """``el`` and its ancestors below ``top``."""
    while el is not None and el is not top:
        yield el
        el = el.getparent()
