"""Reading subtitles (.srt, .vtt with webvtt-py; .sbv, .smi, .ass; .ttml/.dfxp), and the times
of segments.

Each cue becomes one line of the extracted text (its lines joined by a space; cue tags
such as ``<i>``, ``<v Speaker>``, ``<font>`` and SubRip's ``{\\an8}`` removed; character
references decoded) and one :class:`~aligner.records.Cue`: the line's
character span and the cue's start and end times. A cue of two speakers, each line of
it opened by a dash (``- Where are you going?`` / ``- Home.``) or both on one line
(``- Where are you going? - Home.``), becomes a line for each speaker, the dashes
removed, and its Cue spans them all. The aligner uses them as evidence when both sides
have times (:func:`segment_times`, ``Params.time_weight``).

Roll-up captions (YouTube's automatic ones), whose every cue repeats the line shown
before it, keep each line once, in the cue that first shows it (:func:`_carried`).

A malformed file is an error naming what is wrong, never a file read with cues
silently skipped: WebVTT is parsed strictly, and every SubRip line that holds ``-->``
must hold two readable times. A WebVTT cue's settings (position, alignment) only place it
on screen: they are not read, so a setting the parser does not know ("align:middle", the
pre-2016 spelling old exports still write; the standard says to ignore such settings)
never fails a file.
"""

from __future__ import annotations

import bisect
import html
import io
import re
import warnings
from collections.abc import Sequence
from html.parser import HTMLParser

import numpy as np

from ..arguments import MAX_CUE_SECONDS
from ..errors import InputError
from ..records import Cue, Segment
from ..segmenting import language_of
from .readers import Document, local_name, one_line, parse_xml
from .text import composed, decode

_SPACE = re.compile(r"\s+")
_ASS_TAG = re.compile(r"\{\\[^}]*\}")
_BR_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
# An angle bracket that opens no subtitle tag (SubRip's i, b, u, s, font; WebVTT's c, v, i, b,
# u, ruby, rt, lang and timestamps)
_NOT_A_TAG = re.compile(r"<(?!/?(?:i|b|u|s|c|v|font|ruby|rt|lang|span)(?=[\s.>/])|\d{1,2}:\d{2}|/?[A-Za-z]+>)")
_RUBY_TEXT = re.compile(r"<(rt|rp)>[^<\n]*</\1>", re.IGNORECASE)  # within a line: never across cues
_VOICE = r"<v(?:\.[\w.-]+)?(?:[ \t][^>\n]*)?>"
_VOICE_AT_LINE_START = re.compile(rf"(?m)^[ \t]*{_VOICE}[ \t]*(?:[-\u2010\u2013\u2014][ \t]*)?")  # its dash too
_VOICE_IN_LINE = re.compile(rf"(?m)(?<=\S)[ \t]*{_VOICE}[ \t]*(?:[-\u2010\u2013\u2014][ \t]*)?")
_SRT_TIME = r"\d+:[0-5]?\d:[0-5]?\d[,.]\d+"  # minutes and seconds below 60
_SRT_TIMINGS = re.compile(rf"^\s*{_SRT_TIME}\s*-->\s*{_SRT_TIME}")
# A WebVTT timing line's cue settings: everything after the end time
_VTT_SETTINGS = re.compile(r"(?m)^(\s*(?:\d+:)?\d+:\d+\.\d+[ \t]+-->[ \t]+(?:\d+:)?\d+:\d+\.\d+)[ \t].*$")
# A line that starts like a time line is one, though malformed ("00:00:04,000 -> …", a file
# cut off in "00:00:04,0"): read as text, its cue was lost in the cue before.
_SRT_TIME_START = re.compile(r"\s*\d+:\d\d:\d\d(?:[,.]\d*)?\s*(?:$|[-=–—>])")
# A speaker's dash opening a cue line: a hyphen or dash, then a space or a letter ("- Where",
# "-Where", "– 어디"); not a minus ("-5°C", "-$5", "-.5") nor a second dash ("--").
_SPEAKER_DASH = re.compile(r"[-\u2010\u2013\u2014](?:\s+|(?=[^\W\d_]))")
# The next speaker's dash on the same line ("- Where are you going? - Home."): a speaker's
# dash after a sentence end (and a closing quote or bracket) and a space. Looked for only on
# a line opened by a speaker's dash: elsewhere a dash after a sentence may be the writer's.
_NEXT_SPEAKER = re.compile(r"(?:(?<=[.?!…])|(?<=[.?!…][\"'”’」』)\]]))\s+" + _SPEAKER_DASH.pattern)
# ... or, on a line whose dash is glued to its first word ("-어서 오세요 -담배 한 갑이요", as
# Korean subtitles write two speakers without full stops), a dash glued to a word after a space
_NEXT_GLUED_SPEAKER = re.compile(_NEXT_SPEAKER.pattern + r"|\s+[-\u2010\u2013\u2014](?=[^\W\d_])")


