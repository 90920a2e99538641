"""Shards: where a build's results live between the workers and the final memory.

A worker that finishes a batch of documents writes one shard: a data file (JSONL, one
line per document: its pairs and its unpaired segments) and a key file (one record per
pair: a 128-bit hash of the pair's normalized (ko, en) text, its place, its score),
sorted by hash bucket so that the deduplication pass reads only its buckets
(:mod:`.dedupe`). Both are written to temporary names and renamed, so a shard is there
whole or not at all. The driver never holds more than one shard.

The folder carries a marker file with a random token. A worker that cannot see the
marker (a Ray node without the driver's file system) sends the shard back to the driver,
which writes it: same files, same result.

A shard is trusted only as far as it reads back exactly as it was written: a build checks
each document it would resume (:meth:`ShardReader.verify`), and a damaged one (a file cut
short or garbled, a state entry pointing elsewhere) raises :class:`DamagedShard`, so the
build aligns that document again, as it does when the shard is lost.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import secrets
import shutil
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

from ..errors import InputError, OutputError
from ..formats.writers import compared
from ..records import NO_COUNTERPART, Pair, Segment, Unpaired
from .state import DocState

MARKER = ".aligner-shards"
BUCKETS = 256
KEY_DTYPE = np.dtype([("bucket", "<u2"), ("h1", "<u8"), ("h2", "<u8"), ("slot", "<u4"), ("pair", "<u4"),
                      ("score", "<f8")])
KEY_FIELDS = ("bucket", "h1", "h2", "slot", "pair")  # and the score, compared apart (a NaN equals a NaN)


class DamagedShard(InputError):
    """A shard file that does not read back as it was written. A build realigns the
    documents it held (:func:`~aligner.building.build.build_tm`); anywhere else it is an
    input error that says so."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: a damaged build-tm shard ({reason}); rerun build-tm to align its documents again")
        self.path = path
        self.reason = reason


def segment_row(s: Segment) -> list:
    return [s.text, s.lang, s.start, s.end, s.paragraph, s.index]


def unpaired_row(u: Unpaired) -> list:
    return [*segment_row(u.segment), u.reason]


def unpaired_from_row(row: list) -> Unpaired:
    """An unpaired segment read back; a row of an older shard has no reason recorded."""
    return Unpaired(Segment(*row[:6]), row[6] if len(row) > 6 else NO_COUNTERPART)


def pair_row(p: Pair) -> list:
    return [[segment_row(s) for s in p.ko], [segment_row(s) for s in p.en], p.score]


_SEGMENT_TYPES = (str, str, int, int, int, int)


def _segment_row_ok(row: object) -> bool:
    return (isinstance(row, list) and len(row) == len(_SEGMENT_TYPES)
            and all(isinstance(value, kind) for value, kind in zip(row, _SEGMENT_TYPES)))


def _pair_row_ok(row: object) -> bool:
    """Whether ``row`` has the shape :func:`pair_row` gives (a shard read back is checked)."""
    return (isinstance(row, list) and len(row) == 3 and isinstance(row[2], (int, float))
            and all(isinstance(side, list) and all(map(_segment_row_ok, side)) for side in row[:2]))


def _unpaired_row_ok(row: object) -> bool:
    """Whether ``row`` has the shape :func:`unpaired_row` gives (an older shard's: no reason)."""
    return isinstance(row, list) and (_segment_row_ok(row) or (
        len(row) == 7 and _segment_row_ok(row[:6]) and isinstance(row[6], str)))


def pair_from_row(row: list) -> Pair:
    ko, en, score = row
    return Pair(tuple(Segment(*s) for s in ko), tuple(Segment(*s) for s in en), score)


def pair_key(row: list) -> tuple[int, int]:
    """The 128-bit hash of a pair's deduplication key: its Korean and English text as
    written, white space normalized, as :class:`~aligner.building.memory.TranslationMemory`
    compares them (:func:`~aligner.formats.writers.compared`)."""
    ko = compared(" ".join(s[0] for s in row[0])).encode("utf-8")
    en = compared(" ".join(s[0] for s in row[1])).encode("utf-8")
    digest = hashlib.blake2b(b"%d:" % len(ko) + ko + en, digest_size=16).digest()
    return int.from_bytes(digest[:8], "little"), int.from_bytes(digest[8:], "little")


def key_records(slot: int, pairs: list[list]) -> list[tuple]:
    """The key records of a document's pairs (rows of :func:`pair_row`), in pair order."""
    records = []
    for number, row in enumerate(pairs):
        h1, h2 = pair_key(row)
        records.append((h1 >> 56, h1, h2, slot, number, row[2]))
    return records


@dataclass(frozen=True)
class ShardContent:
    """One shard in memory: its two files' bytes and each document's line (slot, offset,
    length) in the data file."""

    data: bytes
    keys: bytes
    lines: list[tuple[int, int, int]]


