"""Reading input documents: one reader per format, chosen by extension or by name.

A reader turns a file's bytes into a :class:`Document`: the extracted text with one
paragraph per line (a Word or Hangul paragraph, heading, list item or table cell; an HTML block;
a PDF paragraph rejoined from its lines; a subtitle cue), so the segmenter and every
character offset work on it unchanged. Offsets in outputs (``start``/``end`` of a
segment, ``ko_spans`` in JSONL, the ``--unpaired`` TSV) point into this extracted text,
not into the file's bytes. Plain text goes through :mod:`aligner.formats.text`.

A file whose content contradicts its extension (a ``.docx`` that is a ZIP of something
else, a ``.pdf`` that is text, an ``.html`` that is a PNG) is an :class:`InputError`.
The libraries behind the readers are imported when a file of that format is read; a
missing one is an :class:`UnavailableError` naming the extra to install.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path

from ..errors import InputError, UnavailableError, UsageError
from ..records import Cue
from ..segmenting.paragraphs import RECORD_BREAK
from .text import MAGIC, composed, decode, max_input_mb, read_bytes

# A ZIP package's limits (Word, Hangul). A document's text is a small part of its unpacked
# bytes. The XML parsers take about 240 bytes an element, so a document's memory is bounded
# by its tags ("<"), not its bytes: 34-byte paragraphs packed 340:1 into a 1.5 MB .docx
# took 11 GB. Real documents have about 30 bytes of XML a tag and compress 10:1, some
# 330,000 tags for each megabyte of file: the limit allows this many for each megabyte of
# the input limit (3 million, about 0.7 GB, at 4 MB).
MAX_UNPACKED = 512 * 2**20
TAGS_PER_MB = 750_000
# What a damaged package raises while it is unpacked: a bad deflate stream (zlib.error),
# an encrypted member (RuntimeError), a compression method zipfile lacks
# (NotImplementedError), a truncated member (EOFError).
DAMAGED = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, KeyError, ValueError, OSError, RecursionError,
           RuntimeError, NotImplementedError, EOFError)


def check_package(data: bytes, name: str, kind: str, writer: str, suffixes: tuple[str, ...], *,
                  doctypes: bool = False) -> None:
    """Refuse a ZIP bomb before its XML is parsed into memory: too many bytes in all, or
    too many XML tags in its parts (counted while streaming, a megabyte at a time, in every
    part: Word and PowerPoint find their parts by reference, so a "main.dat" is read as XML
    as document.xml is; a picture's bytes count a '<' in 256, a few thousand for the
    megabytes an input may hold); and a part that declares a DOCTYPE, which ``writer`` never
    writes (its entities would be lost or fetched): a part ending in ``suffixes`` or opening
    with an XML declaration, in UTF-8 or UTF-16. ``kind`` names the document in messages
    ("Word document"). ``doctypes``: the format's parts may declare one (EPUB 2's XHTML
    1.1 documents do), and the reader refuses one with entities itself."""
    limit = int(TAGS_PER_MB * max_input_mb())
    tags = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
            size = sum(info.file_size for info in members)
            if size > MAX_UNPACKED:
                raise InputError(f"{name}: the {kind} unpacks to {size / 2**20:,.0f} MiB, over the "
                                 f"{MAX_UNPACKED / 2**20:,.0f} MiB this reader accepts")
            for info in members:
                try:
                    with package.open(info) as part:
                        tail, xml = b"", None  # the DOCTYPE's bytes in the part's encoding if it is XML
                        while tags <= limit and (chunk := part.read(1 << 20)):
                            if not tail:
                                xml = _doctype_bytes(chunk, info.filename.endswith(suffixes))
                            tags += chunk.count(b"<")  # one per tag in UTF-8, UTF-16 and UTF-32 alike
                            seen = tail + chunk
                            if not doctypes and xml and xml in seen:
                                raise InputError(f"{name}: the {kind}'s {info.filename} declares a DOCTYPE, which "
                                                 f"{writer} never writes (entities in it would be lost or fetched)")
                            if any(entity in seen for entity in _ENTITY_DECLARATIONS):
                                raise InputError(f"{name}: the {kind}'s {info.filename} declares an entity, which "
                                                 f"{writer} never writes (its text would be lost or fetched)")
                            tail = chunk[-40:]
                except DAMAGED as err:
                    raise InputError(f"{name}: cannot read the {kind}: its {info.filename} is damaged: {err}") from None
                if tags > limit:
                    raise InputError(
                        f"{name}: the {kind} has over {limit:,} XML tags, more than the input limit "
                        f"allows (memory grows with them); raise it with --max-input-mb or ALIGNER_MAX_INPUT_MB")
    except DAMAGED as err:
        raise InputError(f"{name}: cannot read the {kind}: {err}") from None


# An entity declaration in any encoding an XML part may have, looked for in every part
# whatever its name: a package's main part is found by reference, so "word/main.dat" in
# UTF-32 is read as XML as document.xml is (a hostile audit's entity text was dropped)
_XML_CODECS = ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be")
_ENTITY_DECLARATIONS = tuple("<!ENTITY".encode(codec) for codec in ("utf-8", *_XML_CODECS))


def _doctype_bytes(start: bytes, named_xml: bool) -> bytes | None:
    """``<!DOCTYPE`` in the encoding of a part that begins with ``start``, if the part is
    XML: named so, or opening with an XML declaration (after a BOM), UTF-8, UTF-16 or UTF-32."""
    for codec in _XML_CODECS:
        if start.startswith("\ufeff".encode(codec)) or start.startswith("<?".encode(codec)):
            return "<!DOCTYPE".encode(codec)
    if named_xml or start.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<?xml"):
        return b"<!DOCTYPE"
    return None


def parse_xml(data: bytes):
    """The root element of an XML part of a package (Hangul, EPUB): no entity expanded, no
    DTD loaded, nothing fetched, lxml's default limits on depth and text size; comments and
    processing instructions left out. Raises lxml's errors for the reader to name the part."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    return etree.fromstring(data, parser)


