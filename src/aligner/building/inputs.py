"""The documents of a build: manifests, paired folders, and each document's input bytes."""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import os
import stat
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .. import arguments
from ..errors import InputError, UsageError
from ..formats.text import LONE_SURROGATE, printable_name, read_bytes, read_text
from ..wording import plural

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DocumentSpec:
    """One document of a build: a Korean and an English file, or one bilingual file."""

    id: str
    ko: str | None = None
    en: str | None = None
    bilingual: str | None = None

    def __post_init__(self) -> None:
        arguments.text(self.id, "a document's id")  # a str, and one that can be written (no lone surrogate)
        for role in ("ko", "en", "bilingual"):
            path = getattr(self, role)
            if path is not None and not isinstance(path, (str, os.PathLike)):
                raise TypeError(f"document {self.id}: {role} must be a path, not {type(path).__name__}")
        if bool(self.bilingual) == bool(self.ko or self.en) or (not self.bilingual and not (self.ko and self.en)):
            raise ValueError(f"document {self.id}: give a Korean and an English file, or one bilingual file")

    @property
    def paths(self) -> list[str]:
        return [p for p in (self.bilingual, self.ko, self.en) if p]

    @property
    def roles(self) -> list[tuple[str, str]]:
        """(role, path) for each file: ``bilingual``, or ``ko`` and ``en``."""
        return [(role, path) for role in ("bilingual", "ko", "en") if (path := getattr(self, role))]


