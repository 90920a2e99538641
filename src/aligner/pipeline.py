"""The library's front door: align two texts, or one bilingual text."""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import logging
import re
from collections import Counter
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

import numpy as np

from . import arguments
from .aligning import Bead, Forbidden, Params, Side, align_sides, english_shortfall, partner_blocks, refine_gaps
from .aligning.scoring import SPEAKER_LABEL, confidence, is_boilerplate, is_translator_note, signs_a_note, spans_a_wall
from .segmenting.paragraphs import _ENDS
from .segmenting.scripts import _PLACEHOLDERS, SYLLABLES, addresses, only_other_letters, without_addresses
from .segmenting.sentences import _SENTENCE_END, without_blanks, without_notes, without_opening_marks
from .embed import (
    DEFAULT_ENCODER,
    Encoder,
    JoinedTextWindows,
    SpanEmbedder,
    embed_unique,
    encoder_of,
    encoder_text,
    native_windows,
    similarity_scale,
    visible,
)
from .errors import LanguageError
from .records import (ADDRESS_ONLY, BOILERPLATE, NO_COUNTERPART, NO_LETTERS, OTHER_SCRIPT, TRANSLATOR_NOTE,
                      UNTRANSLATED, Alignment, Cue, Pair, Segment, Unpaired)
from .segmenting import (
    RECORD_BREAK,
    Segmenter,
    continuations,
    has_letters,
    has_other_letters,
    language_of,
    languages_of_two,
    letter_counts,
    max_sentence_chars,
    numbered,
    punctuated,
    script_halves,
    sentence_lines,
)

if TYPE_CHECKING:
    from .review.corrections import DocumentCorrections

log = logging.getLogger(__name__)
_RECORD_BREAK_LINE = re.compile(rf"(?m)^{RECORD_BREAK}$")


def align(
    korean_text: str,
    english_text: str,
    *,
    encoder: str | Encoder = DEFAULT_ENCODER,
    presegmented: bool = False,
    params: Params | None = None,
) -> list[Pair]:
    """Align a Korean text with its English translation; return the sentence pairs."""
    return align_texts(korean_text, english_text, encoder=encoder, presegmented=presegmented, params=params).pairs


def align_bilingual(
    text: str,
    *,
    encoder: str | Encoder = DEFAULT_ENCODER,
    presegmented: bool = False,
    params: Params | None = None,
) -> list[Pair]:
    """Align one document in which Korean and English paragraphs alternate (either first,
    sometimes both on one line); return the sentence pairs."""
    return align_document(text, encoder=encoder, presegmented=presegmented, params=params).pairs


def align_texts(
    korean_text: str,
    english_text: str,
    *,
    encoder: str | Encoder = DEFAULT_ENCODER,
    presegmented: bool = False,
    params: Params | None = None,
    anchors: DocumentCorrections | None = None,
    ko_cues: Sequence[Cue] | None = None,
    en_cues: Sequence[Cue] | None = None,
    unwrap: bool | tuple[bool, bool] = True,
    ko_headings: Sequence[tuple[int, int]] | None = None,
    en_headings: Sequence[tuple[int, int]] | None = None,
) -> Alignment:
    """Like :func:`align`, with the unpaired segments and all segments kept.

    ``anchors``: a review's corrections, kept as they are (see :mod:`aligner.review`).
    ``ko_cues``/``en_cues``: the times of character spans of each text (subtitle cues,
    as a reader gives them); when both are given, overlapping times are evidence.
    ``unwrap``: rejoin hard-wrapped lines (off for text a reader laid out a paragraph a
    line; see ``segmenting.paragraphs``), for both texts or (Korean, English).
    ``ko_headings``/``en_headings``: the character spans of each text's headings (as a
    reader gives them: ``Document.headings``); a heading is a unit of its own, never in a
    pair with a sentence that is not its own.
    """
    korean_text, english_text = arguments.text(korean_text, "korean_text"), arguments.text(english_text, "english_text")
    arguments.flag(presegmented, "presegmented")
    if not isinstance(unwrap, bool) and not (isinstance(unwrap, tuple) and len(unwrap) == 2
                                             and all(isinstance(u, bool) for u in unwrap)):
        raise TypeError(f"unwrap must be True, False or a pair of them (Korean, English), not {unwrap!r}")
    # (two texts of one language are aligned as given: an English model pairs paraphrases)
    if languages_of_two([korean_text, english_text]) == ["en", "ko"]:
        raise LanguageError("korean_text reads as English and english_text as Korean: give the Korean text first")
    ko_cues, en_cues = arguments.cues(ko_cues, "ko_cues"), arguments.cues(en_cues, "en_cues")
    ko_headings, en_headings = arguments.spans(ko_headings, "ko_headings"), arguments.spans(en_headings, "en_headings")
    ko_unwrap, en_unwrap = (unwrap, unwrap) if isinstance(unwrap, bool) else unwrap
    if not presegmented and not ko_cues and not en_cues:  # plain text: its headings from its layout
        ko_headings = ko_headings if ko_headings or not ko_unwrap else plain_headings(korean_text) or None
        en_headings = en_headings if en_headings or not en_unwrap else plain_headings(english_text) or None
    ko = Segmenter(presegmented=presegmented, unwrap=ko_unwrap).segment(korean_text, lang="ko", units=ko_headings or ())
    en = Segmenter(presegmented=presegmented, unwrap=en_unwrap).segment(english_text, lang="en", units=en_headings or ())
    ko_times, en_times = _times(ko, ko_cues), _times(en, en_cues)
    if ko_times is None or en_times is None:
        ko_times = en_times = None
    return align_segments(ko, en, encoder=encoder, params=params, anchors=anchors,
                          ko_times=ko_times, en_times=en_times,
                          headings=_headings(ko, ko_headings, en, en_headings))


# A plain text's paragraph (lines between blank lines) and its sentence end
_PLAIN_PARAGRAPH = re.compile(r"[^\n]+(?:\n[ \t]*\S[^\n]*)*")
_HEADING_CHARS = 40  # a heading's length at most; longer, a paragraph of prose


def plain_headings(text: str) -> list[tuple[int, int]]:
    """The headings of a plain text, as its layout shows them: a paragraph of one short line
    (letters, no sentence end) between blank lines, above a longer paragraph, in a text
    whose paragraphs of prose (three or more) end their sentences (not a line the sentence
    splitter cuts: a scene heading "SC. 1 – DAWN. A DRY OFFICE"). They are units as a
    reader's headings are (see :func:`align_texts`): a KIPO filing's "선행기술문헌" and "What
    is claimed is:" were glued into their neighbours' pairs across a blank line (a patents
    audit); a text of unpunctuated lines (verse, chat, subtitles) has none."""
    found = [(m.start(), m.group().strip()) for m in _PLAIN_PARAGRAPH.finditer(text) if m.group().strip()]
    prose = [t for _, t in found if len(t) > _HEADING_CHARS]
    if len(prose) < 3 or sum(bool(_SENTENCE_END.search(t)) for t in prose) < 0.8 * len(prose):
        return []
    out = []
    for (start, line), (_, after) in itertools.pairwise(found):
        # (no sentence end in it either: "SC. 1 – DAWN. A DRY OFFICE" is sentences to the splitter)
        if ("\n" not in line and len(line) <= _HEADING_CHARS and not _ENDS.search(line) and len(after) > len(line)
                and any(c.isalpha() for c in line)):
            at = text.index(line, start)
            out.append((at, at + len(line)))
    return out


