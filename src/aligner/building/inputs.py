"""The documents of a build: manifests, paired folders, and each document's input bytes."""

from __future__ import annotations

import csv
import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..formats.text import LONE_SURROGATE, read_bytes, read_text


@dataclass(frozen=True)
class DocumentSpec:
    """One document of a build: a Korean and an English file, or one bilingual file."""

    id: str
    ko: str | None = None
    en: str | None = None
    bilingual: str | None = None

    @property
    def paths(self) -> list[str]:
        return [p for p in (self.bilingual, self.ko, self.en) if p]

    @property
    def roles(self) -> list[tuple[str, str]]:
        """(role, path) for each file: ``bilingual``, or ``ko`` and ``en``."""
        return [(role, path) for role in ("bilingual", "ko", "en") if (path := getattr(self, role))]


def read_manifest(path: str | os.PathLike) -> list[DocumentSpec]:
    """Documents listed in a JSONL or TSV manifest; relative paths are relative to it."""
    manifest = Path(path)
    text, _ = read_text(manifest)
    base = manifest.parent
    if manifest.suffix.lower() in (".tsv", ".txt"):
        # literal columns: a quotation mark is part of a file name, not CSV quoting
        rows = list(csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
    else:
        rows = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(f"{manifest}: line {number} is not JSON ({err.msg})") from None
            except (ValueError, RecursionError):  # a number of thousands of digits, nesting too deep
                raise InputError(f"{manifest}: line {number} is not JSON this reader takes") from None
            if not isinstance(row, dict):
                raise InputError(f"{manifest}: line {number} is not a JSON object")
            rows.append(row)
    specs = []
    for number, row in enumerate(rows, 1):
        for key, kinds in (("id", (str, int)), ("ko", str), ("en", str), ("bilingual", str)):
            value = row.get(key)
            if value is not None and (not isinstance(value, kinds) or isinstance(value, bool)):
                raise InputError(f"{manifest}: entry {number}: {key!r} is not a string ({type(value).__name__})")
            if isinstance(value, str) and LONE_SURROGATE.search(value):
                raise InputError(f"{manifest}: entry {number}: {key!r} holds a lone surrogate ({value!r})")
        ko, en, bilingual = (str(base / row[key]) if row.get(key) else None for key in ("ko", "en", "bilingual"))
        if not (bilingual or (ko and en)) or (bilingual and (ko or en)):
            raise InputError(f"{manifest}: entry {number} needs either 'ko' and 'en', or 'bilingual'")
        doc_id = str(row.get("id") or Path(bilingual or ko).stem)
        specs.append(DocumentSpec(doc_id, ko, en, bilingual))
    return unique_ids(specs, str(manifest))


def pair_folders(ko_dir: str | os.PathLike, en_dir: str | os.PathLike) -> tuple[list[DocumentSpec], list[str]]:
    """Documents from two folders whose files pair by name; also the files left alone.
    A document's id is its file name without the extension (the whole name where two
    names share a stem: ``d.txt`` and ``d.md``), with any bytes that are not UTF-8 shown
    as U+FFFD (the path itself is kept). A symbolic link to nothing is a document that
    fails with its reason, not a file silently left out."""
    ko_files, en_files = (
        {p.name: p for p in sorted(Path(folder).iterdir())
         if (p.is_file() or (p.is_symlink() and not p.exists())) and not p.name.startswith(".")}
        for folder in (ko_dir, en_dir))
    names = sorted(ko_files.keys() & en_files.keys())
    stems = Counter(Path(name).stem for name in names)
    specs = [DocumentSpec(_printable(Path(name).stem if stems[Path(name).stem] == 1 else name),
                          str(ko_files[name]), str(en_files[name]))
             for name in names]
    alone = [str(p) for name, p in {**ko_files, **en_files}.items() if name not in ko_files.keys() & en_files.keys()]
    return unique_ids(specs, str(ko_dir)), sorted(alone)


def _printable(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (kept by Python as lone surrogates,
    which no UTF-8 output can hold) become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def unique_ids(specs: list[DocumentSpec], where: str) -> list[DocumentSpec]:
    seen: dict[str, int] = {}
    for spec in specs:
        seen[spec.id] = seen.get(spec.id, 0) + 1
    duplicated = sorted(i for i, n in seen.items() if n > 1)
    if duplicated:
        raise InputError(f"{where}: document ids must be unique; repeated: {', '.join(duplicated[:5])}")
    return specs


@dataclass(frozen=True)
class DocumentInput:
    """A document's files as read by the driver: their bytes, and the key of the result
    they determine (a hash of the bytes, each file's role and the build's settings).
    ``error`` says why a file could not be read (then ``contents`` is empty)."""

    spec: DocumentSpec
    contents: dict[str, bytes]
    key: str | None
    error: str | None = None

    @property
    def size(self) -> int:
        return sum(len(b) for b in self.contents.values())


def read_input(spec: DocumentSpec, settings_key: str) -> DocumentInput:
    """Read a document's files once: the bytes travel to the worker (no shared file
    system needed, and what is aligned is exactly what was hashed)."""
    digest = hashlib.blake2b(settings_key.encode("utf-8"), digest_size=16)
    contents: dict[str, bytes] = {}
    for role, path in spec.roles:
        try:
            data = read_bytes(path)
        except InputError as err:
            return DocumentInput(spec, {}, None, str(err))
        contents[path] = data
        digest.update(f"\x00{role}\x00{len(data)}\x00".encode())
        digest.update(data)
    return DocumentInput(spec, contents, digest.hexdigest())
