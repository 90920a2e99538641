"""Reading EPUB books (.epub, EPUB 2 and 3): each chapter read as an HTML page is.

An EPUB is a ZIP package: ``META-INF/container.xml`` names the package document (the
OPF), whose manifest lists the book's files and whose spine gives their reading order.
Read: the spine's XHTML documents in that order (their hrefs relative to the OPF's
folder, percent-encoded), each through the HTML reader's extraction
(:mod:`aligner.formats.html`: each block a line, ruby's reading and hidden elements
dropped, a Korean/English table by those two columns); a chapter's end ends a
paragraph. A book has no page chrome: a chapter's body is read as an article, so its
own ``header`` and ``footer`` (a chapter's title) and its boxed ``aside`` are kept.
The title and language are the OPF's ``dc:title`` and ``dc:language``.

Not read, as the Word and Hangul readers leave out a document's notes and table of
contents: the table of contents (EPUB 3's nav document, EPUB 2's NCX, and the page the
OPF's guide names ``toc``: the headings again); the spine's non-linear items
(``linear="no"``: footnote pages, pop-ups, answers a reader opens from a link); notes
inside chapters and the references to them (``epub:type`` ``footnote``, ``endnote``,
``rearnote``, their lists, ``noteref``; the same DPUB-ARIA roles, ``doc-footnote``, …; in
EPUB 2 books, which have no ``epub:type``, the same words as a class, ``footnote-ref``, ``fnref``):
a translation's notes (역주) have nothing to align with in the original; and
print-edition page-break markers (``pagebreak``), page numbers. Images (an SVG cover
page too), styles and fonts hold no text to read.

Refused (an :class:`InputError` naming the file): a ZIP bomb, by the Word reader's
limits (:func:`aligner.formats.readers.check_package`, every part counted, since a
chapter may have any name); a part that declares an entity, in any encoding (its text
would be lost: EPUB 2's plain XHTML 1.1 DOCTYPE is read, its entities are HTML's); a chapter
encrypted by DRM (``META-INF/encryption.xml`` listing it; fonts obfuscated as EPUB
allows are fine, they are not read); a part the spine names that the package lacks; a
book without text.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from urllib.parse import unquote

from ..errors import InputError
from .html import decode_page, extract
from .readers import DAMAGED, Document, check_package, headed_document, local_name, parse_xml

_CONTAINER = "META-INF/container.xml"
_ENCRYPTION = "META-INF/encryption.xml"
_CHAPTER_TYPES = frozenset(("application/xhtml+xml", "text/html"))
# A start tag: its element's name, its attributes
_START_TAG = re.compile(r"<([A-Za-z][^\s/<>]*)([^<>]*)>")
# Notes, the references to them and page-break markers, by EPUB 3's epub:type or DPUB-ARIA's role
_NOTE = re.compile(r"""\s(?:epub:type|role)\s*=\s*["'][^"']*\b"""
                   r"""(?:footnotes?|endnotes?|rearnotes?|noteref|pagebreak)\b""", re.IGNORECASE)
