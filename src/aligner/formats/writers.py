"""Writing pairs as TSV, TMX 1.4b, JSONL, line-parallel text (Moses) or XLSX; chosen by
name or file extension.

Every writer takes ``(doc_id, Pair)`` rows and where to write: a text stream (TSV, TMX,
JSONL), a binary stream (XLSX), or a (Korean, English) pair of text streams (Moses).
:func:`write_output` opens the right ones, atomically. Segment text is cleaned the same
way for all formats: white space runs that hold a tab or line break become one space,
and characters that XML 1.0 forbids (C0 controls, lone surrogates, U+FFFE/U+FFFF) are
removed and counted, so a TSV or Moses line is always one pair, a TMX file always parses,
and a pair reads the same in every format. :func:`warn_removed` says so in the words that
fit the format.
"""

from __future__ import annotations

import errno
import itertools
import json
import logging
import os
import re
import shutil
import signal
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import IO, BinaryIO, TextIO
from xml.sax.saxutils import escape, quoteattr

from .. import __version__, arguments
from ..errors import OutputError, UnavailableError, UsageError
from ..records import MinedPair, Pair, Segment, Unpaired
from ..wording import plural
from . import inline
from .text import names_folder

log = logging.getLogger(__name__)

# What XML 1.0 forbids, and what it discourages: the control characters (DEL, C1:
# U+007F-U+009F) and Unicode's noncharacters (U+FDD0-U+FDEF, the last two code points of
# every plane), which no text interchange should carry
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(1, 17))
_FORBIDDEN = re.compile(f"[^\t\n\r\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[{_NONCHARACTERS}]")
_WHITE_SPACE = re.compile(r"\s+")
_BREAKING = re.compile(r"[\t\n\r\v\f\u2028\u2029\x1c-\x1f\x85]")
LONG_SEGMENT = 2000  # characters; many CAT tools reject longer segments


@dataclass
class ExportStats:
    """What the writers had to change or warn about."""

    pairs: int = 0
    removed_chars: int = 0
    long_segments: int = 0


def clean(text: str, stats: ExportStats | None = None) -> str:
    """Text safe for every format: one line, no character XML 1.0 forbids."""
    # Each run of white space once (linear), collapsed when it holds a breaking character.
    text = _WHITE_SPACE.sub(lambda m: " " if _BREAKING.search(m.group()) else m.group(), text)
    text, removed = _FORBIDDEN.subn("", text)
    if removed:  # what stood next to a removed character at an end was inside the text
        text = text.strip(" ")
    if stats is not None:
        stats.removed_chars += removed
        stats.long_segments += len(text) > LONG_SEGMENT
    return text


def compared(text: str) -> str:
    """A text as deduplication compares it: as written (:func:`clean`), white space
    normalized. Two pairs whose texts differ only in what the writer removes (a control
    character, a noncharacter) are written alike, so they are one pair."""
    return " ".join(clean(text).split())


Row = tuple[str | None, Pair]


def write_table(out: TextIO, columns: Sequence[str], rows: Iterable[Sequence[object]], *,
                header: bool = False, stats: ExportStats | None = None) -> int:
    """Any TSV: a header line of ``columns`` when asked, then one line per row, every
    field cleaned so that a row is always one line of as many fields. Returns the rows."""
    if header:
        out.write("\t".join(columns) + "\n")
    count = 0
    for row in rows:
        out.write("\t".join(clean(str(field), stats) for field in row) + "\n")
        count += 1
    return count


def pair_columns(rows: Iterable[Row], *, documents: bool = False, mined: bool = False,
                 ) -> tuple[list[str], Iterator[Row]]:
    """Columns of a pair table (ko, en, score, and doc when rows carry a document id;
    for mined pairs, their sources), and the rows, of which the first was looked at.
    ``documents`` / ``mined``: the rows are of that kind, so an output without any has
    the same columns (its header) as one with them."""
    rows = iter(rows)
    first = next(rows, None)
    columns = ["ko", "en", "score"] + (["doc"] if documents or first is not None and first[0] is not None else [])
    if mined or first is not None and isinstance(first[1], MinedPair):
        columns += SOURCE_COLUMNS
    return columns, itertools.chain([first] if first is not None else [], rows)


SOURCE_COLUMNS = ["ko_doc", "ko_start", "ko_end", "en_doc", "en_start", "en_end"]


def _after_score(doc: str | None, pair: Pair) -> list[object]:
    """A pair table's fields after the score (see :func:`pair_columns`): the document id
    where the row has one, a mined pair's sources."""
    return ([doc] if doc is not None else []) + (_source_fields(pair) if isinstance(pair, MinedPair) else [])