def local_name(el) -> str:
    """An element's name without its namespace (a format's versions that differ in their
    namespaces read alike); '' for a comment or processing instruction."""
    return el.tag.rpartition("}")[2] if isinstance(el.tag, str) else ""



@dataclass(frozen=True)
class Document:
    """What a reader extracted from one file.

    ``text`` holds one paragraph per line (a blank line between two that must stay apart:
    a table's cells); ``cues`` (subtitles only) give the time of character spans of
    ``text``; ``headings``: the (start, end) character spans of the lines that the format
    marks as headings (HTML's ``h1``-``h6``, Word's heading styles, Markdown's ``#``);
    ``metadata`` holds what else the format told (the encoding used, a page title, the
    number of PDF pages, ...).
    """

    text: str
    format: str
    name: str
    cues: tuple[Cue, ...] = ()
    metadata: Mapping[str, object] = field(default_factory=dict)
    headings: tuple[tuple[int, int], ...] = ()

    @property
    def encoding(self) -> str | None:
        """The encoding a text-based file was decoded with (None for DOCX and PDF)."""
        value = self.metadata.get("encoding")
        return str(value) if value else None


Reader = Callable[[bytes, str, "str | None"], Document]
_BLANK_LINES = re.compile(r"\n{3,}")


# A reader marks a heading's line by this character before it, once the line is final;
# :func:`marked_headings` takes the marks out of the document's text and gives their spans.
HEADING = "\x1d"
_HEADING_LINE = re.compile(rf"(?m)^{HEADING}+([^\n]*)")


