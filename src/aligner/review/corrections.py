"""``corrections.json``: the decisions made on a review page, tied to the exact inputs.

Schema (version 1; the review page writes it, ``aligner align --anchors`` reads it)::

    {
      "format": "aligner-corrections",
      "version": 1,
      "tool": "aligner 0.1.0",
      "documents": [
        {
          "id": "seed",
          "presegmented": false,
          "inputs": [{"role": "bilingual", "name": "seed.txt", "sha256": "…", "chars": 9120}],
          "links": [
            {"decision": "accept", "origin": "aligner", "score": 0.97,
             "ko": [{"index": 0, "start": 1030, "end": 1102, "text": "러시아는 …"}],
             "en": [{"index": 5, "start": 570, "end": 785, "text": "The Kremlin …"}]}
          ]
        }
      ]
    }

``role`` is ``bilingual`` (one interleaved input) or ``ko`` and ``en`` (two inputs);
``sha256`` is the hash of the input's text as read (decoded, line ends as ``\\n``), so a
file re-saved in another encoding still matches and an edited one does not. ``decision``
is ``accept`` (a pair the aligner made, confirmed), ``link`` (a pair the user made: by
merging, splitting or linking; ``origin`` says which) or ``reject`` (these sentences do
not translate each other: no Korean sentence of the link may be paired with an English
sentence of it). Each segment is named by its index among the segments of its language
(as in the JSONL output's ``ko_ids``/``en_ids``), its character offsets into the text
and its text: all three must still hold, or the file is refused as stale.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..errors import InputError
from ..formats.text import printable_name
from ..records import Segment

FORMAT = "aligner-corrections"
VERSION = 1
DECISIONS = ("accept", "link", "reject")
ROLES = ("bilingual", "ko", "en")


def text_sha256(text: str) -> str:
    """The identity of an input: the SHA-256 of its text as read, in UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class InputIdentity:
    """One input file of a document: its role, its name (for messages) and its text's hash."""

    role: str
    name: str
    sha256: str
    chars: int

    @classmethod
    def of(cls, role: str, name: str | os.PathLike, text: str) -> InputIdentity:
        from .. import arguments

        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
        name = os.fsdecode(name) if isinstance(name, os.PathLike) else name
        if not isinstance(name, str):
            raise TypeError(f"name must be a str or a path, not {type(name).__name__}")
        text = arguments.text(text, "text")
        # the name only labels an input (inputs are matched by their text's hash)
        return cls(role, printable_name(os.path.basename(name)) if name != "-" else "<stdin>",
                   text_sha256(text), len(text))




@dataclass(frozen=True)
class SegmentRef:
    """A segment as the review page saw it."""

    lang: str
    index: int
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, segment: Segment) -> SegmentRef:
        return cls(segment.lang, segment.index, segment.start, segment.end, segment.text)

    def describe(self) -> str:
        which = {"ko": "Korean", "en": "English"}[self.lang]
        return f"{which} segment {self.index} (characters {self.start}-{self.end}, {self.text[:30]!r})"


@dataclass(frozen=True)
class Link:
    """One decision: Korean segments, English segments, and what the user said of them."""

    decision: str
    ko: tuple[SegmentRef, ...]
    en: tuple[SegmentRef, ...]
    origin: str = "aligner"
    score: float | None = None

    @property
    def fixed(self) -> bool:
        """Accepted or user-made: the pair is kept as it is."""
        return self.decision in ("accept", "link")


@dataclass(frozen=True)
class DocumentCorrections:
    """The decisions for one document, and the inputs they were made on."""

    id: str
    inputs: tuple[InputIdentity, ...]
    links: tuple[Link, ...] = ()
    presegmented: bool = False
    source: str = "corrections"  # the file it came from, for messages

    @property
    def fixed(self) -> list[Link]:
        return [link for link in self.links if link.fixed]

    @property
    def rejected(self) -> list[Link]:
        return [link for link in self.links if link.decision == "reject"]