def _source_fields(pair: MinedPair) -> list[object]:
    """A mined pair's source file and character offsets on each side."""
    return [pair.ko_doc, pair.ko[0].start, pair.ko[-1].end, pair.en_doc, pair.en[0].start, pair.en[-1].end]


def write_tsv(rows: Iterable[Row], out: TextIO, *, header: bool = False, documents: bool = False,
              mined: bool = False, **_: object) -> ExportStats:
    """Columns ko, en, score (and doc when rows carry a document id; for mined pairs,
    each side's source file and character offsets; see :func:`pair_columns`)."""
    stats = ExportStats()
    columns, rows = pair_columns(rows, documents=documents, mined=mined)
    fields = ([pair.ko_text, pair.en_text, f"{pair.score:.4f}", *_after_score(doc, pair)] for doc, pair in rows)
    stats.pairs = write_table(out, columns, fields, header=header, stats=stats)
    return stats


UNPAIRED_COLUMNS = ("lang", "index", "start", "end", "text", "reason")


def unpaired_rows(segments: Iterable[Unpaired | Segment]) -> Iterator[list[object]]:
    """Rows of the unpaired table (:data:`UNPAIRED_COLUMNS`), one per segment; a bare
    :class:`Segment` (read back from an older shard) has no reason recorded."""
    for seg in segments:
        yield [seg.lang, seg.index, seg.start, seg.end, seg.text, getattr(seg, "reason", "")]


def write_unpaired(segments: Iterable[Unpaired | Segment], out: TextIO, *, header: bool = False,
                   stats: ExportStats | None = None) -> int:
    """The segments left unpaired, as TSV (``--unpaired``): lang, index, start, end,
    text, reason; return how many lines were written. ``stats`` counts what was cleaned."""
    return write_table(out, UNPAIRED_COLUMNS, unpaired_rows(segments), header=header, stats=stats)


def write_moses(rows: Iterable[Row], out: tuple[TextIO, TextIO], **_: object) -> ExportStats:
    """Line-parallel plain text for MT training: pair i is line i of the Korean file and of
    the English file (``out`` is their two streams)."""
    stats = ExportStats()
    ko_out, en_out = out
    for _doc, pair in rows:
        ko_out.write(clean(pair.ko_text, stats) + "\n")
        en_out.write(clean(pair.en_text, stats) + "\n")
        stats.pairs += 1
    return stats


_XLSX_CELL = 32767  # characters; Excel's limit for one cell


def write_xlsx(rows: Iterable[Row], out: BinaryIO, *, unpaired: Iterable[Segment] | None = None,
               documents: bool = False, mined: bool = False, **_: object) -> ExportStats:
    """An Excel workbook for review: a sheet of pairs (the columns of :func:`write_tsv`)
    and, when ``unpaired`` segments are given, a second sheet of them. Every text is
    written as a string, never a formula."""
    try:
        import xlsxwriter
    except ImportError:
        raise UnavailableError("writing .xlsx files needs the 'XlsxWriter' package: "
                               "pip install 'aligner[formats]'") from None
    stats = ExportStats()
    # constant_memory keeps each sheet's rows in a temporary file: in a folder of its own,
    # removed even when a write fails half-way (a cell too long), which leaves them open
    with tempfile.TemporaryDirectory(prefix="aligner-xlsx-", ignore_cleanup_errors=True) as tmp:
        book = xlsxwriter.Workbook(out, {"constant_memory": True, "strings_to_numbers": False, "tmpdir": tmp,
                                         "strings_to_formulas": False, "strings_to_urls": False})
        _xlsx_sheets(book, pair_columns(rows, documents=documents, mined=mined), unpaired, stats)
        book.close()
    return stats


def _xlsx_sheets(book, table: tuple[list[str], Iterator[Row]], unpaired: Iterable[Segment] | None,
                 stats: ExportStats) -> None:
    """The workbook's sheet of pairs (``table``: columns and rows) and, given
    ``unpaired``, its sheet of those."""
    bold = book.add_format({"bold": True})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    columns, rows = table
    sheet = book.add_worksheet("pairs")
    _xlsx_header(sheet, columns, bold, widths={"ko": 60, "en": 60, "score": 8, "doc": 16}, wrap=wrap)
    for r, (doc, pair) in enumerate(rows, 1):
        _within_sheet(r, "pairs")
        sheet.write_string(r, 0, _cell(pair.ko_text, stats), wrap)
        sheet.write_string(r, 1, _cell(pair.en_text, stats), wrap)
        sheet.write_number(r, 2, round(pair.score, 4))
        for c, value in enumerate(_after_score(doc, pair), 3):
            _xlsx_value(sheet, r, c, value, None)
        stats.pairs += 1
    if unpaired is not None:
        sheet = book.add_worksheet("unpaired")
        _xlsx_header(sheet, UNPAIRED_COLUMNS, bold, widths={"text": 80}, wrap=wrap)
        for r, row in enumerate(unpaired_rows(unpaired), 1):
            _within_sheet(r, "unpaired segments")
            for c, value in enumerate(row):
                _xlsx_value(sheet, r, c, value, stats, wrap if c == len(row) - 1 else None)


