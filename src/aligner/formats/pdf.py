"""Reading PDF text layers with pdfminer.six.

pdfminer.six is pure Python, reads the CID fonts and CMaps Korean PDFs use (it ships
Adobe's Korean character collections), and its layout analysis groups a page's text
lines into boxes in reading order (columns included). Each box is split into paragraphs
where a line ends short after a sentence end, where the next line is indented after a
sentence end, and where the language changes (a Korean paragraph followed by its
English translation); the lines of a paragraph are joined with spaces (a line that
ends in a hyphen before a lower-case word is joined without one) and the paragraph is
one line of the extracted text. A paragraph that runs over a page break is joined again
when the page ends without a sentence end and the next page goes on in lower case (or, in
Korean, when the last line ran to the margin).

A PDF without a text layer (a scan) is an error that says to run OCR first; so is an
encrypted PDF that needs a password. A PDF encrypted with an owner password only
(printing or copying restricted) opens without one and is read. Page headers,
footers and page numbers are read like any other text.

A PDF whose compressed streams decode to more than the input limit allows (a
decompression bomb: a few megabytes of deflated blanks can inflate to gigabytes) is an
error; the streams are decoded a megabyte at a time and counted, so the reader stops
before it holds them.
"""

from __future__ import annotations

import io
import logging
import zlib
from contextlib import contextmanager
from contextvars import ContextVar

from ..errors import InputError
from ..segment import language_of
from .readers import Document, missing_extra
from .text import composed, max_input_mb

log = logging.getLogger(__name__)

_TERMINAL = tuple(".!?…\"'”’)]」』。:")


def read_pdf(data: bytes, name: str, encoding: str | None = None) -> Document:
    """A PDF's text layer, one paragraph per line; see the module's docstring."""
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LAParams
        from pdfminer.pdfdocument import PDFPasswordIncorrect
    except ImportError:
        raise missing_extra("pdfminer.six", "reading .pdf files") from None
    lines: list[tuple[str, bool]] = []  # paragraphs, and whether each one's last line was full
    pages = 0
    empty_pages: list[int] = []
    _guard_decoders()
    limit = int(_DECODED_PER_MB * max_input_mb())
    with _quiet("pdfminer"), _decoding_budget(limit):
        layout = extract_pages(io.BytesIO(data), laparams=LAParams())
        while True:
            try:
                page = next(layout)
            except StopIteration:
                break
            except _Inflated:
                mib = limit / 2**20
                size = f"{mib:,.0f}" if mib >= 10 else f"{mib:.2g}"
                raise InputError(f"{name}: the PDF's streams decompress to over {size} MiB, more than the input "
                                 "limit allows (a decompression bomb?); raise it with --max-input-mb") from None
            except PDFPasswordIncorrect:
                raise InputError(f"{name}: the PDF is encrypted and needs a password; decrypt it first "
                                 "(e.g. qpdf --decrypt --password=... in.pdf out.pdf)") from None
            except Exception as err:  # noqa: BLE001 - pdfminer raises many kinds (PSSyntaxError, KeyError...)
                raise InputError(f"{name}: cannot read the PDF ({type(err).__name__}: {err})") from None
            pages += 1
            found = _page_paragraphs(page)
            if not found:
                empty_pages.append(pages)
                continue
            if lines and _continues(lines[-1], found[0]):
                found[0] = (_join([lines.pop()[0], found[0][0]]), found[0][1])
            lines.extend(found)
    if not lines:
        raise InputError(f"{name}: the PDF has no text layer ({pages} page{'s' if pages != 1 else ''} "
                         "of images: a scan?); run OCR on it first (e.g. ocrmypdf)")
    if empty_pages:
        log.warning("%s: %d of %d pages have no text layer (pages %s); only the text of the others is read",
                    name, len(empty_pages), pages, _ranges(empty_pages))
    return Document(composed("\n".join(text for text, _ in lines) + "\n"), "pdf", name,
                    metadata={"pages": pages, "pages_without_text": len(empty_pages)})


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


def _page_paragraphs(page) -> list[tuple[str, bool]]:
    """The paragraphs of a page, each with whether its last line runs to the margin."""
    from pdfminer.layout import LTTextBox, LTTextLine

    out: list[tuple[str, bool]] = []
    for box in page:
        if not isinstance(box, LTTextBox):
            continue
        lines = [line for line in box if isinstance(line, LTTextLine) and line.get_text().strip()]
        paragraph: list[str] = []
        previous = None
        for line in lines:
            text = " ".join(line.get_text().split())
            if previous is not None and _breaks(previous, line, box):
                out.append((_join(paragraph), not _ends_short(previous, box)))
                paragraph = []
            paragraph.append(text)
            previous = line
        if paragraph:
            out.append((_join(paragraph), not _ends_short(previous, box)))
    return [p for p in out if p[0]]


def _char_width(line) -> float:
    text = line.get_text().strip()
    return (line.x1 - line.x0) / max(len(text), 1)


def _breaks(previous, line, box) -> bool:
    """Does ``line`` start a new paragraph after ``previous`` within one text box?"""
    before, after = previous.get_text().strip(), line.get_text().strip()
    if language_of(before) and language_of(after) and language_of(before) != language_of(after):
        return True
    if not before.endswith(_TERMINAL):
        return False
    width = _char_width(previous)
    indented = line.x0 > box.x0 + 1.5 * width and previous.x0 <= box.x0 + 0.5 * width
    return _ends_short(previous, box) or indented


def _ends_short(line, box) -> bool:
    """Does the line stop well before the right edge of its box?"""
    return line.x1 < box.x1 - max(4 * _char_width(line), 0.15 * (box.x1 - box.x0))


def _join(lines: list[str]) -> str:
    out = ""
    for text in lines:
        if not out:
            out = text
        elif out.endswith("-") and out[-2:-1].isalpha() and text[:1].islower():
            out += text  # a word hyphenated at the line end: keep the hyphen, drop the break
        else:
            out += " " + text
    return out


def _ranges(numbers: list[int]) -> str:
    spans: list[list[int]] = []
    for n in numbers:
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)
