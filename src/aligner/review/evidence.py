"""The evidence behind each pair's score, as a reviewer reads it.

For every pair: the cosine of the two sides' joined texts (as the encoder that made the
alignment sees them), the English/Korean length ratio against the usual one, and the
numbers and Latin-script words (names, acronyms) the two sides share or do not. The
extraction is the scorer's own (``aligning/scoring.py``), so what the page shows is
what the aligner weighed. Kept apart from the scoring core on purpose: a new scorer can
add its features as more :class:`Fact` rows without the page changing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..aligning import Params
from ..aligning.scoring import _latin_words, _length_z, _numbers
from ..embed import Encoder, embed_unique, similarity_scale
from ..records import Pair

LENGTH_WARN_Z = 2.0  # a length ratio further than this many standard deviations is flagged


@dataclass(frozen=True)
class Fact:
    """One line of evidence: a label, what was found, and whether it speaks for the pair
    (``ok``), against it (``warn``) or neither (``info``)."""

    label: str
    value: str
    status: str


@dataclass(frozen=True)
class Evidence:
    """What one pair's score rests on."""

    cosine: float  # of the two sides' joined texts, raw
    similarity: float  # the same on the scale the aligner's thresholds use (USE's)
    length_ratio: float  # English characters / Korean characters
    expected_ratio: float
    length_z: float
    numbers_shared: tuple[str, ...]
    numbers_ko_only: tuple[str, ...]
    numbers_en_only: tuple[str, ...]
    names_shared: tuple[str, ...]
    names_missing: tuple[str, ...]  # Latin words of the Korean side not on the English side

    def facts(self, params: Params | None = None) -> list[Fact]:
        """The evidence as the page shows it (thresholds from ``params``, the defaults if None)."""
        params = params or Params()
        facts = [Fact("similarity", f"cosine {self.cosine:.2f}",
                      "ok" if self.similarity >= params.anchor_cos
                      else "warn" if self.similarity < params.edge_min_cos else "info")]
        facts.append(Fact("length", f"en/ko {self.length_ratio:.2f} (usual {self.expected_ratio:.2f}, "
                                    f"{self.length_z:+.1f} sd)",
                          "warn" if abs(self.length_z) > LENGTH_WARN_Z else "ok"))
        if self.numbers_shared or self.numbers_ko_only or self.numbers_en_only:
            parts = [f"shared {', '.join(self.numbers_shared)}" if self.numbers_shared else "",
                     f"only Korean {', '.join(self.numbers_ko_only)}" if self.numbers_ko_only else "",
                     f"only English {', '.join(self.numbers_en_only)}" if self.numbers_en_only else ""]
            # Korean often writes numbers differently (1억1천만 for 110 million): a mismatch
            # is a reason to look, not proof.
            facts.append(Fact("numbers", "; ".join(p for p in parts if p),
                              "warn" if self.numbers_ko_only or self.numbers_en_only else "ok"))
        if self.names_shared or self.names_missing:
            parts = [f"shared {', '.join(self.names_shared)}" if self.names_shared else "",
                     f"not in English {', '.join(self.names_missing)}" if self.names_missing else ""]
            facts.append(Fact("names", "; ".join(p for p in parts if p), "warn" if self.names_missing else "ok"))
        return facts


class EmbeddingLog:
    """An encoder that keeps every text it embeds with its embedding, so the evidence
    reuses what the alignment embedded (each sentence, each joined span the refinement
    scored) instead of embedding it again. The alignment always gets the encoder's own
    output: the log only answers :func:`pair_evidence`."""

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder
        self.seen: dict[str, np.ndarray] = {}

    def __getattr__(self, name: str):  # name, background, …: the encoder's own
        return getattr(self.encoder, name)

    def encode(self, texts: list[str]) -> np.ndarray:
        out = self.encoder.encode(texts)
        self.seen.update(zip(texts, out))
        return out

    def known(self, texts: list[str]) -> np.ndarray:
        """Embeddings of ``texts``: logged ones as they were, the others embedded now (in one call)."""
        if not texts:
            return self.encoder.encode([])
        todo = list(dict.fromkeys(t for t in texts if t not in self.seen))
        if todo:
            EmbeddingLog.encode(self, todo)  # the encoder's own, even in a subclass that answers from the log
        return np.array([self.seen[t] for t in texts], dtype=np.float32).reshape(len(texts), -1)


def pair_evidence(pairs: list[Pair], encoder: Encoder, params: Params | None = None) -> list[Evidence]:
    """The evidence for each of ``pairs``; embeds each distinct joined text once (none
    again if ``encoder`` is the :class:`EmbeddingLog` the alignment was made with)."""
    from .. import arguments
    from ..embed import encoder_of

    pairs = arguments.items(pairs, Pair, "pairs")
    params = arguments.instance(params, Params, "params") or Params()
    if not isinstance(encoder, EmbeddingLog):
        encoder = encoder_of(encoder)  # a name, as review_data takes, or a caller's object, checked
    if not pairs:
        return []
    ko_texts, en_texts = [p.ko_text for p in pairs], [p.en_text for p in pairs]
    if isinstance(encoder, EmbeddingLog):
        ko_emb, en_emb = encoder.known(ko_texts), encoder.known(en_texts)
    else:
        ko_emb, en_emb = embed_unique(encoder, ko_texts, en_texts)
    cosines = np.einsum("id,id->i", ko_emb, en_emb)
    scale = similarity_scale(encoder, ko_emb, en_emb) if (params.scale, params.shift) == (1.0, 0.0) \
        else {"scale": params.scale, "shift": params.shift}
    z = _length_z(np.array([len(t) for t in ko_texts], dtype=np.float64),
                  np.array([len(t) for t in en_texts], dtype=np.float64), params)
    out = []
    for pair, ko_text, en_text, cos, length_z in zip(pairs, ko_texts, en_texts, cosines, z):
        ko_numbers, en_numbers = _numbers(ko_text), _numbers(en_text)
        # (every Latin word of the English: a name the Korean writes in lower case, "pandas",
        # is in it; the scores' cue compares its names only)
        ko_names, en_names = _latin_words(ko_text, False), _latin_words(en_text, False)
        out.append(Evidence(
            cosine=round(float(cos), 4),
            similarity=round(scale["scale"] * float(cos) + scale["shift"], 4),
            length_ratio=round(len(en_text) / max(len(ko_text), 1), 3),
            expected_ratio=round(math.exp(params.length_mu), 3),
            length_z=round(float(length_z), 2),
            numbers_shared=tuple(sorted(ko_numbers & en_numbers)),
            numbers_ko_only=tuple(sorted(ko_numbers - en_numbers)),
            numbers_en_only=tuple(sorted(en_numbers - ko_numbers)),
            names_shared=tuple(sorted(ko_names & en_names)),
            names_missing=tuple(sorted(ko_names - en_names)),
        ))
    return out
