"""The :class:`Segmenter`: text into Korean and English sentence :class:`Segment` records, by
paragraph (or line), language run and sentence; and :func:`korean_and_english`.

Every segment keeps its character offsets into the text, so nothing is lost: text
outside segments is white space only, but for the brackets of a translation in brackets
("Jeju is a volcanic island (제주도는 화산섬이다)."): the translation is a segment, and the
sentence around it one whose offsets span it and whose text leaves it out ("Jeju is a
volcanic island.").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..errors import InputLimitError, LanguageError
from ..records import Segment
from .english import split_english
from .korean import split_korean_many
from .languages import _COLUMN, language_runs
from .paragraphs import _bilingual_row, paragraphs
from .scripts import _language, has_letters, language_of, letter_counts, only_other_letters
from .sentences import KO_WIRE, REFERENCE_ENTRY, _annotated, _bounded, _trimmed_spans, max_sentence_chars

# Full-width forms (ＡＢＣ，．！？（）, U+FF01–FF5E) and the ideographic space, read as the ASCII
# characters they stand for: the rules of paragraphs, language runs and sentence ends are
# written for those. One character for one, so the view's offsets are the text's.
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000]")


def _half_width(text: str) -> str:
    """``text`` with its full-width forms read as ASCII (see _HALF_WIDTH)."""
    return text.translate(_HALF_WIDTH) if _FULL_WIDTH.search(text) else text


# A Korean story's lead-in, opening a sentence: a wire's place and agency with the
# reporter's byline ("(서울=연합뉴스) 김철수 기자 =", "【서울=뉴시스】", "[OSEN=정다은 기자]") or a photo's credit
# ("[사진=삼성전자 제공]"), which no translation carries. A segment of its own (never paired:
# scoring.is_boilerplate), it was glued to the sentence and paired with it. (Not an
# English dateline, "SEOUL, April 1 (Yonhap) --": its place and date are the sentence's
# content too, which the Korean writes, "울산 HD가 12일 울산 …")
# ... or a reporter's byline in brackets ("[이데일리 김응열 기자]", "[스타뉴스 | 윤상근 기자]"),
# the reporters one or several ("김지훈 박수현 기자 =", "김지훈·박수현 기자 =")
_REPORTERS = r"[가-힣]{2,4}(?:\s*[·,]?\s*[가-힣]{2,4}){0,3}\s*(?:기자|특파원)"
_LEAD_IN = re.compile(rf"(?:{KO_WIRE}(?:\s*{_REPORTERS}\s*=)?|\[[^\[\]\n=|]{{0,12}}?\s*\|?\s*{_REPORTERS}\s*\])(?=\s*\S)")
_SPACES = re.compile(r"\s*")


def _lead_ins_apart(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (sentences of ``text``) with a lead-in (_LEAD_IN) opening one cut off."""
    out = []
    for a, b in spans:
        found = _LEAD_IN.match(text, a, b)
        rest = found and _SPACES.match(text, found.end(), b).end()
        if found and rest < b and has_letters(text[rest:b]):
            out += [(a, found.end()), (rest, b)]
        else:
            out.append((a, b))
    return out


# Paragraphs segmented together (their Korean in one kiwipiepy call); the segment limit is
# checked after each batch.
_BLOCKS_PER_BATCH = 256


def korean_and_english(files: Sequence[tuple[str, str]]) -> tuple[int, int]:
    """The positions (Korean, English) of two (name, text) inputs, whichever order they
    come in; a :class:`LanguageError` naming them when they are not one Korean and one
    English text.

    Each text is judged as a whole (a Hangul syllable weighs two Latin letters, as for a
    sentence); when both come out the same language, the one that leans further the
    other way is taken for it if at least a twentieth of its letters' weight is that
    language's and twice the other text's share: a Korean manual whose code and terms
    outweigh its Hangul (a quick start of 20 syllables and 285 Latin letters: 12%) beside
    its English original, not two English texts one of which names a Korean place
    (서울 in a page: about 1%)."""
    langs = languages_of_two([text for _, text in files])
    if langs == ["en", "ko"]:
        return 1, 0
    if langs == ["ko", "en"]:
        return 0, 1
    if langs[0] == langs[1] and langs[0] is not None:
        which = {"ko": "Korean", "en": "English"}[langs[0]]
        if all(0.15 <= _korean_share(*letter_counts(text)) <= 0.85 for _, text in files):  # two bilingual documents
            raise LanguageError(f"{files[0][0]} and {files[1][0]} each hold both Korean and English: align each "
                                "bilingual file alone, or give one Korean and one English file")
        raise LanguageError(f"{files[0][0]} and {files[1][0]} are both {which}; give one Korean and one English file")
    bad = files[langs.index(None)][0]
    raise LanguageError(f"{bad}: has no Korean or English letters; give one Korean and one English file")


