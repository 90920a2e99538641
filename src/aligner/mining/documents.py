"""Pairing documents by content (``build-tm KO_DIR EN_DIR --pair-by content``).

Two folders from a crawl rarely share file names. Each Korean document is paired with
at most one English document, and the other way round, from what they hold:

1. every sentence of every document is mined against all sentences of the other side
   (:func:`.mine.mine_sides`); a mined pair between Korean document *a* and English
   document *b* is evidence that *b* translates *a*. A sentence that several documents
   hold (a teaser repeats its article's lead, every page of a site its menu) is shared
   evidence: its pair's probability is split evenly among the document pairs that hold
   it, whatever the order of the files;
2. the confidence of (*a*, *b*) is the share of the shorter document's sentences that
   have a mined translation in the other one (the sum of their shares of probability):
   a teaser that repeats an article's lead scores at most half of what the article
   does;
3. a one-to-one assignment: pairs by falling confidence (ties broken by the cosine of
   the documents' mean sentence embeddings), each document used once, down to
   ``min_confidence``; a document left over has no counterpart and is reported.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .. import arguments
from ..building.inputs import DocumentSpec, document_ids, list_folder
from ..embed import DEFAULT_ENCODER, Encoder, encoder_of
from ..errors import InputError
from ..formats.readers import read_document
from ..wording import plural
from .mine import MiningParams, SideDocument, mine_sides, read_side

log = logging.getLogger(__name__)

MIN_CONFIDENCE = 0.1


@dataclass(frozen=True)
class DocumentPair:
    """A Korean and an English document paired by content."""

    ko: str
    en: str
    confidence: float  # share of the shorter document's sentences with a translation in the other
    mined: int  # sentence pairs mined between the two
    cosine: float  # of the documents' mean sentence embeddings (centred)


def _document_vectors(docs: Sequence[SideDocument]) -> np.ndarray:
    """Mean sentence embedding per document, minus the side's mean (what all documents
    share, such as the language; a side of one document keeps its own), unit length;
    zero for a document with no sentence."""
    dim = next((d.emb.shape[1] for d in docs if len(d.emb)), 1)
    vecs = np.array([d.emb.mean(axis=0) if len(d.emb) else np.zeros(dim, np.float32) for d in docs],
                    np.float32).reshape(len(docs), dim)
    present = np.array([len(d.emb) > 0 for d in docs])
    if present.sum() > 1:  # one document's own mean would leave nothing
        vecs[present] -= vecs[present].mean(axis=0)
    return vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)


def _holders(docs: Sequence[SideDocument]) -> dict[str, list[int]]:
    """The documents (their positions) that hold each sentence text."""
    out: dict[str, list[int]] = {}
    for i, doc in enumerate(docs):
        for text in dict.fromkeys(s.text for s in doc.segments):
            out.setdefault(text, []).append(i)
    return out


def pair_sides(ko_docs: Sequence[SideDocument], en_docs: Sequence[SideDocument], *,
               encoder: Encoder | None = None, params: MiningParams | None = None,
               min_confidence: float = MIN_CONFIDENCE) -> tuple[list[DocumentPair], list[str]]:
    """Pair already segmented and embedded documents; return the pairs (by falling
    confidence) and the names of the documents left without a counterpart."""
    for side, docs in (("Korean", ko_docs), ("English", en_docs)):
        names = [d.name for d in docs]
        if len(set(names)) < len(names):  # one would be both paired and unmatched
            raise ValueError(f"two {side} documents are both named {next(n for n in names if names.count(n) > 1)}")
    min_confidence = arguments.probability(min_confidence, "min_confidence")
    mined = mine_sides(ko_docs, en_docs, params=params, encoder=encoder)
    ko_holders, en_holders = _holders(ko_docs), _holders(en_docs)
    evidence = np.zeros((len(ko_docs), len(en_docs)))
    counts = np.zeros((len(ko_docs), len(en_docs)), np.int64)
    shared: dict[tuple[int, int], list[tuple[str, str]]] = {}  # (a, b) -> the sentence pairs mined between them
    for p in mined:
        ko_held, en_held = ko_holders[p.ko_text], en_holders[p.en_text]
        cells = np.ix_(ko_held, en_held)
        evidence[cells] += p.score / (len(ko_held) * len(en_held))
        counts[cells] += 1
        for a in ko_held:
            for b in en_held:
                shared.setdefault((a, b), []).append((p.ko_text, p.en_text))
    ko_n = np.array([max(len({s.text for s in d.segments}), 1) for d in ko_docs], np.float64)
    en_n = np.array([max(len({s.text for s in d.segments}), 1) for d in en_docs], np.float64)
    confidence = np.minimum(evidence / np.minimum(ko_n[:, None], en_n[None, :]), 1.0)
    ko_vecs, en_vecs = _document_vectors(ko_docs), _document_vectors(en_docs)
    # a side without a sentence has vectors of width 1: no evidence either way
    cosine = ko_vecs @ en_vecs.T if ko_vecs.shape[1] == en_vecs.shape[1] else np.zeros((len(ko_docs), len(en_docs)))
    # ties (two identical copies of a document) go to the first name, not the first listed
    order = sorted(zip(*np.nonzero(counts)),
                   key=lambda ab: (-confidence[ab], -cosine[ab], ko_docs[ab[0]].name, en_docs[ab[1]].name))
    used_ko: set[int] = set()
    used_en: set[int] = set()
    pairs = []
    for a, b in order:
        if a in used_ko or b in used_en or confidence[a, b] < min_confidence:
            continue
        used_ko.add(a)
        used_en.add(b)
        pairs.append(DocumentPair(ko_docs[a].name, en_docs[b].name, round(float(confidence[a, b]), 4),
                                  int(counts[a, b]), round(float(cosine[a, b]), 4)))
    unmatched = [d.name for i, d in enumerate(ko_docs) if i not in used_ko]
    unmatched += [d.name for i, d in enumerate(en_docs) if i not in used_en]
    _say_taken(confidence, shared, ko_docs, en_docs, pairs)
    return pairs, unmatched


def _say_taken(confidence: np.ndarray, shared: dict[tuple[int, int], list[tuple[str, str]]],
               ko_docs: Sequence[SideDocument], en_docs: Sequence[SideDocument], pairs: list[DocumentPair]) -> None:
    """Warn of each document left over whose best match was paired with another, where
    the two translate different parts of it: three sentences or more mined between the
    leftover and its best match, three quarters of them of sentences its partner shares
    none of (the second half of a translation split in two files, reported as having no
    counterpart). A leftover whose few matches are sentences the pair already shares (the
    pairing benchmark's distractors, up to 0.40) is not said."""
    ko_of = {d.name: a for a, d in enumerate(ko_docs)}
    en_of = {d.name: b for b, d in enumerate(en_docs)}
    partner = {ko_of[p.ko]: en_of[p.en] for p in pairs}  # Korean -> English
    # each side's leftovers, the other side's documents, scores by (leftover, other), the
    # partner of each of the other side's documents, a (leftover, other) cell's key in
    # ``shared`` and the other side's place in a mined pair
    for leftovers, others, scores, partner_of, cell, side in (
            (en_docs, ko_docs, confidence.T, partner, lambda mine, best: (best, mine), 0),
            (ko_docs, en_docs, confidence, {b: a for a, b in partner.items()}, lambda mine, best: (mine, best), 1)):
        paired = set(partner_of.values())
        for i, doc in enumerate(leftovers):
            if i in paired or not scores.shape[1]:
                continue
            best = int(scores[i].argmax())
            taker = partner_of.get(best)
            if taker is not None:
                _say_if_apart(doc.name, others[best].name, leftovers[taker].name, shared.get(cell(i, best), []),
                              shared.get(cell(taker, best), []), side, scores[i, best], scores[taker, best])


def _say_if_apart(name: str, best: str, taker: str, own: list[tuple[str, str]],
                  taken: list[tuple[str, str]], side: int, score: float, taker_score: float) -> None:
    """:func:`_say_taken` for one leftover: ``own`` and ``taken`` are the sentence pairs
    mined between its best match and it, and between that match and its partner; ``side``
    the position of the best match's sentence in them."""
    if len(own) < 3:
        return
    theirs = {pair[side] for pair in taken}
    if 4 * sum(pair[side] not in theirs for pair in own) >= 3 * len(own):
        log.warning("%s: its best match by content, %s (confidence %.2f), went to %s (%.2f), which translates "
                    "other parts of it; if the two are parts of one translation split in files, join them",
                    name, best, score, taker, taker_score)


def pair_documents(
    ko_paths: Sequence[str | os.PathLike],
    en_paths: Sequence[str | os.PathLike],
    encoder: str | Encoder = DEFAULT_ENCODER,
    *,
    presegmented: bool = False,
    encoding: str | None = None,
    params: MiningParams | None = None,
    min_confidence: float = MIN_CONFIDENCE,
    skip_unreadable: bool = False,
) -> tuple[list[DocumentPair], list[str]]:
    """Pair Korean files with English files by content; return (pairs with their
    confidence, the paths left without a counterpart). A file with no sentence of its
    side's language has no counterpart; an unreadable file is an ``InputError``, or with
    ``skip_unreadable`` a warning naming it and the reason, and it has no counterpart."""
    pairs, unmatched, unreadable, _ = _pair_paths(ko_paths, en_paths, encoder, presegmented=presegmented,
                                                  encoding=encoding, params=params, min_confidence=min_confidence,
                                                  skip_unreadable=skip_unreadable)
    return pairs, unmatched + unreadable


def _pair_paths(ko_paths, en_paths, encoder, *, presegmented: bool, encoding: str | None,
                params: MiningParams | None, min_confidence: float, skip_unreadable: bool,
                ) -> tuple[list[DocumentPair], list[str], list[str], set[str]]:
    """:func:`pair_documents`, with the files that could not be read apart from those
    without a counterpart, and the set of those (among the latter) that hold no sentence
    of their side's language."""
    ko_paths, en_paths = arguments.paths(ko_paths, "ko_paths"), arguments.paths(en_paths, "en_paths")
    arguments.flag(presegmented, "presegmented")
    arguments.flag(skip_unreadable, "skip_unreadable")
    min_confidence = arguments.probability(min_confidence, "min_confidence")
    params = arguments.instance(params, MiningParams, "params")
    model = encoder_of(encoder)
    sides: list[list[SideDocument]] = [[], []]
    unreadable: list[str] = []
    for side, paths, lang in ((sides[0], ko_paths, "ko"), (sides[1], en_paths, "en")):
        for path in paths:
            try:
                doc = read_document(path, encoding=encoding)  # any format: a crawl's pages, Word files
            except InputError as err:
                if not skip_unreadable:
                    raise
                log.warning("%s", err)
                unreadable.append(str(path))
                continue
            side.append(read_side(str(path), doc.text, lang, model, presegmented=presegmented, require=False,
                                  unwrap=doc.format == "txt"))
    pairs, unmatched = pair_sides(sides[0], sides[1], encoder=model, params=params, min_confidence=min_confidence)
    return pairs, unmatched, unreadable, {doc.name for side in sides for doc in side if not doc.segments}


def pair_folders_by_content(ko_dir: str | os.PathLike, en_dir: str | os.PathLike, encoder: str | Encoder, *,
                            presegmented: bool = False, encoding: str | None = None):
    """``build-tm``'s documents from two folder trees whose file names need not match: the
    document specs of the pairs found (each logged with its confidence; ids from the
    Korean file's relative path, as when pairing by name), the files left without a
    counterpart, those that could not be read (each logged with why), and those of the
    former that hold no sentence of their folder's language."""
    ko_files, en_files = list_folder(ko_dir), list_folder(en_dir)
    pairs, unmatched, unreadable, wrong_side = _pair_paths(
        [ko_files[name] for name in sorted(ko_files)], [en_files[name] for name in sorted(en_files)],
        encoder, presegmented=presegmented, encoding=encoding, params=None,
        min_confidence=MIN_CONFIDENCE, skip_unreadable=True)
    name_of = {str(path): name for name, path in ko_files.items()}
    specs = []
    for p, doc_id in zip(pairs, document_ids([name_of[p.ko] for p in pairs])):
        log.info("paired %s with %s: confidence %.2f (%d sentence %s)", p.ko, p.en, p.confidence, p.mined,
                 plural(p.mined, "pair"))
        specs.append(DocumentSpec(doc_id, p.ko, p.en))
    return specs, unmatched, unreadable, wrong_side
