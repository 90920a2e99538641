"""Segmenting: language of every line (and of runs within mixed lines), then sentences.

Korean sentences come from kiwipiepy; English sentences from a small rule-based
splitter that knows common abbreviations (U.S., a.m., Dr.), decimals and quotes.
Every segment keeps its character offsets into the text, so nothing is lost:
text outside segments is white space only (and the brackets of a sentence's
translation in brackets, a segment of its own: the sentence's offsets span it, its
text leaves it out), and no segment is longer than ``MAX_SENTENCE_CHARS``.

The modules, each using only those listed before it:

- ``scripts``: Hangul and Latin letters; the language of a text or a word.
- ``kiwi``: kiwipiepy's analyzer, loaded on first use, one per process.
- ``sentences``: what both splitters share: the bound on a segment's length and the
  cuts that keep to it, the spans between cuts, bracketed labels.
- ``english``, ``korean``: the two sentence splitters.
- ``continuations``: whether a line goes on with the sentence of the line before, and
  the lines that make one sentence (:func:`sentence_lines`).
- ``languages``: runs of one language within a mixed line (:func:`language_runs`), and
  where a segment might be two halves of two languages (:func:`script_halves`).
- ``paragraphs``: lines, with hard-wrapped ones rejoined (:func:`paragraphs`).
- ``segmenter``: :class:`Segmenter`, which puts them together, and :func:`korean_and_english`.
"""

from .continuations import continuations, punctuated, sentence_lines
from .english import split_english
from .korean import split_korean, split_korean_many
from .languages import language_runs, script_halves
from .paragraphs import RECORD_BREAK, paragraphs
from .scripts import has_letters, has_other_letters, language_of, letter_counts
from .segmenter import Segmenter, korean_and_english, languages_of_two, numbered
from .sentences import MAX_SENTENCE_CHARS, max_sentence_chars

__all__ = [
    "MAX_SENTENCE_CHARS",
    "RECORD_BREAK",
    "Segmenter",
    "continuations",
    "has_letters",
    "has_other_letters",
    "korean_and_english",
    "languages_of_two",
    "language_of",
    "language_runs",
    "letter_counts",
    "max_sentence_chars",
    "numbered",
    "punctuated",
    "paragraphs",
    "script_halves",
    "sentence_lines",
    "split_english",
    "split_korean",
    "split_korean_many",
]