def read_srt(data: bytes, name: str, encoding: str | None = None) -> Document:
    """A SubRip file: one line per cue, with its times."""
    text, used = decode(data, name, encoding)
    in_cue = False  # after a cue's time line, before the blank line that ends it: its text
    for number, line in enumerate(text.split("\n"), 1):
        # a line of a cue's text may show a clock ("23:59:59", "12:00:00 - 회의 시작"); one
        # that holds "-->" is a time line wherever it stands
        if ("-->" in line or not in_cue and _SRT_TIME_START.match(line)) and not _SRT_TIMINGS.match(line):
            raise InputError(f"{name}: line {number}: cannot read the cue times {line.strip()[:60]!r}")
        in_cue = bool(line.strip()) and (in_cue or _SRT_TIMINGS.match(line) is not None)
    lines = text.rstrip().split("\n")
    if len(lines) > 2 and _CUE_NUMBER.fullmatch(lines[-1]) and not lines[-2].strip():
        # a cue's number and nothing after it: read as text of the cue before
        raise InputError(f"{name}: line {len(lines)}: the file ends in cue number {lines[-1].strip()!r} "
                         "without its times (cut off?)")
    return _read(_renumbered(text), name, used, "srt")


def read_sbv(data: bytes, name: str, encoding: str | None = None) -> Document:
    """A SubViewer file (.sbv, a caption download of YouTube): cues of a time line
    (``0:00:01.000,0:00:03.000``) and text, a blank line between; one line per cue, with
    its times. webvtt-py skips a cue whose time line it cannot read, so each is checked."""
    text, used = decode(data, name, encoding)
    first = True  # the next non-blank line opens a cue
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            first = True
            continue
        if first and not _SBV_TIMINGS.match(line):
            raise InputError(f"{name}: line {number}: cannot read the cue times {line.strip()[:60]!r}")
        first = False
    return _read(text, name, used, "sbv")


_SBV_TIME = r"\d+:[0-5]?\d:[0-5]?\d\.\d+"
_SBV_TIMINGS = re.compile(rf"^\s*{_SBV_TIME}\s*,\s*{_SBV_TIME}\s*$")
_CUE_NUMBER = re.compile(r"\s*\d+[.)]?\s*")


def _renumbered(text: str) -> str:
    """SubRip text as webvtt-py reads it: a cue is its time line and the lines up to the
    next time line, less the number line before that one. SubRip files in the wild leave a
    cue's number out or write it "2.": webvtt-py dropped the first kind of cue without a
    word and read the second into the cue before, number and times as text. Each cue is
    numbered afresh; text before the first time line other than a number is left for
    webvtt-py to refuse (not a SubRip file)."""
    lines = text.split("\n")
    cues: list[tuple[str, list[str]]] = []
    head: list[str] = []
    for line in lines:
        body = cues[-1][1] if cues else head
        if _SRT_TIMINGS.match(line):
            # this cue's number: the line right before its time line (a cue before it whose
            # text is a number, "2024", then a blank line, keeps its text)
            if body and _CUE_NUMBER.fullmatch(body[-1]):
                body.pop()
            cues.append((line, []))
        else:
            body.append(line)
    if not cues or any(line.strip() for line in head):
        return text
    return "\n\n".join(f"{k}\n{timing}\n" + "\n".join(line for line in body if line.strip())
                         for k, (timing, body) in enumerate(cues, 1)) + "\n"


def read_vtt(data: bytes, name: str, encoding: str | None = None) -> Document:
    """A WebVTT file: one line per cue, with its times."""
    text, used = decode(data, name, encoding)
    return _read(text, name, used, "vtt")