def _times(segments: list[Segment], cues: Sequence[Cue] | None) -> list[tuple[float, float] | None] | None:
    if not cues:
        return None
    from .formats.subtitles import segment_times

    return segment_times(segments, cues)


def align_document(
    text: str,
    *,
    encoder: str | Encoder = DEFAULT_ENCODER,
    presegmented: bool = False,
    params: Params | None = None,
    name: str = "document",
    anchors: DocumentCorrections | None = None,
    cues: Sequence[Cue] | None = None,
    unwrap: bool = True,
    headings: Sequence[tuple[int, int]] | None = None,
) -> Alignment:
    """Like :func:`align_bilingual`, with the unpaired segments and all segments kept.
    ``anchors``: a review's corrections, kept as they are (see :mod:`aligner.review`);
    ``cues``: times of character spans of ``text`` (a bilingual subtitle file);
    ``unwrap``, ``headings``: as in :func:`align_texts`."""
    text = arguments.text(text, "text")
    arguments.flag(presegmented, "presegmented")
    arguments.flag(unwrap, "unwrap")
    cues = arguments.cues(cues, "cues")
    headings = arguments.spans(headings, "headings")
    model, params = _model_and_params(encoder, params, anchors)
    segments = Segmenter(presegmented=presegmented, unwrap=unwrap).segment(text, units=headings or ())
    whole = segments
    if params.halves_min_sim is not None:
        segments = translated_halves(text, segments, model, params, renumber=not presegmented)
    ko = [s for s in segments if s.lang == "ko"]
    en = [s for s in segments if s.lang == "en"]
    if not ko and not en:  # (digits only: "it has no Korean text" said less than it knew)
        raise LanguageError(f"{name}: has no Korean or English letters; a bilingual document needs both languages")
    if not ko or not en:
        missing = "Korean" if not ko else "English"
        raise LanguageError(
            f"{name}: a bilingual document needs both languages, but it has no {missing} text; "
            "to align two files, give the Korean file and the English file"
        )
    other = [Unpaired(s, no_language_reason(s.text)) for s in segments if s.lang not in ("ko", "en")]
    records = records_of(text, ko), records_of(text, en)
    ko_times, en_times = _times(ko, cues), _times(en, cues)
    # a bilingual subtitle file (dual SAMI or SRT) interleaves its languages cue by cue, in
    # time order: its runs are no blocks of a text and its translation, times are the
    # evidence (a cue split in two on one side had the other side's cue between its halves)
    runs = language_runs(segments) if ko_times is None else None
    heads = _headings(ko, headings, en, headings)
    result = align_segments(ko, en, encoder=model, params=params, anchors=anchors, ko_times=ko_times,
                            en_times=en_times, runs=runs, records=None if records[0] is None else records,
                            headings=heads)
    if records[0] is not None and anchors is None and _rows_out_of_line(result, records):
        # a table whose English column slid a row (a paste one row off): its rows pair
        # nothing, while the text read as running text pairs
        loose = align_segments(ko, en, encoder=model, params=params, ko_times=ko_times, en_times=en_times, runs=runs,
                               headings=heads)
        if len(loose.pairs) >= 2 * max(1, len(result.pairs)):
            log.warning("%s: the Korean and English cells of its table do not translate each other row by row "
                        "(%d pairs in %d rows with both); aligned as running text, across rows",
                        name, len(result.pairs), len(set(records[0]) & set(records[1])))
            result = loose
    result = _halves_paired(result, _halves(whole, segments), model, params)
    return Alignment(result.pairs, sorted(result.unpaired + other, key=lambda s: s.start), ko, en)


def _halves(whole: list[Segment], cut: list[Segment]) -> list[tuple[Segment, Segment]]:
    """The (Korean, English) halves of each line :func:`translated_halves` cut."""
    kept = set(cut)
    starts = [s.start for s in cut]  # (in order)
    out = []
    for line in (s for s in whole if s not in kept):
        parts = {s.lang: s for s in cut[bisect.bisect_left(starts, line.start):bisect.bisect_left(starts, line.end)]
                 if s.lang in ("ko", "en")}
        if len(parts) == 2:
            out.append((parts["ko"], parts["en"]))
    return out


def _halves_paired(result: Alignment, halves: list[tuple[Segment, Segment]], model: Encoder,
                   params: Params) -> Alignment:
    """The alignment with the two halves of each cut line paired where both are left
    unpaired (and the pair crosses none): the line says they translate each other, as a
    table's row does, where the encoder barely can (a list of signs, "물품보관함 Lockers",
    cosine 0.15; a menu's romanized dishes). Its confidence is that of the halves'
    similarity (``aligning.scoring`` maps a pair's score and cosine to one)."""
    unpaired = {id(u.segment): u for u in result.unpaired if u.reason == NO_COUNTERPART}
    found = [(k, e) for k, e in halves if id(k) in unpaired and id(e) in unpaired]
    if not found:
        return result
    evidence = halves_evidence(model, [(k.text, e.text, "ko") for k, e in found], params)
    pairs = [(p.ko[0].start, p.en[0].start, p.en[-1].start, p) for p in result.pairs]  # (in order)
    ko_starts = [p[0] for p in pairs]
    latest = list(itertools.accumulate((p[2] for p in pairs), max))  # the last English start so far
    earliest = list(itertools.accumulate((p[1] for p in reversed(pairs)), min))[::-1]  # the first from here
    added = []
    for (k, e), ev in zip(found, evidence):
        at = bisect.bisect_left(ko_starts, k.start)
        if (at and latest[at - 1] > e.start) or (at < len(pairs) and earliest[at] < e.start):
            continue  # it would cross a pair
        sim = float(ev) if np.isfinite(ev) else 0.0
        added.append((k.start, e.start, e.start, Pair((k,), (e,), round(confidence(sim, sim), 4))))
        del unpaired[id(k)], unpaired[id(e)]
    kept = {id(u.segment) for u in unpaired.values()}
    return Alignment([p for *_, p in sorted(pairs + added, key=lambda p: p[0])],
                     [u for u in result.unpaired if u.reason != NO_COUNTERPART or id(u.segment) in kept],
                     result.ko_segments, result.en_segments)


def _encoder_reads(ko_units: list[str], en_units: list[str]) -> tuple[list[str], list[str]]:
    """What the encoder reads of each unit of each side: without its translator's notes, a
    worksheet's blanks and its opening marks (see the caller's comment), but with its mark
    where that would make it read as another unit of its side that differs from it only by
    its mark ("■ 안건" and "□ 안건", two levels of an outline: an adversarial check), and then
    so on both sides wherever a unit opens with that mark."""
    sides = []
    for units in (ko_units, en_units):
        base = [without_blanks(without_notes(t)) for t in units]
        read = [without_opening_marks(t) for t in base]
        sides.append((base, read, [b[:len(b) - len(r)].strip() for b, r in zip(base, read)]))
    kept: set[str] = set()
    for base, read, marks in sides:
        originals: dict[str, set[str]] = {}
        for b, r in zip(base, read):
            originals.setdefault(r, set()).add(b)
        kept |= {m for b, r, m in zip(base, read, marks) if m and len(originals[r]) > 1}
    ko, en = ([b if m and m in kept else r for b, r, m in zip(*side)] for side in sides)
    return ko, en