def marked_headings(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``text`` without the :data:`HEADING` marks at its lines' starts (any other is a
    space: the file's own), and the character spans of the lines marked so."""
    out, spans, at, size = [], [], 0, 0
    for m in _HEADING_LINE.finditer(text):
        before, line = text[at:m.start()], m.group(1)
        out += (before, line)
        size += len(before)
        if line.strip():
            spans.append((size, size + len(line)))
        size += len(line)
        at = m.end()
    out.append(text[at:])
    return "".join(out).replace(HEADING, " "), tuple(spans)


def document_text(lines: Iterable[str]) -> str:
    """A reader's lines as a :class:`Document`'s text, one a line. A blank line, which
    parts two lines no paragraph rule may join (a table's cells: see
    :func:`aligner.formats.tables.table_lines`), is kept between two lines only: never
    first, last, or two in a row."""
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"


def headed_document(lines: Iterable[str], fmt: str, name: str, metadata: Mapping[str, object]) -> Document:
    """A :class:`Document` of a reader's lines, composed (NFC: character references and
    XML may hold decomposed text), its headings' marks taken out as its ``headings``."""
    text, headings = marked_headings(composed(document_text(lines)))
    return Document(text, fmt, name, metadata=metadata, headings=headings)


# name -> "module:function", imported on first use
READERS: dict[str, str] = {
    "txt": "aligner.formats.readers:read_txt",
    "docx": "aligner.formats.docx:read_docx",
    "doc": "aligner.formats.docx:read_docx",  # the binary format: an error saying to save it as .docx
    "hwpx": "aligner.formats.hwpx:read_hwpx",
    "hwp": "aligner.formats.hwpx:read_hwpx",  # the binary format: an error saying to save it as .hwpx
    "epub": "aligner.formats.epub:read_epub",
    "xlsx": "aligner.formats.sheets:read_xlsx",
    "xls": "aligner.formats.sheets:read_xlsx",  # the binary format: an error saying to save it as .xlsx or .csv
    "csv": "aligner.formats.sheets:read_csv",
    "tsv": "aligner.formats.sheets:read_tsv",
    "html": "aligner.formats.html:read_html",
    "md": "aligner.formats.markdown:read_markdown",
    "pptx": "aligner.formats.pptx:read_pptx",
    "odt": "aligner.formats.odt:read_odt",
    "ppt": "aligner.formats.pptx:read_pptx",  # the binary format: an error saying to save it as .pptx
    "pdf": "aligner.formats.pdf:read_pdf",
    "srt": "aligner.formats.subtitles:read_srt",
    "ttml": "aligner.formats.subtitles:read_ttml",
    "vtt": "aligner.formats.subtitles:read_vtt",
    "sbv": "aligner.formats.subtitles:read_sbv",
    "smi": "aligner.formats.subtitles:read_smi",
    "ass": "aligner.formats.subtitles:read_ass",
    "eml": "aligner.formats.email:read_eml",
    "msg": "aligner.formats.email:read_msg",  # Outlook's binary format: an error saying to save it as .eml
}
EXTENSIONS: dict[str, str] = {
    ".docx": "docx",
    ".doc": "doc",
    ".hwpx": "hwpx",
    ".hwp": "hwp",
    ".epub": "epub",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xls": "xls",
    ".csv": "csv",
    ".tsv": "tsv",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "md",
    ".markdown": "md",
    ".pptx": "pptx",
    ".odt": "odt",
    ".ppt": "ppt",
    ".pdf": "pdf",
    ".srt": "srt",
    ".ttml": "ttml",
    ".dfxp": "ttml",
    ".vtt": "vtt",
    ".sbv": "sbv",
    ".smi": "smi",
    ".sami": "smi",
    ".ass": "ass",
    ".ssa": "ass",
    ".eml": "eml",
    ".msg": "msg",
}
_NAMES = {"docx": "a Word document (.docx)", "doc": "a Word 97-2003 document (.doc)",
          "hwpx": "a Hangul document (.hwpx)", "hwp": "a binary Hangul document (.hwp)",
          "epub": "an EPUB book (.epub)", "html": "an HTML page", "md": "a Markdown file",
          "xlsx": "an Excel workbook (.xlsx)", "xls": "an Excel 97-2003 workbook (.xls)", "csv": "a CSV file",
          "tsv": "a TSV file", "odt": "an OpenDocument text (.odt)",
          "pptx": "a PowerPoint presentation (.pptx)", "ppt": "a PowerPoint 97-2003 presentation (.ppt)",
          "pdf": "a PDF document",
          "srt": "a SubRip subtitle file", "ttml": "a TTML subtitle file", "vtt": "a WebVTT subtitle file",
          "smi": "a SAMI subtitle file", "sbv": "a SubViewer subtitle file", "ass": "an ASS/SSA subtitle file",
          "eml": "an e-mail message (.eml)", "msg": "an Outlook message (.msg)"}
# An Office package and its binary 97-2003 format, which the package's reader refuses with
# advice, as it does a password-protected package (an encrypted OLE file)
_BINARY_OF = {"docx": "doc", "xlsx": "xls", "pptx": "ppt"}
# The formats only ever refused, with advice (their readers say what to save them as)
REFUSED = frozenset((*_BINARY_OF.values(), "hwp", "msg"))
# The formats known by their content (a package, an OLE file, a PDF)
_BINARY_FORMATS = frozenset(("epub", "pdf", "odt", *_BINARY_OF, *REFUSED, "hwpx"))
# The formats that are ZIP packages: one that cannot be read as a ZIP is damaged, not misnamed
_ZIP_FORMATS = frozenset(("docx", "xlsx", "pptx", "epub", "odt", "hwpx"))


def refuse_unopenable_office(data: bytes, name: str, what: str, app: str, binary: str, save_as: str) -> None:
    """The errors for an Office file of a format whose reader cannot open it: a
    password-protected one (an encrypted OLE file), or the binary 97-2003 format ``binary``."""
    kind = sniff(data)
    if kind == ENCRYPTED_OFFICE:
        raise InputError(f"{name}: the {what} is password-protected (encrypted); open it in {app} and save an "
                         f"unprotected copy ({save_as})")
    if kind == binary:
        raise InputError(f"{name}: this is {describe(binary)}, which is not read; open it in {app} (or LibreOffice) "
                         f"and save it as {save_as}")


def one_line(err: BaseException) -> str:
    """A library's error message on one line (lxml's run over two)."""
    return " ".join(str(err).split())


def describe(fmt: str) -> str:
    """What a format's files are called in messages ("a Word document (.docx)")."""
    return _NAMES.get(fmt, fmt)


def input_format(path: str | os.PathLike, fmt: str | None = None) -> str:
    """The format named (``--input-format``), else the one the extension implies; any other
    extension (``.txt``, ``.ko``, none) is plain text."""
    if fmt:
        if fmt not in READERS:
            raise UsageError(f"unknown input format {fmt!r}; choose one of {', '.join(sorted(READERS))}")
        return fmt
    return EXTENSIONS.get(Path(str(path)).suffix.lower(), "txt")


def read_document(path: str | os.PathLike, *, fmt: str | None = None, encoding: str | None = None,
                  data: bytes | None = None) -> Document:
    """Read one input file ('-': standard input) with the reader its format needs.

    ``data``: the file's bytes when they are already at hand (a build worker that got
    them with its task); ``encoding`` applies to the text-based formats (text, HTML,
    subtitles) and overrides what the file declares.
    """
    named = bool(fmt)  # by --input-format, not by the file's name
    fmt = input_format(path, fmt)
    name = "<stdin>" if str(path) == "-" else str(path)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"encoding must be None or an encoding's name, not {type(encoding).__name__}")
    if data is None:
        data = read_bytes(path)
    elif not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"data must be None or the file's bytes, not {type(data).__name__}")
    else:
        data = bytes(data)
    if fmt != "txt":
        check_content(data, name, fmt, named)
    module, function = READERS[fmt].split(":")
    reader: Reader = getattr(import_module(module), function)
    return reader(data, name, encoding)