def _read(text: str, name: str, encoding: str, fmt: str) -> Document:
    try:
        import webvtt
        from webvtt.errors import MalformedCaptionError, MalformedFileError
        from webvtt.models import Timestamp
    except ImportError:  # a default dependency, but a broken install should still say what is missing
        from .readers import missing_extra

        raise missing_extra("webvtt-py", f"reading .{fmt} files") from None
    what = {"srt": "a SubRip (.srt) file: it should start with a cue number and a time line",
            "vtt": "a WebVTT file: it should start with the line WEBVTT",
            "sbv": "a SubViewer (.sbv) file: each cue should start with a line such as 0:00:01.000,0:00:03.000"}[fmt]
    # a <br> tag is a line break ("텍스트<br>줄바꿈" read as one word) and ruby text an
    # annotation of the text before it ("<ruby>고마워<rt>고마워</rt></ruby>" read twice)
    text = _RUBY_TEXT.sub("", _BR_TAG.sub(" ", text))
    # webvtt-py drops everything in angle brackets as a tag: a sign or caption written so
    # ("<간판: 24시 편의점>") vanished with its cue; it is escaped (and unescaped below)
    text = _NOT_A_TAG.sub("&lt;", text)
    if fmt == "vtt":
        text = _VTT_SETTINGS.sub(r"\1", text)
        # a voice tag opens a speaker's words, as a speaker's dash does ("<v 준호>3월부터 출근해" /
        # "<v 민지>어디로 가는데": without full stops one sentence once its lines were joined)
        text = _VOICE_AT_LINE_START.sub("- ", _VOICE_IN_LINE.sub("\n- ", text))
    try:
        captions = webvtt.from_buffer(io.StringIO(text), format=fmt, strict=fmt == "vtt").captions
    except MalformedFileError:
        raise InputError(f"{name}: not {what}") from None
    except (MalformedCaptionError, ValueError) as err:
        raise InputError(f"{name}: a malformed cue: {err}") from None
    timed = []
    for number, caption in enumerate(captions, 1):
        t0 = Timestamp.from_string(caption.start).in_milliseconds() / 1000
        t1 = Timestamp.from_string(caption.end).in_milliseconds() / 1000
        text = html.unescape(caption.text)  # SubRip files carry them too: "Tom &amp; Jerry"
        if t1 < t0 and _lines(text):  # times are evidence: a cue that ends before it starts is an error, not a guess
            raise InputError(f"{name}: cue {number} ({_lines(text)[0][:40]!r}) ends at {caption.end}, "
                             f"before it starts at {caption.start}")
        timed.append((text, t0, t1))
    return timed_document(timed, name, encoding, fmt)


def read_smi(data: bytes, name: str, encoding: str | None = None) -> Document:
    """A SAMI file (.smi, .sami: the classic Korean subtitle format, often both languages
    in one file, a ``<P Class=KRCC>`` and a ``<P Class=ENCC>`` in each ``<SYNC>``, or each in
    SYNCs of its own): each paragraph of a SYNC is a cue, from its Start to the next later
    Start of a SYNC of its class or of one that clears the screen (the last, which no SYNC
    ends, for two seconds and a fifteenth of a second a character: the pace of reading). pysubs2 reads SAMI too, but joins a SYNC's paragraphs and guesses every end
    from the length of the text; the format's few tags need only the standard library's
    HTML parser."""
    text, used = decode(data, name, encoding)
    parser = _SamiParser()
    parser.feed(text)
    parser.close()
    if not parser.syncs:
        raise InputError(f"{name}: not a SAMI (.smi) file: it has no <SYNC Start=...> tag")
    bad = next((value for start, value, _ in parser.syncs if start is None), None)
    if bad is not None:
        raise InputError(f"{name}: a malformed cue: <SYNC Start={bad}> is no time in milliseconds")
    # A paragraph ends at the next SYNC of its class or the next that clears the screen
    # (&nbsp; only), whichever comes first: in a file that times each language apart (a
    # KRCC SYNC, an ENCC one 0.2 s later, each cleared by its own &nbsp;), a Korean cue
    # ended at the English one's start and lasted 0.2 s (a screen audit: a pair slipped)
    starts: dict[str, set[int]] = {}
    for start, _, paragraphs in parser.syncs:
        for cls, _ in paragraphs:
            starts.setdefault(cls, set()).add(start)
    own = {cls: sorted(times) for cls, times in starts.items()}
    clears = sorted({start for start, _, paragraphs in parser.syncs if not any(text.strip() for _, text in paragraphs)})
    timed = []
    for start, _, paragraphs in parser.syncs:
        for cls, paragraph in paragraphs:
            ends = [times[k] for times in (own[cls], clears) if (k := bisect.bisect_right(times, start)) < len(times)]
            end = min(ends) if ends else start + 2000 + 67 * len(paragraph)
            timed.append((paragraph, start / 1000, end / 1000))
    return timed_document(timed, name, used, "smi")


