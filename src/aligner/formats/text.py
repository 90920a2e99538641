"""Reading text files: a size limit, encoding detection, binary and empty-file checks,
line ends.

A legacy decoding is kept only when it reads as Korean or English: CP949 must give
common Hangul syllables in the proportions of real Korean text (Shift-JIS Japanese or
GB2312 Chinese decoded as CP949 gives rare or scattered syllables), and an encoding
guessed by charset-normalizer must give mostly Latin or Hangul letters. Otherwise the
error names the encodings tried and asks for ``--encoding``.
"""

from __future__ import annotations

import codecs
import functools
import logging
import os
import re
import stat
import sys
import unicodedata
from pathlib import Path

from .. import arguments
from ..errors import InputError

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
MAGIC = (  # known binary kinds by their first bytes (none a plain text's start), and the format option that reads one
    (b"%PDF", "a PDF document", "pdf"),
    (b"PK\x03\x04", "a ZIP archive (DOCX/XLSX/ODT?)", "docx"),
    (b"\x89PNG", "a PNG image", None),
    (b"\xff\xd8\xff", "a JPEG image", None),
    (b"GIF87a", "a GIF image", None),
    (b"GIF89a", "a GIF image", None),
    (b"\xd0\xcf\x11\xe0", "an old Office document (DOC/XLS/PPT)", None),
    (b"\x1f\x8b", "a gzip archive", None),
    (b"\x7fELF", "an executable", None),
    (b"MZ\x90\x00", "a Windows executable", None),  # the DOS stub of PE files: "MZ" alone begins text too
    (b"Rar!\x1a\x07", "a RAR archive", None),
    (b"7z\xbc\xaf", "a 7-Zip archive", None),
)
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HANJA = re.compile(r"[\u4e00-\u9fff\uf900-\ufaff]")
# Control characters that only a binary file holds many of (not the vertical tab and the
# form feed, which Word and PowerPoint write for soft returns and page breaks)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")  # no character: no UTF-8 output can hold one
# NFC maps each CJK compatibility ideograph to its unified twin: Korean text keeps these
# (KS X 1001's duplicate Hanja readings), so composition leaves them alone.
_NOT_COMPATIBILITY_IDEOGRAPH = re.compile(r"[^\uf900-\ufaff\U0002f800-\U0002fa1f]+")
# Soft hyphen, zero-width space, word joiner, zero-width no-break space (a BOM inside the
# text): each invisible where no line breaks at it. Not the zero-width joiners, which
# shape emoji and some scripts.
_INVISIBLE = re.compile("[\xad\u200b\u2060\ufeff]")

# The input limit (also ALIGNER_MAX_INPUT_MB, which --max-input-mb sets): its size, checked
# while reading, so /dev/zero or an endless pipe stops at the limit; and, since memory
# grows with the number of sentences (about 25 KB per sentence of the longer side, most of
# it the DP), SEGMENTS_PER_MB segments per side for each megabyte of the limit: natural
# text has 6,000-15,000 per MB (news; short conversational sentences), a file of tiny lines
# up to 500,000.
# At the defaults any input runs in under 2 GB (benchmarks/README.md, "Memory").
DEFAULT_MAX_INPUT_MB = 4.0
MAX_INPUT_MB_CAP = 1_000_000.0  # a terabyte: the largest limit that can be asked for
SEGMENTS_PER_MB = 10_000

# The 256 most frequent Hangul syllables of ../shared/data/ko-en/korean-english-park.dev.ko,
# most frequent first. They make up 87-92% of the syllables of Korean text (park, nk and
# jhe corpora, the seeds); GB2312 Chinese decoded as CP949 gives about 12%.
_FREQUENT_SYLLABLES = frozenset(
    "이다에는고의을지가은한하로했사서인라를기대시스국리도자들있해일부수전으정아보장나그상주어것제명과러위말관회"
    "오게원미비동할며안성무신만발바간적여소중와유치공당통문트경구마조니크선밝계화내행용영체생연되개었단드터모르혔"
    "현진않포방번후려된타세표거역우반면결난년요담재차테올달레북남교베프민력분피폭운카브던야까파예됐최본호람약매실"
    "없외강알법속금격받키업았노월항산배살음될때합군물버건불입출데찰습작총른애승변직각히더식두임망설태림탄코핵령루"
    "권케등집린추퍼심확감언급독학디픽양날함질참투협클청란돌저열박록풍종였근판필징졌슬객"
)


def decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data`` read from file ``name``; return (text with ``\\n`` line ends, encoding).

    Order: an explicit ``encoding``; a byte-order mark; UTF-16/32 without one (NUL bytes
    in the pattern of ASCII text); strict UTF-8 (a mostly-UTF-8 file with broken bytes
    is an error naming the first one); CP949 (a superset of EUC-KR) when the result
    reads as Korean; cp1252 when the result reads as English; charset-normalizer's best
    guess when the result reads as Korean or English.
    """
    if not data.strip():
        raise InputError(f"{name}: the file is empty; give a file with text in it")
    if encoding:
        text, used = _decode_as_given(data, name, encoding)
    else:
        text, used = _detect(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    surrogate = LONE_SURROGATE.search(text)
    if surrogate:  # UTF-7 or a UTF-16 codec can decode one; no output could hold it
        raise InputError(f"{name}: decodes ({used}) to a lone surrogate U+{ord(surrogate.group()):04X} "
                         f"at character {surrogate.start()}, which is no character; fix the file or pass --encoding")
    text = composed(text)
    if len(_CONTROL.findall(text)) > max(8, len(text) // 20):
        raise InputError(f"{name}: looks like a binary file (many control characters), not text")
    if not text.strip():  # (a BOM alone, or invisible marks only: the same message as blank bytes)
        raise InputError(f"{name}: the file is empty; give a file with text in it")
    return text, used


def composed(text: str) -> str:
    """``text`` in Unicode's composed form (NFC), as most software writes it: Hangul typed
    or saved on macOS often comes decomposed into jamo (NFD), which splits, measures and
    matches differently (a syllable three characters long). CJK compatibility ideographs
    stay as they are (see ``_NOT_COMPATIBILITY_IDEOGRAPH``). Without the invisible marks
    that only allow or forbid a line break (``_INVISIBLE``): in a segment they are unseen
    differences that keep a translation memory from matching ("고객\xad센터")."""
    text = _INVISIBLE.sub("", text)
    if unicodedata.is_normalized("NFC", text):
        return text
    return _NOT_COMPATIBILITY_IDEOGRAPH.sub(lambda m: unicodedata.normalize("NFC", m.group()), text)


def _decode_as_given(data: bytes, name: str, encoding: str) -> tuple[str, str]:
    """``data`` in the ``encoding`` a user gave; "euc-kr" (and its other names) read as
    CP949 where EUC-KR does not fit, as browsers read it: files called EUC-KR are mostly
    CP949, which adds the syllables EUC-KR lacks (똠, 펲)."""
    try:
        is_euc_kr = codecs.lookup(encoding).name == "euc_kr"
    except LookupError:
        is_euc_kr = False
    if is_euc_kr:
        try:
            return data.decode("euc_kr"), encoding
        except UnicodeDecodeError:
            return _decode_as(data, name, "cp949"), f"cp949 (for {encoding})"
    return _decode_as(data, name, encoding), encoding


def _decode_as(data: bytes, name: str, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except LookupError:
        raise InputError(f"{name}: unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as err:
        raise InputError(
            f"{name}: not valid {encoding}: byte 0x{data[err.start]:02x} at offset {err.start}"
        ) from None
    except UnicodeError as err:  # a codec that decodes nothing ("undefined")
        raise InputError(f"{name}: cannot be read as {encoding!r}: {err}") from None


def _detect(data: bytes, name: str) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, name, codec), codec.replace("-sig", " with BOM")
    for magic, what, fmt in MAGIC:
        if data.startswith(magic):
            from .readers import (  # (readers imports this module)
                READERS,
                REFUSED,
                describe,
                read_document,
                sniff,
            )

            kind = sniff(data)  # a package or an Office file of a kind a reader takes: name it
            if kind in REFUSED:  # a binary format no reader takes: its reader says what to save it as
                read_document(name, fmt=kind, data=data)
            if kind in READERS:
                raise InputError(f"{name}: this is {describe(kind)}, not a text file; give it a name ending in "
                                 f".{kind}, or pass --input-format {kind}")
            hint = f"; if it is a .{fmt} file, give --input-format {fmt} (or a name ending in .{fmt})" if fmt else ""
            raise InputError(f"{name}: this is {what}, not a text file; export it as plain text first{hint}")
    if b"\x00" in data:
        return _without_bom(data, name)
    if b"\x1b$)C" in data[:1024]:  # ISO-2022-KR's designator, which opens its text (RFC 1557)
        try:
            text = data.decode("iso2022_kr")
        except UnicodeDecodeError:
            pass
        else:
            if korean_doubt(text) is None:
                return text, "iso2022_kr"
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
    offset = utf8_error.start
    tried = [f"utf-8 (byte 0x{data[offset]:02x} at offset {offset} does not fit)"]
    try:
        # EUC-KR spells a syllable it lacks as eight bytes, the Hangul filler (A4 D4) and
        # three jamo: Python's euc-kr codec reads them as the syllable (똠), cp949 as jamo
        legacy = "euc-kr" if b"\xa4\xd4" in data and _decodes(data, "euc_kr") else "cp949"
        text = data.decode(legacy)
    except UnicodeDecodeError as err:
        tried.append(f"cp949 (byte 0x{data[err.start]:02x} at offset {err.start} does not fit)")
    else:
        doubt = korean_doubt(text)
        if doubt is None or _symbols_only(text):
            return text, legacy
        tried.append(f"cp949 ({doubt})")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    else:
        if _reads_as_english(text):
            return text, "cp1252"
    from charset_normalizer import from_bytes

    guess = from_bytes(data).best()
    if guess is not None and guess.encoding not in ("utf_8", "ascii", "cp949", "euc_kr"):
        text = str(guess)
        doubt = _latin_or_hangul_doubt(text)
        if doubt is None:
            log.info("%s: charset-normalizer guessed %s", name, guess.encoding)
            return text, guess.encoding
        tried.append(f"{guess.encoding} ({doubt})")
    raise InputError(
        f"{name}: cannot tell the encoding: tried {', '.join(tried)}; "
        "if the file is Korean or English text, pass its encoding with --encoding"
    )


def _without_bom(data: bytes, name: str) -> tuple[str, str]:
    """UTF-16 or UTF-32 text without a byte-order mark (its ASCII characters give NUL
    bytes in a regular pattern), or UTF-8 with a few NUL bytes, or an error calling the
    file binary."""
    candidates = [c for c, unit in (("utf-16-le", 2), ("utf-16-be", 2), ("utf-32-le", 4), ("utf-32-be", 4))
                  if len(data) % unit == 0]
    for codec in sorted(candidates, key=lambda c: -_nul_pattern(data, c)):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _latin_or_hangul_doubt(text) is None and len(_CONTROL.findall(text)) <= max(8, len(text) // 20):
            return text, f"{codec} without BOM"
    try:  # UTF-8 with a few NUL bytes (a padded export); many are refused later
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    raise InputError(
        f"{name}: looks like a binary file (NUL bytes), not text; if it is UTF-16 text without "
        "a byte-order mark, pass --encoding utf-16-le (or utf-16-be)"
    )


def _nul_pattern(data: bytes, codec: str) -> int:
    """How many NUL bytes sit where ASCII text in ``codec`` puts them."""
    unit = 4 if "32" in codec else 2
    sample = data[: 1 << 16]
    positions = range(unit - 1, unit) if codec.endswith("be") else range(1, unit)
    return sum(sample[k::unit].count(0) for k in positions)


@functools.lru_cache(maxsize=1)
def _ks_x_1001_syllables() -> frozenset[str]:
    """The 2,350 Hangul syllables of KS X 1001 (EUC-KR), which real Korean text uses
    almost exclusively; the other 8,822 of CP949 are rare."""
    # Python's euc-kr codec spells the others as 8-byte jamo sequences; KS X 1001's are 2 bytes.
    return frozenset(c for c in map(chr, range(0xAC00, 0xD7A4)) if len(c.encode("euc-kr")) == 2)


def korean_doubt(text: str) -> str | None:
    """None when ``text`` (a legacy decoding) reads as Korean, else why it does not:
    its non-ASCII characters must be mostly Hangul syllables, those common ones (KS X
    1001), and, given 20 or more, in Korean's proportions (the most frequent syllables
    make up most of them)."""
    non_ascii = sum(1 for c in text if ord(c) > 127)
    syllables = _HANGUL.findall(text)
    # Hanja (國漢文) do not count against Korean when there are syllables enough for the
    # proportions test below to judge them (GB2312 Chinese decodes to Hanja and Hangul).
    hanja = len(_HANJA.findall(text)) if len(syllables) >= 20 else 0
    if not non_ascii or len(syllables) < 0.8 * (non_ascii - hanja):
        return "few Hangul syllables"
    common = _ks_x_1001_syllables()
    if sum(1 for c in syllables if c in common) < 0.95 * len(syllables):
        return "rare Hangul syllables: looks like another encoding, e.g. Japanese"
    if len(syllables) >= 20 and sum(1 for c in syllables if c in _FREQUENT_SYLLABLES) < 0.5 * len(syllables):
        return "Hangul syllables in proportions unlike Korean: looks like another encoding, e.g. Chinese"
    return None


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _symbols_only(text: str) -> bool:
    """Whether the non-ASCII characters of ``text`` (a CP949 decoding) are all punctuation,
    symbols (’ “ ” ⓒ …) or common Hangul syllables: English saved as "ANSI" on Korean
    Windows, whose cp1252 reading is "Seoul¡¯s", with a Korean word here and there (a
    subtitle file's font, "굴림"). Other bytes decoded as CP949 give rare Hangul or Hanja:
    its two-byte symbols and KS X 1001's syllables need two bytes of 0xA1-0xFE in a row,
    which cp1252 text seldom has ("Seoul’s" in cp1252 reads as a rare syllable)."""
    common = _ks_x_1001_syllables()
    return all(c in common or not unicodedata.category(c).startswith(("L", "M")) for c in text if not c.isascii())


_WORD = re.compile(r"[^\W\d_]+")


def _reads_as_english(text: str) -> bool:
    """English in a legacy single-byte encoding: mostly ASCII letters, a few accented ones
    (names: Señor, Søren) under a tenth. cp1252 is the legacy encoding of English (and what
    browsers read latin-1 as); charset-normalizer, left to guess, read a line with "Søren"
    as cp1250 ("Sřren"). Text in another script decoded as cp1252 (Russian cp1251) gives
    mostly accented letters and is left to the guess. A short text may hold more than a
    tenth ("The café was naïve. Señor Müller signed."): there the accented letters are a
    few in words of ASCII letters, while another script's words come out all accented."""
    letters = [c for c in text if c.isalpha()]
    ascii_letters = sum(1 for c in letters if c.isascii())
    if not letters or ascii_letters < 0.6 * len(letters):
        return False
    if len(letters) - ascii_letters < 0.1 * len(letters):
        return True
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    return all(2 * sum(1 for c in w if not c.isascii()) < len(w) for w in words)


def _latin_or_hangul_doubt(text: str) -> str | None:
    """None when the letters of ``text`` are mostly Latin or Korean, else what they are."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "no letters"
    latin = sum(1 for c in letters if c < "\u0250")
    hangul = len(_HANGUL.findall(text))
    if latin + hangul >= 0.8 * len(letters):
        return korean_doubt(text) if hangul > latin else None
    return f"{_script(letters)} text, neither Korean nor English"


def _script(letters: list[str]) -> str:
    """The name of the script most of ``letters`` belong to, for an error message."""

    counts: dict[str, int] = {}
    for c in letters[:5000]:
        word = unicodedata.name(c, "OTHER ?").split()[0]
        counts[word] = counts.get(word, 0) + 1
    script = max(counts, key=counts.get)
    names = {"CJK": "Chinese or Japanese", "HIRAGANA": "Japanese", "KATAKANA": "Japanese"}
    return names.get(script, script.capitalize())


def max_input_mb() -> float:
    """The input limit in megabytes: ``ALIGNER_MAX_INPUT_MB`` (which ``--max-input-mb``
    sets, so build-tm's workers see it too) when it is a number from above 0 to
    :data:`MAX_INPUT_MB_CAP`, else :data:`DEFAULT_MAX_INPUT_MB`."""
    value = os.environ.get("ALIGNER_MAX_INPUT_MB")
    try:
        mb = float(value) if value else DEFAULT_MAX_INPUT_MB
    except ValueError:
        mb = DEFAULT_MAX_INPUT_MB
    return mb if 0 < mb <= MAX_INPUT_MB_CAP else DEFAULT_MAX_INPUT_MB


def thread_limit() -> int | None:
    """``ALIGNER_THREADS`` (1 in build-tm's workers) when it is a whole number above 0, the
    threads BLAS and kiwipiepy may use, at most the machine's cores (more only slow it
    down: 3,000 started 3,000 threads on two cores); else None: all cores, as unset."""
    value = os.environ.get("ALIGNER_THREADS", "")
    if not (value.isascii() and value.isdigit() and int(value)):
        return None
    return min(int(value), os.cpu_count() or 1)


def max_input_bytes() -> int:
    """The largest input file, in bytes (see :func:`max_input_mb`)."""
    return int(max_input_mb() * 1_000_000)


def max_segments() -> int:
    """The most segments of one side (one language) of an input (see :func:`max_input_mb`)."""
    return max(1, int(SEGMENTS_PER_MB * max_input_mb()))


def read_text(path: str | os.PathLike, encoding: str | None = None, *,
              max_bytes: int | None = None) -> tuple[str, str]:
    """Read and decode a file ('-' is standard input); every failure becomes an
    :class:`InputError` naming the file."""
    return decode(read_bytes(path, max_bytes=max_bytes), "<stdin>" if str(path) == "-" else str(path), encoding)


def printable_name(name: str) -> str:
    """A file name as text every output can hold: bytes that are not UTF-8 (kept by Python
    as lone surrogates, which no UTF-8 output can hold) become U+FFFD. For names that only
    label an input (a build's document ids, a review page's inputs)."""
    try:
        data = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate no file system decoding makes (a caller's string)
        data = name.encode("utf-8", "surrogatepass")
    return data.decode("utf-8", "replace")


def names_folder(path: str | os.PathLike) -> bool:
    """Whether ``path`` is spelled as a folder (``out/``, ``out/.``, ``..``): ``Path``
    drops such an ending, so ``x.txt/`` would otherwise name the file ``x.txt``."""
    return os.path.basename(os.fspath(path)) in ("", ".", "..") or (
        os.altsep is not None and os.fspath(path).endswith(os.altsep))


def read_bytes(path: str | os.PathLike, *, max_bytes: int | None = None, regular: bool = False) -> bytes:
    """A file's bytes ('-': standard input's), or an :class:`InputError` saying why not.
    More than ``max_bytes`` (default: :func:`max_input_bytes`) is an error, found while
    reading, so a device or a pipe that never ends (``/dev/zero``) stops at the limit.
    ``regular``: a pipe, socket or device is an error too, not waited on (a build's
    manifest names files; ``align <(cat a.txt)`` reads a pipe)."""
    arguments.path(path, "path")
    if str(path) == "-":
        if sys.stdin is None:  # started with standard input closed (`<&-`)
            raise InputError("<stdin>: standard input is closed; give a file, or pipe the text in")
        return _read_limited(sys.stdin.buffer, "<stdin>", max_bytes)
    if not str(path).strip():  # Path("") is the current folder
        raise InputError(f"{str(path)!r}: an empty file name; give a file")
    p = Path(path)
    try:
        if not p.exists():
            if p.is_symlink():
                raise InputError(f"{path}: a symbolic link to a file that does not exist (or a loop of links)")
            raise InputError(f"{path}: no such file")
        if p.is_dir():
            raise InputError(f"{path}: is a directory, not a file")
        if names_folder(path):
            raise InputError(f"{path}: the name ends as a folder's does, but {p} is a file; give it without the ending")
        if regular and not stat.S_ISREG(p.stat().st_mode):
            raise InputError(f"{path}: not a regular file (a pipe, a socket or a device); give a file")
        with open(p, "rb") as fh:
            return _read_limited(fh, str(path), max_bytes)
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror}") from None


def _size(limit: int) -> str:
    """A limit in bytes as said: megabytes, or bytes under one (``1e-300`` MB is "0 bytes", not "0 MB")."""
    return f"{limit / 1_000_000:g} MB" if limit >= 1_000_000 else f"{limit:,} bytes"


def _read_limited(fh, name: str, max_bytes: int | None) -> bytes:
    limit = max_input_bytes() if max_bytes is None else max_bytes
    chunks, size = [], 0
    while size <= limit:
        chunk = fh.read(min(1 << 20, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > limit:
        raise InputError(
            f"{name}: larger than the input limit of {_size(limit)}; "
            "raise it with --max-input-mb or ALIGNER_MAX_INPUT_MB (memory use grows with the input, see the README)"
        )
    return b"".join(chunks)
