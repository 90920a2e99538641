"""The review page: one self-contained HTML file (inline CSS, script and data; no network).

The page shows each document's two texts side by side in reading order, one row per
pair (coloured by confidence) or unpaired segment; the reviewer accepts, rejects,
merges, splits and links, then exports ``corrections.json`` (for ``aligner align
--anchors``) or the corrected TMX/TSV. The template, style and script are package data
in ``review/assets``.
"""

from __future__ import annotations

import html
import json
import os
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__, arguments
from ..aligning import Params
from ..embed import Encoder
from ..errors import UsageError
from ..formats.text import printable_name
from ..formats.writers import atomic_output
from ..pipeline import no_language_reason
from ..records import Alignment, Pair, Segment
from ..wording import plural
from .corrections import FORMAT, VERSION, DocumentCorrections, InputIdentity, Link
from .evidence import pair_evidence

if TYPE_CHECKING:
    from ..building.build import DocumentSpec, Settings

# Confidence bands: at or above HIGH green, at or above MID amber, below red. On the dev
# benchmark, --min-score 0.7 drops 18 of 951 pairs, 11 of them not translations.
HIGH, MID = 0.8, 0.5
_LANG_ORDER = {"ko": 0, "en": 1}


@dataclass(frozen=True)
class ReviewDocument:
    """One aligned document to review, with what identifies its inputs."""

    id: str
    alignment: Alignment
    inputs: tuple[InputIdentity, ...]
    presegmented: bool = False
    prior: DocumentCorrections | None = None  # the corrections it was aligned with (--anchors)

    def __post_init__(self) -> None:
        arguments.text(self.id, "id")
        arguments.instance(self.alignment, Alignment, "alignment", optional=False)
        object.__setattr__(self, "inputs", tuple(arguments.items(self.inputs, InputIdentity, "inputs")))
        arguments.flag(self.presegmented, "presegmented")
        arguments.instance(self.prior, DocumentCorrections, "prior")

    @property
    def bilingual(self) -> bool:
        return [i.role for i in self.inputs] == ["bilingual"]


def unpaired_reasons(result: Alignment) -> dict[Segment, str | None]:
    """The segments left unpaired, each with why when the alignment says (the one place
    that reads ``Alignment.unpaired``: reasons are being added to it)."""
    return {s: getattr(s, "reason", None) or (no_language_reason(s.text) if s.lang not in ("ko", "en") else None)
            for s in result.unpaired}


def band(score: float) -> str:
    return "high" if score >= HIGH else "mid" if score >= MID else "low"


def review_data(documents: list[ReviewDocument], encoder: Encoder | str, *, params: Params | None = None,
                signature: str | None = None, title: str | None = None) -> dict:
    """Everything the page shows, as JSON-ready data (segments as compact rows).
    ``encoder``: the one that made the alignments (an object, or a registered name)."""
    from ..embed import encoder_of

    documents = arguments.items(documents, ReviewDocument, "documents")
    params = arguments.instance(params, Params, "params") or Params()
    for value, name in ((signature, "signature"), (title, "title")):
        if value is not None:
            arguments.text(value, name)
    encoder = encoder_of(encoder)
    docs = [_document_data(doc, encoder, params) for doc in documents]
    return {
        "format": FORMAT,
        "version": VERSION,
        "tool": f"aligner {__version__}",
        "title": title or ", ".join(doc.id for doc in documents),
        "signature": signature,
        "bands": {"high": HIGH, "mid": MID},
        "documents": docs,
    }


def _document_data(doc: ReviewDocument, encoder: Encoder, params: Params) -> dict:
    result = doc.alignment
    unpaired = unpaired_reasons(result)
    segments = sorted({s for p in result.pairs for s in p.ko + p.en} | unpaired.keys(),
                      key=lambda s: (_LANG_ORDER.get(s.lang, 2), s.index, s.start))
    rank = _reading_rank(result, segments, doc.bilingual)
    row_of = {(s.lang, s.index, s.start): n for n, s in enumerate(segments)}

    def rows(segs: tuple[Segment, ...]) -> list[int]:
        return [row_of[s.lang, s.index, s.start] for s in segs]

    fixed = {_link_key(link): link for link in doc.prior.fixed} if doc.prior else {}
    evidence = pair_evidence(result.pairs, encoder, params)
    pairs = []
    for pair, ev in zip(result.pairs, evidence):
        prior = fixed.get(_pair_key(pair))
        # a pair kept by --anchors scores 1.0 there: shown with the confidence the review saw,
        # none for a pair the reviewer made (its 1.0 was exported back as its score)
        score = prior.score if prior else pair.score
        pairs.append({
            "ko": rows(pair.ko), "en": rows(pair.en), "score": score,
            "band": band(pair.score if score is None else score),
            "status": "accepted" if prior else "pending", "origin": prior.origin if prior else "aligner",
            "evidence": [[f.label, f.value, f.status] for f in ev.facts(params)],
        })
    rejected = []
    for link in doc.prior.rejected if doc.prior else []:
        refs = [(r.lang, r.index, r.start) for r in link.ko + link.en]
        if all(r in row_of for r in refs):
            rejected.append({"ko": [row_of[r.lang, r.index, r.start] for r in link.ko],
                             "en": [row_of[r.lang, r.index, r.start] for r in link.en],
                             "score": link.score})
    return {
        "id": doc.id,
        "presegmented": doc.presegmented,
        "inputs": [{"role": i.role, "name": i.name, "sha256": i.sha256, "chars": i.chars} for i in doc.inputs],
        # lang, index, start, end, text, reading rank, reason unpaired (or null)
        "segments": [[s.lang, s.index, s.start, s.end, s.text, rank[s], unpaired.get(s)] for s in segments],
        "unpaired": rows(tuple(unpaired)),
        "pairs": pairs,
        "rejected": rejected,
    }


