"""Reading PDF text layers with pdfminer.six.

pdfminer.six is pure Python, reads the CID fonts and CMaps Korean PDFs use (it ships
Adobe's Korean character collections), and its layout analysis groups a page's text
lines into boxes (lines as far apart as the page's paragraphs space theirs, 160% in Korean
word processors, included). The boxes are read column by column, a title over the columns
first and a table's cells by rows (see :func:`_reading_order`; pdfminer's own order read two
columns across a narrow gutter interleaved). A text line that runs across a gutter (a
producer that draws each line across both columns, which pdfminer joins into one line where
the gutter is under two characters wide) is split there first (see :func:`_split_at_gutters`).
Each box is split into paragraphs where a line ends short after a sentence end, where
the next line is indented after a sentence end, and where the language changes (a Korean
paragraph followed by its English translation); the lines of a paragraph are joined with spaces (a line that
ends in a hyphen before a lower-case word is joined without one, the word written whole
unless the document writes it with its hyphen elsewhere; and so is a Korean
line that ran to the margin inside a word or a number, on a page wrapped a character at a time: see
:func:`_words_cut`) and the paragraph is one line of the extracted text. A paragraph that runs over a page break is joined again
when the page ends without a sentence end and the next page goes on in lower case (or, in
Korean, when the last line ran to the margin). Text inside form XObjects (a page
placed whole by pdfpages or a printer driver, a stamped letterhead) is read where the
form puts it on the page, with the page's own text. Text drawn sideways (a table turned a
quarter on an upright page) is grouped into lines too (pdfminer's ``detect_vertical``);
without it each of its characters was a line. A glyph whose font maps it to no character
(pdfminer's ``(cid:N)``) is no text: left out, with a warning, or an error where such
glyphs are over a tenth of the text.

A PDF without a text layer (a scan) is an error that says to run OCR first; so is an
encrypted PDF that needs a password. A PDF encrypted with an owner password only
(printing or copying restricted) opens without one and is read. Running headers and
footers (a short paragraph, digits such as page numbers aside, at the same edge of at least
three pages and of a third of them) are left out, with a message: read, they landed inside
pairs and kept a sentence that runs over a page break from being joined again.

A PDF whose compressed streams decode to more than the input limit allows (a
decompression bomb: a few megabytes of deflated blanks can inflate to gigabytes) is an
error; the streams are decoded a megabyte at a time and counted, so the reader stops
before it holds them. So is a page that draws far more than a page of text (over 100,000
characters and figures, over 10,000 lines, lines covering as much as thousands of pages,
lines stacked a hundred deep, or operands by the hundred thousand), counted as pdfminer
parses, draws and groups it, since pdfminer's memory and time grow with all of these and,
for some layouts, faster. Paths (rules, borders, charts) and images are not built at all (a
page's straight rules are kept, a few thousand at most, for its tables: see :mod:`.pdfrules`). A page of
more text boxes than can be ordered by its layout in reasonable time (300 on a Letter
page) has them read from the top down, with a warning.
"""

from __future__ import annotations

import bisect
import copy
import functools
import io
import itertools
import logging
import math
import re
import statistics
import zlib
from contextlib import contextmanager
from contextvars import ContextVar

from ..errors import InputError
from ..segmenting import language_of
from ..wording import plural
from . import pdfrules
from .readers import Document, missing_extra
from .text import composed, max_input_mb

log = logging.getLogger(__name__)

_TERMINAL = tuple(".!?…\"'”’)]」』。:")
# A line opening a list's item or a statute's article, which starts a paragraph after a line
# that ends a sentence or stops short (not one a wrapped sentence runs on to: "… 금액은" / "1.5배")
# The year and month of a Korean date at a line's end: "2023. 8." (a year alone only before a
# month and day, "2023." above "9. 1.부터 …": "… 최초 계약일 2023." above "1. 갑과 …" ends its
# sentence; an adversarial check)
_DATE_OPEN = re.compile(r"(?<![\d.])\d{4}\.\s?\d{1,2}\.$")
_YEAR_END = re.compile(r"(?<![\d.])\d{4}\.$")  # ... or its year, the next line its month and day
_MONTH_DAY = re.compile(r"\d{1,2}\.\s?\d{1,2}\.")
_ITEM_START = re.compile(r"(?:\d{1,2}[.)]\s|\(\d{1,2}\)\s?|[\u2460-\u2473]|제\s?\d+\s?조|Article\s+\d+\b|[•▪■□○●◦※]\s"
                         r"|[ㄱ-ㅎ가나다라마바사아자차카타파하a-h][.)]\s|\([ㄱ-ㅎ가나다라마바사아자차카타파하a-h]\)\s)")
# (… and a lettered item: an exam's "<보기>" over "ㄱ. …" / "a. …", a statute's "가. "; an
# education audit)
# ... and a dash's item, after a line that stops short only (a spaced dash in running text,
# "… (see Table 2)" / "- a decline …", goes on: an adversarial check)
_DASH_ITEM = re.compile(r"[-–]\s")
# Bullets: a line opening with the one the line before opened with is the list's next item
_BULLETS = "•▪■□○●◦"


def read_pdf(data: bytes, name: str, encoding: str | None = None) -> Document:
    """A PDF's text layer, one paragraph per line; see the module's docstring."""
    try:
        from pdfminer.layout import LAParams
        from pdfminer.pdfdocument import PDFPasswordIncorrect
    except ImportError:
        raise missing_extra("pdfminer.six", "reading .pdf files") from None
    paged: list[list[tuple[str, bool]]] = []  # each page's paragraphs, and whether each one's last line was full
    pages = 0
    empty_pages: list[int] = []
    flat_pages: list[int] = []
    _guard_decoders()
    limit = int(_DECODED_PER_MB * max_input_mb())
    with _quiet("pdfminer"), _decoding_budget(limit):
        layout = _layouts(data, LAParams(detect_vertical=True, char_margin=_CHAR_MARGIN))
        while True:
            try:
                page = next(layout)
            except StopIteration:
                break
            except _Inflated:
                mib = limit / 2**20
                size = f"{mib:,.0f}" if mib >= 10 else f"{mib:.2g}"
                raise InputError(f"{name}: the PDF's streams decompress to over {size} MiB, more than the input "
                                 "limit allows (a decompression bomb?); raise it with --max-input-mb or "
                                 "ALIGNER_MAX_INPUT_MB") from None
            except _Overdrawn as err:
                raise InputError(f"{name}: page {pages + 1} {err} (a PDF made to overwhelm readers?)") from None
            except PDFPasswordIncorrect:
                raise InputError(f"{name}: the PDF is encrypted and needs a password; decrypt it first "
                                 "(e.g. qpdf --decrypt --password=... in.pdf out.pdf)") from None
            except Exception as err:  # noqa: BLE001 - pdfminer raises many kinds (PSSyntaxError, KeyError...)
                raise InputError(f"{name}: cannot read the PDF ({type(err).__name__}: {err})") from None
            pages += 1
            if page.flat:
                flat_pages.append(pages)
            found = _page_lines(page)
            del page  # so that the next page's drawing replaces this one's instead of adding to it
            if not found:
                empty_pages.append(pages)
                continue
            paged.append(found)
    lines: list[tuple[str, bool]] = []
    joined, by_character = _joined_lines(paged)
    for found in _without_running_lines(joined, name):
        if lines and found and _continues(lines[-1], found[0]):
            (before, full), after = lines.pop(), found[0][0]
            found[0] = (_join([before, after], [by_character and full and _cut_at_page_break(before, after)]),
                        found[0][1])
        lines.extend(found)
    lines, unmapped = _without_unmapped(lines)
    readable = sum(len(text) - text.count(" ") for text, _ in lines)
    if unmapped > readable / 9:  # over a tenth of the text would be lost (a few symbols: a warning)
        raise InputError(f"{name}: {unmapped:,} of its {unmapped + readable:,} characters are drawn with fonts "
                         "that map them to no text (no Unicode mapping), so it cannot be read as text; "
                         "run OCR on it (e.g. ocrmypdf --force-ocr)")
    if not lines:
        raise InputError(f"{name}: the PDF has no text layer ({pages} page{'s' if pages != 1 else ''} "
                         "of images: a scan?); run OCR on it first (e.g. ocrmypdf)")
    if unmapped:
        log.warning("%s: %d %s drawn with fonts that map them to no text %s left out", name, unmapped,
                    plural(unmapped, "character"), plural(unmapped, "is", "are"))
    if empty_pages:
        log.warning("%s: %d of %d pages %s no text layer (%s %s); only the text of the others is read",
                    name, len(empty_pages), pages, plural(len(empty_pages), "has", "have"),
                    plural(len(empty_pages), "page"), _ranges(empty_pages))
    if flat_pages:
        log.warning("%s: %d of %d pages %s too many blocks of text (tables? charts?) for pdfminer to order by "
                    "layout (%s %s); their blocks are read from the top down", name, len(flat_pages), pages,
                    plural(len(flat_pages), "has", "have"), plural(len(flat_pages), "page"), _ranges(flat_pages))
    return Document(composed(_dehyphenated("\n".join(text for text, _ in lines) + "\n")), "pdf", name,
                    metadata={"pages": pages, "pages_without_text": len(empty_pages)})