def read_manifest(path: str | os.PathLike) -> list[DocumentSpec]:
    """Documents listed in a JSONL or TSV manifest; relative paths are relative to its
    folder, or to the current folder for a manifest that is no file in one (a pipe,
    ``/dev/stdin``, ``<(…)``)."""
    manifest = Path(arguments.path(path, "path", dash=False))
    text, _ = read_text(manifest)
    base = manifest.parent if _in_a_folder(manifest) else Path()
    suffix = manifest.suffix.lower()
    if suffix in (".tsv", ".txt") or (suffix not in (".jsonl", ".json", ".ndjson")
                                      and not text.lstrip("\ufeff \t\r\n").startswith("{")):
        # (a manifest named otherwise, /dev/stdin, is JSONL if it opens on an object)
        # literal columns: a quotation mark is part of a file name, not CSV quoting
        rows = list(csv.DictReader(_lines(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    else:
        rows = []
        for number, line in enumerate(_lines(text), 1):
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
        doc_id = str(row["id"]) if row.get("id") not in (None, "") else Path(bilingual or ko).stem  # id 0 is an id
        specs.append(DocumentSpec(doc_id, ko, en, bilingual))
    return unique_ids(specs, str(manifest))


def _in_a_folder(path: Path) -> bool:
    """Whether ``path`` is a regular file outside /dev and /proc (where /dev/stdin, /dev/fd/N
    and /proc/self/fd/N stand for a stream; its name's folder holds no documents)."""
    try:
        regular = stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return True
    return regular and path.absolute().parts[1:2] not in (("dev",), ("proc",))


def _lines(text: str) -> list[str]:
    """A manifest's lines: split at line ends only, not at the U+2028, U+2029 or U+0085 a
    JSON string or a file name may hold (``str.splitlines`` splits there too)."""
    return [line.removesuffix("\r") for line in text.split("\n")]


def pair_folders(ko_dir: str | os.PathLike, en_dir: str | os.PathLike) -> tuple[list[DocumentSpec], list[str]]:
    """Documents from two folder trees whose files pair by their path relative to the
    folder (``ko/2019/a.txt`` with ``en/2019/a.txt``); also the files left alone. Ids
    are :func:`document_ids` (the path itself is kept). A symbolic link to nothing is a
    document that fails with its reason, not a file silently left out."""
    ko_files, en_files = list_folder(ko_dir), list_folder(en_dir)
    paired = ko_files.keys() & en_files.keys()
    names = sorted(paired)
    specs = [DocumentSpec(doc_id, str(ko_files[name]), str(en_files[name]))
             for name, doc_id in zip(names, document_ids(names))]
    alone = [str(path) for files in (ko_files, en_files) for name, path in files.items() if name not in paired]
    return unique_ids(specs, str(ko_dir)), sorted(alone)


def list_folder(folder: str | os.PathLike) -> dict[str, Path]:
    """The files of a folder and of its subfolders, by their path relative to it (POSIX
    separators), so that two trees pair file by file. Not documents, yet not dropped in
    silence (each kind is logged in one line, naming the first few): hidden entries
    (``.DS_Store``, ``.git``), symbolic links to folders, and devices or pipes. Linked
    folders are not followed: simpler than guarding against a link to a parent folder,
    which would loop, and a tree reads the same wherever it is linked from. A symbolic
    link to nothing is a document (it fails with its reason)."""
    root = Path(folder)
    files: dict[str, Path] = {}
    skipped: dict[tuple[str, str], list[str]] = {}
    pending = [root]
    while pending:
        current = pending.pop()
        try:
            for entry in sorted(current.iterdir()):
                # composed (NFC): macOS writes Hangul names decomposed, so a tree copied from
                # it pairs with one written elsewhere (the same name to the eye); two entries
                # of one folder that differ only so keep their own names
                name = entry.relative_to(root).as_posix()
                name = composed if (composed := unicodedata.normalize("NFC", name)) not in files else name
                if entry.name.startswith("."):
                    kind = ("hidden entry", "hidden entries")
                elif entry.is_dir() and entry.is_symlink():
                    kind = ("link to a folder (not followed)", "links to folders (not followed)")
                elif entry.is_dir():
                    pending.append(entry)
                    continue
                elif entry.is_file() or (entry.is_symlink() and not entry.exists()):
                    files[name] = entry
                    continue
                else:
                    kind = ("entry that is no file", "entries that are no files")
                skipped.setdefault(kind, []).append(name)
        except OSError as err:  # no permission to list it or to look at what it holds
            raise InputError(f"{current}: cannot read the folder: {err.strerror or err}") from None
    for (one, many), names in skipped.items():
        shown = sorted(names)[:5] + (["..."] if len(names) > 5 else [])
        log.info("%s: skipped %d %s (%s)", folder, len(names), plural(len(names), one, many),
                 ", ".join(map(printable_name, shown)))
    return files


def document_ids(names: list[str]) -> list[str]:
    """Ids for documents named by their relative paths: each path without its extension,
    or the whole path where two share it (``d.txt`` and ``d.md``), so that ids stay
    unique; bytes that are not UTF-8 shown as U+FFFD. A file at the top of the folder
    keeps the id it always had (its name's stem), so resumed builds stay resumed."""
    stems = [name.removesuffix(PurePosixPath(name).suffix) for name in names]
    counts = Counter(stems)
    return [printable_name(stem if counts[stem] == 1 else name) for name, stem in zip(names, stems)]


def check_outside_folders(folders: list[str], outputs: dict[str, str | os.PathLike | None]) -> None:
    """Refuse an output (keyed by its option) inside an input folder's tree: the next
    run would read it as a document (an unmatched file, or worse, one paired by content)."""
    roots = [Path(folder).resolve() for folder in folders]
    for option, path in outputs.items():
        if path is None:
            continue
        where = Path(path).resolve()
        for folder, root in zip(folders, roots):
            if where == root or root in where.parents:
                raise UsageError(f"{option} {path} is inside the input folder {folder}, where the next run "
                                 f"would read it as a document; write it outside {folder}")


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
            data = read_bytes(path, regular=True)
        except InputError as err:
            return DocumentInput(spec, {}, None, str(err))
        contents[path] = data
        digest.update(f"\x00{role}\x00{len(data)}\x00".encode())
        digest.update(data)
    return DocumentInput(spec, contents, digest.hexdigest())