def read_txt(data: bytes, name: str, encoding: str | None = None) -> Document:
    """Plain text: decoded as :func:`aligner.formats.text.decode` does; each line a paragraph.
    A record separator (U+001E) is a space: plain text has no table rows, and a line of
    it alone would part the records the table readers mark (segmenting.RECORD_BREAK).
    Unicode's line separators (U+2028, U+0085) end a line and its paragraph separator
    (U+2029) a block, as a blank line does: a file written with them was one line, its
    headline, byline and date one segment."""
    text, used = decode(data, name, encoding)
    head = text[:2048]
    if _YOUTUBE_TIMED_TEXT.match(head) and ("<timedtext" in head or '"wireMagic"' in head
                                            or ('"events"' in head and '"tStartMs"' in head)):
        # YouTube's own timed text (srv3, json3): read as text, its markup was paired with markup
        raise InputError(f"{name}: this is YouTube's timed text (srv3 or json3), which is not read; download "
                         "the subtitles as WebVTT or SRT instead (yt-dlp --sub-format vtt, or --convert-subs srt)")
    text = text.translate(_TXT_BREAKS)
    timed = _stamped_lines(text)
    if timed is not None:  # a transcript copied with its time stamps: read as a subtitle file is
        from .subtitles import timed_document

        return timed_document(timed, name, used, "transcript")
    return Document(text, "txt", name, metadata={"encoding": used})