def _rows_out_of_line(result: Alignment, records: tuple[Sequence[int], Sequence[int]]) -> bool:
    """Whether fewer than half the records with both languages (a bilingual table's rows)
    hold a pair."""
    both = set(records[0]) & set(records[1])
    at = {id(s): r for segments, side in ((result.ko_segments, records[0]), (result.en_segments, records[1]))
          for s, r in zip(segments, side)}
    paired = {at[id(p.ko[0])] for p in result.pairs if id(p.ko[0]) in at}
    return 2 * len(paired & both) < len(both)


_LABEL_END = re.compile(r"[:：]\s*$")  # a Korean half that is a label: its value follows


# The fewest lines of one language then the other that show a document's kind (above)
_SIGNS = 3


def translated_halves(text: str, segments: list[Segment], model: Encoder, params: Params,
                      renumber: bool = True) -> list[Segment]:
    """Each segment of a bilingual ``text`` that is one language, then the other, and whose
    two halves translate each other, cut into its two halves: a heading beside its
    translation that the segmenter's rules keep whole ("Contact Us 문의하기", "Chapter 2
    Using the API 제2장 API 사용하기", "Ministry of Foreign Affairs 외교부": a Title Case
    English run reads like a name inside a Korean phrase, "삼성전자 신형 Galaxy S24"). Of the
    cuts :func:`segmenting.languages.script_halves` offers, the one with the most evidence
    (:func:`halves_evidence`) stands if it reaches ``params.halves_min_sim``
    (``params.label_min_sim`` after a Korean label's colon: "결제: Checkout"). ``renumber``:
    give the segments their index among their language's again (else each keeps its
    line's)."""
    cuts = [(i, *cut) for i, s in enumerate(segments)
            if s.lang in ("ko", "en") and text[s.start:s.end] == s.text and all(letter_counts(s.text))
            for cut in script_halves(s.text)]
    if not cuts:
        return segments
    evidence = halves_evidence(model, [(segments[i].text[:a], segments[i].text[b:end], lang)
                                       for i, a, b, lang, _, end in cuts], params)
    label = params.halves_min_sim if params.label_min_sim is None else params.label_min_sim
    labelled = {i for i, a, _, lang, _, _ in cuts if lang == "ko" and _LABEL_END.search(segments[i].text, 0, a)}
    top: dict[int, tuple[float, int, int, str, str, int]] = {}  # each segment's cut of the most evidence
    for (i, *cut), sim in zip(cuts, evidence):
        if sim > top.get(i, (-np.inf,))[0]:
            top[i] = (sim, *cut)
    best = {i: cut for i, cut in top.items() if cut[0] >= (label if i in labelled else params.halves_min_sim)}
    # A document's label lines are of one kind: where most of them are a glossary's (the
    # value translates the label), all are ("갑: Party A", "을: Party B", the second 0.2)
    if len(labelled) >= 2 and 2 * sum(i in best for i in labelled) >= len(labelled):
        best.update((i, top[i]) for i in labelled)
    # ... and so are its lines of one language then the other, in one order: where most of
    # them translate themselves, or a third do and they are most of the document (a list of
    # signs or a menu: nothing but such lines), all do ("출구 Exit", "화장실 Restroom" cut;
    # "물품보관함 Lockers" 0.15, "관계자 외 출입금지 Staff Only" 0.21: a short label is weak
    # evidence alone). Not a list of Korean phrases ending on an English name ("봉준호 감독의
    # 영화 Parasite", "파일 열기 Ctrl+O"): none translates itself (an adversarial check).
    for lang in ("ko", "en"):
        lines = [i for i, cut in top.items() if i not in labelled and cut[3] == lang]
        translated = sum(i in best for i in lines)
        if len(lines) >= _SIGNS and (2 * translated > len(lines) or 2 * len(lines) > len(segments)
                                     and 3 * translated >= len(lines)):
            best.update((i, top[i]) for i in lines)
    # ... and a bilingual document has both languages: where no segment of one would be
    # left, every label's value is cut off, as the segmenter once did (a glossary of
    # acronyms, "국내총생산: GDP" at 0.08, was an error: no English)
    langs = {s.lang for k, s in enumerate(segments) if k not in best} | {lang for cut in best.values() for lang in cut[3:5]}
    if not {"ko", "en"} <= langs:
        best.update((i, top[i]) for i in labelled)
    if not best:
        return segments
    out: list[Segment] = []
    for i, s in enumerate(segments):
        if i not in best:
            out.append(s)
            continue
        _, a, b, first_lang, second_lang, end = best[i]
        out += [Segment(s.text[:a], first_lang, s.start, s.start + a, s.paragraph, s.index),
                Segment(s.text[b:end], second_lang, s.start + b, s.start + end, s.paragraph, s.index)]
        tail = s.text[end:]
        if has_other_letters(tail):  # Chinese or Japanese after the English half: a third language
            lead = len(tail) - len(tail.lstrip())
            out.append(Segment(tail.strip(), "none", s.start + end + lead, s.start + end + lead + len(tail.strip()),
                               s.paragraph, s.index))
    return numbered(out) if renumber else out


def halves_evidence(model: Encoder, halves: Sequence[tuple[str, str, str]], params: Params) -> np.ndarray:
    """How far each (first half, second half, the first's language) translate each other:
    their similarity on USE's scale (see ``embed.similarity_scale``), less the DP's length
    prior (``Params.length_weight``) where the English half is shorter than the usual
    ratio to its Korean (:func:`aligning.english_shortfall`): an English name before a
    Korean sentence about it, "Samsung Electronics 삼성전자는 오늘 새 스마트폰을 발표했다.",
    0.51 → 0.30. Translated headings score 0.53–0.93 with USE, a Korean heading opening on
    an English term ("Python 프로그래밍 입문", "Black Friday 할인 행사") at most 0.42 before the
    length term (``python benchmarks/halves.py``). An encoder that declares no background
    (a sentence-transformers model) has its scale estimated from the halves' unrelated
    pairs; with fewer than ten halves there are too few, and no evidence is -inf: no cut."""
    if getattr(model, "background", None) is None and len(halves) < 10:
        return np.full(len(halves), -np.inf)
    first, second = embed_unique(model, [f for f, _, _ in halves], [s for _, s, _ in halves])
    mapping = similarity_scale(model, first, second)
    sims = mapping["scale"] * np.einsum("ij,ij->i", first, second) + mapping["shift"]
    ko_len = np.array([len(s if lang == "en" else f) for f, s, lang in halves], dtype=np.float32)
    en_len = np.array([len(f if lang == "en" else s) for f, s, lang in halves], dtype=np.float32)
    return sims - params.length_weight * english_shortfall(ko_len, en_len, params)


def other_language_warnings(ko_path: str, en_path: str, result: Alignment) -> list[str]:
    """Of two files, each segment takes its file's language; a warning naming a file when a
    fifth or more of its segments (three at least) are sentences of the other language: a
    bilingual document given as one of two files pairs its lines of the other language
    with their copies in the other file, not with their translations. Names and terms
    left in the other language ("Windows 11", "Intel Core i5" in a Korean spec sheet) are
    no sentences: four words at least, or a sentence end."""
    warnings = []
    for path, segments, other in ((ko_path, result.ko_segments, "en"), (en_path, result.en_segments, "ko")):
        langs = [language_of(s.text) for s in segments]
        count = sum(lang == other and (len(s.text.split()) >= 4 or _SENTENCE_END.search(s.text.rstrip()) is not None)
                    for s, lang in zip(segments, langs))
        total = sum(lang is not None for lang in langs)
        if count >= 3 and count >= 0.2 * total:
            which = {"ko": "Korean", "en": "English"}[other]
            warnings.append(f"{path}: {count} of its {total} segments are {which}, and were aligned as its "
                            "language; if it holds both languages, align it alone, as a bilingual document")
    return warnings