def _link_key(link: Link) -> tuple:
    return tuple((r.lang, r.index, r.start, r.end) for r in link.ko + link.en)


def _pair_key(pair: Pair) -> tuple:
    return tuple((s.lang, s.index, s.start, s.end) for s in pair.ko + pair.en)


def _reading_rank(result: Alignment, segments: list[Segment], bilingual: bool) -> dict[Segment, int]:
    """A number per segment that orders rows as a reader meets them: the character
    offset in a bilingual document; for two files, the alignment's own order (each gap's
    Korean, then its English, then the next pair)."""
    if bilingual:
        return {s: s.start for s in segments}
    ko = [s for s in segments if s.lang == "ko"]  # segments are sorted by language, then index
    en = [s for s in segments if s.lang == "en"]
    order: list[Segment] = []
    k = e = 0
    for pair in sorted(result.pairs, key=lambda p: (p.ko[0].index, p.en[0].index)):
        while k < len(ko) and ko[k].index <= pair.ko[-1].index:
            if ko[k].index < pair.ko[0].index:
                order.append(ko[k])
            k += 1
        while e < len(en) and en[e].index <= pair.en[-1].index:
            if en[e].index < pair.en[0].index:
                order.append(en[e])
            e += 1
        order.extend(pair.ko + pair.en)
    order.extend(ko[k:] + en[e:])
    return {s: n for n, s in enumerate(order)}


def render(data: dict) -> str:
    """The page's HTML: the template with the style, the script and the data inlined."""
    assets = resources.files(__package__) / "assets"
    template = (assets / "review.html").read_text(encoding="utf-8")
    style = (assets / "review.css").read_text(encoding="utf-8")
    script = (assets / "review.js").read_text(encoding="utf-8")
    # Inside <script>, "</script" or "<!--" in a segment would end or derail the element:
    # JSON may write every "<" as \u003c instead.
    payload = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":")).replace("<", "\\u003c")
    parts = {"title": html.escape(data["title"]), "style": style, "script": script, "data": payload}
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], template)  # one pass: inserted text is not rescanned


def check_review_path(review: str | os.PathLike | None, *others: str | os.PathLike | None) -> None:
    """Refuse, before any work, a review page that would overwrite an input or another output."""
    if review and any(p and str(p) != "-" and os.path.realpath(p) == os.path.realpath(review) for p in others):
        raise UsageError(f"--review {review}: names another input or output of this run; give the page its own file")


def write_review(path: str | os.PathLike, documents: list[ReviewDocument], encoder: Encoder | str, *,
                 params: Params | None = None, signature: str | None = None, title: str | None = None) -> None:
    """Write the review page for ``documents`` to ``path`` (atomically)."""
    arguments.path(path, "path", dash=False)  # before the page is built, not after
    page = render(review_data(documents, encoder, params=params, signature=signature, title=title))
    with atomic_output(path) as out:
        out.write(page)


def write_build_review(path: str | os.PathLike, specs: list[DocumentSpec], state: str | os.PathLike,
                       settings: Settings, *, signature: str | None = None) -> int:
    """The review page of an ``aligner build-tm`` run: one section per document aligned,
    read back from the build's state and shards (documents that failed are left out). Returns
    the number of documents on the page."""
    from ..building.build import aligned_documents
    from ..embed import get_encoder
    from ..formats.readers import read_document

    documents = []
    for spec, pairs, unpaired in aligned_documents(specs, state, settings):
        roles = [("bilingual", spec.bilingual)] if spec.bilingual else [("ko", spec.ko), ("en", spec.en)]
        # the text the build aligned, as its reader gives it (a Word file's, a page's), as `align` identifies it
        inputs = tuple(InputIdentity.of(role, file, read_document(file, encoding=settings.encoding).text)
                       for role, file in roles)
        ko = sorted({s for p in pairs for s in p.ko} | {s for s in unpaired if s.lang == "ko"}, key=lambda s: (s.index, s.start))
        en = sorted({s for p in pairs for s in p.en} | {s for s in unpaired if s.lang == "en"}, key=lambda s: (s.index, s.start))
        documents.append(ReviewDocument(spec.id, Alignment(pairs, unpaired, ko, en), inputs, settings.presegmented))
    name, count = printable_name(Path(os.fsdecode(state)).name.removesuffix(".state.jsonl")), len(documents)
    write_review(path, documents, get_encoder(settings.encoder, settings.device), signature=signature,
                 title=f"{name} ({count} {plural(count, 'document')})")
    return len(documents)