# What YouTube's timed text opens with: its XML (srv3) or JSON (json3), not a line of prose
# that mentions "<timedtext>"
_YOUTUBE_TIMED_TEXT = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<timedtext\b|\{)")
_TXT_BREAKS = str.maketrans({RECORD_BREAK: " ", "\u2028": "\n", "\x85": "\n", "\u2029": "\n\n"})
# A line that is a time stamp alone ("0:03", "12:31", "1:02:03", "[00:12:31]")
_STAMP_LINE = re.compile(r"\s*\[?(?:(\d{1,2}):)?(\d{1,2}):(\d\d)(?:[.,]\d+)?\]?\s*")
_FIRST_LINE = re.compile(r"\s*([^\n]*)")  # the first line with something on it


def _stamped_lines(text: str) -> list[tuple[str, float, float]] | None:
    """A transcript whose lines of text each follow a time stamp alone on its line (what a
    video site's transcript pane copies: "0:03" / "오늘은 단 10분 만에" / "0:06" / …), as
    timed cues (text, start, end: the next stamp), or None for any other text. Read as
    lines, the stamps were left out as lines without letters, and a sentence running over
    two stamps could pair only in halves: no pair spans a line left out. At least five
    stamps, the text's first line one, each followed by text, three quarters of them by
    one line (a programme's "09:00" above a session's Korean and English names is content,
    and was lost as a cue's time), in time order."""
    first = _FIRST_LINE.match(text)
    if first is None or not _STAMP_LINE.fullmatch(first.group(1)):  # most text: one line read, no more
        return None
    lines = [line for line in text.split("\n") if line.strip()]
    stamps = [k for k, line in enumerate(lines) if _STAMP_LINE.fullmatch(line)]
    texts = [b - a - 1 for a, b in zip(stamps, stamps[1:] + [len(lines)])]  # lines of text after each
    if len(stamps) < 5 or stamps[0] != 0 or min(texts) < 1 or 4 * texts.count(1) < 3 * len(texts):
        return None
    times = []
    for k in stamps:
        hours, minutes, seconds = _STAMP_LINE.fullmatch(lines[k]).groups()
        times.append(int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds))
    if any(b < a for a, b in zip(times, times[1:])):
        return None
    ends = times[1:] + [times[-1] + 5.0]
    return [("\n".join(lines[k + 1:nxt]), float(t0), float(max(t1, t0)))
            for k, nxt, t0, t1 in zip(stamps, stamps[1:] + [len(lines)], times, ends)]


# ---------------------------------------------------------------- content checks

def sniff(data: bytes) -> str | None:
    """What the bytes are when they are a known binary kind: 'docx', 'hwpx', 'hwp', 'epub', 'pdf',
    'xlsx', 'xls', 'pptx', 'ppt', 'odt', 'doc', 'msg', or a phrase such as 'a PNG image'; None for
    anything else (text, perhaps)."""
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if data.startswith(OLE_SIGNATURE) and all(stream in data for stream in _HWP_STREAMS):
        return "hwp"
    if data.startswith(OLE_SIGNATURE) and _ole_stream(data, _ENCRYPTED_STREAM):
        return ENCRYPTED_OFFICE
    if data.startswith(OLE_SIGNATURE) and any(_ole_stream(data, stream) for stream in _XLS_STREAMS):
        return "xls"
    if data.startswith(OLE_SIGNATURE) and _ole_stream(data, _PPT_STREAM):
        return "ppt"
    if data.startswith(OLE_SIGNATURE) and _ole_stream(data, _DOC_STREAM):
        return "doc"
    if data.startswith(OLE_SIGNATURE) and _ole_stream(data, _MSG_STREAM):
        return "msg"
    for magic, what, _ in MAGIC:
        if data.startswith(magic):
            return what
    return None


# An OLE compound file (binary .hwp, .doc, .xls), and the streams every HWP 5.0 file has,
# named in its directory in UTF-16
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HWP_STREAMS = ("FileHeader".encode("utf-16-le"), "DocInfo".encode("utf-16-le"))
# The stream of an Excel 97-2003 workbook ("Workbook"; Excel 5's "Book"), and the one Office
# encrypts a password-protected .xlsx (.docx, .pptx) into, which makes it an OLE file too
_XLS_STREAMS = ("Workbook\0".encode("utf-16-le"), "Book\0".encode("utf-16-le"))
_ENCRYPTED_STREAM = "EncryptedPackage\0".encode("utf-16-le")
_PPT_STREAM = "PowerPoint Document\0".encode("utf-16-le")
_DOC_STREAM = "WordDocument\0".encode("utf-16-le")
_MSG_STREAM = "__properties_version1.0\0".encode("utf-16-le")  # an Outlook message's (.msg) properties
ENCRYPTED_OFFICE = "a password-protected (encrypted) Office document"
DAMAGED_ZIP = "a damaged ZIP archive"