def read_ass(data: bytes, name: str, encoding: str | None = None) -> Document:
    """An Advanced SubStation Alpha file (.ass, .ssa: fan subtitles, often a style for
    each language): each Dialogue event a cue, read with pysubs2 (override tags removed,
    ``\\N`` a line break); comments and drawings are no text."""
    text, used = decode(data, name, encoding)
    try:
        import pysubs2
    except ImportError:  # a default dependency, but a broken install should still say what is missing
        from .readers import missing_extra

        raise missing_extra("pysubs2", "reading .ass files") from None
    if not re.search(r"^\s*\[events\]", text, re.IGNORECASE | re.MULTILINE):
        raise InputError(f"{name}: not an ASS/SSA subtitle file: it has no [Events] section")
    text = _in_standard_order(text, name)
    try:
        with warnings.catch_warnings():  # a style field it cannot read (a font size, a colour): not text
            warnings.simplefilter("ignore")
            events = pysubs2.SSAFile.from_string(text, format_="ass").events
    except Exception as err:  # pysubs2 raises its own errors and ValueError for a bad line
        raise InputError(f"{name}: a malformed ASS/SSA file: {err}") from None
    for number, event in enumerate(events, 1):
        if event.end < event.start and not (event.is_comment or event.is_drawing) and event.plaintext.strip():
            raise InputError(f"{name}: event {number} ({event.plaintext.strip()[:40]!r}) ends before it starts")
    return timed_document([(event.plaintext, event.start / 1000, event.end / 1000) for event in events
                      if not (event.is_comment or event.is_drawing)], name, used, "ass")


# The fields of an ASS event, in the order pysubs2 reads them whatever the file's Format
# line says (an SSA file's "Marked" stands where "Layer" does), and their values where a
# Format line leaves one out
_ASS_EVENT_FIELDS = ("layer", "start", "end", "style", "name", "marginl", "marginr", "marginv", "effect", "text")
_ASS_DEFAULTS = {"layer": "0", "style": "Default", "marginl": "0", "marginr": "0", "marginv": "0"}
_ASS_SECTION = re.compile(r"\s*\[([^\]]*)\]\s*$")
_ASS_EVENT = re.compile(r"(\s*(?:dialogue|comment)\s*:)(.*)", re.IGNORECASE | re.DOTALL)
_ASS_FORMAT = re.compile(r"\s*format\s*:(.*)", re.IGNORECASE | re.DOTALL)


def _in_standard_order(text: str, name: str) -> str:
    """``text`` with each event of the [Events] section written in the standard field order,
    as its section's Format line orders and names them (a file that lists fewer fields,
    "Format: Layer, Start, End, Style, Text", had its text read from the wrong field: empty,
    or cut after its fifth comma)."""
    lines = text.split("\n")
    fields: list[str] | None = None
    in_events = False
    for i, line in enumerate(lines):
        if section := _ASS_SECTION.match(line):
            in_events, fields = section.group(1).strip().lower() == "events", None
        elif in_events and (found := _ASS_FORMAT.match(line)):
            fields = [f.strip().lower().replace("marked", "layer") for f in found.group(1).split(",")]
            if fields[-1] != "text" or not {"start", "end"} <= set(fields):
                raise InputError(f"{name}: the [Events] Format line must name Start and End and end with Text, "
                                 f"not {found.group(1).strip()[:80]!r}")
        elif in_events and fields and tuple(fields) != _ASS_EVENT_FIELDS and (event := _ASS_EVENT.match(line)):
            values = dict(zip(fields, event.group(2).lstrip().split(",", len(fields) - 1)))
            lines[i] = event.group(1) + " " + ",".join(values.get(f, _ASS_DEFAULTS.get(f, "")) for f in _ASS_EVENT_FIELDS)
    return "\n".join(lines)


# TTML (W3C Timed Text, and DFXP, its earlier name: what Netflix and broadcasters deliver)
_TTML_NAMESPACES = ("{http://www.w3.org/ns/ttml}", "{http://www.w3.org/2006/10/ttaf1}",
                    "{http://www.w3.org/2006/04/ttaf1}", "tt")
_CLOCK = re.compile(r"^(\d+):(\d\d):(\d\d)(?:(\.\d+)|:(\d+(?:\.\d+)?))?$")
_OFFSET = re.compile(r"^(\d+(?:\.\d+)?)(h|ms|m|s|f|t)$")