def no_language_reason(text: str) -> str:
    """Why a segment in neither language (``lang`` "none") is never paired: its letters
    are of another script (a heading in Hanja, 大韓民國), or it has no Korean or English
    letters (a date, a number), or its only ones are in web or e-mail addresses, which
    ``segmenting.language_of`` does not count."""
    if has_other_letters(text):
        return OTHER_SCRIPT
    return ADDRESS_ONLY if has_letters(_PLACEHOLDERS.sub(" ", text)) else NO_LETTERS  # "{total}": none


def never_paired(text: str) -> str | None:
    """Why a segment is left out before alignment (:func:`no_language_reason`, or it is
    boilerplate: ``scoring.is_boilerplate``, or a translator's note:
    ``scoring.is_translator_note``), or None for one to align."""
    if not language_of(text):
        return no_language_reason(text)
    if is_translator_note(text):
        return TRANSLATOR_NOTE
    return BOILERPLATE if is_boilerplate(text) else None


def align_segments(
    ko: list[Segment],
    en: list[Segment],
    *,
    encoder: str | Encoder = DEFAULT_ENCODER,
    params: Params | None = None,
    forbidden: Forbidden | Collection[tuple[int, int]] = (),
    anchors: DocumentCorrections | None = None,
    ko_times: Sequence[tuple[float, float] | None] | None = None,
    en_times: Sequence[tuple[float, float] | None] | None = None,
    runs: tuple[Sequence[int], Sequence[int]] | None = None,
    records: tuple[Sequence[int], Sequence[int]] | None = None,
    headings: tuple[Sequence[int], Sequence[int]] | None = None,
) -> Alignment:
    """Align already segmented Korean and English sentences. ``forbidden``: (position in
    ``ko``, position in ``en``) sentence pairs that must not end up in one pair (or a
    :class:`aligner.aligning.Forbidden`: groups of them);
    ``anchors``: a review's corrections (fixed and rejected links); ``ko_times`` /
    ``en_times`` (one (start, end) in seconds or None per segment, both or neither) are
    evidence; so are ``runs`` (see :func:`language_runs`) when both sides come from one
    bilingual document. ``records``: each segment's record, per side (see
    :func:`records_of`): a pair takes its two sides from one record. ``headings``: each
    segment's heading, per side (its number, -1 for none: see :func:`_headings`): a
    heading's segments are a unit no pair joins to any other."""
    ko, en = arguments.items(ko, Segment, "ko"), arguments.items(en, Segment, "en")
    model, params = _model_and_params(encoder, params, anchors)
    if anchors is not None:
        from .review.anchors import align_anchored

        return align_anchored(ko, en, anchors, encoder=model, params=params, runs=runs, records=records,
                              headings=headings)
    # A page number, a date, an address has nothing to translate and is never paired ("3"
    # <-> "3" is no unit of a translation memory): of two files, where each segment takes
    # its file's language, such segments are left out here (a bilingual document's are of
    # neither language and never come here, but for a sentence cut from a run of one
    # language: "##http://…" in an English paragraph). at_ko/at_en: each kept segment's
    # position on its side -> its position among those kept.
    # So is a byline, a copyright notice, a dateline alone (is_boilerplate): paired with its
    # own translation ("김민지 기자" / "By Kim Min-ji"), it fills a memory built from many pages.
    ko_out, en_out = left_out(ko), left_out(en)
    at_ko = {i: n for n, i in enumerate([i for i, why in enumerate(ko_out) if why is None])}
    at_en = {j: n for n, j in enumerate([j for j, why in enumerate(en_out) if why is None])}
    unpaired: list[Unpaired] = [Unpaired(s, why) for side, reasons in ((ko, ko_out), (en, en_out))
                                for s, why in zip(side, reasons) if why is not None]
    all_ko, all_en = ko, en
    walls = None
    if records is not None:
        records = [records[0][i] for i in at_ko], [records[1][j] for j in at_en]
    heads = headings and ([headings[0][i] for i in at_ko], [headings[1][j] for j in at_en])
    if unpaired or records is not None or heads:
        # a segment left out is a wall: no pair spans it (its sentences run on either side
        # of a page number or a translator's note, and a pair is a run of consecutive ones);
        # so is the border between two records, and each edge of a heading (a title pairs
        # alone: short, it fits onto the next sentence's pair about as well as not)
        walls = (_walls(list(at_ko), records and records[0], heads and heads[0]),
                 _walls(list(at_en), records and records[1], heads and heads[1]))
    if unpaired:
        ko, en = [ko[i] for i in at_ko], [en[j] for j in at_en]
        forbidden = Forbidden.of(forbidden).mapped(at_ko.get, at_en.get)
        if ko_times is not None and en_times is not None:
            ko_times, en_times = [ko_times[i] for i in at_ko], [en_times[j] for j in at_en]
        if runs is not None:
            runs = ([runs[0][i] for i in at_ko], [runs[1][j] for j in at_en])
    beads = align_beads(ko, en, model, params, forbidden, ko_times, en_times, runs, walls, records,
                        heads and ([k >= 0 for k in heads[0]], [k >= 0 for k in heads[1]]))
    pairs: list[Pair] = []
    # the copy in the other file of a segment left out there untranslated is its original:
    # paired alone it may be a translation ("The Keeper's Daughter" of "등대지기의 딸"), but at
    # the edge of a pair of several it is the copy glued on ("L = μ₀ · N² · A / l" before the
    # next sentence's English, 0.93)
    copies = {_unlabelled_letters(u.segment.text) for u in unpaired if u.reason == UNTRANSLATED}
    for b in beads:
        ko_part, en_part = tuple(ko[b.ko_start:b.ko_end]), tuple(en[b.en_start:b.en_end])
        if copies and ko_part and en_part:
            ko_part, en_part, glued = _without_copies(ko_part, en_part, copies)
            unpaired.extend(Unpaired(s, UNTRANSLATED) for s in glued)
        if ko_part and en_part and not _quoted(ko_part, en_part):
            pairs.append(Pair(ko_part, en_part, round(b.confidence, 4)))
        else:
            unpaired.extend(Unpaired(s, NO_COUNTERPART) for s in ko_part + en_part)
    unpaired = [Unpaired(u.segment, UNTRANSLATED)
                if u.reason == NO_COUNTERPART and _unlabelled_letters(u.segment.text) in copies else u
                for u in unpaired]
    return Alignment(pairs, sorted(unpaired, key=lambda s: (s.lang, s.index)), list(all_ko), list(all_en))


def _quoted(ko: Sequence[Segment], en: Sequence[Segment]) -> bool:
    """Whether a pair's English side holds all its Korean side's Hangul, as written: it
    is about the Korean, not its translation ("V-아/어 주세요" / "Use V-아/어 주세요 to ask
    someone …", a textbook's grammar point cut from its heading and paired at 0.92)."""
    hangul = "".join(SYLLABLES.findall(" ".join(s.text for s in ko)))
    return len(hangul) >= 2 and hangul in "".join(SYLLABLES.findall(" ".join(s.text for s in en)))