@dataclass(frozen=True)
class Corrections:
    """A whole corrections file: one entry per reviewed document."""

    documents: tuple[DocumentCorrections, ...]
    source: str = "corrections"
    tool: str = field(default=f"aligner {__version__}")

    def for_inputs(self, inputs: list[InputIdentity], presegmented: bool = False) -> DocumentCorrections:
        """The entry made for exactly these inputs (matched by role and text hash), or an
        :class:`InputError` that says what differs: a stale file is refused, never misapplied."""
        from .. import arguments

        inputs = arguments.items(inputs, InputIdentity, "inputs")
        arguments.flag(presegmented, "presegmented")
        wanted = {(i.role, i.sha256) for i in inputs}
        for doc in sorted(self.documents, key=lambda d: d.presegmented != presegmented):
            if {(i.role, i.sha256) for i in doc.inputs} == wanted:
                if doc.presegmented != presegmented:
                    flag = "with" if doc.presegmented else "without"
                    raise InputError(f"{self.source}: made {flag} --presegmented; rerun {flag} it")
                return doc
        names = ", ".join(i.name for i in inputs)
        if len(self.documents) == 1:
            doc = self.documents[0]
            theirs = {i.role: i for i in doc.inputs}
            changed = [f"{i.name} (sha256 {i.sha256[:12]}, made for {theirs[i.role].name} sha256 "
                       f"{theirs[i.role].sha256[:12]})" for i in inputs
                       if i.role in theirs and theirs[i.role].sha256 != i.sha256]
            if changed:
                raise InputError(f"{self.source}: made for other text than {'; '.join(changed)}: "
                                 "the input changed since the review; review it again")
            made = ", ".join(f"{i.role} {i.name}" for i in doc.inputs)
            raise InputError(f"{self.source}: made for {made}, not for {names} as given")
        raise InputError(f"{self.source}: none of its {len(self.documents)} documents was made for {names} "
                         "(no entry has the same text hashes)")

    def to_dict(self) -> dict:
        return {
            "format": FORMAT,
            "version": VERSION,
            "tool": self.tool,
            "documents": [_document_dict(doc) for doc in self.documents],
        }


def _document_dict(doc: DocumentCorrections) -> dict:
    return {
        "id": doc.id,
        "presegmented": doc.presegmented,
        "inputs": [{"role": i.role, "name": i.name, "sha256": i.sha256, "chars": i.chars} for i in doc.inputs],
        "links": [
            {"decision": link.decision, "origin": link.origin,
             **({"score": link.score} if link.score is not None else {}),
             "ko": [_ref_dict(r) for r in link.ko], "en": [_ref_dict(r) for r in link.en]}
            for link in doc.links
        ],
    }


def _ref_dict(ref: SegmentRef) -> dict:
    return {"index": ref.index, "start": ref.start, "end": ref.end, "text": ref.text}


# ---------------------------------------------------------------- reading


