"""Paragraphs: every non-empty line, with hard-wrapped lines rejoined."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from .kiwi import _kiwi
from .languages import _COLUMN_GAP, language_runs
from .scripts import _language, letter_counts
from .sentences import ITEM_MARK, MARKS_ONLY

# A line holding only this character (U+001E, ASCII's record separator) parts two records:
# a reader writes one around each row of a bilingual table, whose Korean and English cells
# translate each other and no other row's (see pipeline.records_of). White space to
# str.strip and to regular expressions' \s, it is a blank line to every paragraph rule,
# never part of a segment.
RECORD_BREAK = "\x1e"
_TERMINAL = tuple(".!?…\"'”’)]」』。")
_ENDS = re.compile(r"[.!?…。][\"'”’)\]」』]*(?:\s|$)")  # a sentence end within a line


def paragraphs(text: str, unwrap: bool = True, units: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Paragraph spans: each non-empty line, with hard-wrapped lines rejoined.

    A line continues the paragraph right above it (no blank line between) when it starts
    with a word in lower case (not ``iPhone``), the line above does not end with terminal
    punctuation, and the paragraph is English; or (``unwrap``) when the text is
    hard-wrapped in the line's language and the line above, of the same language, ran to
    the margin: the line's first word would not have fitted after it (see
    :func:`_wrap_margins`). Either only where the language is punctuated (a tenth or more
    of the lines with its letters hold a sentence end): lines are joined for the sentence
    splitter to cut again where sentences end, and in speech recognized without full stops
    (every English line in lower case) the whole text would be one "sentence", which only
    the length limit cuts; there the lines stay lines. So a Korean paragraph wrapped at
    72 columns, or a wrapped English line that starts with a name, is one paragraph
    again, while a short heading above a paragraph stays apart, and so do a list item and
    a table row whose columns are in the two languages. The paragraph's letters are
    counted line by line, so a long wrapped text costs linear time.

    A line of list marks alone ("Q.", "1.", "(a)": an FAQ exported a mark a line) opens the
    line below it, one paragraph with it; not a column of marks or grades ("A." | "B.").

    ``units``: (start, end) spans that are paragraphs of their own, joined to no line
    outside them (the headings a reader marks: "# Configuration" above "tidy-csv reads
    its settings …" was joined to it by the lower-case rule)."""
    lines = []  # (start, end, text, (Hangul, Latin) letters, language) of every line, blank ones too
    pos = 0
    for line in text.split("\n"):
        counts = letter_counts(line) if line.strip() else (0, 0)
        lines.append((pos, pos + len(line), line, counts, _language(*counts)))
        pos += len(line) + 1
    margins = _wrap_margins([(line, lang) for *_, line, _, lang in lines]) if unwrap else {}
    punctuated = {}  # per language: do a tenth or more of the lines with its letters hold a sentence end?
    for i, lang in enumerate(("ko", "en")):  # letter counts are (Hangul, Latin)
        with_letters = [line for *_, line, counts, _ in lines if counts[i]]
        punctuated[lang] = 10 * sum(1 for line in with_letters if _ENDS.search(line)) >= len(with_letters)
    spans: list[tuple[int, int]] = []
    letters = (0, 0)  # Hangul and Latin letters of the last paragraph
    lowered: list[tuple[int, int]] = []  # the lines of the run joined by the lower-case rule last
    marked = False  # the last paragraph is a line of list marks only (MARKS_ONLY): it opens the line below
    starts = [a for a, _ in units]
    unit = []  # the span of units each line starts in, or -1
    for a, *_ in lines:
        u = bisect.bisect_right(starts, a) - 1
        unit.append(u if u >= 0 and a < units[u][1] else -1)
    for k, (a, b, line, counts, lang) in enumerate(lines):
        if not line.strip():
            continue
        _, _, above, above_counts, above_lang = lines[k - 1] if k else (0, 0, "", (0, 0), None)  # blank: a break
        # a line without letters that ends a sentence ("1987.", not a page number "12" nor "- 3 -"),
        # wrapped off a line of the language above, goes on with it
        own = above_lang if lang is None and line.rstrip().endswith(_TERMINAL) else lang
        wrapped = (own in margins and punctuated[own] and above_lang == own and not _LIST_ITEM.match(line)
                   and _ran_to_margin(above, line, *margins[own]))
        lower = (punctuated["en"] and above.strip() and _starts_lower(line) and _language(*letters) == "en"
                 and not above.rstrip().endswith(_TERMINAL) and not _LIST_ITEM.match(line))
        apart = k > 0 and unit[k] != unit[k - 1]
        marks = MARKS_ONLY.fullmatch(line) is not None
        if spans and marked and not marks and not _GRADE.fullmatch(line) and above.strip() and not apart:
            # "Q." | "비자는 어떻게 …?": the mark opens this line's sentence
            spans[-1] = (spans[-1][0], b)
            letters = counts
            marked = False
        elif spans and (wrapped or lower) and not apart and not (_bilingual_row(line) or _bilingual_row(above)
                                                 or (all(counts) and all(above_counts)  # both scripts: look
                                                     and _two_languages(line) and _two_languages(above))):
            if lower and not wrapped:
                lowered = lowered or [(lines[k - 1][0], lines[k - 1][1])]
                lowered.append((a, b))
            spans[-1] = (spans[-1][0], b)
            letters = (letters[0] + counts[0], letters[1] + counts[1])
            marked = False
        else:
            _keep_if_ended(spans, lowered, text)
            lowered = []
            spans.append((a, b))
            letters = counts
            # (one line of marks, not a column of them: "1." | "2." | "3." | "사과", grades "A." | "B.")
            marked = marks and not (above.strip() and MARKS_ONLY.fullmatch(above) is not None)
    _keep_if_ended(spans, lowered, text)
    return spans