def read_ttml(data: bytes, name: str, encoding: str | None = None) -> Document:
    """A TTML or DFXP file (.ttml, .dfxp): each timed paragraph (``<p>``) a cue, ``<br/>``
    a line break, its spans' text read; times as clock times (``00:01:02.500``, with frames
    ``00:01:02:12``) or offsets (``62.5s``, ``1500ms``, ``75f``, ``625000000t``) at the
    document's frame and tick rates, each relative to its parent's begin, as TTML says;
    a paragraph without times of its own takes its parent's. ``encoding`` is not used:
    the XML declares its own. A DOCTYPE is refused (TTML has none; its entities would be
    lost)."""
    from lxml import etree

    try:
        root = parse_xml(data)
    except (etree.XMLSyntaxError, ValueError) as err:
        raise InputError(f"{name}: cannot read the TTML file: {one_line(err)}") from None
    # asked of the parser, which found it in any encoding and after any comment (a search
    # of the first 64 KiB's ASCII bytes let a UTF-16 file's, or a later one, through)
    if root is not None and root.getroottree().docinfo.doctype:
        raise InputError(f"{name}: the TTML file declares a DOCTYPE, which TTML never has")
    if root is None or local_name(root) != "tt" or not str(root.tag).startswith(_TTML_NAMESPACES):
        raise InputError(f"{name}: not a TTML file: its root element is not <tt>")
    used = root.getroottree().docinfo.encoding or "utf-8"
    body = next((el for el in root if local_name(el) == "body"), None)
    if body is None or not any(el.get(t) for el in body.iter() for t in ("begin", "end", "dur")):
        # untimed text (a transcript): its paragraphs, no times to be evidence
        lines = [_cue_text(_paragraph_text(p)) for p in (body.iter() if body is not None else ())
                 if local_name(p) == "p"]
        lines = [line for line in lines if line]
        if not lines:
            raise InputError(f"{name}: the subtitle file has no cue with text")
        return Document("\n".join(lines) + "\n", "ttml", name, metadata={"encoding": used})
    timed: list[tuple[str, float, float]] = []
    _timed(body, 0.0, None, _rates(root), name, timed)
    return timed_document(timed, name, used, "ttml")


def _rates(root) -> tuple[float, float]:
    """The document's frame rate (with its multiplier) and tick rate (TTML's parameters,
    in any of its namespaces' versions)."""
    params = {key.rpartition("}")[2]: value for key, value in root.attrib.items() if "#parameter}" in key}

    def number(value: str | None, default: float) -> float:
        try:
            found = float(value) if value else default
        except ValueError:
            return default
        return found if 0 < found < float("inf") else default

    frames = number(params.get("frameRate"), 30.0)
    multiplier = (params.get("frameRateMultiplier") or "").split()
    if len(multiplier) == 2:
        frames *= number(multiplier[0], 1.0) / number(multiplier[1], 1.0)
    ticks = number(params.get("tickRate"), frames if params.get("frameRate") else 1.0)
    return frames, ticks


def _time(value: str, rates: tuple[float, float], name: str) -> float:
    """A TTML time expression in seconds."""
    value = value.strip()
    clock = _CLOCK.match(value)
    if clock:
        hours, minutes, seconds, fraction, frames = clock.groups()
        return (int(hours) * 3600 + int(minutes) * 60 + int(seconds) + float(fraction or 0)
                + float(frames or 0) / rates[0])
    offset = _OFFSET.match(value)
    if offset:
        amount, unit = float(offset.group(1)), offset.group(2)
        return amount * {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001, "f": 1 / rates[0], "t": 1 / rates[1]}[unit]
    raise InputError(f"{name}: a malformed cue: {value[:40]!r} is no TTML time")


def _timed(el, parent_begin: float, parent_end: float | None, rates, name: str,
           out: list[tuple[str, float, float]]) -> None:
    """The paragraphs under ``el`` with their absolute (text, begin, end)."""
    for child in el:
        kind = local_name(child)
        if kind not in ("div", "p"):
            continue
        begin = parent_begin + (_time(child.get("begin"), rates, name) if child.get("begin") else 0.0)
        end = parent_end
        if child.get("end"):
            end = parent_begin + _time(child.get("end"), rates, name)
        elif child.get("dur"):
            end = begin + _time(child.get("dur"), rates, name)
        if kind == "div":
            _timed(child, begin, end, rates, name, out)
            continue
        text = _paragraph_text(child)
        if not text.strip():
            continue
        if end is None:  # active to the end of the document: as long as it takes to read, as in SAMI
            end = begin + 2.0 + len(text) / 15
        if end < begin:
            raise InputError(f"{name}: a cue ({_SPACE.sub(' ', text).strip()[:40]!r}) ends before it starts")
        out.append((text, begin, end))