def _ole_stream(data: bytes, name: bytes) -> bool:
    """Does the OLE file's directory name a stream ``name`` (UTF-16, ending in NUL)? A
    directory entry is 128 bytes and starts with the name, so a name found elsewhere (in
    a stream's data) does not count."""
    at = data.find(name)
    while at >= 0 and at % 128:
        at = data.find(name, at + 1)
    return at >= 0


def _zip_kind(data: bytes) -> str:
    mimetype = b""  # an HWPX, EPUB or OpenDocument package's first part, "application/hwp+zip", …
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        names = set(package.namelist())
        if "mimetype" in names:
            with package.open("mimetype") as part:
                mimetype = part.read(64).strip()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError, zlib.error):
        return DAMAGED_ZIP
    # (an Office package by its parts' folder: one that lost its main part is a damaged
    # document of its kind, which its reader says, not "a ZIP archive of other files")
    office = "[Content_Types].xml" in names
    if "word/document.xml" in names or office and any(n.startswith("word/") for n in names):
        return "docx"
    if "Contents/content.hpf" in names or mimetype == b"application/hwp+zip":
        return "hwpx"
    if mimetype == b"application/epub+zip" or "META-INF/container.xml" in names and any(
            n.lower().endswith(".opf") for n in names):  # an EPUB, perhaps without its mimetype
        return "epub"
    if "xl/workbook.xml" in names or office and any(n.startswith("xl/") for n in names):
        return "xlsx"
    if "ppt/presentation.xml" in names or office and any(n.startswith("ppt/") for n in names):
        return "pptx"
    if mimetype == b"application/vnd.oasis.opendocument.text" or not mimetype and _manifest_says_text(package):
        return "odt"
    if "content.xml" in names:
        return "an OpenDocument file of another kind (.ods, .odp)"
    return "a ZIP archive of other files"


def _manifest_says_text(package: zipfile.ZipFile) -> bool:
    """An OpenDocument package without its mimetype part: its manifest's media type."""
    try:
        with package.open("META-INF/manifest.xml") as part:
            return b'"application/vnd.oasis.opendocument.text"' in part.read(1 << 16)
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError, zlib.error):
        return False


def check_content(data: bytes, name: str, fmt: str, named: bool = False) -> None:
    """Fail when the content contradicts the format its name (or, ``named``,
    ``--input-format``) says."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty; give a file with text in it")
    kind = sniff(data)
    if fmt == "pdf" and b"%PDF-" in data[:1024]:  # readers accept a header after some junk
        return
    if fmt in ("hwp", "hwpx") and (kind in ("hwp", "hwpx") or fmt == "hwp" and data.startswith(OLE_SIGNATURE)):
        return  # the reader reads an HWPX package, and says what to do with a binary .hwp
    family = next(((package, binary) for package, binary in _BINARY_OF.items() if fmt in (package, binary)), ())
    if family and kind in (*family, ENCRYPTED_OFFICE):
        return  # the reader reads its package, and says what to do with a binary or encrypted one
    if fmt in _BINARY_FORMATS:
        if kind == fmt:
            return
        what = kind or "text, or some other kind of file"
        if kind in _NAMES:
            what = _NAMES[kind]
    elif kind is None:
        return
    else:
        what = _NAMES.get(kind, kind)
    if kind == DAMAGED_ZIP and fmt in _ZIP_FORMATS:  # its name is right: it was cut off or corrupted
        raise InputError(f"{name}: the file is a damaged ZIP package (cut off or corrupted); "
                         "save it again, or download it again")
    if named:
        raise InputError(f"{name}: --input-format {fmt} says {_NAMES[fmt]}, but the content is {what}; "
                         "give the format the file has")
    raise InputError(f"{name}: the name says {_NAMES[fmt]}, but the content is {what}; "
                     "give the file its right extension, or pass --input-format")


def missing_extra(package: str, what: str) -> UnavailableError:
    """The error for an optional reader or writer whose library is not installed."""
    return UnavailableError(f"{what} needs the '{package}' package: pip install 'aligner[formats]'")