def _without_copies(ko: tuple[Segment, ...], en: tuple[Segment, ...],
                    copies: set[str]) -> tuple[tuple[Segment, ...], tuple[Segment, ...], list[Segment]]:
    """A pair's sides without the copies (``copies``: their letters) at the edges of a side
    of two segments or more, and those copies."""
    glued: list[Segment] = []
    sides = []
    for side in (ko, en):
        while len(side) > 1 and _unlabelled_letters(side[0].text) in copies:
            glued.append(side[0])
            side = side[1:]
        while len(side) > 1 and _unlabelled_letters(side[-1].text) in copies:
            glued.append(side[-1])
            side = side[:-1]
        sides.append(side)
    return sides[0], sides[1], glued


def _unlabelled_letters(text: str) -> str:
    """The letters and digits of ``text``, case aside, without a speaker's label."""
    label = SPEAKER_LABEL.match(text)
    return "".join(ch for ch in text[label.end() if label else 0:].casefold() if ch.isalnum())


def left_out(segments: Sequence[Segment]) -> list[str | None]:
    """Why each of one side's segments is left out before alignment (:func:`never_paired`),
    or None: with the sentences a bracketed translator's note goes on with marked as its
    (the splitter cuts "(역주: 장뇌는 … 물질이다. 약으로 썼다.)" in two, and only the first
    opens with the label), up to the segment that closes its bracket (eight at most), in
    the same paragraph; and the sentences of a paragraph that a translator's signature ends
    ("수제비는 …. 반죽을 …. —옮긴이": the splitter cuts the note and its signature apart)."""
    reasons = [never_paired(s.text) for s in segments]
    if _of_its_language(segments):  # (two texts of one language are aligned as given)
        reasons = [why or _other_language(s) for s, why in zip(segments, reasons)]
    out = list(reasons)
    for i, seg in enumerate(segments):
        if reasons[i] != TRANSLATOR_NOTE:
            continue
        if signs_a_note(seg.text):  # a signature signs its paragraph: "수제비는 …. 반죽을 …. —옮긴이"
            j = i - 1
            while j >= 0 and segments[j].paragraph == seg.paragraph and out[j] is None:
                out[j] = TRANSLATOR_NOTE
                j -= 1
        depth = _open_brackets(seg.text)
        j = i + 1
        while depth > 0 and j < min(len(segments), i + 9) and segments[j].paragraph == seg.paragraph:
            if out[j] is None:
                out[j] = TRANSLATOR_NOTE
            depth += _open_brackets(segments[j].text)
            j += 1
    return out


def _of_its_language(segments: Sequence[Segment]) -> bool:
    """Whether most of a side's segments with letters are of the side's language: a
    Korean file, not an English text given as the Korean side to align two of one
    language (an English model pairs paraphrases)."""
    langs = [(s.lang, language_of(s.text)) for s in segments]
    return 2 * sum(own == found for own, found in langs) >= sum(found is not None for _, found in langs)


def _other_language(segment: Segment) -> str | None:
    """UNTRANSLATED for a segment with letters of the other language only (of two files,
    each segment takes its file's language: an English title, epigraph or quotation left in
    the Korean file), else None. Aligned, it pairs with an English sentence, its copy or
    not ("THE KEEPER'S DAUGHTER by Helen Marsh" / "Helen Marsh" at 0.86), which is no
    translation, and takes the copy from its Korean translation."""
    label = SPEAKER_LABEL.match(segment.text)  # "청중 3: Could you say more …?": the words are English
    rest = segment.text[label.end() if label else 0:]
    if not only_other_letters(rest, segment.lang):
        return None
    # ... but a Korean label's value in Latin letters, a name or a code, is translated with its
    # label: "- 모델명: HK-1700" is "- Model: HK-1700" (both were taken for the other's copy),
    # "보낸 사람: Jane Miller <jane.miller@…>" is "From: Jane Miller <…>" (an address is no wording)
    value = label is not None and segment.lang == "ko" and SYLLABLES.search(label.group()) is not None
    return None if value and _WORDING.search(without_addresses(rest)) is None else UNTRANSLATED


# An English word in lower case, three letters or more: wording, not a name, a code or a
# unit ("Could you say more?"; not "120 x 80 x 15 mm", "Made in Korea")
_WORDING = re.compile(r"\b[a-z]{3,}\b")


def _open_brackets(text: str) -> int:
    return text.count("(") + text.count("[") + text.count("〔") - text.count(")") - text.count("]") - text.count("〕")


def _walls(kept: list[int], *groups: Sequence[int] | None) -> list[bool]:
    """For each kept segment (its position among all, ``kept``), whether a segment left
    out, or the border of two ``groups`` (each kept segment's record, or its heading),
    stands between it and the kept one before it."""
    return [k > 0 and (kept[k] - kept[k - 1] > 1 or any(g is not None and g[k] != g[k - 1] for g in groups))
            for k in range(len(kept))]


def _headings(ko: Sequence[Segment], ko_spans: Sequence[tuple[int, int]] | None,
              en: Sequence[Segment], en_spans: Sequence[tuple[int, int]] | None,
              ) -> tuple[list[int], list[int]] | None:
    """Each segment's heading: the number of the span (``*_spans``, character spans of
    the text) it starts in, or -1; None where neither side has any."""
    if not ko_spans and not en_spans:
        return None

    def numbered(segments, spans):
        starts = [a for a, _ in spans or ()]
        out = []
        for s in segments:
            k = bisect.bisect_right(starts, s.start) - 1
            out.append(k if k >= 0 and s.start < spans[k][1] else -1)
        return out

    return numbered(ko, ko_spans), numbered(en, en_spans)


def records_of(text: str, segments: Sequence[Segment]) -> list[int] | None:
    """Each segment's record in ``text``: how many record breaks (lines holding only
    :data:`~aligner.segmenting.RECORD_BREAK`, which a reader writes around each row of a
    bilingual table) stand before it. None where the text has none. The character
    elsewhere (a JSON text sequence's, a database export's) is white space, no break."""
    breaks = [m.start() for m in _RECORD_BREAK_LINE.finditer(text)]
    return [bisect.bisect(breaks, s.start) for s in segments] if breaks else None


def _model_and_params(encoder: object, params: object, anchors: object) -> tuple[Encoder, Params]:
    """The encoder and the settings of a library call, checked (see :mod:`aligner.arguments`)."""
    from .review.corrections import DocumentCorrections

    arguments.instance(anchors, DocumentCorrections, "anchors")
    return encoder_of(encoder), arguments.instance(params, Params, "params") or Params()