def _paragraph_text(p) -> str:
    """A paragraph's text: its spans', ``<br/>`` a line break, the source's line breaks spaces."""
    parts = [(p.text or "").replace("\n", " ")]
    for child in p:
        kind = local_name(child)
        if kind == "br":
            parts.append("\n")
        elif kind == "span":
            parts.append(_paragraph_text(child))
        parts.append((child.tail or "").replace("\n", " "))
    return "".join(parts)


_NOT_CUE_TEXT = frozenset(("rt", "rp", "style", "script"))  # (a ruby's base is read, its reading not)
_NBSP = re.compile(r"&nbsp;?", re.IGNORECASE)


class _SamiParser(HTMLParser):
    """The SYNCs of a SAMI file: (Start in milliseconds or None, the Start as written,
    the texts of its paragraphs, ``<br>`` a line break, the source's own line breaks
    spaces). Text outside a SYNC (the head, its style sheet) is no cue."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.syncs: list[tuple[int | None, str, list[list[str]]]] = []  # start, as written, [class, text]s
        self._body = True
        self._skipped: list[str] = []  # open elements whose text is no cue's: ruby's reading, a style

    def feed(self, data: str) -> None:
        super().feed(_NBSP.sub("\xa0", data))  # "&NBSP;", a clear cue in capitals, is no text either

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("sync", "p"):  # a new cue or paragraph ends what was left open (HTML may omit </rt>)
            self._skipped.clear()
        if tag in _NOT_CUE_TEXT:
            self._skipped.append(tag)
        elif tag == "sync":
            value = dict(attrs).get("start") or ""
            start = re.match(r"\s*(\d+)\s*(?:ms)?\s*$", value)
            self.syncs.append((int(start.group(1)) if start else None, value, [["", ""]]))
            self._body = True
        elif tag == "p" and self.syncs:
            self.syncs[-1][2].append([(dict(attrs).get("class") or "").lower(), ""])
        elif tag == "br" and self.syncs:
            self.syncs[-1][2][-1][1] += "\n"

    def handle_endtag(self, tag: str) -> None:
        if tag == "ruby":  # its reading ends with it, </rt> written or not
            self._skipped = [t for t in self._skipped if t not in ("rt", "rp")]
        elif tag in self._skipped:
            del self._skipped[len(self._skipped) - 1 - self._skipped[::-1].index(tag):]
        elif tag in ("body", "sami"):
            self._body = False

    def handle_data(self, data: str) -> None:
        if self.syncs and self._body and not self._skipped:
            self.syncs[-1][2][-1][1] += data.replace("\r", " ").replace("\n", " ")


def timed_document(timed: list[tuple[str, float, float]], name: str, encoding: str, fmt: str) -> Document:
    """A subtitle file's Document from its cues' (text, start, end): each cue a line of
    the text (or a line per speaker), its Cue their span and times; roll-up captions'
    repeated lines read once."""
    lines: list[str] = []
    cues: list[Cue] = []
    offset = 0
    shown = [_lines(text) for text, _, _ in timed]
    carried = _carried(shown)
    for (_, t0, t1), cue_lines, repeated in zip(timed, shown, carried):
        # composed here too: a TTML file is parsed from its bytes, not decoded as text is
        line = composed(_cue_text("\n".join(cue_lines[repeated:])))
        if not line:
            continue
        if max(abs(t0), abs(t1)) > MAX_CUE_SECONDS:  # no subtitle runs that long (the cues' own bound)
            raise InputError(f"{name}: cue {len(cues) + 1} ({line[:40]!r}) is timed at {max(abs(t0), abs(t1)):,.0f} s, "
                             f"beyond {MAX_CUE_SECONDS:,} s (about 116 days)")
        cues.append(Cue(offset, offset + len(line), t0, t1))
        lines.append(line)
        offset += len(line) + 1
    if not lines:
        raise InputError(f"{name}: the subtitle file has no cue with text")
    return Document("\n".join(lines) + "\n", fmt, name, tuple(cues),
                    metadata={"encoding": encoding, "cues": len(cues), "repeated_lines": sum(carried)})


def _lines(text: str) -> list[str]:
    """A cue's non-blank lines, stripped."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def _carried(shown: list[list[str]]) -> list[int]:
    """For each cue (its ``_lines``), how many of its first lines repeat the last lines of
    the cue before it, in roll-up captions (YouTube's automatic ones: each cue shows the
    line before it, then adds one, and a cue of a few milliseconds shows it alone): that
    text was read already. Zero for every cue unless most cues with text (more than half)
    open so: in other files a line said twice is said twice."""
    carried, before = [], []
    for lines in shown:
        carried.append(max((k for k in range(1, min(len(lines), len(before)) + 1) if lines[:k] == before[-k:]),
                           default=0))
        before = lines or before
    with_text = sum(1 for lines in shown if lines)
    return carried if 2 * sum(1 for k in carried if k) > with_text else [0] * len(shown)


