"""Reading text files: encoding detection, binary and empty-file checks, line ends."""

from __future__ import annotations

import codecs
import logging
import os
import re
import sys
from pathlib import Path

from ..errors import InputError

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (DOCX/XLSX/ODT?)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (DOC/XLS)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
)
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data`` read from file ``name``; return (text with ``\\n`` line ends, encoding).

    Order: an explicit ``encoding``; a byte-order mark; strict UTF-8 (a mostly-UTF-8 file
    with broken bytes is an error naming the first one); CP949 (a superset of EUC-KR)
    when the result is Korean; charset-normalizer's best guess (cp1252 and the like).
    """
    if not data.strip():
        raise InputError(f"{name}: the file is empty; give a file with text in it")
    if encoding:
        text, used = _decode_as(data, name, encoding), encoding
    else:
        text, used = _detect(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(_CONTROL.findall(text)) > max(8, len(text) // 20):
        raise InputError(f"{name}: looks like a binary file (many control characters), not text")
    if not text.strip():
        raise InputError(f"{name}: the file has no text, only white space")
    return text, used


def _decode_as(data: bytes, name: str, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except LookupError:
        raise InputError(f"{name}: unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as err:
        raise InputError(
            f"{name}: not valid {encoding}: byte 0x{data[err.start]:02x} at offset {err.start}"
        ) from None


def _detect(data: bytes, name: str) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, name, codec), codec.replace("-sig", " with BOM")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: this is {what}, not a text file; export it as plain text first")
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        utf8_error = err
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    good = sum(1 for c in lenient if ord(c) > 127) - bad
    if good > 10 * bad:  # UTF-8 with a few broken bytes, not a legacy encoding
        offset = utf8_error.start
        raise InputError(
            f"{name}: invalid UTF-8: byte 0x{data[offset]:02x} at offset {offset} "
            f"({bad} bad byte sequence{'s' if bad > 1 else ''}); fix the file or pass --encoding"
        )
    try:
        text = data.decode("cp949")
        non_ascii = sum(1 for c in text if ord(c) > 127)
        if non_ascii and len(_HANGUL.findall(text)) >= 0.8 * non_ascii:
            return text, "cp949"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    guess = from_bytes(data).best()
    if guess is not None and guess.encoding not in ("utf_8", "ascii"):
        log.info("%s: charset-normalizer guessed %s", name, guess.encoding)
        return str(guess), guess.encoding
    offset = utf8_error.start
    raise InputError(
        f"{name}: cannot decode: byte 0x{data[offset]:02x} at offset {offset} is not UTF-8 "
        "and no other encoding fits; pass --encoding"
    )


def read_text(path: str | os.PathLike, encoding: str | None = None) -> tuple[str, str]:
    """Read and decode a file ('-' is standard input); every failure becomes an
    :class:`InputError` naming the file."""
    if str(path) == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>", encoding)
    return decode(read_bytes(path), str(path), encoding)


def read_bytes(path: str | os.PathLike) -> bytes:
    """A file's bytes, or an :class:`InputError` saying why not."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory, not a file")
    try:
        return p.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror}") from None