def encode_shard(documents: list[tuple[int, dict]]) -> ShardContent:
    """A shard from (slot, record) of the documents aligned: ``record`` holds ``id``,
    ``pairs`` (rows of :func:`pair_row`) and ``unpaired`` (rows of :func:`segment_row`)."""
    data = io.BytesIO()
    lines = []
    keys = []
    for slot, record in documents:
        line = json.dumps({"id": record["id"], "pairs": record["pairs"], "unpaired": record["unpaired"]},
                          ensure_ascii=False).encode("utf-8") + b"\n"
        lines.append((slot, data.tell(), len(line)))
        data.write(line)
        keys.extend(key_records(slot, record["pairs"]))
    array = np.array(keys, dtype=KEY_DTYPE)
    array = array[np.argsort(array["bucket"], kind="stable")]
    out = io.BytesIO()
    np.save(out, array, allow_pickle=False)
    return ShardContent(data.getvalue(), out.getvalue(), lines)


@dataclass(frozen=True)
class ShardStore:
    """A folder of shards (``folder`` absolute) and the token of its marker."""

    folder: str
    token: str

    @classmethod
    def open(cls, folder: Path) -> ShardStore:
        """The shard folder of a build, made if missing. A folder that exists without
        the marker is someone else's: refused, never written into."""
        folder = folder.resolve()
        marker = folder / MARKER
        if folder.exists():
            if not marker.is_file():
                if folder.is_dir() and not any(folder.iterdir()):
                    return cls._create(folder)
                raise OutputError(f"{folder}: exists and is not a build-tm shard folder; "
                                  "move it away or pass another --state")
            return cls(str(folder), marker.read_text(encoding="utf-8").strip())
        return cls._create(folder)

    @classmethod
    def _create(cls, folder: Path) -> ShardStore:
        token = secrets.token_hex(16)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            (folder / MARKER).write_text(token + "\n", encoding="utf-8")
        except OSError as err:
            raise OutputError(f"{folder}: cannot make the shard folder: {err.strerror}") from None
        return cls(str(folder), token)

    def visible(self) -> bool:
        """Whether this process sees the folder the driver made (false on a Ray node
        without a shared file system)."""
        try:
            return (Path(self.folder) / MARKER).read_text(encoding="utf-8").strip() == self.token
        except OSError:
            return False

    def data_path(self, name: str) -> Path:
        return Path(self.folder) / f"{name}.jsonl"

    def keys_path(self, name: str) -> Path:
        return Path(self.folder) / f"{name}.keys.npy"

    def save(self, name: str, content: ShardContent) -> None:
        """Write a shard whole: each file to a temporary name, then renamed; the key file
        last, so a shard with a key file is complete."""
        for path, data in ((self.data_path(name), content.data), (self.keys_path(name), content.keys)):
            tmp = path.with_name(path.name + ".tmp")
            try:
                with open(tmp, "wb") as fh:
                    fh.write(data)
                os.replace(tmp, path)
            except OSError as err:
                tmp.unlink(missing_ok=True)
                raise OutputError(f"{path}: cannot write a shard: {err.strerror}") from None

    def has(self, name: str) -> bool:
        return self.keys_path(name).is_file() and self.data_path(name).is_file()

    def keys(self, name: str) -> np.ndarray:
        """A shard's key records, memory-mapped (an empty shard: an empty array).

        :class:`DamagedShard` unless the file is the array :func:`encode_shard` writes,
        its header's length matching the file's size (a length is never trusted before
        it is compared with the file)."""
        path = self.keys_path(name)
        try:
            with open(path, "rb") as fh:
                if np.lib.format.read_magic(fh) != (1, 0):
                    raise ValueError("another .npy format")
                shape, _, dtype = np.lib.format.read_array_header_1_0(fh)
                start, size = fh.tell(), os.fstat(fh.fileno()).st_size
        except OSError as err:
            raise DamagedShard(path, f"cannot read it: {err.strerror}") from None
        except Exception:  # numpy's header parser raises ValueError, SyntaxError, tokenize's TokenError...
            raise DamagedShard(path, "not a key file") from None
        if dtype != KEY_DTYPE or len(shape) != 1:
            raise DamagedShard(path, "not a key file")
        if start + shape[0] * KEY_DTYPE.itemsize != size:
            raise DamagedShard(path, f"{size} bytes, not the {start + shape[0] * KEY_DTYPE.itemsize} its header says")
        if not shape[0]:  # numpy cannot map an empty array
            return np.zeros(0, KEY_DTYPE)
        return np.memmap(path, KEY_DTYPE, "r", offset=start, shape=shape)

    def names(self) -> set[str]:
        """The shards in the folder."""
        return {p.name[: -len(".keys.npy")] for p in Path(self.folder).glob("*.keys.npy")}

    def collect(self, keep: set[str]) -> None:
        """Delete the shards no document refers to any more, and files left half-written."""
        folder = Path(self.folder)
        for path in folder.glob("*.tmp"):
            path.unlink(missing_ok=True)
        for name in self.names() - keep:
            self.keys_path(name).unlink(missing_ok=True)
            self.data_path(name).unlink(missing_ok=True)
        for path in folder.glob("*.jsonl"):  # a data file whose key file never came
            if path.name[: -len(".jsonl")] not in keep:
                path.unlink(missing_ok=True)

    def scratch(self, name: str) -> Path:
        """A sub-folder for one build's passing files (the deduplication's output)."""
        path = Path(self.folder) / name
        path.mkdir(exist_ok=True)
        return path

    def destroy(self) -> None:
        """Remove the folder; only what a build writes is in it (checked by the marker)."""
        if (Path(self.folder) / MARKER).is_file():
            shutil.rmtree(self.folder, ignore_errors=True)