def _cue_text(text: str) -> str:
    """A cue's text as lines of the extracted text: its lines joined by a space, except
    that a line opened by a speaker's dash starts a line of its own without the dash, so
    two speakers' words ("- Where are you going?" / "- Home.") are never one sentence.
    Lines before the first dash are the first speaker's (some styles dash only the second).
    A line never starts with a hyphen mid-sentence (cue lines break at spaces), so a cue
    line opened by one is taken for a speaker's, a cue of one line too; such a line may
    hold the next speaker's words after a sentence end ("- Where are you going? - Home.",
    "-어디 가? -집에.") or, where its dashes are glued to their words, after any word
    ("-어서 오세요 -담배 한 갑이요"), while a dash within a sentence ("2010 - 2020", "He
    paused - then left.") and a line not opened by a speaker's dash are left as they are."""
    speakers: list[list[str]] = [[]]
    for line in _ASS_TAG.sub("", text).split("\n"):
        line = line.strip()
        dash = _SPEAKER_DASH.match(line)
        if dash:
            turns = _NEXT_SPEAKER if len(dash.group()) > 1 else _NEXT_GLUED_SPEAKER  # "- …" or "-…"
            speakers.extend([turn] for turn in turns.split(line[dash.end():]))
        else:
            speakers[-1].append(line)
    joined = (_joined_lines(lines) for lines in speakers)
    return "\n".join(line for line in joined if line)


def _joined_lines(lines: list[str]) -> str:
    """One speaker's cue lines joined by a space, but by a line break between lines of the
    two languages: a dual subtitle's cue holds a Korean line and its English line ("지은아" /
    "Jieun."), which are two texts, not one sentence."""
    out, before = "", None
    for line in (_SPACE.sub(" ", line).strip() for line in lines):
        if not line:
            continue
        lang = language_of(line)
        out += ("\n" if lang and before and lang != before else " ") + line if out else line
        before = lang or before
    return out


def segment_times(segments: Sequence[Segment], cues: Sequence[Cue]) -> list[tuple[float, float] | None]:
    """Each segment's time interval, from the cues its characters fall in. Within a cue,
    time is shared by characters over the part of the cue these segments cover: in a
    monolingual file that is the whole cue; in a bilingual cue ("안녕. Hello.") each
    language's segments get the cue's whole time. A segment that spans cues runs from the
    first one's time at its start to the last one's at its end; None where no cue covers it."""
    ordered = sorted(cues, key=lambda c: c.start)
    starts = [c.start for c in ordered]

    def covering(seg: Segment) -> range:
        first = max(bisect.bisect_right(starts, seg.start) - 1, 0)
        last = bisect.bisect_left(starts, seg.end) - 1
        return range(first, last + 1)

    spans: dict[int, tuple[int, int]] = {}  # cue -> the characters of it the segments cover
    for seg in segments:
        for k in covering(seg):
            cue = ordered[k]
            if cue.start < seg.end and seg.start < cue.end:
                a, b = spans.get(k, (cue.end, cue.start))
                spans[k] = (min(a, max(seg.start, cue.start)), max(b, min(seg.end, cue.end)))

    def time_at(k: int, offset: int) -> float:
        cue, (a, b) = ordered[k], spans[k]
        share = (min(max(offset, a), b) - a) / max(b - a, 1)
        return cue.t0 + share * (cue.t1 - cue.t0)

    out: list[tuple[float, float] | None] = []
    for seg in segments:
        hit = [k for k in covering(seg) if k in spans and ordered[k].start < seg.end and seg.start < ordered[k].end]
        if not hit:
            out.append(None)
            continue
        a, b = time_at(hit[0], seg.start), time_at(hit[-1], seg.end)
        out.append((min(a, b), max(a, b)))
    return out


Interval = tuple[float, float]

_FEWEST_STARTS = 3  # distinct cue starts a side: fewer determine no rate and shift
_CLEAR_PEAK = 1.6  # the best overlap must be this many times the median one for times to count
# How far apart (seconds) two cue starts may lie and still start together: timing differs
# by a second or so between two files of one film.
_TOLERANCE = 1.0
# English-time scales tried: the same frame rate, and the usual conversions between
# 23.976, 24, 25 and 29.97 fps (a 25 fps PAL release runs 4% faster than the film).
_RATES = (1.0, 25 / 23.976, 23.976 / 25, 25 / 24, 24 / 25, 24 / 23.976, 23.976 / 24, 29.97 / 25, 25 / 29.97)


