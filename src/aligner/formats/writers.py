"""Writing pairs as TSV, TMX 1.4b or JSONL; chosen by name or file extension.

Every writer takes ``(doc_id, Pair)`` rows and a text stream. Segment text is cleaned
the same way for all formats: white space runs that hold a tab or line break become
one space, and characters that XML 1.0 forbids (C0 controls, lone surrogates,
U+FFFE/U+FFFF) are removed and counted, so a TSV line is always one pair and a TMX
file always parses.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TextIO
from xml.sax.saxutils import escape, quoteattr

from .. import __version__
from ..errors import OutputError, UsageError
from ..records import Pair, Unpaired

log = logging.getLogger(__name__)

_FORBIDDEN = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
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
    if stats is not None:
        stats.removed_chars += removed
        stats.long_segments += len(text) > LONG_SEGMENT
    return text


Row = tuple[str | None, Pair]


def write_tsv(rows: Iterable[Row], out: TextIO, *, header: bool = False, **_: object) -> ExportStats:
    """Columns ko, en, score (and doc when rows carry a document id)."""
    stats = ExportStats()
    rows = iter(rows)
    first = next(rows, None)
    if header:
        out.write("ko\ten\tscore" + ("\tdoc" if first and first[0] is not None else "") + "\n")
    for doc, pair in itertools.chain([first] if first else [], rows):
        fields = [clean(pair.ko_text, stats), clean(pair.en_text, stats), f"{pair.score:.4f}"]
        if doc is not None:
            fields.append(clean(doc))
        out.write("\t".join(fields) + "\n")
        stats.pairs += 1
    return stats


def write_jsonl(rows: Iterable[Row], out: TextIO, **_: object) -> ExportStats:
    """One JSON object per pair, with segment indices and character offsets."""
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
        if doc is not None:
            obj["doc"] = doc
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        stats.pairs += 1
    return stats


def tmx_date(no_date: bool = False) -> str | None:
    """TMX creation date: SOURCE_DATE_EPOCH when set (reproducible builds), else now."""
    if no_date:
        return None
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    seconds = int(epoch) if epoch and epoch.isdigit() else time.time()
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(seconds))


def write_tmx(rows: Iterable[Row], out: TextIO, *, no_date: bool = False, signature: str | None = None,
              **_: object) -> ExportStats:
    """TMX 1.4b, valid against the DTD; the score and document id as ``<prop>``, and the
    settings that produced the file (``signature``) as a header ``<prop>``."""
    stats = ExportStats()
    date = tmx_date(no_date)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n')
    out.write(
        f'  <header creationtool="aligner" creationtoolversion="{__version__}" '
        'datatype="plaintext" segtype="sentence" adminlang="en" srclang="ko" o-tmf="aligner"'
        + (f' creationdate="{date}"' if date else "")
        + (f'>\n    <prop type="x-aligner-signature">{escape(clean(signature))}</prop>\n  </header>\n'
           if signature else "/>\n")
        + "  <body>\n"
    )
    for doc, pair in rows:
        out.write(f'    <tu>\n      <prop type="x-score">{pair.score:.4f}</prop>\n')
        if doc is not None:
            out.write(f'      <prop type="x-document">{escape(clean(doc))}</prop>\n')
        for lang, text in (("ko", pair.ko_text), ("en", pair.en_text)):
            seg = escape(clean(text, stats), {'"': "&quot;"})
            out.write(f"      <tuv xml:lang={quoteattr(lang)}><seg>{seg}</seg></tuv>\n")
        out.write("    </tu>\n")
        stats.pairs += 1
    out.write("  </body>\n</tmx>\n")
    return stats


def signature(encoder: str, presegmented: bool) -> str:
    """What produced a result, for reproducing it (sacrebleu-style)."""
    return f"aligner:{__version__}|encoder:{encoder}|presegmented:{'yes' if presegmented else 'no'}"


Writer = Callable[..., ExportStats]
FORMATS: dict[str, Writer] = {"tsv": write_tsv, "tmx": write_tmx, "jsonl": write_jsonl}


_EXTENSIONS = {"tsv": "tsv", "txt": "tsv", "tab": "tsv", "tmx": "tmx", "jsonl": "jsonl", "ndjson": "jsonl"}
_GENERIC = {"txt"}  # says nothing about the format: --format may choose any


def format_for(path: str | None, fmt: str | None = None) -> str:
    """The format named, else the one the output's extension implies; TSV for standard
    output or a name without extension. An unknown extension is an error, not a guess,
    and so is a format that contradicts the extension (``-o x.tmx --format tsv``)."""
    ext = os.path.splitext(path or "")[1].lower().lstrip(".") if path and path != "-" else ""
    implied = _EXTENSIONS.get(ext)
    if fmt:
        if implied and ext not in _GENERIC and implied != fmt:
            raise UsageError(f"{path}: --format {fmt} contradicts the extension '.{ext}' ({implied}); "
                             "change one of them")
        return fmt
    if ext and not implied:
        raise UsageError(f"{path}: cannot tell the output format from '.{ext}'; use .tmx, .tsv or .jsonl, or --format")
    return implied or "tsv"


def write_unpaired(unpaired: Iterable[Unpaired], out: TextIO, *, header: bool = False) -> int:
    """The segments left unpaired as TSV: lang, index, start, end, text, reason (the
    columns of ``--unpaired``); return how many lines were written."""
    if header:
        out.write("lang\tindex\tstart\tend\ttext\treason\n")
    count = 0
    for u in unpaired:
        out.write("\t".join([u.lang, str(u.index), str(u.start), str(u.end), clean(u.text), u.reason]) + "\n")
        count += 1
    return count


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
        except OSError as err:  # a name too long, a loop of links, ...
            raise OutputError(f"{path}: cannot write: {err.strerror or err}") from None


def _check_output_folder(path: str | os.PathLike) -> None:
    given = Path(path)
    if given.is_dir():
        raise OutputError(f"{path}: cannot write: it is a folder; give a file name")
    folder = given.resolve().parent
    if not folder.is_dir():
        raise OutputError(f"{path}: cannot write: the folder {given.parent} does not exist")
    if given.exists() and given.is_file():
        if not os.access(given, os.W_OK):
            raise OutputError(f"{path}: cannot write: the file is read-only")
    elif not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{path}: cannot write: no permission to create files in {given.parent or '.'}")


def check_paths(inputs: Iterable[str | os.PathLike], *, shared: Iterable[str | os.PathLike] = (),
                **outputs: str | os.PathLike | None) -> None:
    """Refuse, before any work, a command that would destroy data or read nothing: an
    output (``output=``, ``unpaired=``, ``state=``: named as their options) that is an
    input, by any name (a link, another spelling), two outputs that are one file,
    standard input given twice, or one of ``inputs`` given twice. ``shared`` are more
    inputs that may repeat (the files of a manifest's documents)."""
    option = {"output": "-o", "unpaired": "--unpaired", "state": "--state"}
    seen_inputs: dict[tuple[int, int] | str, str] = {}
    given = list(inputs)
    for number, path in enumerate([*given, *shared]):
        key = _identity(path)
        if key is None:
            continue
        if key in seen_inputs and (number < len(given) or key == "-"):
            what = "standard input ('-') can be read only once" if key == "-" else \
                f"{path} is given twice (as {seen_inputs[key]})" if str(path) != seen_inputs[key] else \
                f"{path} is given twice"
            raise UsageError(f"{what}; give each input once")
        seen_inputs[key] = str(path)
    seen_outputs: dict[tuple[int, int] | str, str] = {}
    for name, path in outputs.items():
        if path is None:
            continue
        flag = option.get(name, f"--{name}")
        if str(path) == "-":  # standard output, and the file the shell redirected it into
            keys = ["<stdout>", _stdout_identity()]
            where = "standard output"
        else:
            keys = [_identity(path)]
            where = str(path)
        for key in keys:
            if key is None:
                continue
            if key in seen_inputs:
                what = "standard output" if str(path) == "-" else f"{flag} {path}"
                raise UsageError(f"{what} is the input file {seen_inputs[key]}; writing there would destroy it; "
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


def _stdout_identity() -> tuple[int, int] | None:
    """Device and inode of standard output when it is a regular file."""
    import stat

    try:
        st = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


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
    except OSError as err:
        raise OutputError(f"standard output: cannot write: {err.strerror or err}") from None


@contextmanager
def atomic_output(path: str | os.PathLike) -> Iterator[IO[str]]:
    """Write to a temporary file beside ``path`` and rename it over ``path`` only if the
    block succeeds, so a failed run never leaves a half-written file. A symbolic link
    is followed; a target that is no regular file (/dev/stdout, a FIFO) is written to
    directly, since renaming over it would replace the device itself."""
    given = Path(path)
    if given.exists() and not given.is_file():  # stat follows links: a device or a FIFO
        try:
            with open(given, "w", encoding="utf-8", newline="\n") as fh:
                yield fh
        except OSError as err:
            raise OutputError(f"{path}: cannot write: {err.strerror}") from None
        return
    target = given.resolve() if given.is_symlink() else given
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as err:
        raise OutputError(f"{path}: cannot write: {err.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write: {err.strerror}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