def load_corrections(path: str | os.PathLike) -> Corrections:
    """Read and check a corrections file; anything malformed is an :class:`InputError`
    naming the file and the place."""
    from ..formats.text import read_bytes

    name = str(path)
    try:
        data = json.loads(read_bytes(path).decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(f"{name}: not UTF-8 text; give the corrections.json a review page exported") from None
    except json.JSONDecodeError as err:
        raise InputError(f"{name}: not JSON (line {err.lineno}: {err.msg}); give the corrections.json "
                         "a review page exported") from None
    except (ValueError, RecursionError):  # a number of thousands of digits, nesting too deep
        raise InputError(f"{name}: not JSON this reader takes (a number too long or nesting too deep); "
                         "give the corrections.json a review page exported") from None
    return parse_corrections(data, name)


def parse_corrections(data: object, source: str = "corrections") -> Corrections:
    """:func:`load_corrections` for data already parsed from JSON."""
    check = _Checker(source)
    root = check.mapping(data, "the file")
    if root.get("format") != FORMAT:
        raise InputError(f"{source}: not an aligner corrections file (its \"format\" is not {FORMAT!r})")
    version = root.get("version")
    if not isinstance(version, int) or isinstance(version, bool):  # true and 1.0 equal 1 in Python
        raise check._fail("version", f"a whole number ({VERSION} for this aligner)")
    if version != VERSION:
        raise InputError(f"{source}: corrections format version {version!r}; this aligner reads version {VERSION}")
    documents = check.sequence(root.get("documents"), "documents")
    if not documents:
        raise InputError(f"{source}: holds no document")
    docs = tuple(_parse_document(check, d, f"documents[{n}]") for n, d in enumerate(documents))
    seen: dict[tuple, int] = {}
    for n, doc in enumerate(docs):
        key = frozenset((i.role, i.sha256) for i in doc.inputs), doc.presegmented
        if key in seen:  # only one of them could ever be applied
            raise InputError(f"{source}: documents[{n}] is for the same inputs as documents[{seen[key]}]; "
                             "keep one entry per document")
        seen[key] = n
    return Corrections(docs, source, str(root.get("tool", "")))


def _parse_document(check: _Checker, data: object, where: str) -> DocumentCorrections:
    doc = check.mapping(data, where)
    inputs = tuple(
        InputIdentity(
            role=check.choice(i.get("role"), ROLES, f"{where}.inputs[{n}].role"),
            name=check.string(i.get("name"), f"{where}.inputs[{n}].name"),
            sha256=check.string(i.get("sha256"), f"{where}.inputs[{n}].sha256"),
            chars=check.integer(i.get("chars", 0), f"{where}.inputs[{n}].chars"),
        )
        for n, i in enumerate(check.mapping(x, f"{where}.inputs[{n}]")
                              for n, x in enumerate(check.sequence(doc.get("inputs"), f"{where}.inputs")))
    )
    roles = sorted(i.role for i in inputs)
    if roles not in (["bilingual"], ["en", "ko"]):
        raise InputError(f"{check.source}: {where}.inputs must be one 'bilingual' input, or a 'ko' and an 'en' one")
    links = []
    for n, item in enumerate(check.sequence(doc.get("links", []), f"{where}.links")):
        at = f"{where}.links[{n}]"
        link = check.mapping(item, at)
        score = link.get("score")
        if score is not None and (not isinstance(score, (int, float)) or isinstance(score, bool)
                                  or not 0 <= score <= 1):  # NaN fails both comparisons
            raise InputError(f"{check.source}: {at}.score must be a number from 0 to 1")
        refs = {lang: tuple(_parse_ref(check, r, lang, f"{at}.{lang}[{k}]")
                            for k, r in enumerate(check.sequence(link.get(lang), f"{at}.{lang}")))
                for lang in ("ko", "en")}
        if not refs["ko"] or not refs["en"]:
            raise InputError(f"{check.source}: {at} needs at least one Korean and one English segment")
        links.append(Link(check.choice(link.get("decision"), DECISIONS, f"{at}.decision"), refs["ko"], refs["en"],
                          check.string(link.get("origin", "aligner"), f"{at}.origin"),
                          None if score is None else float(score)))
    presegmented = doc.get("presegmented", False)
    if not isinstance(presegmented, bool):
        raise InputError(f"{check.source}: {where}.presegmented must be true or false")
    return DocumentCorrections(check.string(doc.get("id", ""), f"{where}.id"), inputs, tuple(links),
                               presegmented, check.source)


def _parse_ref(check: _Checker, data: object, lang: str, where: str) -> SegmentRef:
    ref = check.mapping(data, where)
    start, end = check.integer(ref.get("start"), f"{where}.start"), check.integer(ref.get("end"), f"{where}.end")
    if not 0 <= start <= end:
        raise InputError(f"{check.source}: {where} has offsets {start}-{end}")
    return SegmentRef(lang, check.integer(ref.get("index"), f"{where}.index"), start, end,
                      check.string(ref.get("text"), f"{where}.text"))


_MAX_SAFE_INTEGER = 2**53 - 1


@dataclass(frozen=True)
class _Checker:
    """Type checks that fail with the file's name and the JSON path of the bad value."""

    source: str

    def _fail(self, where: str, what: str) -> InputError:
        return InputError(f"{self.source}: {where} must be {what}")

    def mapping(self, value: object, where: str) -> dict:
        if not isinstance(value, dict):
            raise self._fail(where, "a JSON object")
        return value

    def sequence(self, value: object, where: str) -> list:
        if not isinstance(value, list):
            raise self._fail(where, "a JSON list")
        return value

    def string(self, value: object, where: str) -> str:
        if not isinstance(value, str):
            raise self._fail(where, "a string")
        return value

    def integer(self, value: object, where: str) -> int:
        # at most JavaScript's largest exact integer, as the review page writes them (a
        # 4,000-digit index was echoed whole in a "one-line" error)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= _MAX_SAFE_INTEGER:
            raise self._fail(where, "a whole number from 0 to 2**53 - 1")
        return value

    def choice(self, value: object, options: tuple[str, ...], where: str) -> str:
        if value not in options:
            raise self._fail(where, "one of " + ", ".join(repr(o) for o in options))
        return value  # type: ignore[return-value]


def write_corrections(corrections: Corrections, path: str | os.PathLike) -> None:
    """Write a corrections file atomically (the library's counterpart of the page's export)."""
    from .. import arguments
    from ..formats.writers import atomic_output

    arguments.instance(corrections, Corrections, "corrections", optional=False)
    arguments.path(path, "path", dash=False)
    with atomic_output(Path(path)) as out:
        json.dump(corrections.to_dict(), out, ensure_ascii=False, indent=1)
        out.write("\n")