def sync_times(ko_times: Sequence[Interval | None], en_times: Sequence[Interval | None], *,
               max_shift: float = 60.0, step: float = 0.1) -> tuple[float, float] | None:
    """(scale, offset) that map the English times onto the Korean clock (``t`` becomes
    ``scale * t + offset``), or None when the two sides' times do not line up at all.

    Two releases of a film often differ by a constant offset, and by a rate when their
    frame rates differ; as subtitle synchronizers do, each usual rate is tried and the
    shift (within ``max_shift``) under which most cues of the two sides start together
    (the cross-correlation of their cue starts, each widened by a tolerance) is found.
    The tolerance is a second (the timing noise between two files of one film), but at
    most a quarter of the usual time between two cue starts of the denser file: where
    cues follow each other every second or two (dialogue, sentences cut into cues),
    starts widened by a second cover the whole timeline, every start then lies near
    some start of the other file at any shift, and the right shift no longer stands out.
    Under three distinct starts a side, a rate and a shift fit any times (two sentences of
    one cue each, their starts interpolated, gave a rate of 1.1988): the times are taken as
    they are. The best is used only if it is clearly (a fifth) better than the times as they are,
    so files in sync are left alone: (1.0, 0.0). If even the best stands out little from
    the overlap at an arbitrary shift (its peak under 1.6 times the median), the times
    are no evidence (an uncommon rate, a re-cut film): None. On the subtitle benchmark,
    files in sync, shifted or converted between frame rates peak at 2.4 to 2.9 times the
    median with 0.5 s of timing noise (1.6 to 2.0 with 1 s), a 1% stretch at 1.3 to 1.6.
    """
    ko = [t for t in ko_times if t is not None]
    en = [t for t in en_times if t is not None]
    if not ko or not en:
        return None
    if min(len({a for a, _ in ko}), len({a for a, _ in en})) < _FEWEST_STARTS:
        return 1.0, 0.0
    tolerance = min(_TOLERANCE, _spacing(ko) / 4, _spacing(en) / 4)
    as_is = None
    best = (0.0, 1.0, 0.0, 0.0)  # (overlap, scale, offset, median overlap)
    for rate in _RATES:
        found = _best_shift([a for a, _ in ko], [rate * a for a, _ in en], max_shift, step, tolerance)
        if found is None:
            return None
        value, shift, unshifted, median = found
        if rate == 1.0:
            as_is = unshifted
        if value > best[0]:
            best = (value, rate, shift, median)
    value, rate, shift, median = best
    if value < _CLEAR_PEAK * median:
        return None
    if as_is is None or value <= 1.2 * max(as_is, 1e-9):
        return 1.0, 0.0
    return rate, shift


def _spacing(times: list[Interval]) -> float:
    """The median time between consecutive cue starts (infinite for one cue)."""
    gaps = np.diff(np.sort([a for a, _ in times]))
    return float(np.median(gaps)) if len(gaps) else float("inf")


def _best_shift(ko_starts: list[float], en_starts: list[float], max_shift: float,
                step: float, tolerance: float = 1.0) -> tuple[float, float, float, float] | None:
    """(overlap at the best shift, that shift in seconds, overlap unshifted, median overlap
    over all shifts tried) of two trains of cue starts, each start widened by
    ``tolerance`` seconds either way; None for an absurdly long timeline."""
    start = min(min(ko_starts), min(en_starts)) - max_shift
    end = max(max(ko_starts), max(en_starts)) + max_shift
    size = int((end - start) / step) + 2
    if size > 2_000_000:  # over two days of subtitles at 0.1 s: not a film
        return None
    signals = np.zeros((2, size))
    width = int(round(tolerance / step))
    for row, starts in ((0, ko_starts), (1, en_starts)):
        for a in starts:
            at = int((a - start) / step)
            signals[row, at - width:at + width + 1] = 1.0
    n = 1 << (2 * size - 1).bit_length()
    corr = np.fft.irfft(np.fft.rfft(signals[0], n) * np.conj(np.fft.rfft(signals[1], n)), n)
    lags = np.arange(-int(max_shift / step), int(max_shift / step) + 1)
    values = corr[lags % n]  # corr[k]: the overlap when the English starts move k steps earlier
    best = int(np.argmax(values))
    return float(values[best]), float(lags[best] * step), float(corr[0]), float(np.median(values))