def _xlsx_value(sheet, r: int, c: int, value: object, stats: ExportStats | None, style=None) -> None:
    """One cell: a whole number as a number, anything else as a string (never a formula)."""
    if isinstance(value, int):
        sheet.write_number(r, c, value)
    else:
        sheet.write_string(r, c, _cell(str(value), stats), style)


def _xlsx_header(sheet, columns: Sequence[str], bold, *, widths: dict[str, int], wrap) -> None:
    for c, name in enumerate(columns):
        sheet.write_string(0, c, name, bold)
        if name in widths:
            sheet.set_column(c, c, widths[name], wrap if widths[name] > 20 else None)
    sheet.freeze_panes(1, 0)


class _CellTooLong(ValueError):
    """A text longer than an Excel cell holds, or more rows than a sheet does, which the
    workbook would cut."""


_XLSX_ROWS = 1_048_576  # a sheet's rows, its header's among them


def _within_sheet(r: int, what: str) -> None:
    """Refuse row ``r`` past a sheet's last: XlsxWriter ignores a row out of range, and the
    rest of the memory was lost while counted as written."""
    if r >= _XLSX_ROWS:
        raise _CellTooLong(f"more {what} than an Excel sheet holds ({_XLSX_ROWS - 1:,} rows under its header); "
                           "write .tsv, .jsonl or .tmx, which keep them all")


def _cell(text: str, stats: ExportStats | None) -> str:
    text = clean(text, stats)
    if len(text) > _XLSX_CELL:
        raise _CellTooLong(f"a segment of {len(text):,} characters is longer than an Excel cell holds "
                           f"({_XLSX_CELL:,}); write .tsv or .jsonl, which keep it whole")
    return text


def write_jsonl(rows: Iterable[Row], out: TextIO, **_: object) -> ExportStats:
    """One JSON object per pair, with segment indices and character offsets (for mined
    pairs, also each side's source: ``ko_doc``, ``en_doc``)."""
    stats = ExportStats()
    for doc, pair in rows:
        obj = {
            "ko": clean(pair.ko_text, stats),
            "en": clean(pair.en_text, stats),
            "score": pair.score,
            "ko_ids": pair.ko_ids,
            "en_ids": pair.en_ids,
            "ko_spans": [[s.start, s.end] for s in pair.ko],
            "en_spans": [[s.start, s.end] for s in pair.en],
        }
        if doc is not None:  # cleaned as in the other formats (a line break in a manifest's id)
            obj["doc"] = clean(doc)
        if isinstance(pair, MinedPair):
            obj["ko_doc"], obj["en_doc"] = clean(pair.ko_doc), clean(pair.en_doc)
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        stats.pairs += 1
    return stats


def tmx_date(no_date: bool = False) -> str | None:
    """TMX creation date: SOURCE_DATE_EPOCH when set (reproducible builds), else now. A
    value that is not whole seconds since 1970 before the year 10000 (TMX's date has four
    digits for it) is refused, as the reproducible-builds specification asks, not
    replaced by now or written as a date no tool reads."""
    if no_date:
        return None
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    if not (epoch.isascii() and epoch.isdigit() and len(epoch) <= 12 and int(epoch) < _YEAR_10000):
        raise UsageError(f"SOURCE_DATE_EPOCH={epoch[:40]!r}: not a TMX creation date; give whole seconds "
                         f"since 1970 before the year 10000, or unset it")
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(int(epoch)))


_YEAR_10000 = 253_402_300_800  # seconds from 1970 to 10000-01-01


