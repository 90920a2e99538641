"""Reading subtitles (.srt, .vtt) with webvtt-py, and the times of segments.

Each cue becomes one line of the extracted text (its lines joined by a space; cue tags
such as ``<i>``, ``<v Speaker>``, ``<font>`` and SubRip's ``{\\an8}`` removed; WebVTT's
character references decoded) and one :class:`~aligner.records.Cue`: the line's
character span and the cue's start and end times. The aligner uses them as evidence
when both sides have times (:func:`segment_times`, ``Params.time_weight``).

A malformed file is an error naming what is wrong, never a file read with cues
silently skipped: WebVTT is parsed strictly, and every SubRip line that holds ``-->``
must hold two readable times.
"""

from __future__ import annotations

import bisect
import html
import io
import re
from collections.abc import Sequence

from ..errors import InputError
from ..records import Cue, Segment
from .readers import Document
from .text import decode

_SPACE = re.compile(r"\s+")
_ASS_TAG = re.compile(r"\{\\[^}]*\}")
_SRT_TIME = r"\d+:\d{1,2}:\d{1,2}[,.]\d+"
_SRT_TIMINGS = re.compile(rf"^\s*{_SRT_TIME}\s*-->\s*{_SRT_TIME}")


def read_srt(data: bytes, name: str, encoding: str | None = None) -> Document:
    """A SubRip file: one line per cue, with its times."""
    text, used = decode(data, name, encoding)
    for number, line in enumerate(text.split("\n"), 1):
        if "-->" in line and not _SRT_TIMINGS.match(line):
            raise InputError(f"{name}: line {number}: cannot read the cue times {line.strip()[:60]!r}")
    return _read(text, name, used, "srt")


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
            "vtt": "a WebVTT file: it should start with the line WEBVTT"}[fmt]
    try:
        captions = webvtt.from_buffer(io.StringIO(text), format=fmt, strict=fmt == "vtt").captions
    except MalformedFileError:
        raise InputError(f"{name}: not {what}") from None
    except (MalformedCaptionError, ValueError) as err:
        raise InputError(f"{name}: a malformed cue: {err}") from None
    lines: list[str] = []
    cues: list[Cue] = []
    offset = 0
    for caption in captions:
        line = caption.text
        if fmt == "vtt":
            line = html.unescape(line)
        line = _SPACE.sub(" ", _ASS_TAG.sub("", line)).strip()
        if not line:
            continue
        t0 = Timestamp.from_string(caption.start).in_milliseconds() / 1000
        t1 = Timestamp.from_string(caption.end).in_milliseconds() / 1000
        cues.append(Cue(offset, offset + len(line), t0, t1))
        lines.append(line)
        offset += len(line) + 1
    if not lines:
        raise InputError(f"{name}: the subtitle file has no cue with text")
    return Document("\n".join(lines) + "\n", fmt, name, tuple(cues),
                    metadata={"encoding": encoding, "cues": len(cues)})


def segment_times(segments: Sequence[Segment], cues: Sequence[Cue]) -> list[tuple[float, float] | None]:
    """Each segment's time interval, from the cues its characters fall in: a segment
    inside one cue gets its share of the cue's time (interpolated by characters), one
    that spans cues runs from the first cue's time at its start to the last one's at its
    end. None for a segment no cue covers."""
    ordered = sorted(cues, key=lambda c: c.start)
    starts = [c.start for c in ordered]
    out: list[tuple[float, float] | None] = []

    def time_at(cue: Cue, offset: int) -> float:
        share = (min(max(offset, cue.start), cue.end) - cue.start) / max(cue.end - cue.start, 1)
        return cue.t0 + share * (cue.t1 - cue.t0)

    for seg in segments:
        first = bisect.bisect_right(starts, seg.start) - 1
        last = bisect.bisect_left(starts, seg.end) - 1
        covering = [c for c in ordered[max(first, 0):last + 1] if c.start < seg.end and seg.start < c.end]
        if not covering:
            out.append(None)
            continue
        a, b = time_at(covering[0], seg.start), time_at(covering[-1], seg.end)
        out.append((min(a, b), max(a, b)))
    return out