# A line of one capital or figure ("B.", "12"): a grade or a number in a column of them, not
# the item a mark above opens ("A." | "B." | "C.")
_GRADE = re.compile(r"\s*(?:[A-Z]|\d+)[.)]?\s*")


def _keep_if_ended(spans: list[tuple[int, int]], lowered: list[tuple[int, int]], text: str) -> None:
    """Undo the last paragraph's joins by the lower-case rule (``lowered``: the lines of the
    run it joined, the first one above) unless that run's last line ends a sentence: a
    sentence broken across lines ends somewhere, while a list of words ("apple" / "water"
    / "school"), of names or of terms in lower case ends none, and is a list of lines."""
    if not lowered or _ENDS.search(text, *lowered[-1]):
        return
    start = spans.pop()[0]
    first = lowered[0]
    if first[0] > start:  # lines joined before the run by the wrap rule stay one paragraph
        spans.append((start, first[1]))
    else:
        spans.append(first)
    spans.extend(lowered[1:])


def _two_languages(line: str) -> bool:
    """Does the line hold runs of both languages? Two such lines in a row are rows of a
    list (a glossary: "passport: 여권" / "visa: 비자"), not one wrapped sentence."""
    return len({lang for *_, lang in language_runs(line) if lang}) == 2


def _starts_lower(line: str) -> bool:
    """Whether ``line`` starts with a word in lower case (not a name such as ``iPhone``)."""
    word = line.split(maxsplit=1)[0]
    return word[:1].islower() and not any(ch.isupper() for ch in word)


def _bilingual_row(line: str) -> bool:
    """A row of a table or TSV file with a Korean and an English column: never part of a
    wrapped paragraph."""
    return bool(_COLUMN_GAP.search(line.strip())) and len({lang for *_, lang in language_runs(line) if lang}) == 2


# Characters two columns wide in a terminal or an editor: Hangul, CJK, fullwidth forms.
_WIDE = re.compile(r"[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f"
                   r"\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")