def align_beads(ko: list[Segment], en: list[Segment], model: Encoder, params: Params,
                forbidden: Forbidden | Collection[tuple[int, int]] = (),
                ko_times: Sequence[tuple[float, float] | None] | None = None,
                en_times: Sequence[tuple[float, float] | None] | None = None,
                runs: tuple[Sequence[int], Sequence[int]] | None = None,
                walls: tuple[Sequence[bool], Sequence[bool]] | None = None,
                records: tuple[Sequence[int], Sequence[int]] | None = None,
                headings: tuple[Sequence[bool], Sequence[bool]] | None = None) -> list[Bead]:
    """The beads (with their raw scores) for segmented sentences: embedding, the DP and
    the refinement. ``align_segments`` turns them into pairs; the benchmarks fit the
    confidence mapping on their scores. No bead joins a ``forbidden`` sentence pair, nor
    spans a wall (``walls``, per side: True where a wall stands before the sentence), nor
    pairs two ``records`` (per side, each sentence's; walls stand between them).
    ``headings`` (per side: True where the reader marks the sentence a heading) are
    headings as their layout shows them are (see :func:`~aligner.aligning.scoring.headings`).

    Lines that together make one sentence (a transcript's, a subtitle's cues: each goes
    on with the one before and the last ends the sentence, see ``sentence_lines``) are
    aligned as that sentence, then given back as their lines: a translation's units end
    where sentences do, and a sentence of any number of lines is one unit of the DP. But
    two sides cut into the same number of lines are taken to translate line by line.
    Subtitle cues without full stops (as Korean subtitles are written) cannot show where
    a sentence ends; their times can: see ``_timed_sentences``."""
    # what the encoder reads, whose lengths and numbers the scores weigh: no invisible
    # characters, Korean whose spacing was lost spaced again (English in capitals is read in
    # sentence case by the encoder only: its capitals mark names for the cues)
    ko_text, en_text = [encoder_text(s.text) for s in ko], [visible(s.text) for s in en]
    want = bool(params.continuation_penalty or params.sentence_lines)
    ko_goes = continuations(ko_text, "ko", [s.paragraph for s in ko]) if want else None
    en_goes = continuations(en_text, "en", [s.paragraph for s in en]) if want else None
    ko_groups, en_groups = (_groups(runs and runs[k], walls and walls[k]) for k in (0, 1))
    ko_spans = _sentences_of(ko_text, ko_goes, ko_groups, params)
    en_spans = _sentences_of(en_text, en_goes, en_groups, params)
    if len(ko) == len(en) and len(ko_spans) < len(ko) and len(en_spans) < len(en):
        # both sides cut into the same number of lines: translated line by line (a poem,
        # subtitles translated cue by cue), so the lines are the units
        ko_spans = en_spans = [(i, i + 1) for i in range(len(ko))]

    def aligned(ko_spans, en_spans, times):
        ko_of, en_of = _unit_of(ko_spans), _unit_of(en_spans)
        ko_units, en_units = [" ".join(ko_text[a:b]) for a, b in ko_spans], [" ".join(en_text[a:b]) for a, b in en_spans]
        return _align_units(
            ko_units, en_units,
            [ko[a].paragraph for a, _ in ko_spans], [en[a].paragraph for a, _ in en_spans],
            [ko_goes[a] for a, _ in ko_spans] if ko_goes and params.continuation_penalty else None,
            [en_goes[a] for a, _ in en_spans] if en_goes and params.continuation_penalty else None,
            model, params, Forbidden.of(forbidden).mapped(ko_of.__getitem__, en_of.__getitem__), times,
            None if runs is None else ([runs[0][a] for a, _ in ko_spans], [runs[1][a] for a, _ in en_spans]),
            None if walls is None else ([walls[0][a] for a, _ in ko_spans], [walls[1][a] for a, _ in en_spans]),
            None if records is None else ([records[0][a] for a, _ in ko_spans], [records[1][a] for a, _ in en_spans]),
            None if headings is None else ([all(headings[0][a:b]) for a, b in ko_spans],
                                           [all(headings[1][a:b]) for a, b in en_spans]),
            # the encoder reads a unit without the marks that number a list's item or time a
            # transcript's line, no content of it: two items of two lists ("2. 제가 문을
            # 열게요." / "2. Can you speak English?") were paired on their shared token (the
            # number cue still reads it)
            # (nor the translator's notes inside it: no part of the translation; nor a
            # worksheet's blanks)
            _without_unmatched_addresses(*_without_unmatched_prices(*_without_unmatched_labels(
                *_encoder_reads(ko_units, en_units)))))

    times = None
    if ko_times is not None and en_times is not None:
        ko_units, en_units = _span_times(ko_times, ko_spans), _span_times(en_times, en_spans)
        synced = _synced(ko_times, en_times, ko_units, en_units)
        if synced[0] is None:
            # cues too dense for their starts to show the shift: the text's surest pairs may
            beads = aligned(ko_spans, en_spans, None)
            offset = _text_offset(beads, ko_units, en_units)
            if offset is None:
                log.info("the two sides' subtitle times do not line up at any usual shift or frame rate; "
                         "aligning on the text alone")
                return _on_lines(beads, ko_spans, en_spans)
            log.info("the two sides' subtitle times are compared after a shift of %+.1f s, read from the "
                     "surest pairs of their text", offset)
            synced = ko_times, _mapped(en_times, 1.0, offset)
        ko_times, en_times = synced
        ko_spans = _timed_sentences(ko_text, ko_spans, ko_times, en_text, en_spans, en_times, ko_groups)
        en_spans = _timed_sentences(en_text, en_spans, en_times, ko_text, ko_spans, ko_times, en_groups)
        times = _span_times(ko_times, ko_spans), _span_times(en_times, en_spans)
    return _on_lines(aligned(ko_spans, en_spans, times), ko_spans, en_spans)


def _align_units(ko_text: list[str], en_text: list[str], ko_paragraphs: list[int], en_paragraphs: list[int],
                 ko_goes: list[bool] | None, en_goes: list[bool] | None, model: Encoder, params: Params,
                 forbidden: Forbidden,
                 times: tuple[list, list] | None, runs: tuple[list[int], list[int]] | None,
                 walls: tuple[list[bool], list[bool]] | None = None,
                 records: tuple[list[int], list[int]] | None = None,
                 headings: tuple[list[bool], list[bool]] | None = None,
                 read: tuple[list[str], list[str]] | None = None) -> list[Bead]:
    """:func:`align_beads` of the units (sentences) of each side, as texts (``read``: as the
    encoder reads them, where that differs)."""
    ko_read, en_read = read or (ko_text, en_text)
    # Each side's distinct sentences encoded once, keeping what exact joined spans need.
    # An encoder with cheap exact windows (USE) prepares every window the beads need, so
    # the DP scores each multi-sentence candidate on its real text (up to a document size,
    # see Params.exact_windows); otherwise max_k=0: refinement asks for the few spans it
    # checks, and the DP uses normalized sums.
    own = native_windows(model)
    joiner = own or JoinedTextWindows(model)  # as embed.window_embedder(model) would, without asking again
    ko_k, en_k = max(a for a, _ in params.beads), max(b for _, b in params.beads)
    exact = own is not None and max(len(ko_text), len(en_text)) <= params.exact_windows
    if own is None:  # both sides' sentences in one call
        ko_enc, en_enc = joiner.encode_sides(ko_read, en_read)
    else:
        ko_enc = joiner.encode_side(ko_read, max_k=ko_k if exact else 0)
        en_enc = joiner.encode_side(en_read, max_k=en_k if exact else 0)
    ko_emb, en_emb = ko_enc.sentences, en_enc.sentences
    if (params.scale, params.shift) == (1.0, 0.0):
        params = dataclasses.replace(params, **similarity_scale(model, ko_emb, en_emb))
    ko_times, en_times = times if times is not None else (None, None)
    ko_blocks = en_blocks = None
    if runs is not None:
        ko_blocks, en_blocks = partner_blocks(np.asarray(runs[0]), np.asarray(runs[1]), ko_emb, en_emb, params)
    ko_side = Side.from_texts(ko_text, ko_emb, ko_paragraphs, times=ko_times,
                              windows=ko_enc.windows(ko_k) if exact else None, blocks=ko_blocks, continues=ko_goes,
                              walls=walls and walls[0], records=records and records[0],
                              marked=headings and headings[0])
    en_side = Side.from_texts(en_text, en_emb, en_paragraphs, names_only=True, times=en_times,
                              windows=en_enc.windows(en_k) if exact else None, blocks=en_blocks, continues=en_goes,
                              walls=walls and walls[1], records=records and records[1],
                              marked=headings and headings[1])
    beads = align_sides(ko_side, en_side, params, forbidden)
    if params.refine:
        blocked = (lambda b: spans_a_wall(ko_side, en_side, b)
                           or forbidden.joins(b.ko_start, b.ko_end, b.en_start, b.en_end)) \
            if walls is not None or forbidden else None
        beads = refine_gaps(beads, ko_side, en_side, SpanEmbedder(ko_enc, en_enc, like_windows=True), params, blocked)
    return beads