# A running header or footer: a short paragraph, digits aside ("- 3 -", "Page 3 of 9",
# "Annual Report 2023"), at the same edge of many pages
_RUNNING_CHARS = 100
# Pages a running line must be on: on two, a page placed twice (a form, a stamped page)
# holds real text at the same edges, and so do two one-page letters ("학부모님께", "교장
# 드림") and a two-day itinerary ("1일차 (5월 3일)", digits aside): of two pages, only the
# page numbers are left out (an adversarial check)
_RUNNING_PAGES = 3
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"[^\w]{0,4}\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?[^\w]{0,4}")


def _without_running_lines(paged: list[list[tuple[str, bool]]], name: str) -> list[list[tuple[str, bool]]]:
    """The pages without their running headers and footers: a paragraph among the first or
    the last two of a page (or a page's one page number, wherever it is read) whose text,
    digits aside, stands at that edge of at least three pages and of a third of them (of
    two pages, their page numbers only). Read, they landed inside pairs and kept a
    sentence that runs over a page break from being joined again."""
    def key(text: str) -> str | None:
        return _DIGITS.sub("#", text) if len(text) <= _RUNNING_CHARS else None

    def edges(found: list[tuple[str, bool]]):
        n = len(found)
        out = [(k, edge) for k in range(n) for edge in ("top", "bottom") if (k < 2 if edge == "top" else k >= n - 2)]
        # a page number read between two columns, as pdfminer orders a two-column page: the
        # page's one short paragraph of digits and no letters, wherever it stands
        numbers = [k for k, (text, _) in enumerate(found) if _PAGE_NUMBER.fullmatch(text)]
        return out + [(numbers[0], "number")] if len(numbers) == 1 else out

    counts: dict[tuple[str, str], int] = {}
    for found in paged:
        for seen in {(edge, key(found[k][0])) for k, edge in edges(found)}:
            counts[seen] = counts.get(seen, 0) + 1
    need = max(_RUNNING_PAGES, -(-len(paged) // 3))
    running = {seen for seen, n in counts.items() if n >= need and seen[1] is not None}
    if len(paged) == 2:  # ... but a page number on both
        running = {seen for seen, n in counts.items() if n == 2 and seen[0] == "number"}
    if not running:
        return paged
    out, dropped = [], 0
    for found in paged:
        drop = {k for k, edge in edges(found) if (edge, key(found[k][0])) in running}
        out.append([p for k, p in enumerate(found) if k not in drop])
        dropped += len(drop)
    shown = sorted({text for _, text in running})[:3]
    log.info("%s: left out %d %s of running headers and footers (%s)", name, dropped,
             plural(dropped, "line"), "; ".join(repr(t) for t in shown))
    return out


# pdfminer writes a glyph that its font maps to no character as "(cid:N)": not text
_UNMAPPED = re.compile(r"\(cid:\d+\)")


def _without_unmapped(lines: list[tuple[str, bool]]) -> tuple[list[tuple[str, bool]], int]:
    """The paragraphs without pdfminer's placeholders of unmapped glyphs (a paragraph of
    nothing else dropped), and how many there were."""
    count = sum(len(_UNMAPPED.findall(text)) for text, _ in lines)
    if not count:
        return lines, 0
    kept = [(" ".join(_UNMAPPED.sub(" ", text).split()), full) for text, full in lines]
    return [(text, full) for text, full in kept if text], count


@contextmanager
def _quiet(logger: str):
    """pdfminer logs warnings about harmless oddities of many real PDFs; keep them off
    the user's terminal while we read, and restore the level after."""
    target = logging.getLogger(logger)
    level = target.level
    target.setLevel(logging.ERROR)
    try:
        yield
    finally:
        target.setLevel(level)


# What a PDF's compressed streams may decode to, in all, for each megabyte of the input
# limit (256 MiB at 4 MB; about 2.3 bytes of memory a byte while pdfminer holds them). A
# deflate stream inflates up to 1,030:1: a 2.1 MB file of deflated blanks inflated to
# 2 GiB and took 4.2 GB and 46 s; a stream deflated twice has no bound at all; pdfminer's
# own RunLength decoder took 2.3 GB for a 4 MB file (64:1, a list of ints). Real PDFs
# decode to 0.2-2.5 times their size (LaTeX manuals, reportlab books with embedded
# fonts), 6-21 when all they hold is text in unembedded fonts (Korean in a CID font the
# most), and the budget is counted against the limit, not the file: 3 times that margin.
_DECODED_PER_MB = 64 * 2**20
_CHUNK = 1 << 20
_BUDGET: ContextVar[list[int] | None] = ContextVar("aligner_pdf_budget", default=None)


class _Inflated(Exception):
    """The PDF's streams decode to more than the budget allows."""


@contextmanager
def _decoding_budget(limit: int):
    token = _BUDGET.set([limit])
    try:
        yield
    finally:
        _BUDGET.reset(token)


def _charge(size: int) -> None:
    """Count ``size`` decoded bytes against the budget of the PDF being read (none is
    counted when pdfminer is used outside read_pdf)."""
    left = _BUDGET.get()
    if left is not None:
        left[0] -= size
        if left[0] < 0:
            raise _Inflated


def _guard_decoders() -> None:
    """Make pdfminer decode streams through the functions below, which count what they
    decode as they go: pdfminer.pdftypes looks up zlib and its decoders as module globals
    (in every release since 2019), so they are replaced there, once. Decoders that never
    expand their input (ASCII85, hex, predictors) are left alone."""
    from pdfminer import pdftypes

    if getattr(pdftypes, "_aligner_guarded", False):
        return
    for attr, replacement in (("zlib", _Zlib()), ("decompress_corrupted", _inflate_corrupted),
                              ("lzwdecode", _lzwdecode), ("rldecode", _rldecode),
                              ("ccittfaxdecode", _ccittfaxdecode)):
        if hasattr(pdftypes, attr):
            setattr(pdftypes, attr, replacement)
    pdftypes._aligner_guarded = True


class _Zlib:
    """zlib as pdfminer.pdftypes sees it: ``decompress`` counts what it inflates."""

    def __getattr__(self, attr):
        return getattr(zlib, attr)

    @staticmethod
    def decompress(data: bytes, wbits: int = zlib.MAX_WBITS, bufsize: int = 0) -> bytes:
        inflater = zlib.decompressobj(wbits)
        out = _inflate(inflater, data)
        if not inflater.eof:
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        return out


def _inflate(inflater, data: bytes) -> bytes:
    """Feed ``data`` to ``inflater`` and return what comes out, a megabyte at a time."""
    out: list[bytes] = []
    while True:
        piece = inflater.decompress(data, _CHUNK)
        data = inflater.unconsumed_tail
        _charge(len(piece))
        out.append(piece)
        if inflater.eof or not (piece or data):
            return b"".join(out)


def _inflate_corrupted(data: bytes) -> bytes:
    """pdfminer's fallback for a deflate stream zlib refuses (decompress_corrupted), which
    feeds it a byte at a time to a growing bytes object, quadratic time: what inflates,
    forgiving an error in the last three bytes (a bad checksum), counted as it goes."""
    inflater = zlib.decompressobj()
    head = max(len(data) - 3, 0)
    out = [_inflate(inflater, data[:head])]
    for i in range(head, len(data)):
        try:
            out.append(_inflate(inflater, data[i:i + 1]))
        except zlib.error:
            log.warning("Data-loss while decompressing corrupted data")
            break
    return b"".join(out)


def _lzwdecode(data: bytes) -> bytes:
    from pdfminer.lzw import LZWDecoder

    out: list[bytes] = []
    for piece in LZWDecoder(io.BytesIO(data)).run():  # at most 4 KB each
        _charge(len(piece))
        out.append(piece)
    return b"".join(out)


def _rldecode(data: bytes) -> bytes:
    """RunLengthDecode (PDF 1.7, 7.4.5) into a bytearray: pdfminer's builds a list of ints,
    8 bytes a byte, and a run of two bytes decodes to 128."""
    out = bytearray()
    counted = i = 0
    while i < len(data) and data[i] != 128:
        n = data[i]
        if n < 128:
            out += data[i + 1:i + n + 2]
            i += n + 2
        else:
            out += data[i + 1:i + 2] * (257 - n)
            i += 2
        if len(out) - counted >= _CHUNK:
            _charge(len(out) - counted)
            counted = len(out)
    _charge(len(out) - counted)
    return bytes(out)


def _ccittfaxdecode(data: bytes, params) -> bytes:
    """CCITT fax is an image filter and pdfminer decodes no image when it reads text; in a
    stream it does decode, its rows (a Python list of ints as wide as /Columns says) and
    their number have no bound."""
    raise ValueError("a CCITT fax filter on a stream that is not an image")


# What one page may draw, and how its text may lie, for pdfminer. pdfminer builds an object
# for everything a page draws, about 0.7-1.2 KB for each character with its share of the
# lines and boxes made from them (a 4 MB page of text took 2.8 GB and 54 s; a 2 KB page
# drawing a form of 1,000 characters 1,000 times, 0.7 GB), and some of its layout analysis
# grows faster than what is drawn: it files each text line under every 50-unit square of
# the page it covers (a 601-byte page a million units wide with one glyph as large took
# 22 GB), merges the lines of a text box in quadratic time (a column of 10,000 one-letter
# lines, 72 s) and lines drawn on top of one another in cubic time and quadratic memory
# (2,000 of them, 70 s), and orders text boxes by comparing every pair, each pair
# as often as a square the two span (a 60 KB page of 2,000 boxes took 0.8 GB and 63 s,
# 3,300 boxes 2.3 GB and ended in a RecursionError). A dense real page draws 3,000-10,000
# characters (under 20,000) in at most a few thousand lines (a table's cells are lines of
# their own) covering a few thousand squares, a line has 2-5 neighbours above, below and
# on top of it (text drawn twice for bold has more), and a page of tables has a few hundred
# boxes.
_PAGE_DRAWN = 100_000  # characters and figures (forms, images) one page may draw
_PAGE_LINES = 10_000  # lines of text, as pdfminer groups the characters
_PAGE_SQUARES = 1_000_000  # 50-unit squares its lines may cover, all told (A4 has 204)
_NEIGHBOURS = 100  # lines near a line, at its height and aligned with it
_OPERANDS = 100_000  # objects in an operator's operands (a TJ array of a whole paragraph: 2,000)
_GROUPING = 300**2 * 208  # text boxes squared times the page's squares: 300 boxes on Letter


class _Overdrawn(Exception):
    """A page draws more than the limits above allow; the message says what, after "page N"."""


def _layouts(data: bytes, laparams):
    """Each page's layout, as pdfminer's ``extract_pages`` gives it, through the
    interpreter and device of :func:`_pdfminer_parts`."""
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    interpreter_class, device_class = _pdfminer_parts()
    resources = PDFResourceManager(caching=True)
    device = device_class(resources, laparams=laparams)
    interpreter = interpreter_class(resources, device)
    for page in PDFPage.get_pages(io.BytesIO(data)):
        interpreter.process_page(page)
        yield device.take()


@functools.cache
def _pdfminer_parts():
    """pdfminer's interpreter and layout device, bounded as said above; made on first use,
    since pdfminer is an optional extra. pdfminer's content parser is replaced in
    pdfminer.pdfinterp, which looks it up as a module global, once."""
    from pdfminer import pdfinterp
    from pdfminer.converter import PDFLayoutAnalyzer
    from pdfminer.layout import LTPage, LTTextGroup
    from pdfminer.utils import apply_matrix_pt

    class Parser(pdfinterp.PDFContentParser):
        """Counts the objects of an operand it has not finished (an array, a dictionary),
        while read_pdf reads: it keeps 30-130 bytes of Python objects for each few bytes
        of them (16 MB of a content stream's ``[1.5 1.5 ...`` took 0.6 GB)."""

        unfinished = 0

        def push(self, *objs) -> None:
            self.unfinished += len(objs)
            if self.unfinished > _OPERANDS and _BUDGET.get() is not None:
                raise _Overdrawn(f"has an operand of over {_OPERANDS:,} objects")
            super().push(*objs)

        def flush(self) -> None:  # the operand is finished
            self.unfinished = 0
            super().flush()

    pdfinterp.PDFContentParser = Parser

    class Interpreter(pdfinterp.PDFPageInterpreter):
        """Refuses operands piling up with no operator to take them (16 MB of a content
        stream's ``1.5 1.5 ...`` took 0.2 GB) and builds no paths: pdfminer keeps each
        segment of a path and each path drawn (a 9 KB page of one path of a million
        segments took 0.7 GB). Only the straight rules a path paints are kept, on the page,
        at most :data:`pdfrules.RULES` of them (see :mod:`.pdfrules`): a stroked path's
        horizontal and vertical segments, and a filled shape's where it is as thin as a
        rule (a highlight or a shading, one rectangle a line, is an area: its edges made a
        paragraph a table; an adversarial check). pdfminer gives an operator as many
        operands as its method takes arguments."""

        def init_state(self, ctm) -> None:
            super().init_state(ctm)
            # the path's subpaths, each its straight segments and the box of its points
            self.shapes: list[tuple[list, list[float]]] = []
            self.segments = 0
            self.start = self.at = None  # the subpath's first point, the current point

        def push(self, obj) -> None:
            if len(self.argstack) >= _OPERANDS:
                raise _Overdrawn(f"gives over {_OPERANDS:,} operands to no operator")
            super().push(obj)

        def _point(self, x, y) -> tuple[float, float] | None:
            if not all(isinstance(v, (int, float)) for v in (x, y)):
                return None
            point = apply_matrix_pt(self.ctm, (x, y))
            if self.shapes:
                box = self.shapes[-1][1]
                box[:] = min(box[0], point[0]), min(box[1], point[1]), max(box[2], point[0]), max(box[3], point[1])
            return point

        def _subpath(self, x, y):
            self.shapes.append(([], [math.inf, math.inf, -math.inf, -math.inf]))
            self.start = self.at = self._point(x, y)

        def _segment(self, a, b) -> None:
            if (a is not None and b is not None and self.shapes and self.segments <= pdfrules.RULES
                    and (abs(a[0] - b[0]) <= 1 or abs(a[1] - b[1]) <= 1)):  # horizontal or vertical
                self.shapes[-1][0].append((a, b))
                self.segments += 1

        def do_m(self, x, y) -> None:
            self._subpath(x, y)

        def do_l(self, x, y) -> None:
            point = self._point(x, y)
            self._segment(self.at, point)
            self.at = point

        def do_c(self, x1, y1, x2, y2, x3, y3) -> None:
            self.at = self._point(x3, y3)

        def do_v(self, x2, y2, x3, y3) -> None:
            self.at = self._point(x3, y3)

        do_y = do_v

        def do_h(self) -> None:
            self._segment(self.at, self.start)
            self.at = self.start

        def do_re(self, x, y, w, h) -> None:
            if not all(isinstance(v, (int, float)) for v in (x, y, w, h)):
                return
            self._subpath(x, y)
            corners = [self.start, self._point(x + w, y), self._point(x + w, y + h), self._point(x, y + h)]
            for a, b in zip(corners, corners[1:] + corners[:1]):
                self._segment(a, b)

        def _paint(self, filled: bool = False) -> None:
            rules = getattr(self.device.cur_item, "rules", None)
            if rules is not None:
                rules.add([segment for segments, (x0, y0, x1, y1) in self.shapes
                           if not filled or min(x1 - x0, y1 - y0) <= pdfrules.THIN for segment in segments])
            self.shapes, self.segments = [], 0

        # (pdfminer passes an operator as many operands as its method has arguments: no more)
        def do_S(self) -> None:  # stroked (a filled cell's border too)
            self._paint()

        do_s = do_B = do_B_a = do_b = do_b_a = do_S

        def do_f(self) -> None:  # filled only
            self._paint(filled=True)

        do_F = do_f_a = do_f

        def do_n(self) -> None:  # a clipping path's end: nothing painted
            self.shapes, self.segments = [], 0

    class Page(LTPage):
        """A page whose layout analysis splits text lines at the gutters between columns
        (see _split_at_gutters) and at its tables' rules (see :mod:`.pdfrules`), refuses
        too many, too large or stacked text lines before filing them, groups lines as far
        apart as its paragraphs' lines into one box (see _line_margin), and orders its text
        boxes by columns (see _reading_order), a table's by rows, too many of them from the
        top down."""

        flat = False  # were its boxes ordered from the top down?

        def __init__(self, *args) -> None:
            super().__init__(*args)
            self.rules = pdfrules.Rules()
            self.tables: list[pdfrules.Table] = []

        def group_textlines(self, laparams, lines):
            self.tables = pdfrules.tables(self.rules)
            if self.tables:
                lines = pdfrules.split_lines(lines, self.tables)
            lines = _split_at_gutters(lines)
            _check_lines(self.bbox, lines, laparams.line_margin)
            spaced = copy.copy(laparams)
            spaced.line_margin = _line_margin(self.bbox, lines, laparams.line_margin)
            boxes = _first_lines_joined(self.bbox, list(super().group_textlines(spaced, lines)), spaced.line_margin)
            boxes = _hanging_lines_joined(self.bbox, boxes, spaced.line_margin)
            return pdfrules.split_boxes(boxes, self.tables) if self.tables else boxes

        def group_textboxes(self, laparams, boxes):
            placed = pdfrules.with_tables(boxes, self.tables) if self.tables else boxes
            if len(placed) ** 2 * _squares(self.bbox, self.bbox) <= _GROUPING:
                return [LTTextGroup(pdfrules.in_reading_order(_reading_order(placed), self._ordered))]
            self.flat = True  # pdfminer's order without layout analysis (boxes_flow=None): a table by rows
            return [LTTextGroup(sorted(boxes, key=lambda box: (-box.y0, box.x0)))]

        def _ordered(self, boxes: list) -> list:
            if len(boxes) ** 2 * _squares(self.bbox, self.bbox) <= _GROUPING:
                return _reading_order(boxes)
            return sorted(boxes, key=lambda box: (-box.y0, box.x0))

    class Device(PDFLayoutAnalyzer):
        """pdfminer's layout device, counting what each page draws as it draws it."""

        def __init__(self, resources, laparams) -> None:
            super().__init__(resources, laparams=laparams)
            self.drawn = 0
            self.done: Page | None = None

        def begin_page(self, page, ctm) -> None:
            super().begin_page(page, ctm)
            self.cur_item = Page(self.pageno, self.cur_item.bbox)
            self.drawn = 0

        def render_char(self, *args, **kwargs) -> float:
            self._draw()
            return super().render_char(*args, **kwargs)

        # A form XObject's text (a whole page placed by pdfpages or a printer driver, a
        # stamped letterhead) went into an LTFigure, which pdfminer lays out only with
        # all_texts, apart from the page's text: the page read as a scan. Its characters are
        # drawn onto the page instead (at their place on it: the interpreter has applied
        # the form's matrix), so they are laid out, ordered and bounded with the page's.
        # Images are not built: no text in them.
        def begin_figure(self, name, bbox, matrix) -> None:
            self._draw()

        def end_figure(self, name) -> None:
            pass

        def render_image(self, name, stream) -> None:
            pass

        def receive_layout(self, ltpage) -> None:
            self.done = ltpage

        def take(self) -> Page:
            page, self.done = self.done, None
            return page

        def _draw(self) -> None:
            self.drawn += 1
            if self.drawn > _PAGE_DRAWN:
                raise _Overdrawn(f"draws over {_PAGE_DRAWN:,} characters and figures, more than any page of text")

    return Interpreter, Device


def _check_lines(page: tuple, lines: list, margin: float) -> None:
    """Refuse a page's text lines before pdfminer groups them into boxes: too many, too
    large, or drawn on top of one another (see the limits above)."""
    from pdfminer.utils import Plane

    if len(lines) > _PAGE_LINES:
        raise _Overdrawn(f"has over {_PAGE_LINES:,} lines of text")
    if sum(_squares(page, line.bbox) for line in lines) > _PAGE_SQUARES:
        raise _Overdrawn(f"draws lines of text covering over {_PAGE_SQUARES:,} squares of 50 by 50 units "
                         "(an A4 page has 204)")
    plane = Plane(page)
    plane.extend(lines)
    if any(len(line.find_neighbors(plane, margin)) > _NEIGHBOURS for line in lines):
        raise _Overdrawn(f"draws over {_NEIGHBOURS} lines of text on top of one another")


# A gutter, for _split_at_gutters: a strip of white space at least this many line heights
# wide (5 points in 10-point text, where a space is 2.8-3.3 points and a gutter of 0.3 cm 8.5)
_GUTTER = 0.5
# ... and this many times the usual gap between the words of the lines it parts (a 0.3 cm
# gutter between justified English columns was 1.3 times theirs). Justified text has even
# gaps within a line, so the strip its gaps leave down a page is no wider than they are.
_WIDER = 1.2
# The widest gap between two characters of one line, in characters' widths (pdfminer's
# char_margin, 2 by default): a justified line of a narrow column spaces its words wider
# ("A   length   penalty   is   added"), and pdfminer cut it into pieces that the reading
# order then placed after their paragraph (four, not two, keeps such lines whole; a narrow
# gutter or a table's column gap joined in a line is cut again by _split_at_gutters).
_CHAR_MARGIN = 4.0
# Lines a gutter must part, at least (a table's rows, a column's lines)
_GUTTER_LINES = 3
# Letters (Hangul, Latin...) each side of a gutter must hold on the lines it parts, on
# average: a list's numbers and bullets ("1.", "iv.", "가.", "•") are no column of their own
_SIDE_LETTERS = 3
# Strips followed down the page at once, at most; more, and the page is no text in columns
# (a real one has a few dozen: its lines' wide word gaps, until the next line closes them)
_OPEN_STRIPS = 1_000
_INF = float("inf")


def _split_at_gutters(lines: list) -> list:
    """The page's text lines, those that run across a gutter split there. A producer that
    draws each line across both columns (the left column's line, then the right's at the
    same height) has the two halves joined into one line by pdfminer where the gutter is
    narrower than four characters (its ``char_margin``, ``_CHAR_MARGIN``: 1.4 cm in 10-point
    Korean, 0.8 cm in English), and the page read row by row. A gutter is a strip of white space that lines
    up down the page: empty on at least three lines that run across it or end at it, and
    on those that run across it wider than their usual word gap (the median, their widest
    aside) with text (see _SIDE_LETTERS) on both sides; a line with characters in it (a
    title over the columns) ends it there. Lines are read from the top down, each
    strip still open narrowed to the white space the next line across it leaves, or
    closed (and kept if it parts enough lines) where that is too narrow; open strips are
    disjoint, so each line meets only those over its own span."""
    from pdfminer.layout import LTChar, LTTextLineHorizontal

    inked = {}  # line index: (its free spans, left to right; letters left of each; its usual word gap)
    for i, line in enumerate(lines):
        chars = sorted((c for c in line if isinstance(c, LTChar) and not c.get_text().isspace()),
                       key=lambda c: c.x0) if isinstance(line, LTTextLineHorizontal) else []
        if not chars:
            continue
        spans, letters, right, count = [(-_INF, chars[0].x0)], [0], chars[0].x0, 0
        for char in chars:
            if char.x0 > right:
                spans.append((right, char.x0))
                letters.append(count)
            right = max(right, char.x1)
            count += char.get_text().isalpha()
        spans.append((right, _INF))
        letters.append(count)
        gaps = sorted(b - a for a, b in spans[1:-1] if b - a > 0.1 * line.height)  # pdfminer's word margin
        inked[i] = (spans, letters, statistics.median(gaps[:-1]) if len(gaps) > 1 else 0.0)  # the widest aside

    splits: dict[int, set[int]] = {}

    def close(strip) -> None:
        a, b, members, lines_at = strip
        # (wider than the usual gap of each line it parts: a table row's, no gap between its
        # words, took the median down, and a river running down justified text was a gutter)
        if not members or lines_at < _GUTTER_LINES or b - a < _WIDER * max(inked[i][2] for i, _ in members):
            return
        left = sum(inked[i][1][k] for i, k in members)
        right = sum(inked[i][1][-1] - inked[i][1][k] for i, k in members)
        if min(left, right) >= _SIDE_LETTERS * len(members):
            for i, k in members:
                splits.setdefault(i, set()).add(k)

    # open strips, left to right and disjoint: [left, right, [(line, span across it)...], lines at it]
    strips: list[list] = []
    for i in sorted(inked, key=lambda i: -(lines[i].y0 + lines[i].y1)):
        spans, _, _ = inked[i]
        narrowest = _GUTTER * lines[i].height
        start, end = spans[0][1], spans[-1][0]  # of the line's ink
        first = bisect.bisect_right(strips, start - narrowest, key=lambda strip: strip[1])
        last = bisect.bisect_left(strips, end + narrowest, key=lambda strip: strip[0])
        kept, used = [], set()
        for a, b, members, lines_at in strips[first:last]:
            k = bisect.bisect_right(spans, a, key=lambda span: span[1])
            best = None
            while k < len(spans) and spans[k][0] < b:
                left, right = max(a, spans[k][0]), min(b, spans[k][1])
                wider = best is None or right - left > best[2] - best[1]
                if right - left >= narrowest and k not in used and wider:
                    best = (k, left, right)
                k += 1
            if best is None:
                close([a, b, members, lines_at])
                continue
            k, left, right = best
            if 0 < k < len(spans) - 1:  # across it
                used.add(k)
                kept.append([left, right, members + [(i, k)], lines_at + 1])
            else:  # beside it: at it where the line ends at its left edge or starts at its right
                kept.append([left, right, members, lines_at + (start - right <= narrowest if k == 0
                                                                else left - end <= narrowest)])
        kept.extend([left, right, [(i, k)], 1] for k, (left, right) in enumerate(spans[1:-1], 1)
                    if k not in used and right - left >= narrowest)
        strips[first:last] = sorted(kept, key=lambda strip: strip[0])
        if len(strips) > _OPEN_STRIPS:
            return lines
    for strip in strips:
        close(strip)
    if not splits:
        return lines
    out = []
    for i, line in enumerate(lines):
        out.extend(_split_line(line, [inked[i][0][k] for k in sorted(splits[i])]) if i in splits else [line])
    return out


def _split_line(line, gutters: list[tuple[float, float]]) -> list:
    """``line`` as lines of its characters between ``gutters`` (left to right), the spaces
    drawn in them left out."""
    from pdfminer.layout import LTChar, LTTextLineHorizontal

    parts = [LTTextLineHorizontal(line.word_margin) for _ in range(len(gutters) + 1)]
    for char in line:
        if not isinstance(char, LTChar):
            continue
        middle = (char.x0 + char.x1) / 2
        k = bisect.bisect_right(gutters, middle, key=lambda gutter: gutter[0])
        if k and middle < gutters[k - 1][1]:  # a space in the gutter
            continue
        parts[k].add(char)
    return [part for part in parts if len(part)]


# A line of a paragraph, for _line_margin: as wide as this many times its height (ten
# Hangul, twenty Latin letters), which a table's cells and a list's short items are not
_TEXT_LINE = 10
# The widest line spacing read as a paragraph's (a gap of 1.5 lines: double spacing)
_WIDEST_SPACING = 1.5


def _first_lines_joined(page: tuple, boxes: list, margin: float) -> list:
    """Boxes with a paragraph's first line put back over the rest of it. In text set
    ragged right, an indented first line lines up with none of its paragraph's other
    lines, and pdfminer boxes lines only with lines they line up with: the line was a
    paragraph of its own, its sentence cut in two ("… 업무상 보관하던" | "원고의 자금을 …"). A
    box of one line joins the box right under it (as close as pdfminer groups lines, the
    same size) whose left edge is a few characters left of its own, where the first word
    under it would not have fitted at its end within the column: the typesetter broke the
    line (a heading over its paragraph, the word fitting, stays apart; see
    :func:`_next_word_fitted`). Not a line hanging out left of the box under it: a poem's
    lines indented in turn look so, as a list of references does (those stay apart)."""
    from pdfminer.layout import LTTextBoxHorizontal, LTTextLineHorizontal
    from pdfminer.utils import Plane

    boxes_of = {}  # each horizontal box's top line: the box
    for box in boxes:
        if isinstance(box, LTTextBoxHorizontal):
            boxes_of[max(box, key=lambda line: line.y1)] = box
    plane = Plane(page)
    plane.extend(boxes_of)
    column_right = _column_rights(list(boxes_of.values()))
    joined = set()
    for single in [box for box in boxes_of.values() if len(box) == 1]:
        if len(single) != 1:  # a line has joined it
            continue
        (line,), d = list(single), margin * single.height
        if not isinstance(line, LTTextLineHorizontal) or not line.get_text().split():
            continue
        reach = 6 * _char_width(line)
        for first in plane.find((line.x0 - reach, line.y0 - d, line.x1, line.y0)):
            box = boxes_of[first]
            words = first.get_text().split()
            width = _char_width(first)
            if (box is single or id(box) in joined or not words or not 0 <= line.y0 - first.y1 <= d
                    or abs(first.height - line.height) > d or not d < line.x0 - first.x0 <= 6 * width
                    or first.x1 <= line.x0):
                continue
            # the typesetter's break: the first word under it would not have fitted at its end
            # within the column (the right edge of the widest box beginning about where it
            # does: a ragged line under it may end well short of it, a poem's lines all do);
            # and no line opening an item: an outline's heading
            # over its "○ …" items, a lead-in over "1. …", stays apart (an adversarial check)
            right = max(box.x1, line.x1, column_right(line.x0, reach))
            opens_item = any(_opens_item(t.get_text().strip()) for t in (line, first))
            if right - line.x1 <= (len(words[0]) + 1) * width and not opens_item:
                box.add(line)
                joined.add(id(single))
            break
    return [box for box in boxes if id(box) not in joined]


def _opens_item(text: str) -> bool:
    """Does a line open a list's item: a number, a letter, an article, a bullet (a symbol
    font's unmapped one too) or a dash?"""
    return bool(_ITEM_START.match(text) or _UNMAPPED.match(text)) or text[:1] in _BULLETS + "◆◇▶►-–*"


def _hanging_lines_joined(page: tuple, boxes: list, margin: float) -> list:
    """Boxes with a list item's wrapped lines put back under its first line. In a list set
    with hanging indents ("• 충전대는 … 콘센트에 단독으로" / "  연결하십시오."), an item's wrapped
    lines start where its text does, right of its mark, and pdfminer boxes lines only with
    lines they line up with: they were a paragraph of their own and the item's sentence
    was cut in two (a manuals audit). The box right under an item's first line (as close
    as pdfminer groups lines, the same size) joins it where its left edge is right of the
    mark and not right of where the item's text begins (a mark wider than the indent
    pushes the first line's text right), that line ends no sentence, the box's first word
    would not have fitted at its end within the column (a numbered heading over its
    paragraph, "2. 손해배상책임의 발생", stays apart) and the box opens no item (a nested
    list's "가. …" lines up with its parent's text too)."""
    from pdfminer.layout import LTTextBoxHorizontal, LTTextLineHorizontal
    from pdfminer.utils import Plane

    boxes_of = {}  # each horizontal box's top line: the box
    for box in boxes:
        if isinstance(box, LTTextBoxHorizontal):
            boxes_of[max(box, key=lambda line: line.y1)] = box
    plane = Plane(page)
    plane.extend(boxes_of)
    column_right = _column_rights(list(boxes_of.values()))
    joined = set()
    for box in list(boxes_of.values()):
        last = min(box, key=lambda line: line.y0)
        text = last.get_text().strip()
        if (id(box) in joined or not isinstance(last, LTTextLineHorizontal) or text.endswith(_TERMINAL)
                or not _opens_item(text) or (found := _text_start(last)) is None):
            continue
        (mark, start), d, width = found, margin * last.height, _char_width(last)
        near = max(1.0, 0.2 * width)
        right = max(box.x1, column_right(box.x0, 6 * width))
        for first in plane.find((mark, last.y0 - d, start + near, last.y0)):
            under, words = boxes_of[first], first.get_text().split()
            if (under is box or id(under) in joined or not words or not mark < first.x0 <= start + near
                    or not 0 <= last.y0 - first.y1 <= d or abs(first.height - last.height) > d
                    or _opens_item(first.get_text().strip())
                    or right - last.x1 > (len(words[0]) + 1) * _char_width(first)):  # (its own letters' width)
                continue
            for line in under:
                box.add(line)
            joined.add(id(under))
            break
    return [box for box in boxes if id(box) not in joined]


def _text_start(line) -> tuple[float, float] | None:
    """Where a list item's mark ends on its first line and where its text begins: the
    first character after the mark and the space after it."""
    from pdfminer.layout import LTChar

    mark, spaced = None, False  # the right edge of the mark's last character; a space after it
    for obj in line:
        if not isinstance(obj, LTChar) or obj.get_text().isspace():
            spaced = mark is not None
        elif spaced:
            return mark, obj.x0
        else:
            mark = obj.x1
    return None


def _line_margin(page: tuple, lines: list, margin: float) -> float:
    """How far apart (in line heights) two lines may be and be grouped into one box:
    pdfminer's ``margin`` (half a line), or a quarter more than the page's usual gap between
    a paragraph's lines where that is wider. Text set at 150% or more (Korean word
    processors' default is 160%) has its lines more than half a line apart: each line was
    a box and a paragraph of its own, and in two columns whose lines sit at the same
    heights they were read row by row. The usual gap is the median, over the page's long
    lines, of the gap down to the next long line of the same height under it."""
    from pdfminer.layout import LTTextLineHorizontal
    from pdfminer.utils import Plane

    long = [line for line in lines if isinstance(line, LTTextLineHorizontal)
            and line.width >= _TEXT_LINE * line.height > 0]
    plane = Plane(page)
    plane.extend(long)
    gaps = []
    for line in long:
        below = [other.y1 for other in plane.find((line.x0, line.y0 - 2 * line.height, line.x1, line.y0))
                 if other.y1 <= line.y0 and abs(other.height - line.height) <= 0.1 * line.height]
        if below:
            gaps.append((line.y0 - max(below)) / line.height)
    if len(gaps) < 3:
        return margin
    return max(margin, min(1.25 * statistics.median(gaps), _WIDEST_SPACING))


def _reading_order(boxes: list) -> list:
    """A page's text boxes in reading order: column by column, each from the top down, and
    a table row by row. A recursive XY cut: boxes that a vertical strip of white space
    (a gutter) parts are columns, read left to right, unless every box starts level with
    a box across the gutter (the cells of a table's rows), which are read by rows; boxes
    no gutter parts are read in bands parted by horizontal strips of white space, from the
    top down, where bands that a gutter runs through (two columns under a title, whose
    paragraph breaks happen to meet) are cut again together. pdfminer's own order merges
    the two nearest boxes first, which, across a gutter narrower than the space between
    paragraphs, are side by side: columns were read interleaved."""
    if len(boxes) < 2:
        return list(boxes)
    columns = _parted(boxes, across=True)
    if len(columns) > 1:
        rows = _parted(boxes, across=False) if _rows(columns) else [boxes]
        parts = rows if len(rows) > 1 else columns
        return [box for part in parts for box in _reading_order(part)]
    bands = _parted(boxes, across=False)
    if len(bands) == 1:  # boxes overlapping in both directions
        return sorted(boxes, key=lambda box: (-box.y1, box.x0))
    groups, gutters = [bands[0]], _gutters(bands[0])
    for band in bands[1:]:
        shared = [(max(a, c), min(b, d)) for a, b in gutters for c, d in _gutters(band) if max(a, c) < min(b, d)]
        if shared:
            groups[-1] = groups[-1] + band
        else:
            groups.append(band)
        gutters = shared or _gutters(band)
    return [box for group in groups for box in _reading_order(group)]


def _parted(boxes: list, across: bool) -> list[list]:
    """``boxes`` in the groups that strips of white space part: vertical strips (left to
    right) when ``across``, else horizontal ones (top down)."""
    span = (lambda box: (box.x0, box.x1)) if across else (lambda box: (-box.y1, -box.y0))
    groups: list[list] = []
    end = None
    for box in sorted(boxes, key=span):
        start, stop = span(box)
        if end is None or start > end:
            groups.append([])
            end = stop
        groups[-1].append(box)
        end = max(end, stop)
    return groups


def _gutters(boxes: list) -> list[tuple[float, float]]:
    """The vertical strips of white space between ``boxes``, as (left, right)."""
    columns = _parted(boxes, across=True)
    return [(max(box.x1 for box in left), min(box.x0 for box in right))
            for left, right in itertools.pairwise(columns)]


def _rows(columns: list[list]) -> bool:
    """Does every box start level (within half its line) with a box in another column, as a
    table's cells do and the paragraphs of text columns do not?"""
    def level(box, other) -> bool:
        return abs(box.y1 - other.y1) <= min(line.height for line in box) / 2

    return all(any(level(box, other) for j, column in enumerate(columns) if j != i for other in column)
               for i, boxes in enumerate(columns) for box in boxes)


def _squares(page: tuple, box: tuple) -> int:
    """How many of the 50-unit squares pdfminer files a page's objects under
    (pdfminer.utils.Plane) ``box`` covers on ``page``."""
    x0, y0, x1, y1 = max(box[0], page[0]), max(box[1], page[1]), min(box[2], page[2]), min(box[3], page[3])
    if x1 < x0 or y1 < y0:
        return 0
    return (int(x1) // 50 - int(x0) // 50 + 1) * (int(y1) // 50 - int(y0) // 50 + 1)


def _continues(previous: tuple[str, bool], first: tuple[str, bool]) -> bool:
    """Does a page's first paragraph continue the previous page's last one? Yes when that
    one stops without a sentence end and this one goes on in lower case, or both are
    Korean and the last line ran to the margin."""
    (before, last_full), (after, _) = previous, first
    if before.endswith(_TERMINAL):
        return False
    if after[:1].islower():
        return True
    return last_full and language_of(before) == language_of(after) == "ko"


def _page_lines(page) -> list[tuple[list[str], list[str], bool]]:
    """The paragraphs of a page, each as its lines, what each break between two of them may
    cut (:func:`_cut_kind`) and whether its last line runs to the margin."""
    from pdfminer.layout import LTTextBox, LTTextLine

    found: list[tuple[list[str], list[str], bool]] = []  # lines, what each break may cut (_cut_kind), full
    boxes = [box for box in page if isinstance(box, LTTextBox)]
    column_right = _column_rights(boxes)
    framed = [(box, [line for line in box if isinstance(line, LTTextLine) and line.get_text().strip()])
              for box in (_column_box(box, column_right) for box in boxes)]
    # each line's baseline and type size, measured once (the median of its characters')
    measured = {id(line): (_baseline(line), _font_size(line)) for _, lines in framed for line in lines}
    leading = _leading(framed, measured)
    tables = getattr(page, "tables", ())
    for box, lines in framed:
        # a table's cell runs on to no next page: the last cell of a page whose line reached
        # its column's edge was joined to the next page's first cell (pdf_tables.py: 29 of 30
        # page breaks)
        celled = bool(lines) and any(table.holds(lines[0]) for table in tables)
        paragraph: list[str] = []
        cuts: list[str] = []
        previous = None
        for line in lines:
            text = " ".join(line.get_text().split())
            if previous is not None and (_breaks(previous, line, box)
                                         or _spaced_apart(previous, line, box, leading, measured)):
                found.append((paragraph, cuts, not _ends_short(previous, box)))
                paragraph, cuts = [], []
            elif previous is not None:  # a Korean line that ran to the margin may have cut a word
                cuts.append("" if _ends_short(previous, box) else _cut_kind(paragraph[-1], text))
            paragraph.append(text)
            previous = line
        if paragraph:
            found.append((paragraph, cuts, not _ends_short(previous, box) and not celled))
    return found


# A line that stops short and a line set this much further under it (in type sizes) than
# the page's leading are two paragraphs: space set between paragraphs, as treaties and
# forms set one-line paragraphs ("Paragraph 1 – Objective" 0.26 over its text; a
# preamble's clauses ending in ",")
_PARAGRAPH_SPACE = 0.2


def _leading(framed: list, measured: dict) -> float | None:
    """The page's leading, in type sizes: the median distance from a line's baseline to the
    next's, under lines that run to their column's edge (a paragraph's own lines: the space
    under a paragraph's last line may be wider), of lines the same size; None under three.
    ``measured``: each line's (baseline, type size), by its id."""
    pitches = []
    for box, lines in framed:
        for a, b in itertools.pairwise(lines):
            (base_a, size), (base_b, size_b) = measured[id(a)], measured[id(b)]
            if size > 0 and abs(size - size_b) <= _SIZE_CHANGE * size and base_a > base_b and not _ends_short(a, box):
                pitches.append((base_a - base_b) / size)
    return statistics.median(pitches) if len(pitches) >= 3 else None


def _spaced_apart(previous, line, box, leading: float | None, measured: dict) -> bool:
    """Is ``line`` set further under ``previous`` than the page's leading allows, by
    :data:`_PARAGRAPH_SPACE` of a type size? (Baselines, not boxes: a line of Latin
    letters in a Korean text has a shorter box.) pdfminer boxes such lines together where
    the page's usual gap is wide (see :func:`_line_margin`), and a paragraph that ends in
    no sentence end ran on into the next. Asked of a line that stops short only: a line
    of a paragraph made taller by a large glyph (a superscript, a symbol) is one that runs
    on, whatever the line above ends in (an adversarial check: "… Chapter 4)" and "… et
    al." above such a line were paragraphs' ends)."""
    base, size = measured[id(previous)]
    if leading is None or not size or not _ends_short(previous, box):
        return False
    return (base - measured[id(line)][0]) / size > leading + _PARAGRAPH_SPACE


def _baseline(line) -> float:
    """The height of a horizontal line's baseline: the median of its characters' (their
    text matrix's), or its box's bottom."""
    bases = [c.matrix[5] for c in line if hasattr(c, "matrix")]
    return statistics.median(bases) if bases else line.y0


class _Frame:
    """A text box's lines and left edge, with the right edge of its column (see :func:`_column_box`)."""

    def __init__(self, box, x1: float) -> None:
        self._box, self.x0, self.x1 = box, box.x0, x1

    def __iter__(self):
        return iter(self._box)


def _column_box(box, column_right):
    """``box`` measured against its column: its right edge that of the widest box starting
    level with it (within two characters; ``column_right``, see :func:`_column_rights`). A
    box of short lines only (a list's items, all narrower than the page's text) took its
    longest line for one that ran to the margin, and a paragraph break after it was missed
    (a medical audit's leaflet)."""
    lines = [line for line in box if hasattr(line, "get_text") and line.get_text().strip()]
    if not lines:
        return box
    right = column_right(box.x0, 2 * _char_width(lines[0]))
    return box if right <= box.x1 else _Frame(box, right)


def _column_rights(boxes: list):
    """A function of (left edge, reach): the rightmost right edge of the boxes whose left
    edges are within reach of it; a table of maxima over runs of boxes sorted by left edge,
    so a page of thousands of boxes (a table's cells) asks it in log time."""
    ordered = sorted(boxes, key=lambda box: box.x0)
    lefts = [box.x0 for box in ordered]
    levels = [[box.x1 for box in ordered]]  # levels[k][i]: the widest of boxes i .. i + 2**k - 1
    while 2 ** len(levels) <= len(ordered):
        below, half = levels[-1], 2 ** (len(levels) - 1)
        levels.append([max(a, b) for a, b in zip(below, below[half:])])

    def rightmost(x0: float, reach: float) -> float:
        lo, hi = bisect.bisect_left(lefts, x0 - reach), bisect.bisect_right(lefts, x0 + reach)
        if hi <= lo:
            return -math.inf
        k = (hi - lo).bit_length() - 1
        return max(levels[k][lo], levels[k][hi - 2 ** k])

    return rightmost


def _joined_lines(pages: list[list[tuple[list[str], list[str], bool]]]) -> tuple[list[list[tuple[str, bool]]], bool]:
    """Each page's paragraphs (:func:`_page_lines`) as text, each with whether its last line
    runs to the margin: lines joined, without a space where a break cuts a word; and
    whether the document was wrapped a character at a time, which is read from the breaks
    of all its pages (:func:`_words_cut`): a page's few were too few to tell (a short last
    page, left with "이용하 실"), or let one break misread tip a page wrapped at spaces
    ("조선시대")."""
    glued, by_character = _words_cut([(lines[k], lines[k + 1], cut == "number") for found in pages
                                      for lines, cuts, _ in found for k, cut in enumerate(cuts) if cut])
    read = iter(glued)
    out = []
    for found in pages:
        joined = [(_join(lines, [bool(cut) and next(read) for cut in cuts]), full) for lines, cuts, full in found]
        out.append([p for p in joined if p[0]])
    return out, by_character


def _cut_at_page_break(before: str, after: str) -> bool:
    """Does a page break cut the word that ends ``before`` (the last paragraph of a page
    wrapped a character at a time, its last line run to the margin) and starts ``after``,
    as a line break may ("…계속하여 거주" / "한 사람으로서")? Read as a line break is
    (:func:`_one_word`)."""
    kind = _cut_kind(before, after)
    if not kind:
        return False
    from ..segmenting.kiwi import _kiwi

    return _one_word(_kiwi(), before, after, kind == "number")


_HANGUL_END = re.compile(r"[\uac00-\ud7a3]$")
_HANGUL_START = re.compile(r"[\uac00-\ud7a3]")
# What a line ends with before a digit that may go on its word: the prefix 제 (제1차) or a
# numeral unit after digits (1억1천만). After anything else (a particle, an ending: "…는 20")
# it is a space at 590 of the 599 places before a digit in the park dev Korean (the other
# 9: a batting average, 2할6푼8리, two typos and five dates run into a headline).
_BEFORE_NUMBER = re.compile(r"(?:^|[^\uac00-\ud7a3])제$|\d[십백천만억조]$")
_DIGIT_END = re.compile(r"\d$")
_DIGIT_START = re.compile(r"\d")
# Whether a document was wrapped a character at a time (Hangul word processors' default) or
# at spaces is read from how many of its Korean line breaks kiwipiepy reads as inside a word:
# wrapped a character at a time, about two breaks in three fall inside a word, read so 97% of
# the time (0.67 of all); wrapped at spaces, it glues 4.7% of the two words wrongly. The odds
# of the two readings, one in four to begin with (wrapping at spaces is the more common),
# times each break's likelihood ratio: three breaks of which one reads as one word are a
# document wrapped at spaces ("조선 | 시대" was glued), two of two one wrapped a character at
# a time (they were too few to tell: "이용하 실").
_READ_AS_ONE_IF_CUT = 0.67
_READ_AS_ONE_IF_SPACED = 0.047
_ODDS_CUT = 0.25


def _cut_kind(before: str, after: str) -> str:
    """What the break between two lines of a paragraph, the first of which ran to the
    margin, may cut: a Korean word ("hangul": "유지" / "하기"), a number with its Korean
    unit or prefix ("number": "총 1" / "억1천만 원", "제" / "1차"), or nothing ("")."""
    if _HANGUL_START.match(after):
        if _HANGUL_END.search(before):
            return "hangul"
        if _DIGIT_END.search(before):
            return "number"
    elif _DIGIT_START.match(after) and _BEFORE_NUMBER.search(before[-2:]):
        return "number"
    return ""


def _words_cut(breaks: list[tuple[str, str, bool]]) -> tuple[list[bool], bool]:
    """For each (line, next line, whether a digit meets Hangul there) break whose first line
    ran to the margin (see _cut_kind): does it cut a word ("유지" / "하기", "1" / "억1천만"),
    so that the lines join without a space? And is the document wrapped a character at a
    time? Only in such a document (see _READ_AS_ONE_IF_CUT: read from all its breaks), as
    kiwipiepy's spacing model reads the two words on each side of the break (see
    _one_word). On the park dev sentences, a Korean word cut at random is read as
    two words 2.7% of the time, two words as one 4.7%; a digit and the Hangul after it cut
    apart ("1" / "억", "3" / "명") are read as two 6.5% of the time (39 of 599), and the
    model alone spaces "1 억" too (13.4%, 80 of 599); a space between them ("3 마리") is
    read as none 6 times of 14. 제 and a digit after it are read as one word: the 3 cuts and
    the one space ("제 8호", which the spelling rules write "제8호").

    Whether a document was wrapped so is read from its breaks between Hangul alone: at a space
    between a number and the Hangul after it the model reads one word that often (the
    spelling rules let a unit be written either way) that a page wrapped at spaces, with
    a few numbers at its line ends, would pass for one wrapped a character at a time."""
    if not any(not number for _, _, number in breaks):
        return [False] * len(breaks), False
    from ..segmenting.kiwi import _kiwi

    kiwi = _kiwi()
    glued = [_one_word(kiwi, before, after) for before, after, number in breaks if not number]
    one, two = sum(glued), len(glued) - sum(glued)
    evidence = (one * math.log(_READ_AS_ONE_IF_CUT / _READ_AS_ONE_IF_SPACED)
                + two * math.log((1 - _READ_AS_ONE_IF_CUT) / (1 - _READ_AS_ONE_IF_SPACED)))
    if evidence + math.log(_ODDS_CUT) <= 0:
        return [False] * len(breaks), False
    read = iter(glued)
    return [_one_word(kiwi, before, after, number) if number else next(read) for before, after, number in breaks], True


def _one_word(kiwi, before: str, after: str, number: bool = False) -> bool:
    """Does kiwipiepy's spacing model read the end of ``before`` and the start of ``after``
    as one word? Its spacing puts a space between digits and a numeral after them ("1 억"),
    where the spelling rules (Hangul orthography, article 44) and every such place in the
    dev Korean (41 of 41 in park, 3 of 3 in jhe) write one word: that space is overruled
    for a ``number``'s break. After a numeral it spaces digits by the 만 unit, as the rules
    do ("1억 1천만")."""
    left, right = " ".join(before.split()[-2:]), " ".join(after.split()[:2])
    spaced = kiwi.space(left + right, reset_whitespace=False)  # only inserts spaces
    if _no_space_after(spaced, len(left.replace(" ", ""))):
        return True
    if not number:
        return False
    tokens = kiwi.tokenize(left + right)
    return any(t.end == len(left) and t.tag == "SN" for t in tokens) and any(
        t.start == len(left) and t.tag == "NR" for t in tokens)


def _no_space_after(text: str, count: int) -> bool:
    """Is the character after the ``count``-th non-space character of ``text`` not a space?"""
    seen = 0
    for i, c in enumerate(text):
        if c != " ":
            seen += 1
            if seen == count:
                return not text[i + 1:i + 2] == " "
    return False


def _char_width(line) -> float:
    text = line.get_text().strip()
    return (line.x1 - line.x0) / max(len(text), 1)


def _font_size(line) -> float:
    """The size of most of a line's characters (a superscript's mark does not move it)."""
    sizes = [c.size for c in line if hasattr(c, "size")]  # characters, not the spaces pdfminer adds
    return statistics.median(sizes) if sizes else 0.0


# Lines whose type sizes differ by more than this share of the larger are no one
# paragraph's: a heading set larger than its body ("2. Purpose" at 13 pt over 10.5 pt; a
# press release's subtitle at 11 pt over its 10 pt lead, 9%, was joined to it at 15%: a
# business audit)
_SIZE_CHANGE = 0.08


def _breaks(previous, line, box) -> bool:
    """Does ``line`` start a new paragraph after ``previous`` within one text box?"""
    before, after = previous.get_text().strip(), line.get_text().strip()
    if _labels_a_number(before, after) and abs(_font_size(previous) - _font_size(line)) <= _SIZE_CHANGE * _font_size(line):
        return False  # "(IRB No." / "2025-0142).": a label's period before its number ends no sentence
    # a glyph mapped to no text opening a line (a bullet in a symbol font: "(cid:127) 위장관 …")
    # is the list's mark
    before, after = (_UNMAPPED.sub("•", t, count=1) if _UNMAPPED.match(t) else t for t in (before, after))
    if after[:1] in _BULLETS and before[:1] == after[:1] and after[:1] not in before[1:]:
        return True  # the next item of a bulleted list, whatever the last item's length (not a
        # wrapped row of links the bullet parts: "• 개인정보처리방침 • 이용약관 …")
    if language_of(before) and language_of(after) and language_of(before) != language_of(after):
        return True
    sizes = _font_size(previous), _font_size(line)
    if abs(sizes[0] - sizes[1]) > _SIZE_CHANGE * max(sizes):
        return True
    if _DASH_ITEM.match(after) and _ends_short(previous, box):
        return True
    date_cut = _DATE_OPEN.search(before) or (_YEAR_END.search(before) and _MONTH_DAY.match(after))
    ended = before.endswith(_TERMINAL) or (_CLAUSE_END.search(before) and _ITEM_START.match(before))
    if _ITEM_START.match(after) and (ended and not (date_cut and not _ends_short(previous, box))
                                     or _ends_short(previous, box)):
        # a list's item, an article: "1. … 사람" / "2. …", "… 있다." / "제4조(…)"; not the
        # rest of a date a full line cut ("… 시작되자 2023. 8." / "31. 사직서를 …")
        return True
    if not before.endswith(_TERMINAL):  # a field of a list ("Model: AP-1510" / "Rated voltage: …")
        return (bool(_FIELD.match(before)) and _next_word_fitted(previous, line, box)
                or bool(_FIELD.match(after)) and _ends_short(previous, box))  # ... and one after a short line
                # ("… 고장이 난 경우" / "고객센터: 1588-7200": a manuals audit)
    width = _char_width(previous)
    indented = line.x0 > box.x0 + 1.5 * width and previous.x0 <= box.x0 + 0.5 * width
    return _ends_short(previous, box) or indented


def _labels_a_number(before: str, after: str) -> bool:
    """Does ``before`` end with an abbreviation that labels a number ("No.", "Tel.", "Art.",
    "Vol."), and ``after`` open with one (a patents audit: "(IRB No." / "2025-0142)." and a
    grant's "No." / "RS-2024-…" were cut into two paragraphs)?"""
    from ..segmenting.english import _CITATION, _NUMBER_LABELS

    label = _LAST_ABBREVIATION.search(before)
    # (not an answer's "No." after a question above the next item, "…? No." / "2. Can I …":
    # an adversarial check)
    if (label is None or not _NUMBER_OPENING.match(after) or _ITEM_START.match(after)
            or before[:label.start()].rstrip().endswith(("?", "!", ".", "。"))):
        return False
    return label.group(1).lower() in _NUMBER_LABELS or label.group(1) in _CITATION


_LAST_ABBREVIATION = re.compile(r"(?<![A-Za-z.])([A-Za-z]+)\.$")  # "… 연구임(No." : "No"
# A number, or a code with one, opening a line: "2025-0142).", "RS-2024-00123456", "(3)"
_NUMBER_OPENING = re.compile(r"[(\[]?(?:\d|[A-Z]{1,5}-?\d)")
# A clause of a list that ends in a semicolon, "(b) …, floods and wildfires;" or "(c) …
# officials; and", over the next item, "(c) …" (a treaty's lettered items were joined: a
# diplomacy audit); an item's own line only ("… began;" above "(1) to measure …" inside a
# sentence goes on: an adversarial check)
_CLAUSE_END = re.compile(r"[;；](?:\s+(?:and|or))?$")
# A field of a list: a label of a few words and its colon opening the line ("Model:",
# "Rated voltage:", "정격 전압:")
_FIELD = re.compile(r"\s*[^\s:：\d][^\s:：]{0,19}(?:\s[^\s:：]{1,20}){0,2}\s?[:：](?!\d|//)\s*\S")  # (not a time,
# 10:00, nor a web address, "https://…": an adversarial check)


def _next_word_fitted(previous, line, box) -> bool:
    """Would the first word of ``line`` (and a space) have fitted at the end of ``previous``,
    with half as much again to spare? Then the writer broke the line, not the typesetter:
    a spec sheet's "Model: AP-1510" above "Rated voltage: AC 220 V" (each a paragraph; they
    were one segment). Asked of a field only: lines beside a picture end short of the
    box's edge though wrapped (an adversarial check), and the word's width is an estimate
    from the next line's characters."""
    words = line.get_text().split()
    if not words:
        return False
    return box.x1 - previous.x1 > 1.5 * (len(words[0]) + 1) * _char_width(line)


def _ends_short(line, box) -> bool:
    """Does the line stop well before the right edge of its box?"""
    return line.x1 < box.x1 - max(4 * _char_width(line), 0.15 * (box.x1 - box.x0))


def _join(lines: list[str], glued: list[bool] | None = None) -> str:
    """A paragraph's lines as one line: joined by spaces, except after a word hyphenated at
    the line end and where ``glued[k]`` says the break after line k cut a word."""
    out = ""
    for k, text in enumerate(lines):
        if not out:
            out = text
        elif glued and glued[k - 1]:
            out += text
        elif out.endswith(("-", _BREAK_HYPHEN)) and out[-2:-1].isalpha() and text[:1].islower():
            out = out[:-1] + _BREAK_HYPHEN + text  # a word hyphenated at the line end (see _dehyphenated)
        else:
            out += " " + text
    return out


# Marks, until the whole text is read, where _join took out a line break after a hyphen
_BREAK_HYPHEN = "\xad"
# each from a word's start only, and possessive: tried inside a long word, \w+ read the rest
# of it at every letter (quadratic: 2.6 s for a "word" of 40,000 letters)
_HYPHENATED = re.compile(r"(?<!\w)\w++-\w+")
_BROKEN = re.compile(rf"(?<!\w)(\w++){_BREAK_HYPHEN}(\w+)")


def _dehyphenated(text: str) -> str:
    """``text`` with each word hyphenated at a line end written whole ("commu-" "nity":
    "community"; typesetting hyphenates a word where its lines break), unless the document
    writes it with the hyphen elsewhere ("well-" "known" and a "well-known" in the text)."""
    if _BREAK_HYPHEN not in text:
        return text
    written = {w.lower() for w in _HYPHENATED.findall(text)}
    return _BROKEN.sub(lambda m: f"{m[1]}-{m[2]}" if f"{m[1]}-{m[2]}".lower() in written else m[1] + m[2], text)


def _ranges(numbers: list[int]) -> str:
    spans: list[list[int]] = []
    for n in numbers:
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)