class ShardReader:
    """Reads documents' lines from shards, keeping a few files open: the memory is
    assembled in manifest order, which is mostly shard order."""

    def __init__(self, store: ShardStore, open_files: int = 8) -> None:
        self.store = store
        self._files: OrderedDict[str, object] = OrderedDict()
        self._limit = open_files
        self._keys: tuple[str, np.ndarray] | None = None  # the last shard verified against

    def _open(self, name: str) -> BinaryIO:
        fh = self._files.get(name)
        if fh is None:
            path = self.store.data_path(name)
            try:
                fh = open(path, "rb")
            except OSError as err:
                raise DamagedShard(path, f"cannot read it: {err.strerror}") from None
            self._files[name] = fh
            if len(self._files) > self._limit:
                self._files.popitem(last=False)[1].close()
        else:
            self._files.move_to_end(name)
        return fh

    def read(self, doc: DocState) -> dict:
        """A document's record: its line in its shard's data file, whole, as the state
        places it (its byte range checked against the file's size before it is read);
        :class:`DamagedShard` when that is not one line of JSON of this document."""
        path = self.store.data_path(doc.shard)
        fh = self._open(doc.shard)
        size = os.fstat(fh.fileno()).st_size
        if doc.offset < 0 or doc.length <= 0 or doc.offset + doc.length > size:
            raise DamagedShard(path, f"document {doc.id} placed at bytes {doc.offset} to {doc.offset + doc.length} "
                                     f"of its {size}")
        fh.seek(doc.offset)
        line = fh.read(doc.length)
        try:
            record = json.loads(line) if line.endswith(b"\n") and line.count(b"\n") == 1 else None
        except (ValueError, RecursionError):  # not JSON, not UTF-8, a huge number, nesting too deep
            record = None
        if not (isinstance(record, dict) and record.get("id") == doc.id and isinstance(record.get("pairs"), list)
                and isinstance(record.get("unpaired"), list)):
            raise DamagedShard(path, f"document {doc.id}: its line is not what was written")
        return record

    def verify(self, doc: DocState) -> None:
        """Raise :class:`DamagedShard` unless a document reads back exactly as it was
        written: its line (:meth:`read`) with the counts the state holds and rows of the
        shape :func:`encode_shard` writes, and the key records of its pairs."""
        record = self.read(doc)
        rows_ok = all(map(_pair_row_ok, record["pairs"])) and all(map(_unpaired_row_ok, record["unpaired"]))
        counts = len(record["pairs"]), len(record["unpaired"])
        # a slot is at most its line's offset: each slot before it has a line before it
        if not rows_ok or counts != (doc.pairs, doc.unpaired) or not 0 <= doc.slot <= doc.offset:
            raise DamagedShard(self.store.data_path(doc.shard), f"document {doc.id}: its line is not what was written")
        keys = self._shard_keys(doc.shard)
        mine = keys[keys["slot"] == doc.slot]
        mine = mine[np.argsort(mine["pair"], kind="stable")]
        expected = np.array(key_records(doc.slot, record["pairs"]), dtype=KEY_DTYPE)
        if not (len(mine) == len(expected) and all(np.array_equal(mine[f], expected[f]) for f in KEY_FIELDS)
                and np.array_equal(mine["score"], expected["score"], equal_nan=True)):
            raise DamagedShard(self.store.keys_path(doc.shard), f"document {doc.id}: its key records do not match")

    def _shard_keys(self, name: str) -> np.ndarray:
        """A shard's key records, in bucket order as the deduplication searches them
        (the last shard's kept: documents are verified in mostly shard order)."""
        if self._keys is None or self._keys[0] != name:
            keys = self.store.keys(name)
            if np.any(keys["bucket"][1:] < keys["bucket"][:-1]):
                raise DamagedShard(self.store.keys_path(name), "its records are out of bucket order")
            self._keys = name, keys
        return self._keys[1]

    def close(self) -> None:
        for fh in self._files.values():
            fh.close()
        self._files.clear()
        self._keys = None

    def __enter__(self) -> ShardReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