def _without_unmatched_labels(ko: list[str], en: list[str]) -> tuple[list[str], list[str]]:
    """What the encoder reads of each side, with the speakers' labels opening its lines left
    out where only that side writes them ("지우: 먹었지." against an English screenplay's
    "Yeah." under "JI-WOO", or subtitles without names): a label the other side cannot
    match is no evidence, and it outweighed a short line's words (cosine 0.14 with it, 0.80
    without). Where both sides label their lines, the labels stay: they match."""
    labels = [[SPEAKER_LABEL.match(t) for t in side] for side in (ko, en)]
    # a speaker's: a name or a role, not a note's ("(역주: …)") nor wording ('"This stop:
    # City Hall.', an English word in lower case); the other side's labels of any form
    # count ("friend: Where …" answers "친구 : 어디에서 …")
    unlabelled = [[t[m.end():] if m is not None and _SPEAKER.fullmatch(m.group().strip().rstrip(":：")) else None
                   for t, m in zip(side, found)] for side, found in zip((ko, en), labels)]
    return _one_sided(ko, en, unlabelled, [[m is not None for m in found] for found in labels])


def _one_sided(ko: list[str], en: list[str], without: list[list[str | None]],
               marked: list[list[bool]]) -> tuple[list[str], list[str]]:
    """Each side's texts, a line as ``without`` gives it (its mark left out; None: no mark),
    where only that side marks its lines: at least :data:`_LABELLED` of them, the other
    side an eighth as many at most (``marked``: its lines with a mark of any form)."""
    out = []
    for side, lines, other in ((ko, without[0], marked[1]), (en, without[1], marked[0])):
        count = sum(line is not None for line in lines)
        if count >= _LABELLED and 8 * sum(other) <= count:
            side = [t if line is None else line for t, line in zip(side, lines)]
        out.append(side)
    return out[0], out[1]


def _without_unmatched_addresses(ko: list[str], en: list[str]) -> tuple[list[str], list[str]]:
    """What the encoder reads of each side, without the web and e-mail addresses (and file
    names) only that side writes: identifiers, no wording, an address the other side does
    not write is no evidence, and two addresses of one site read alike (a manual's
    "고객지원 홈페이지: www.hanbit-elec.co.kr/support" and the English edition's own note
    "… visit www.hanbit-elec.com/global …" were paired at 0.79). An address both sides
    write stays: it matches (a line of a link copied into both)."""
    found = [[addresses(t) for t in side] for side in (ko, en)]
    both = {a for texts in found[0] for a in texts} & {a for texts in found[1] for a in texts}
    return tuple([_without(t, [a for a in written if a not in both]) for t, written in zip(side, side_found)]
                 for side, side_found in ((ko, found[0]), (en, found[1])))


def _without(text: str, parts: list[str]) -> str:
    """``text`` without ``parts`` (white space joined again), unless no wording is left, a
    Korean word or two Latin ones: a file's line "시스템점검안내_Notice.pdf (245KB)" read as
    "(245KB)" was paired with a label, "첨부" (a web page set)."""
    if not parts:
        return text
    rest = text
    for part in parts:
        rest = rest.replace(part, " ")
    rest = " ".join(rest.split())
    return rest if SYLLABLES.search(rest) or len(_LATIN_WORDS.findall(rest)) >= 2 else text


_LATIN_WORDS = re.compile(r"[A-Za-z]{2,}")


def _without_unmatched_prices(ko: list[str], en: list[str]) -> tuple[list[str], list[str]]:
    """What the encoder reads of each side, with its prices left out where only that side
    writes any: a menu's Korean lines priced ("돌솥비빔밥  13,000원" above "Hot Stone Pot
    Bibimbap"), the English not. The price is no evidence the other side can match, and
    it outweighed a dish's name (cosine 0.48 without it, 0.15 with: the pair was undone).
    Where both sides write prices, they stay."""
    prices = [[[m.group() for m in _PRICE.finditer(t)] for t in side] for side in (ko, en)]
    return _one_sided(ko, en, [[_without(t, found) if found else None for t, found in zip(side, lines)]
                               for side, lines in zip((ko, en), prices)],
                      [[bool(found) for found in lines] for lines in prices])


# A price: a figure with its currency, before or after it ("13,000원", "₩13,000", "KRW 13,000",
# "$5.50", "5달러", "3,000 won"), Korean units inside the figure too ("7천원", "1만 2천 원",
# "565억 달러": missed, a news story's English prices were taken for prices only one side wrote)
# (each figure tried from its first digit only: from every digit of a long run, the search
# read the rest of the run each time, quadratic)
_PRICE = re.compile(r"(?:[₩$€£¥]|\b(?:KRW|USD|EUR|JPY)\s?)\d[\d,]*(?:\.\d+)?"
                    r"|(?<![\d,.])\d[\d,]*(?:\.\d+)?(?:\s?[조억만천백](?:\s?\d[\d,]*)?)*\s?(?:원|달러|엔|유로|(?:won|KRW|USD)\b)")


# A speaker named in Hangul or in Latin words each opening on a capital ("Kang Ji-ho", "JI-WOO
# (V.O.)", "Q", "기자", "엄마(F)"), perhaps with a note in brackets after it
_SPEAKER = re.compile(r"(?:[가-힣]+|[A-Z][\w.'’-]*)(?:\s(?:[가-힣]+|[A-Z][\w.'’-]*)){0,2}\s?(?:[(\[][^()\[\]]{1,12}[)\]])?")
# A side labels its speakers when at least this many of its lines open on a label (a talk's
# transcript names each speaker as the turn passes, a script each line)
_LABELLED = 3


def _sentences_of(texts: list[str], goes_on: list[bool] | None, groups: Sequence[int] | None,
                  params: Params) -> list[tuple[int, int]]:
    """The spans of lines that :func:`align_beads` aligns as one sentence (each line its
    own span where ``params.sentence_lines`` is off)."""
    if goes_on is None or not params.sentence_lines:
        return [(i, i + 1) for i in range(len(texts))]
    return sentence_lines(texts, goes_on, groups)


def _unit_of(spans: list[tuple[int, int]]) -> list[int]:
    """The span number of each line."""
    return [u for u, (a, b) in enumerate(spans) for _ in range(a, b)]


def _span_times(times: Sequence[tuple[float, float] | None], spans: list[tuple[int, int]]):
    """Each span's (start, end) in seconds: from its first timed line's start to its last's
    end (None where no line is timed)."""
    out = []
    for a, b in spans:
        timed = [t for t in times[a:b] if t is not None]
        out.append((timed[0][0], timed[-1][1]) if timed else None)
    return out