def write_tmx(rows: Iterable[Row], out: TextIO, *, no_date: bool = False, signature: str | None = None,
              ko_lang: str = "ko", en_lang: str = "en", inline_codes: bool | str | re.Pattern[str] = False,
              **_: object) -> ExportStats:
    """TMX 1.4b, valid against the DTD; the score and document id as ``<prop>``, and the
    settings that produced the file (``signature``) as a header ``<prop>``. ``ko_lang``
    and ``en_lang`` are the language tags (``xml:lang``, ``srclang``), e.g. ko-KR, en-US.
    A mined pair's variants carry their source file and offsets (``x-document``,
    ``x-offsets``). ``inline_codes`` writes tags and placeholders as inline elements
    (:mod:`.inline`): True for the built-in kinds, or a regular expression whose matches
    are placeholders."""
    stats = ExportStats()
    pattern = (re.compile(inline_codes) if isinstance(inline_codes, str)
               else inline_codes if isinstance(inline_codes, re.Pattern) else None)
    date = tmx_date(no_date)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n')
    out.write(
        f'  <header creationtool="aligner" creationtoolversion="{__version__}" '
        f'datatype="plaintext" segtype="sentence" adminlang="en" srclang={quoteattr(ko_lang)} o-tmf="aligner"'
        + (f' creationdate="{date}"' if date else "")
        + (f'>\n    <prop type="x-aligner-signature">{escape(clean(signature))}</prop>\n  </header>\n'
           if signature else "/>\n")
        + "  <body>\n"
    )
    for doc, pair in rows:
        out.write(f'    <tu>\n      <prop type="x-score">{pair.score:.4f}</prop>\n')
        if doc is not None:
            out.write(f'      <prop type="x-document">{escape(clean(doc))}</prop>\n')
        texts = clean(pair.ko_text, stats), clean(pair.en_text, stats)
        segs_xml = inline.tmx_segs(*texts, pattern) if inline_codes else [inline.escaped(text) for text in texts]
        for lang, seg, segs in ((ko_lang, segs_xml[0], pair.ko), (en_lang, segs_xml[1], pair.en)):
            props = ""
            if isinstance(pair, MinedPair):
                source = pair.ko_doc if segs is pair.ko else pair.en_doc
                props = (f'<prop type="x-document">{escape(clean(source))}</prop>'
                         f'<prop type="x-offsets">{segs[0].start}-{segs[-1].end}</prop>')
            out.write(f"      <tuv xml:lang={quoteattr(lang)}>{props}<seg>{seg}</seg></tuv>\n")
        out.write("    </tu>\n")
        stats.pairs += 1
    out.write("  </body>\n</tmx>\n")
    return stats


def signature(encoder: str, presegmented: bool) -> str:
    """What produced a result, for reproducing it (sacrebleu-style)."""
    return f"aligner:{__version__}|encoder:{encoder}|presegmented:{'yes' if presegmented else 'no'}"


Writer = Callable[..., ExportStats]
FORMATS: dict[str, Writer] = {"tsv": write_tsv, "tmx": write_tmx, "jsonl": write_jsonl,
                              "moses": write_moses, "xlsx": write_xlsx}
_BINARY = frozenset(("xlsx",))  # written to a binary stream
_XML = frozenset(("tmx", "xlsx"))  # XML inside: could not hold the characters clean() removes
_PARALLEL = frozenset(("moses",))  # written to two files, OUT.ko and OUT.en
_EXTENSIONS = {"tsv": "tsv", "txt": "tsv", "tab": "tsv", "tmx": "tmx", "jsonl": "jsonl", "ndjson": "jsonl",
               "xlsx": "xlsx", "ko": "moses", "en": "moses"}
_GENERIC = {"txt"}  # says nothing about the format: --format may choose any