# A text is hard-wrapped in a language when at least this share of its lines that have a
# line of the same language right below them ran to the margin, and at least this many,
# and the margin is this wide at least (a list of short lines of one length is no wrap).
_WRAPPED_SHARE = 0.25
_MIN_WRAPPED = 4
_MIN_MARGIN = 30
# ... and at most this share of the lines that ran to it end a sentence: a wrapper breaks
# where a word does not fit, seldom right after a sentence's last word (about one line in
# the number of words a sentence has), while text written a sentence or an article a line
# (a contract's 제1조 …다. / 제2조 …다.) ends nearly every line with one.
_ENDED_SHARE = 0.5
# A line that starts a list item is never a wrapped line's continuation (nor one lettered in
# lower case, "a. Basic: KRW 2,900 per month", which the lower-case rule would join; "c. 1954"
# under a painting's title is its date, circa). English versions of Korean government
# papers write the ○ bullet as "o" (before a capital: "put an" / "o on the board" goes on):
# "Key Findings" / "o First, …" was one segment.
_LIST_ITEM = re.compile(rf"\s*(?:[-*•·▪◦‣●○■□◆◇※]|{ITEM_MARK})\s|\s*o\s+(?=[\"'“‘(\[]?[A-Z\d])|\s*[a-z]\.\s+(?!\d)")


def _ended(lines: list[str], lang: str) -> int:
    """How many of ``lines`` end a sentence: terminal punctuation, or (Korean) a final ending
    without it ("…돌아온다네", "…돌려라"): verse, lyrics and subtitles are written without full
    stops, and a folk song's even lines were taken for wrapped prose, its verses joined."""
    open_lines = [line.rstrip() for line in lines if not line.rstrip().endswith(_TERMINAL)]
    ended = len(lines) - len(open_lines)
    if lang == "ko" and open_lines and ended <= _ENDED_SHARE * len(lines):  # (else no need to look)
        words = sorted({line.split()[-1][-40:] for line in open_lines})  # each once, in one call
        final = {w for w, tokens in zip(words, _kiwi().tokenize(words)) if tokens and tokens[-1].tag == "EF"}
        ended += sum(line.split()[-1][-40:] in final for line in open_lines)
    return ended


def _width(text: str, columns: bool) -> int:
    return len(text) + (len(_WIDE.findall(text)) if columns else 0)


def _ran_to_margin(line: str, below: str, columns: bool, margin: int) -> bool:
    """Whether ``line`` was broken because the first word of the line ``below`` did not
    fit on it: greedy wrapping at ``margin`` (characters, or ``columns``)."""
    word = below.split(maxsplit=1)[0]
    return _width(line.rstrip(), columns) + 1 + _width(word, columns) > margin


def _wrap_margins(lines: list[tuple[str, str | None]]) -> dict[str, tuple[bool, int]]:
    """For each language the text is hard-wrapped in: whether its width is counted in
    columns (a wrapper that knows Hangul takes two) or characters, and its margin.

    Greedy wrapping breaks a line where the next word does not fit: every line of a
    wrapped paragraph but its last ran to the margin, and none is wider than it but a
    line that could not be broken. The margin is taken as the 99th percentile of the
    widths of the language's lines that hold a space (the widest line of a short text;
    a few unwrapped lines pasted into a long one do not move it); a text is wrapped in
    the language if a quarter of its lines with a line of the same language right below
    ran to it, four at least (paragraphs of two lines: half of them; text written a
    paragraph or a sentence a line has lines of every length, and few come near the
    widest), and half of them at most end a sentence (_ENDED_SHARE). Of the two ways of
    counting, the one under which more lines ran to it."""
    out: dict[str, tuple[bool, int]] = {}
    for lang in ("ko", "en"):
        own = [line for line, language in lines if language == lang]
        pairs = [(line, below) for (line, language), (below, below_language) in itertools.pairwise(lines)
                 if language == lang and below_language == lang]
        if len(pairs) < _MIN_WRAPPED:
            continue
        best = None
        for columns in (False, True):
            widths = sorted(_width(line.rstrip(), columns) for line in own if " " in line.strip())
            margin = widths[int(0.99 * (len(widths) - 1))] if widths else 0
            full = [line for line, below in pairs if _ran_to_margin(line, below, columns, margin)]
            ran = len(full)
            if margin >= _MIN_MARGIN and ran >= _MIN_WRAPPED and ran >= _WRAPPED_SHARE * len(pairs) \
                    and (best is None or ran > best[0]) and _ended(full, lang) <= _ENDED_SHARE * ran:
                best = (ran, columns, margin)
        if best is not None:
            out[lang] = best[1:]
    return out