def _on_lines(beads: list[Bead], ko_spans: list[tuple[int, int]], en_spans: list[tuple[int, int]]) -> list[Bead]:
    """``beads`` over spans of lines as beads over the lines: a pair holds all the lines of
    its spans; an unpaired span is each of its lines unpaired."""
    if all(b - a == 1 for a, b in ko_spans) and all(b - a == 1 for a, b in en_spans):
        return beads
    ko_at = [a for a, _ in ko_spans] + [ko_spans[-1][1] if ko_spans else 0]
    en_at = [a for a, _ in en_spans] + [en_spans[-1][1] if en_spans else 0]
    out: list[Bead] = []
    for b in beads:
        ks, ke, es, ee = ko_at[b.ko_start], ko_at[b.ko_end], en_at[b.en_start], en_at[b.en_end]
        if ks < ke and es < ee:
            out.append(dataclasses.replace(b, ko_start=ks, ko_end=ke, en_start=es, en_end=ee,
                                           crossed=b.crossed and ke - ks == ee - es == 2))
        else:
            out += [dataclasses.replace(b, ko_start=k, ko_end=k + 1, en_start=es, en_end=es) for k in range(ks, ke)]
            out += [dataclasses.replace(b, ko_start=ks, ko_end=ks, en_start=e, en_end=e + 1) for e in range(es, ee)]
    return out


def language_runs(segments: Sequence[Segment]) -> tuple[list[int], list[int]]:
    """The language run of each Korean and each English segment of one bilingual text
    (segments in reading order): runs are maximal stretches of one language, numbered in
    order over both languages; segments without letters neither count nor break a run,
    nor does a sentence inside a paragraph of the other language (an English quotation or
    headline in a Korean paragraph: it takes the paragraph's run, so no other sentence
    pairs with it across blocks, and the Korean around it stays one run). A paragraph is
    of one language with quotations when the other's sentences are at most half as many as
    its own; one whose languages alternate sentence by sentence ("English. 한국어. English.
    한국어.", as textbooks print them) is a run per sentence, each beside its translation."""
    texts = [s for s in segments if s.lang in ("ko", "en")]
    count = Counter((s.paragraph, s.lang) for s in texts)
    out: dict[str, list[int]] = {"ko": [], "en": []}
    run, last = -1, None
    for i, s in enumerate(texts):
        inside = (0 < i < len(texts) - 1 and texts[i - 1].lang == texts[i + 1].lang == last != s.lang
                  and texts[i - 1].paragraph == s.paragraph == texts[i + 1].paragraph
                  and 2 * count[s.paragraph, s.lang] <= count[s.paragraph, last])
        if s.lang != last and not inside:
            run, last = run + 1, s.lang
        out[s.lang].append(run)
    return out["ko"], out["en"]


def _groups(runs: Sequence[int] | None, walls: Sequence[bool] | None) -> list | None:
    """Each sentence's group for :func:`sentence_lines` and :func:`_timed_sentences`: its
    language run (a bilingual document's) and the number of walls before it; lines of
    one sentence never join across either. None: one group."""
    if runs is None and walls is None:
        return None
    counts = itertools.accumulate(walls) if walls is not None else itertools.repeat(0)
    return list(zip(runs if runs is not None else itertools.repeat(0), counts))


def _synced(ko_times: Sequence[tuple[float, float] | None], en_times: Sequence[tuple[float, float] | None],
            ko_units: Sequence[tuple[float, float] | None], en_units: Sequence[tuple[float, float] | None]):
    """Both sides' times with the English ones mapped onto the Korean clock (offset and
    frame rate, found on the times of the units ``ko_units`` and ``en_units``), or (None,
    None) when they do not line up and so are no evidence."""
    from .formats.subtitles import sync_times

    mapping = sync_times(ko_units, en_units)
    if mapping is None:
        return None, None
    scale, offset = mapping
    if (scale, offset) != (1.0, 0.0):
        log.info("the English subtitles' times are compared after a shift of %+.1f s%s", offset,
                 f" and a rate of {scale:.4f}" if scale != 1.0 else "")
    return ko_times, _mapped(en_times, scale, offset)


def _mapped(times: Sequence[tuple[float, float] | None], scale: float, offset: float):
    """``times`` on another clock: each ``t`` becomes ``scale * t + offset``."""
    return [None if t is None else (scale * t[0] + offset, scale * t[1] + offset) for t in times]


def _text_offset(beads: list[Bead], ko_times: Sequence[tuple[float, float] | None],
                 en_times: Sequence[tuple[float, float] | None]) -> float | None:
    """The shift (seconds) that maps the English times onto the Korean clock, read from the
    pairs of a text-only alignment that are most likely right (confidence 0.9 or more):
    the median of their start differences, if at least ten pairs give it and half of them
    lie within half a second of it (else None: the pairs disagree, as under a frame-rate
    change, or are too few)."""
    diffs = np.array([ko_times[b.ko_start][0] - en_times[b.en_start][0] for b in beads
                      if b.ko_end > b.ko_start and b.en_end > b.en_start and b.confidence >= 0.9
                      and ko_times[b.ko_start] is not None and en_times[b.en_start] is not None])
    if len(diffs) < 10:
        return None
    offset = float(np.median(diffs))
    return offset if np.median(np.abs(diffs - offset)) <= 0.5 else None


def _timed_sentences(texts: list[str], spans: list[tuple[int, int]], times: Sequence[tuple[float, float] | None],
                     other_texts: list[str], other_spans: list[tuple[int, int]],
                     other_times: Sequence[tuple[float, float] | None],
                     groups: Sequence[int] | None) -> list[tuple[int, int]]:
    """``spans``, or, for subtitle cues that end no sentence (fewer than a tenth have a full
    stop, a question or an exclamation mark) against a punctuated side of fewer units,
    the runs of consecutive cues that overlap one unit of the other side most in time (of
    one ``groups`` entry, at most ``max_sentence_chars``): speech is cut into sentences at
    the same moments on both sides, so the other side's sentence times say where these
    cues' sentences end. A cue that overlaps no unit is a unit of its own. Times that do
    not run forward are no such evidence."""
    if len(spans) <= len(other_spans) or punctuated(texts) or not punctuated(other_texts):
        return spans
    own, other = _span_times(times, spans), _span_times(other_times, other_spans)
    if any(t is None for t in other):
        return spans
    starts, ends = np.array([t[0] for t in other]), np.array([t[1] for t in other])
    if np.any(np.diff(starts) < 0) or np.any(np.diff(ends) < 0):
        return spans
    best = []
    for t in own:
        if t is None:
            best.append(-1)
            continue
        lo, hi = int(np.searchsorted(ends, t[0], side="right")), int(np.searchsorted(starts, t[1]))
        overlap = np.minimum(ends[lo:hi], t[1]) - np.maximum(starts[lo:hi], t[0])
        best.append(lo + int(np.argmax(overlap)) if hi > lo and overlap.max() > 0 else -1)
    limit = max_sentence_chars()
    out: list[tuple[int, int]] = []
    for u, (a, b) in enumerate(spans):
        if out and best[u] >= 0 and best[u] == best[u - 1] and (groups is None or groups[a] == groups[out[-1][0]]) \
                and sum(len(t) + 1 for t in texts[out[-1][0]:b]) - 1 <= limit:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out