def format_for(path: str | None, fmt: str | None = None) -> str:
    """The format named, else the one the output's extension implies; TSV for standard
    output or a name without extension. An unknown extension is an error, not a guess,
    and so is a format that contradicts the extension (``-o x.tmx --format tsv``) or
    standard output for a format that needs files (Moses, XLSX)."""
    to_stdout = not path or path == "-"
    ext = os.path.splitext(path or "")[1].lower().lstrip(".") if not to_stdout else ""
    implied = _EXTENSIONS.get(ext)
    if fmt and fmt not in FORMATS:
        raise UsageError(f"unknown output format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt:
        if implied and ext not in _GENERIC and implied != fmt:
            raise UsageError(f"{path}: --format {fmt} contradicts the extension '.{ext}' ({implied}); "
                             "change one of them")
    elif ext and not implied:
        raise UsageError(f"{path}: cannot tell the output format from '.{ext}'; use .tmx, .tsv, .jsonl, "
                         ".xlsx or .ko/.en (Moses), or --format")
    else:
        fmt = implied or "tsv"
    if to_stdout and (fmt in _BINARY or fmt in _PARALLEL):
        raise UsageError(f"the {fmt} format writes files, not standard output: give -o FILE")
    return fmt


def output_paths(path: str | os.PathLike, fmt: str | None = None) -> list[str]:
    """The files an output writes: ``path`` itself, or for Moses ``OUT.ko`` and ``OUT.en``
    (``-o OUT``, ``-o OUT.ko`` and ``-o OUT.en`` all name the same pair)."""
    text = str(path)
    if format_for(text, fmt) not in _PARALLEL:
        return [text]
    base = text[:-3] if text.lower().endswith((".ko", ".en")) else text
    return [base + ".ko", base + ".en"]


def write_output(rows: Iterable[Row], path: str | os.PathLike, fmt: str | None = None,
                 **options: object) -> ExportStats:
    """Write rows, as they come, in the format named or implied by ``path`` ('-':
    standard output), atomically: every file of the output is complete, or none is
    changed. What the writer had to change is logged as a warning."""
    arguments.path(path, "path")
    check_options(options)
    fmt = format_for(str(path), fmt)
    writer = FORMATS[fmt]
    rows = _checked_rows(rows)
    if str(path) == "-":
        with open_output("-") as out:
            stats = writer(rows, out, **options)
    else:
        paths = output_paths(path, fmt)
        try:
            with atomic_outputs(*paths, binary=fmt in _BINARY) as outs:
                stats = writer(rows, tuple(outs) if fmt in _PARALLEL else outs[0], **options)
        except _CellTooLong as err:  # nothing was written: the workbook would have cut the text
            raise OutputError(f"{_output_name(path, fmt)}: {err}") from None
    warn_removed(stats.removed_chars, fmt, path)
    if stats.long_segments:
        log.warning("%s: %d %s longer than 2,000 characters; some CAT tools reject them", _output_name(path, fmt),
                    stats.long_segments, plural(stats.long_segments, "segment is", "segments are"))
    return stats


# What the writers take, all of them through write_output (each ignores the others')
_OPTIONS = frozenset(("header", "no_date", "signature", "ko_lang", "en_lang", "unpaired", "documents", "mined",
                      "inline_codes"))


def _checked_rows(rows: Iterable[Row]) -> Iterator[Row]:
    """``rows`` as they come, each checked: a (document id or None, Pair) tuple. A bad one
    is a TypeError naming it (not an AttributeError inside a writer), and the output is
    not written."""
    for n, row in enumerate(rows):
        if not (isinstance(row, tuple) and len(row) == 2):
            raise TypeError(f"rows[{n}] must be a (document id or None, Pair) tuple, not {type(row).__name__}")
        if not isinstance(row[1], Pair):
            raise TypeError(f"rows[{n}][1] must be a Pair, not {type(row[1]).__name__}")
        doc = row[0]
        if doc is not None and not isinstance(doc, str):
            if isinstance(doc, int) and not isinstance(doc, bool):  # as a memory writes an int id: its digits
                row = (str(doc), row[1])
            else:
                raise TypeError(f"rows[{n}]: a document id must be None or a str, not {type(doc).__name__}")
        yield row


def check_options(options: dict) -> None:
    """Refuse, before anything is written, an output option no writer takes (a misspelt
    one would be ignored by all), a language tag that is not one for its side, a switch
    that is not True or False ("no" is true), a signature that is not text, and unpaired
    segments that are not segments (``options["unpaired"]`` becomes a list; a language tag
    of None is dropped: the default)."""
    unknown = sorted(set(options) - _OPTIONS)
    if unknown:
        raise TypeError(f"unknown output option {unknown[0]!r}; the options are {', '.join(sorted(_OPTIONS))}")
    for key, lang in (("ko_lang", "ko"), ("en_lang", "en")):
        if key in options and options[key] is None:
            del options[key]  # the default tag, as when not given (a TMX writer escaped None)
        elif options.get(key) is not None:
            language_tag(arguments.text(options[key], key), lang)
    for key in ("header", "no_date", "documents", "mined"):
        if key in options:
            arguments.flag(options[key], key)
    if options.get("signature") is not None:
        arguments.text(options["signature"], "signature")
    codes = options.get("inline_codes")
    if isinstance(codes, str):
        options["inline_codes"] = code_pattern(codes)
    elif codes is not None and not isinstance(codes, re.Pattern):
        arguments.flag(codes, "inline_codes")
    if options.get("unpaired") is not None:
        segments = arguments.items(options["unpaired"], object, "unpaired")
        bad = next((s for s in segments if not isinstance(s, (Unpaired, Segment))), None)
        if bad is not None:
            raise TypeError(f"unpaired must hold Unpaired or Segment records, not {type(bad).__name__}")
        options["unpaired"] = segments


def code_pattern(text: str) -> re.Pattern[str]:
    """A user's pattern of inline codes, compiled; one that is not a regular expression,
    or that matches where there is nothing (every match must be a code), is refused."""
    try:
        pattern = re.compile(text)
    except re.error as err:
        raise UsageError(f"inline code pattern {text[:60]!r} is not a regular expression: {err}") from None
    if pattern.fullmatch(""):
        raise UsageError(f"inline code pattern {text[:60]!r} matches an empty text; it must match codes only")
    return pattern


def _output_name(path: str | os.PathLike, fmt: str) -> str:
    """An output as messages name it: its file (files), or standard output for '-'."""
    return "standard output" if str(path) == "-" else " and ".join(output_paths(path, fmt))


def warn_removed(count: int, fmt: str, path: str | os.PathLike) -> None:
    """Say that :func:`clean` removed ``count`` characters from the output ``path`` in
    format ``fmt``: for XML formats, that XML 1.0 forbids them; for the others (which
    remove them too, so that a pair reads the same in every format), what they are."""
    if not count:
        return
    where = _output_name(path, fmt)
    if fmt in _XML:
        log.warning("%s: removed %d %s that XML 1.0 forbids or discourages", where, count, plural(count, "character"))
    else:
        log.warning("%s: removed %d %s not text (control characters, lone surrogates, noncharacters such as U+FFFE)",
                    where, count, plural(count, "character that is", "characters that are"))


_LANG_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


def language_tag(tag: str, lang: str) -> str:
    """A BCP 47 tag for the ``lang`` side (``ko-KR``, ``en-US``, ``en-GB``...), checked."""
    if not _LANG_TAG.fullmatch(tag) or tag.split("-")[0].lower() not in (lang, {"ko": "kor", "en": "eng"}[lang]):
        which = {"ko": "Korean", "en": "English"}[lang]
        raise UsageError(f"{tag!r} is not a language tag for the {which} side; "
                         f"give one such as {'ko or ko-KR' if lang == 'ko' else 'en, en-US or en-GB'}")
    return tag


# ---------------------------------------------------------------- atomic output


def check_output_folders(*paths: str | os.PathLike | None) -> None:
    """Fail before the work, not after it, when an output cannot be created: its folder
    is missing or not writable, it is a folder, or it is a read-only file."""
    for path in paths:
        if path is not None and str(path) == "-" and sys.stdout is None:  # started with `>&-`
            raise OutputError("standard output is closed; give an output file with -o")
        if path is None or str(path) == "-":
            continue
        if not str(path).strip():
            raise OutputError(f"{str(path)!r}: cannot write: an empty file name")
        try:
            _check_output_folder(path)
        except (OSError, RuntimeError) as err:  # a name too long; RuntimeError: a loop of links
            raise OutputError(f"{path}: cannot write: {getattr(err, 'strerror', None) or err}") from None


def _check_output_folder(path: str | os.PathLike) -> None:
    given = Path(path)
    if names_folder(path) and not given.is_dir():
        raise OutputError(f"{path}: cannot write: the name ends as a folder's does; give a file name")
    if given.is_dir():
        raise OutputError(f"{path}: cannot write: it is a folder; give a file name")
    folder = given.resolve().parent
    if not folder.is_dir():
        if given.is_symlink():  # a dangling link: its target's folder is the missing one
            raise OutputError(f"{path}: cannot write: it is a symbolic link into the folder {folder}, "
                              f"which does not exist")
        if given.parent.exists():  # "-o ko.txt/x.tsv": the "folder" is a file
            raise OutputError(f"{path}: cannot write: {given.parent} is a file, not a folder")
        raise OutputError(f"{path}: cannot write: the folder {given.parent} does not exist")
    if given.exists() and given.is_file() and not os.access(given, os.W_OK):
        raise OutputError(f"{path}: cannot write: the file is read-only")
    # an output is written beside itself and renamed into place: its folder must take
    # files, the output's own file writable or not
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{path}: cannot write: no permission to create files in {given.parent or '.'}")


def check_paths(inputs: Iterable[str | os.PathLike], *, shared: Iterable[str | os.PathLike] = (),
                fmt: str | None = None, **outputs: str | os.PathLike | None) -> None:
    """Refuse, before any work, a command that would destroy data or read nothing: an
    output (``output=``, ``unpaired=``, ``state=``: named as their options) that is an
    input, by any name (a link, another spelling), two outputs that are one file,
    standard input given twice, or one of ``inputs`` given twice. ``shared`` are more
    inputs that may repeat (the files of a manifest's documents). ``output`` in the
    format ``fmt`` (or its extension's) stands for every file it writes (Moses: two)."""
    option = {"output": "-o", "output_en": "-o", "unpaired": "--unpaired", "state": "--state"}
    if outputs.get("output") is not None and str(outputs["output"]) != "-":  # Moses: both files checked
        files = output_paths(outputs["output"], fmt)
        outputs = {**outputs, "output": files[0], "output_en": files[1] if len(files) > 1 else None}
    seen_inputs: dict[tuple[int, int] | str, str] = {}
    given = list(inputs)
    for number, path in enumerate([*given, *shared]):
        # standard input, and the file the shell redirected into it (ko.txt - < ko.txt), or
        # the pipe it is under another name (/dev/stdin -, /dev/stdin /proc/self/fd/0)
        keys = dict.fromkeys(["-", _stdin_identity(), _stream_identity(sys.stdin, any_kind=True)] if str(path) == "-"
                             else [_identity(path), _device_identity(path)])  # each once: a file is both
        for key in keys:
            if key is None:
                continue
            if key in seen_inputs and (number < len(given) or key == "-"):
                what = "standard input ('-') can be read only once" if key == "-" else \
                    f"standard input ('-') is {seen_inputs[key]}, given twice" if str(path) == "-" else \
                    f"{path} is given twice (as {seen_inputs[key]})" if str(path) != seen_inputs[key] else \
                    f"{path} is given twice"
                raise UsageError(f"{what}; give each input once")
            seen_inputs[key] = str(path)
    seen_outputs: dict[tuple[int, int] | str, str] = {}
    for name, path in outputs.items():
        if path is None:
            continue
        flag = option.get(name, f"--{name}")
        if str(path) == "-":  # standard output, and the file, pipe or terminal it goes to
            flag = "the pairs on standard output" if name == "output" else flag
            keys = ["<stdout>", _stdout_identity()]
            where = "standard output"
        else:
            keys = [_identity(path)]
            where = str(path)
            device = _device_identity(path)
            if device is not None and device == _stdout_identity():
                keys.append("<stdout>")  # /dev/stdout, /proc/self/fd/1: standard output by another name
        for key in keys:
            if key is None:
                continue
            if key in seen_inputs:
                what = "standard output" if str(path) == "-" else f"{flag} {path}"
                source = "standard input" if seen_inputs[key] == "-" else f"the input file {seen_inputs[key]}"
                raise UsageError(f"{what} is {source}; writing there would destroy it; "
                                 "write to another file")
            if key in seen_outputs:
                raise UsageError(f"{flag} and {seen_outputs[key]} both write to {where}; give each its own file")
            seen_outputs[key] = flag


def _identity(path: str | os.PathLike) -> tuple[int, int] | str | None:
    """What makes two names one file: device and inode when it exists (links, hard
    links and other spellings agree), else the resolved path; '-' for standard input."""
    if str(path) == "-":
        return "-"
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        try:
            return str(Path(path).resolve())
        except (OSError, RuntimeError, ValueError):
            return None
    if not Path(path).is_file() and not Path(path).is_dir():
        return None  # a device or a pipe (/dev/stdin, /dev/null) is no file to protect
    return (st.st_dev, st.st_ino)


def _device_identity(path: str | os.PathLike) -> tuple[int, int] | None:
    """Device and inode of a pipe, terminal or device a path names, else None."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return None if stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode) else (st.st_dev, st.st_ino)


def _stdout_identity() -> tuple[int, int] | None:
    """Device and inode of standard output, whatever it is: a file, or a pipe or terminal
    that another output names too (``--review /dev/stdout`` while the pairs go to a pipe)."""
    return _stream_identity(sys.stdout, any_kind=True)


def _stdin_identity() -> tuple[int, int] | None:
    """Device and inode of standard input when it is a regular file."""
    return _stream_identity(sys.stdin)


def _stream_identity(stream, any_kind: bool = False) -> tuple[int, int] | None:
    try:
        st = os.fstat(stream.fileno())
    except (OSError, ValueError, AttributeError):
        return None
    return (st.st_dev, st.st_ino) if any_kind or stat.S_ISREG(st.st_mode) else None


def _mode_for(target: Path) -> int:
    """The permissions a new output gets: those of the file it replaces (a private file
    stays private), else what the umask allows a new file."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def open_output(path: str | os.PathLike) -> Iterator[IO[str]]:
    """:func:`atomic_output`, or standard output for '-', where a write error (a full
    disk behind a redirection) is an :class:`OutputError` too."""
    if str(path) != "-":
        with atomic_output(path) as out:
            yield out
        return
    if sys.stdout is None:  # started with standard output closed (`>&-`)
        raise OutputError("standard output is closed; give an output file with -o")
    try:
        yield sys.stdout
        sys.stdout.flush()
    except BrokenPipeError:  # its reader stopped (`| head`): no error of ours; the command ends quietly
        raise
    except OSError as err:
        raise OutputError(f"standard output: cannot write: {err.strerror or err}") from None
    except UnicodeEncodeError:  # a terminal or locale that is not UTF-8
        raise OutputError(f"standard output is {sys.stdout.encoding}, which cannot hold the text; "
                          "set PYTHONIOENCODING=utf-8 or give an output file with -o") from None


@contextmanager
def atomic_output(path: str | os.PathLike, *, binary: bool = False) -> Iterator[IO]:
    """Write to a temporary file beside ``path`` and rename it over ``path`` only if the
    block succeeds, so a failed run never leaves a half-written file. A symbolic link
    is followed; a target that is no regular file (/dev/stdout, a FIFO) is written to
    directly, since renaming over it would replace the device itself."""
    with atomic_outputs(path, binary=binary) as (out,):
        yield out


@contextmanager
def atomic_outputs(*paths: str | os.PathLike, binary: bool = False) -> Iterator[list[IO]]:
    """:func:`atomic_output` for several files that belong together (Moses' OUT.ko and
    OUT.en): all are renamed into place only if the block succeeds, and if a rename
    fails the files already renamed are put back as they were, so it is all or none.
    Inside :func:`output_transaction` the renames wait for the end of the transaction."""
    mode = "wb" if binary else "w"
    # backslashreplace: a file name that is not UTF-8 (Python keeps its bytes as lone
    # surrogates) is written as \udce9, not a crash after the work
    text = {} if binary else {"encoding": "utf-8", "newline": "\n", "errors": "backslashreplace"}
    with ExitStack() as stack:
        outs: list[IO] = []
        staged: list[tuple[str, Path, str]] = []  # (given path, target, temporary file)
        try:
            for path in paths:
                given = Path(path)
                if names_folder(path):
                    raise IsADirectoryError(errno.EISDIR, "the name ends as a folder's does; give a file name")
                if given.exists() and not given.is_file():  # stat follows links: a device or a FIFO
                    outs.append(stack.enter_context(open(given, mode, **text)))
                    continue
                try:
                    target = given.resolve() if given.is_symlink() else given
                except RuntimeError as err:  # a loop of symbolic links
                    raise OSError(str(err)) from None
                # the temporary name is the target's with a dot and 13 characters more (and
                # ".previous" for a backup): a name near the file system's limit gets a short one
                prefix = f".{target.name}." if len(os.fsencode(target.name)) <= 200 else ".aligner-output."
                fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=prefix, suffix=".tmp")
                staged.append((str(path), target, tmp))
                outs.append(stack.enter_context(os.fdopen(fd, mode, **text)))
            yield outs
            stack.close()
            pending = _TRANSACTION.get()
            if pending is None:
                _commit(staged)
            else:
                pending.extend(staged)
        except OSError as err:
            stack.close()
            _discard(staged)
            where = " and ".join(str(p) for p in paths)
            raise OutputError(f"{where}: cannot write: {err.strerror or err}") from None
        except BaseException:
            stack.close()
            _discard(staged)
            raise


