"""Checks of what a caller hands the library's entry points (``align``, ``mine``, ...).

A wrong type or value is a ``TypeError`` or ``ValueError`` that names the argument, raised
before any work, not an ``AttributeError`` deep inside the segmenter or the DP.
"""

from __future__ import annotations

import math
import numbers
import os
from collections.abc import Iterable, Mapping


def text(value: object, name: str) -> str:
    """``value``, which must be a ``str`` of valid Unicode (no lone surrogate: such text,
    from ``errors="surrogateescape"`` decoding, cannot be written or embedded)."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as err:
        raise ValueError(f"{name} holds a lone surrogate (U+{ord(value[err.start]):04X}) at character {err.start}: "
                         "not text; decode the file with its real encoding") from None
    return value


def texts(value: object, name: str) -> list[tuple[str, str]]:
    """(name, text) of each text of ``value``: a mapping of names to texts, or any other
    collection of texts (named by position). A single string is refused: it is not a list
    of texts."""
    if isinstance(value, Mapping):
        named = [(str(k), v) for k, v in value.items()]
        if len({k for k, _ in named}) < len(named):
            raise ValueError(f"{name}: two keys have the same name as strings")
    else:
        named = [(str(i), v) for i, v in enumerate(_collection(value, name, "a list or a mapping of texts"))]
    return [(k, text(v, f"{name}[{k!r}]")) for k, v in named]


def _collection(value: object, name: str, what: str) -> list:
    """``value`` as a list: any iterable but a string or bytes (a single text or path,
    whose characters are no collection of them)."""
    if isinstance(value, (str, bytes, bytearray)) or not isinstance(value, Iterable):
        single = "a single " if isinstance(value, (str, bytes, bytearray)) else ""
        raise TypeError(f"{name} must be {what}, not {single}{type(value).__name__}")
    return list(value)


def path(value: object, name: str, *, dash: bool = True) -> str | os.PathLike:
    """``value``, which must be a file name (``dash``: or '-', standard input or output):
    None would name a file "None", and pathlib's own error names no argument."""
    if not isinstance(value, (str, os.PathLike)):
        what = "a file name or '-'" if dash else "a file name"
        raise TypeError(f"{name} must be {what}, not {type(value).__name__}")
    return value


def paths(value: object, name: str) -> list[str]:
    """The paths of ``value`` (a sequence of ``str`` or path-like objects), each once."""
    if isinstance(value, os.PathLike):
        raise TypeError(f"{name} must be a list of paths, not a single {type(value).__name__}")
    out = []
    for p in _collection(value, name, "a list of paths"):
        if not isinstance(p, (str, os.PathLike)):
            raise TypeError(f"{name} must hold paths, not {type(p).__name__}")
        out.append(os.fspath(p))
    seen: dict[str, str] = {}
    for p in out:  # by the file it names: "ko.txt" and "./ko.txt" are one
        key = os.path.realpath(p)
        if key in seen:
            same = "" if seen[key] == p else f" (as {seen[key]})"
            raise ValueError(f"{name} names {p} more than once{same}")
        seen[key] = p
    return out


def probability(value: object, name: str) -> float:
    """``value``, which must be a real number from 0 to 1."""
    number = _number(value, name)
    if not 0 <= number <= 1:  # NaN fails too
        raise ValueError(f"{name} must be a number from 0 to 1, not {value!r}")
    return number


def _number(value: object, name: str) -> float:
    """``value`` as a float: any real number (numpy's too), not a bool."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name} must be a number, not {type(value).__name__}")
    try:
        return float(value)
    except OverflowError:
        raise ValueError(f"{name} is too large: {value!r}") from None


def whole(value: object, name: str, minimum: int = 0) -> int:
    """``value``, which must be a whole number (numpy's too, not a bool) of at least
    ``minimum``."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be a whole number, not {type(value).__name__}")
    if value < minimum:
        raise ValueError(f"{name} must be {minimum} or more, not {value!r}")
    return int(value)


def flag(value: object, name: str) -> bool:
    """``value``, which must be True or False (a string such as "no" is true in Python:
    taken as given, it would do the opposite of what was meant)."""
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {type(value).__name__}")
    return value


def instance(value: object, kind: type, name: str, *, optional: bool = True) -> object:
    """``value``, which must be a ``kind`` (or None when ``optional``)."""
    if (value is None and optional) or isinstance(value, kind):
        return value
    raise TypeError(f"{name} must be {'None or ' if optional else ''}{kind.__name__}, not {type(value).__name__}")


def items(value: object, kind: type, name: str) -> list:
    """``value`` as a list, every item of which must be a ``kind``."""
    out = _collection(value, name, f"a list of {kind.__name__}")
    bad = next((x for x in out if not isinstance(x, kind)), None)
    if bad is not None:
        raise TypeError(f"{name} must hold {kind.__name__} records, not {type(bad).__name__}")
    return out


def finite(value: object, name: str) -> float:
    """``value``, which must be a finite real number."""
    number = _number(value, name)
    if not math.isfinite(number):
        raise ValueError(f"{name} must be a finite number, not {value!r}")
    return number


def cues(value: object, name: str) -> list | None:
    """Subtitle cues (``records.Cue``): character spans ``0 <= start <= end`` shown from
    ``t0`` to ``t1`` seconds, finite (None: no cues)."""
    from .records import Cue

    if value is None:
        return None
    out = items(value, Cue, name)
    for n, cue in enumerate(out):
        offsets = (cue.start, cue.end)
        if not (all(isinstance(x, numbers.Integral) and not isinstance(x, bool) for x in offsets)
                and 0 <= cue.start <= cue.end):
            raise ValueError(f"{name}[{n}]: start and end must be character offsets, 0 <= start <= end")
        for field in ("t0", "t1"):  # a year of seconds and more: no subtitle; 1e308 overflowed in the sync
            if abs(finite(getattr(cue, field), f"{name}[{n}].{field}")) > MAX_CUE_SECONDS:
                raise ValueError(f"{name}[{n}].{field} must be within {MAX_CUE_SECONDS:,} seconds of 0")
    return [Cue(int(c.start), int(c.end), float(c.t0), float(c.t1)) for c in out]


def spans(value: object, name: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)``, ``0 <= start <= end``, in order without overlap
    (a reader's headings); None or empty: none."""
    out: list[tuple[int, int]] = []
    for n, span in enumerate(_collection(value or (), name, "a list of (start, end) pairs")):
        if not (isinstance(span, (tuple, list)) and len(span) == 2
                and all(isinstance(x, numbers.Integral) and not isinstance(x, bool) for x in span)):
            raise TypeError(f"{name}[{n}] must be a (start, end) pair of character offsets, not {span!r}")
        start, end = int(span[0]), int(span[1])
        if not 0 <= start <= end or (out and start < out[-1][1]):
            raise ValueError(f"{name}[{n}]: spans must be 0 <= start <= end, in order, none overlapping")
        out.append((start, end))
    return out


MAX_CUE_SECONDS = 10_000_000  # about 116 days
