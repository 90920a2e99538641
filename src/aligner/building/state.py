"""The resume state of a build: which documents are done, from which input, and where
their results are.

A JSONL file: a header line with the settings, then one line per finished (or failed)
document, appended as documents finish; the last line of a document wins. A document's
line holds the key of its input (a hash of its files' bytes and the settings), its
counts, and where its result is (shard, position, byte range); the pairs themselves are
in the shards (:mod:`.shards`), so the state stays small whatever the corpus size.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from .. import __version__
from ..embed import DEFAULT_ENCODER
from ..errors import InputError, OutputError, UsageError
from ..wording import plural

STATE_VERSION = 2
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Settings:
    """What, besides a document's bytes, determines its alignment. A state made with
    other settings is refused rather than mixed."""

    encoder: str = DEFAULT_ENCODER
    device: str | None = None
    presegmented: bool = False
    encoding: str | None = None
    version: str = __version__

    def __post_init__(self) -> None:
        from .. import arguments

        # an encoder by name only: the build's workers load it, and the state records it
        arguments.text(self.encoder, "encoder (a build names its encoder)")
        arguments.flag(self.presegmented, "presegmented")
        for value, name in ((self.device, "device"), (self.encoding, "encoding")):
            if value is not None:
                arguments.text(value, name)

    def key(self) -> str:
        """The settings as one string, part of every document's key."""
        return json.dumps(asdict(self), sort_keys=True)


@dataclass(slots=True)
class DocState:
    """One document's line in the state: where its result is, or why it failed."""

    id: str
    key: str | None
    status: str  # "ok" or "failed"
    error: str | None = None
    shard: str | None = None
    slot: int = 0  # the document's position in its shard
    offset: int = 0  # its line's byte range in the shard's data file
    length: int = 0
    segments: int = 0  # Korean + English segments
    ko: int = 0
    en: int = 0
    other: int = 0  # segments in neither language (never paired)
    pairs: int = 0
    unpaired: int = 0
    seconds: float = 0.0
    warning: str | None = None  # said when it was aligned (other_language_warnings)

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def to_json(self) -> str:
        row = {f.name: getattr(self, f.name) for f in fields(self)}
        return json.dumps({k: v for k, v in row.items() if v not in (None, 0, 0.0) or k in ("id", "key")},
                          ensure_ascii=False)


_FIELDS = {f.name for f in fields(DocState)}


class BuildState:
    """The documents done so far (the latest line per id), and the file that keeps them
    (``path=None``: kept in memory only)."""

    def __init__(self, path: Path | None, settings: Settings) -> None:
        self.path = path
        self.settings = settings
        self.docs: dict[str, DocState] = {}
        self._file = None
        if path is not None:
            self._load(path)

    def _load(self, path: Path) -> None:
        if not path.exists():
            return
        if not path.is_file():
            raise InputError(f"{path}: the state file is not a regular file")
        try:
            fh = open(path, encoding="utf-8", newline="")
            first = fh.readline()
        except OSError as err:
            raise InputError(f"{path}: cannot read the state file: {err.strerror}") from None
        except UnicodeDecodeError:
            raise InputError(f"{path}: not a build-tm state file (not UTF-8 text); "
                             "give another --state") from None
        with fh:
            if not first:
                return  # empty: a build that died before its first line
            header = _header(first, path)
            if header.get("settings") != asdict(self.settings):
                raise UsageError(
                    f"{path}: this resume file was made with other settings ({header.get('settings')}); "
                    "rerun with --fresh to start over, or pass another --state"
                )
            try:
                garbled = 0
                for line in fh:
                    doc = _doc(line)
                    if doc is not None:  # None: a line cut short by a crash; that document is redone
                        self.docs[doc.id] = doc
                    elif line.endswith("\n") and line.strip():  # not the last line a crash cut short
                        garbled += 1
                if garbled:
                    log.warning("%s: %d %s of the state file %s damaged and ignored (a document no other line "
                                "holds is aligned again)", path, garbled, plural(garbled, "line"),
                                plural(garbled, "is", "are"))
            except UnicodeDecodeError:
                raise InputError(f"{path}: the state file is damaged (not UTF-8 text); "
                                 "rerun with --fresh to start over") from None

    def get(self, doc_id: str) -> DocState | None:
        return self.docs.get(doc_id)

    def open(self) -> None:
        """Start appending: write the header to a new file, or end a torn last line."""
        if self.path is None:
            return
        try:
            new = not self.path.exists() or self.path.stat().st_size == 0
            if not new:
                with open(self.path, "rb") as fh:
                    fh.seek(-1, os.SEEK_END)
                    torn = fh.read(1) != b"\n"
            self._file = open(self.path, "a", encoding="utf-8")
            if new:
                self._file.write(json.dumps({"aligner_state": STATE_VERSION, "settings": asdict(self.settings)}) + "\n")
            elif torn:
                self._file.write("\n")
            self._file.flush()
        except OSError as err:
            raise OutputError(f"{self.path}: cannot write the state file: {err.strerror}") from None

    def add(self, docs: Iterable[DocState]) -> None:
        """Record finished documents, on disk at once (a crash loses none of them)."""
        lines = []
        for doc in docs:
            self.docs[doc.id] = doc
            lines.append(doc.to_json() + "\n")
        if self._file is not None and lines:
            self._file.write("".join(lines))
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def _header(line: str, path: Path) -> dict:
    try:
        header = json.loads(line)
    except (ValueError, RecursionError):  # not JSON, a huge number, nesting too deep
        header = None
    if not isinstance(header, dict) or "aligner_state" not in header:
        raise InputError(f"{path}: not a build-tm state file (its first line is no state header); "
                         "give another --state")
    if header["aligner_state"] != STATE_VERSION:
        raise UsageError(f"{path}: a state file of another aligner version (format {header['aligner_state']}); "
                         "rerun with --fresh to start over, or pass another --state")
    return header


def _doc(line: str) -> DocState | None:
    """A document's line, or None when it is not one (cut short by a crash, or garbled):
    that document is then aligned again."""
    try:
        row = json.loads(line)
    except (ValueError, RecursionError):
        return None
    if not isinstance(row, dict) or not {"id", "status"} <= row.keys() or not row.keys() <= _FIELDS:
        return None
    if not all(isinstance(value, _TYPES[name]) for name, value in row.items()):
        return None
    return DocState(**{"key": None, **row})


# What each field of a state line may hold (json gives int, float, str or None for them).
_TYPES = {f: (str,) for f in ("id", "status")} | {f: (str, type(None)) for f in ("key", "error", "shard")} | {
    f: (int,) for f in ("slot", "offset", "length", "segments", "ko", "en", "other", "pairs", "unpaired")} | {
    "seconds": (int, float)}


def is_state_file(path: Path) -> bool:
    """Whether ``path`` starts with a state header, or is empty (so --fresh may delete it)."""
    try:
        if path.stat().st_size == 0:
            return True
        with open(path, encoding="utf-8") as fh:
            header = json.loads(fh.readline())
    except (OSError, ValueError, RecursionError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return False
    return isinstance(header, dict) and "aligner_state" in header