# The files staged by atomic_outputs inside output_transaction (None outside one).
_TRANSACTION: ContextVar[list[tuple[str, Path, str]] | None] = ContextVar("aligner_outputs", default=None)


@contextmanager
def output_transaction(*, last: bool = False) -> Iterator[None]:
    """Outputs that belong to one run (``-o``, ``--unpaired``, ``--review``): every file
    written with :func:`atomic_outputs` inside the block is renamed into place only when
    the whole block succeeds, all together, so a run that fails on its last output
    leaves none of them changed.

    ``last``: the command line's run ends here. From the renaming on, Ctrl-C, SIGTERM and
    SIGHUP are ignored (``cli.main`` restores the handlers): a late signal would cut the renames
    in half, or report a run whose outputs are in place as "no output written"."""
    staged: list[tuple[str, Path, str]] = []
    token = _TRANSACTION.set(staged)
    try:
        yield
    except BaseException:
        _discard(staged)
        raise
    finally:
        _TRANSACTION.reset(token)
    if last and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        if hasattr(signal, "SIGHUP"):
            signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        _commit(staged)
    except OSError as err:
        _discard(staged)
        where = " and ".join(given for given, _, _ in staged)
        raise OutputError(f"{where}: cannot write: {err.strerror or err}") from None


def _discard(staged: list[tuple[str, Path, str]]) -> None:
    for _, _, tmp in staged:
        Path(tmp).unlink(missing_ok=True)


def _commit(staged: list[tuple[str, Path, str]]) -> None:
    """Rename every temporary file over its target; undo the renames done if one fails."""
    done: list[tuple[Path, str | None]] = []  # (target, the backup of its previous content)
    backups: list[str] = []
    try:
        for _, target, tmp in staged:
            os.chmod(tmp, _mode_for(target))
            backup = None
            if len(staged) > 1 and target.exists():
                backup = f"{tmp}.previous"
                backups.append(backup)
                try:
                    os.link(target, backup)
                except OSError:  # a file system without hard links
                    shutil.copy2(target, backup)
            os.replace(tmp, target)
            done.append((target, backup))
    except OSError:
        for target, backup in reversed(done):
            if backup:
                os.replace(backup, target)
            else:
                target.unlink(missing_ok=True)
        raise
    finally:
        for backup in backups:
            Path(backup).unlink(missing_ok=True)
