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
"""

from __future__ import annotations

import io
import logging
from contextlib import contextmanager

from ..errors import InputError
from ..segment import language_of
from .readers import Document, missing_extra

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
    with _quiet("pdfminer"):
        layout = extract_pages(io.BytesIO(data), laparams=LAParams())
        while True:
            try:
                page = next(layout)
            except StopIteration:
                break
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
    return Document("\n".join(text for text, _ in lines) + "\n", "pdf", name,
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