# ... and by class, as EPUB 2 books (which have no epub:type) and converters mark them: a
# class word exactly one of these (pandoc's footnote-ref; Calibre's and publishers' fnref),
# never a word that merely holds one ("has-footnotes" is a paragraph of the text)
_CLASS = re.compile(r"""\sclass\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_NOTE_CLASSES = frozenset(("footnote", "footnotes", "endnote", "endnotes", "rearnote", "rearnotes", "noteref",
                           "footnote-ref", "fnref", "pagebreak"))


def _is_note(attributes: str) -> bool:
    if _NOTE.search(attributes):
        return True
    found = _CLASS.search(attributes)
    return bool(found) and not _NOTE_CLASSES.isdisjoint((found[1] or found[2] or "").lower().split())


def read_epub(data: bytes, name: str, encoding: str | None = None) -> Document:
    """A book's text, its chapters' blocks one per line; see the module's docstring.
    ``encoding`` is not used: an EPUB's documents declare theirs (UTF-8 or UTF-16)."""
    check_package(data, name, "EPUB", "an EPUB writer", ("",), doctypes=True)
    lines: list[str] = []
    chapters = bilingual = not_read = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zipped:
            package = _Package(zipped, name)
            title, lang, spine = package.contents()
            # the book's stylesheets, for the classes they hide (one stylesheet for all: books link theirs to every chapter)
            encrypted = package.encrypted()
            css = "\n".join(package.read(part).decode("utf-8", "replace") for part in sorted(package.names)
                            if part.lower().endswith(".css") and part not in encrypted)
            for part in spine:
                label = f"{name}: the EPUB's {part}"
                raw = package.read(part)
                if not raw.strip():
                    continue  # an empty page: nothing to read, no error
                text = decode_page(raw, label, None)[0]
                found, _, page_lang, (tables, cells) = extract(_as_html(text), label, css)
                lines.extend(found)
                chapters += bool(found)
                lang = lang or page_lang
                bilingual += tables
                not_read += cells
    except InputError:
        raise
    except DAMAGED as err:
        raise InputError(f"{name}: cannot read the EPUB: {err}") from None
    if not lines:
        raise InputError(f"{name}: the EPUB has no text in its chapters")
    metadata = {"title": title, "lang": lang, "chapters": chapters, "bilingual_tables": bilingual,
                "cells_not_read": not_read}
    return headed_document(lines, "epub", name, {k: v for k, v in metadata.items() if v})


def _as_html(xhtml: str) -> str:
    """A chapter's XHTML with its notes, note references and page breaks hidden, and its
    body an article (see the module's docstring): one pass over the start tags, which
    are left as they are but for these."""
    def rewrite(tag: re.Match) -> str:
        element, attributes = tag.groups()
        hidden = " hidden" if _is_note(attributes) else ""
        article = "<article>" if element.lower() == "body" else ""
        return f"<{element}{hidden}{attributes}>{article}" if hidden or article else tag[0]

    return _START_TAG.sub(rewrite, xhtml)


class _Package:
    """The parts of an EPUB package, read by the paths the OPF gives them."""

    def __init__(self, package: zipfile.ZipFile, name: str) -> None:
        self.package, self.name = package, name
        self.names = set(package.namelist())

    def read(self, part: str) -> bytes:
        """A part's bytes; an InputError where it is missing (one that declares entities
        of its own was refused by check_package)."""
        if part not in self.names:
            raise InputError(f"{self.name}: the EPUB has no {part}; is it damaged?")
        try:
            data = self.package.read(part)
        except DAMAGED as err:
            raise InputError(f"{self.name}: the EPUB's {part} is damaged: {err}") from None
        return data

    def parse(self, part: str):
        """The root element of an XML part, no entity expanded, nothing fetched."""
        from lxml import etree

        try:
            return parse_xml(self.read(part))
        except etree.LxmlError as err:
            raise InputError(f"{self.name}: the EPUB's {part} is damaged: {err}") from None

    def path(self, folder: str, href: str) -> str:
        """The part an href names, relative to ``folder`` (percent-encoded, perhaps with a
        fragment); the href as written where only that names a part."""
        href = href.strip().partition("#")[0]
        decoded = posixpath.normpath(posixpath.join(folder, unquote(href))).lstrip("/")
        written = posixpath.normpath(posixpath.join(folder, href)).lstrip("/")
        return written if decoded not in self.names and written in self.names else decoded

    def contents(self) -> tuple[str | None, str | None, list[str]]:
        """The book's title, its language, and the chapters to read in reading order."""
        container = self.parse(_CONTAINER)
        roots = [el.get("full-path") for el in container.iter() if local_name(el) == "rootfile" and el.get("full-path")]
        if not roots:
            raise InputError(f"{self.name}: the EPUB's {_CONTAINER} names no package document (.opf)")
        opf_path = self.path("", roots[0])
        opf = self.parse(opf_path)
        folder = posixpath.dirname(opf_path)

        def first(field: str) -> str | None:
            texts = ("".join(el.itertext()).strip() for el in opf.iter() if local_name(el) == field)
            return next((text for text in texts if text), None)

        manifest = {el.get("id"): el for el in opf.iter() if local_name(el) == "item" and el.get("id") and el.get("href")}
        contents_pages = {self.path(folder, el.get("href") or "") for el in opf.iter()
                          if local_name(el) == "reference" and (el.get("type") or "").lower() == "toc"}
        spine = []
        for ref in (el for el in opf.iter() if local_name(el) == "itemref"):
            item = manifest.get(ref.get("idref"))
            if item is None:
                raise InputError(f"{self.name}: the EPUB's spine names an item {ref.get('idref')!r} that its "
                                 "manifest lacks; is it damaged?")
            part = self.path(folder, item.get("href"))
            if (ref.get("linear") or "yes").strip().lower() == "no" or part in contents_pages \
                    or "nav" in (item.get("properties") or "").split() \
                    or (item.get("media-type") or "").strip().lower() not in _CHAPTER_TYPES:
                continue
            if part not in self.names:
                raise InputError(f"{self.name}: the EPUB's spine names {part}, which the package lacks; is it damaged?")
            spine.append(part)
        encrypted = self.encrypted()
        locked = [part for part in spine if part in encrypted]
        if locked:
            raise InputError(f"{self.name}: the EPUB is encrypted (DRM): {len(locked)} of its {len(spine)} chapters "
                             f"({locked[0]}, …) cannot be read; give a copy without DRM")
        return first("title"), first("language"), spine

    def encrypted(self) -> set[str]:
        """The parts META-INF/encryption.xml lists (paths from the package's root)."""
        if _ENCRYPTION not in self.names:
            return set()
        return {self.path("", el.get("URI") or "") for el in self.parse(_ENCRYPTION).iter()
                if local_name(el) == "CipherReference"}