def _korean_share(hangul: int, latin: int) -> float:
    """The share of a text's letters' weight (its Hangul and Latin letter counts) that is
    Korean: a syllable weighs two letters."""
    return 2 * hangul / max(2 * hangul + latin, 1)


def languages_of_two(texts: Sequence[str]) -> list[str | None]:
    """The language of each of two texts ("ko", "en", or None without letters of either),
    as :func:`korean_and_english` judges them."""
    counts = [letter_counts(text) for text in texts]
    langs = [_language(*c) for c in counts]
    if langs[0] == langs[1] and langs[0] is not None:
        korean = [_korean_share(*c) for c in counts]
        share = korean if langs[0] == "en" else [1 - k for k in korean]
        lean = int(share[1] > share[0])
        if share[lean] >= 0.05 and share[lean] >= 2 * share[1 - lean]:
            langs[lean] = "ko" if langs[0] == "en" else "en"
    return langs


class Segmenter:
    """Turns text into Korean and English sentence :class:`Segment` records.

    ``max_chars``: the longest segment (default :func:`max_sentence_chars`); longer
    sentences, and with ``presegmented`` longer lines, are cut into pieces.
    ``max_segments``: the most segments of one language (default from the input limit,
    :func:`aligner.formats.text.max_segments`); more is an :class:`InputError`, raised as
    soon as they are counted, since the alignment's memory grows with them.
    ``unwrap``: rejoin hard-wrapped lines (see :func:`paragraphs`); off for text a reader
    already laid out a paragraph a line (Word, web pages, PDF, subtitle cues).
    """

    def __init__(self, presegmented: bool = False, max_chars: int | None = None,
                 max_segments: int | None = None, unwrap: bool = True) -> None:
        from ..formats.text import max_segments as default_max_segments

        self.presegmented = presegmented
        self.unwrap = unwrap
        self.max_chars = max_chars or max_sentence_chars()
        self.max_segments = max_segments or default_max_segments()

    def segment(self, text: str, lang: str | None = None, units: Sequence[tuple[int, int]] = ()) -> list[Segment]:
        """Segments of ``text``. With ``lang`` set, every sentence gets that language
        (a monolingual file); otherwise language is decided per line and per run
        within mixed lines, and text without letters gets ``lang`` "none".

        A segment's ``index`` counts the segments of its language; with
        ``presegmented`` it is the segment's 0-based line number in ``text`` (blank
        lines count; the pieces of a line cut for length share its number). ``units``:
        sorted (start, end) spans of lines that are paragraphs of their own, whatever
        the rules for wrapped lines say (a reader's headings, see :func:`paragraphs`)."""
        segments: list[Segment] = []
        last: dict[str, int] = {}  # the position in segments of the last segment of each language
        view = _half_width(text)  # what the rules read; segments keep the text's characters
        blocks = _lines(view) if self.presegmented else paragraphs(view, self.unwrap, units)
        limit = self.max_segments * (1 if lang else 2)  # a bilingual text holds both sides
        for first in range(0, len(blocks), _BLOCKS_PER_BATCH):
            # the Korean runs of a batch of paragraphs go to kiwipiepy in one call
            runs = [(number, start, end, run_lang)
                    for number, (a, b) in enumerate(blocks[first:first + _BLOCKS_PER_BATCH], first)
                    for start, end, run_lang in self._runs(view, a, b, lang)]
            whole = [not self.presegmented and REFERENCE_ENTRY.fullmatch(view, s, e) is not None for _, s, e, _ in runs]
            korean = iter(split_korean_many([view[s:e] for (_, s, e, run_lang), w in zip(runs, whole)
                                             if self._kiwi_splits(run_lang) and not w], self.max_chars))
            for (number, start, end, run_lang), w in zip(runs, whole):
                if w:  # a reference list's entry: one segment (see REFERENCE_ENTRY)
                    spans = _bounded(view[start:end], _trimmed_spans(view[start:end], [0, end - start]), self.max_chars)
                else:
                    spans = next(korean) if self._kiwi_splits(run_lang) else self._sentences(view[start:end], run_lang)
                if not self.presegmented:
                    spans = _lead_ins_apart(view[start:end], spans)
                k = last.get(run_lang)
                if (lang is None and run_lang != "none" and k is not None and segments[k].paragraph == number
                        and not has_letters(view[start:end]) and len(segments[k].text) + end - start <= self.max_chars):
                    # the punctuation after a translation in brackets, a run of a language without
                    # letters: it ends the sentence before them, the last of its language (see
                    # language_runs), whose offsets now span the translation
                    segments[k] = Segment(segments[k].text + text[start:end], segments[k].lang, segments[k].start, end,
                                          number)
                    continue
                for s, e in spans:
                    own = _own_language(view[start + s:start + e], run_lang) if lang is None else run_lang
                    last[run_lang] = len(segments)  # the last sentence of a run of run_lang, whatever its own
                    segments.append(Segment(text[start + s:start + e], own, start + s, start + e, number))
            if len(segments) > limit:
                what = {"ko": "the Korean text", "en": "the English text"}.get(lang or "", "the document")
                raise InputLimitError(
                    f"{what} has more than {limit:,} segments (sentences or lines), the most the input limit "
                    "allows, since memory grows with them (about 25 KB each); raise it with --max-input-mb or "
                    "ALIGNER_MAX_INPUT_MB"
                )
        if self.presegmented:
            return _line_numbered(text, segments)
        return numbered(segments)

    def _runs(self, text: str, a: int, b: int, lang: str | None) -> Iterable[tuple[int, int, str]]:
        if lang is not None:
            return [(a, b, lang)]
        if not self.presegmented and REFERENCE_ENTRY.fullmatch(text, a, b):  # one language: the entry's letters
            return [(a, b, language_of(text[a:b]) or "none")]
        if self.presegmented and _bilingual_row(text[a:b]):  # "Korean<TAB>English": a segment per column
            return [(a + m.start(), a + m.end(), language_of(m.group()) or "none")
                    for m in _COLUMN.finditer(text[a:b])]
        # a line of one bilingual text, presegmented or not, is cut where its language changes
        # ("I'm late. - 늦었어요.": one sentence a language)
        return [(a + s, a + e, run_lang or "none") for s, e, run_lang in language_runs(text[a:b])]

    def _kiwi_splits(self, lang: str) -> bool:
        return lang == "ko" and not self.presegmented

    def _sentences(self, text: str, lang: str) -> list[tuple[int, int]]:
        """Sentence spans of a run that is not Korean prose (see split_korean_many)."""
        if self.presegmented:  # a line a sentence, but a translator's note closing it is one of its own
            spans = _trimmed_spans(text, _annotated(text, [0, len(text)]))
        elif lang == "en":
            return split_english(text, self.max_chars)
        else:
            spans = _trimmed_spans(text, [0, len(text)])
        return _bounded(text, spans, self.max_chars)


def _own_language(sentence: str, run_lang: str) -> str:
    """A sentence's language: its run's, unless it has letters of the other language only
    (a run kept a short sentence of the other language, "어서 오세요 Welcome!", and the
    splitter cut it off: "Welcome!" is English)."""
    if run_lang in ("ko", "en") and only_other_letters(sentence, run_lang):
        return "en" if run_lang == "ko" else "ko"
    return run_lang


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def numbered(segments: list[Segment]) -> list[Segment]:
    """Give each segment its index among the segments of its language."""
    counts: dict[str, int] = {}
    out = []
    for seg in segments:
        i = counts.get(seg.lang, 0)
        counts[seg.lang] = i + 1
        out.append(Segment(seg.text, seg.lang, seg.start, seg.end, seg.paragraph, i))
    return out


def _line_numbered(text: str, segments: list[Segment]) -> list[Segment]:
    """Give each segment the 0-based number of the line it is on (segments in order)."""
    out, line, pos = [], 0, 0
    for seg in segments:
        line += text.count("\n", pos, seg.start)
        pos = seg.start
        out.append(Segment(seg.text, seg.lang, seg.start, seg.end, seg.paragraph, line))
    return out
