"""Segmenting: language of every line (and of runs within mixed lines), then sentences.

Korean sentences come from kiwipiepy; English sentences from a small rule-based
splitter that knows common abbreviations (U.S., a.m., Dr.), decimals and quotes.
Every segment keeps its character offsets into the text, so nothing is lost:
text outside segments is white space only.

No segment is longer than ``MAX_SENTENCE_CHARS``: a longer sentence (a page without
punctuation, a megabyte on one line) is cut at clause punctuation, else at white space,
else anywhere, so that every later stage (kiwipiepy, the encoder, the DP) works on
pieces of bounded size and time and memory grow linearly with the input.
"""

from __future__ import annotations

import functools
import heapq
import itertools
import os
import re
from collections.abc import Iterable, Sequence

from .errors import InputLimitError, LanguageError
from .records import Segment

_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\uff21-\uff3a\uff41-\uff5a]")  # full-width too: Ｓｅｏｕｌ
_ALNUM = re.compile(r"[^\W_]")
_TOKEN = re.compile(r"\S+")
_SEPARATOR = re.compile(r"[/|｜／¦]+")  # a word of these separates what is on either side
# A dash, equals sign or arrow standing as a word between a term and its translation
# ("passport – 여권", "환율 = exchange rate"); see _stands_alone
_TERM_SEPARATOR = re.compile(r"[-‐–—―=→⇒]+")
_COLUMN_GAP = re.compile(r"\t| {3}")  # between the columns of a TSV file or a text table
_COLUMN = re.compile(r"\S(?:(?!\t| {3}).)*\S|\S")  # a column's text, trimmed
# An address is a word holding "@" with a dot after it, or the rest of a word from "http(s)://"
# or "www." on. Found word by word: one regex over the text would backtrack over a long
# word for every start position (quadratic on a megabyte without spaces).
_URL_START = re.compile(r"https?://|www\.")
_DOT_WORD = re.compile(r"\.\w")

# A sentence boundary candidate: terminal punctuation, closing quotes/brackets, space.
# (A run of dots is matched from its first dot only: otherwise every dot of a long run
# would start a match that fails at the run's end, quadratic in the run's length.)
_BOUNDARY = re.compile(r"(?:(?<![.!?])[.!?]++|…)[\"'”’)\]]*+(?=\s+\S)")
# Never end a sentence: titles, months, and other abbreviations followed by a name/number.
_NEVER_END = frozenset(
    "mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm st mt ft rev hon pres "
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos vs fig figs vol vols ch chap sec para eq pp p "
    "e.g i.e cf approx dept est ave blvd univ assn bros".split()
)
# May end a sentence, but usually do not: split only before a typical sentence opener.
_AMBIGUOUS = frozenset(
    "u.s u.k u.n u.s.a e.u d.c a.m p.m inc corp ltd co jr sr etc al "
    "january february march april may june july august september october november december".split()
)
# Sentence openers: words that are capitalized only because they start a sentence (Punkt's
# orthographic heuristic), so that after an ambiguous abbreviation they mark a new sentence
# ("in the U.K. Last year", "at 10 a.m. Please arrive") where a name or a title's word does
# not ("the U.S. Army", "10 a.m. KST", "U.S. President"). Closed-class words only: pronouns,
# determiners, conjunctions, prepositions, a few sentence adverbs and "please"; never a noun,
# and no word that opens names or titles ("Under Secretary", "Today" of USA Today).
_OPENERS = frozenset(
    "the a an he she it they we i you this that these those there his her its their our my your "
    "but and or nor so yet however meanwhile then also thus now here "
    "in on at for after before when while if as although though because since unless until once "
    "from with by during despite what why how who where according "
    "some many most all no one each every both last next please".split()
)
# End a sentence unless a number follows: they label one (Tel. 02-123-4567, ext. 5, Fax. …).
_NUMBER_LABELS = frozenset("tel fax ext".split())
# A sentence end without the space after it ("ended.The next"), lost in typing or conversion:
# a word in lower case, its period, a capitalized word. Addresses, file names and code
# (www.example.com, Node.js, java.util.List, obj.Method()) do not fit it.
_GLUED_END = re.compile(r"(?<![\w.@/])[a-z]{2,}(\.)(?=[A-Z][a-z]+(?![\w(@/]|\.\w))")
# A list number with its period (1. / II.): where it opens a sentence it numbers that one.
_NUMBER_DOT = r"(?:\d{1,3}|[IVX]{1,4})\."
_LIST_NUMBER = re.compile(rf"(?<!\S){_NUMBER_DOT}$")
_BLANK = re.compile(r"\s*")
_LINE_OR_COLON_BEFORE = re.compile(r"[\n:]\s*$")
# Brackets closed before any terminal punctuation (see _in_aside).
_CLOSING_BRACKET = re.compile(r"[^()\[\]\n.!?…]{0,200}[)\]]")
# Paragraphs segmented together (their Korean in one kiwipiepy call); the segment limit is
# checked after each batch.
_BLOCKS_PER_BATCH = 256
_TERMINAL = tuple(".!?…\"'”’)]」』。")
# A word that ends a sentence: terminal punctuation, then closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…。][\"'”’)\]」』]*$")

# The longest segment, in characters (ALIGNER_MAX_SENTENCE_CHARS overrides it, for tests).
# Far above real sentences; CAT tools already reject segments over 2,000 characters.
MAX_SENTENCE_CHARS = 5000
# Where an over-long text is cut, best first: after a sentence end, after clause
# punctuation or a dash, at white space.
_SENTENCE_GAP = re.compile(r"(?:(?<![.!?。])[.!?。]++|…)[\"'”’)\]」』]*+\s+")
_CLAUSE_GAP = re.compile(r"[,;:，、；：]\s+|(?<!\s)\s++[-–—]++\s+")
_SPACE = re.compile(r"\s+")
# A Korean quotation ends a sentence inside it, but the sentence goes on after the closing
# quote when a quotative particle or ending follows (“…했다.” 라고 말했다 / 고 밝혔다 /
# 며 웃었다): kiwipiepy cuts there when a space precedes the particle. No Korean sentence
# begins with one of these, so such a piece is glued back to the quotation before it. A
# lone 고 may also open a sentence (고 = the late, or a surname: “….” 고 노무현 전 대통령은):
# it does when kiwipiepy, reading the two pieces together, takes it for a determiner or a name.
_CLOSING_QUOTES = frozenset("\"'”’」』»")
_OPENS_A_NOUN_PHRASE = frozenset({"MM", "NNP", "NNG", "NNB", "NR", "NP", "XPN"})
_QUOTATIVE = re.compile(r"(?:이?라(?:고|며|면서|는|던)|란|고|며|면서|하고|하며|하면서|냐고|냐며|냐는|자고|자며|자는)(?![\uac00-\ud7a3])")
# Marks that open a sentence, at the end of a piece after white space (see _openers_moved):
# dashes, bullets, opening quotes and brackets, enclosed list numbers (① ⑴ ⒈ ❶ ㉠); and
# after a sentence end, a list number (2. / II. / 2) / (2) / (가)).
_ENCLOSED_NUMBERS = "\u2460-\u24ff\u2776-\u2793\u3200-\u327f"  # ① ⑴ ⒈ ⓐ, ❶, ㈠ ㉠ ㉑
_OPENERS_AT_END = re.compile(rf"\s([-‐–—―•·▪▶►■□◆◇○●※*“‘「『《〈(\[{_ENCLOSED_NUMBERS}]+)\s*$")
_LIST_MARK = _NUMBER_DOT + r"|[(\[]?(?:\d{1,3}|[ivxIVX]{1,4}|[A-Za-z]|[가나다라마바사아자차카타파하])[)\]]"
_LIST_MARKER = re.compile(_LIST_MARK)  # one word: a list's number (see _words)
_LIST_MARK_AT_END = re.compile(rf"[.!?…。][\"'”’)\]」』]*\s+({_LIST_MARK})\s*$")
# An opening quote; a straight one opens when a letter follows it.
_OPENING_QUOTE = r"[“‘「『]|[\"'](?=\w)"
_QUOTATION_START = re.compile(_OPENING_QUOTE)
# A quotation opening after a sentence end, inside a piece kiwipiepy left whole: it gives
# a quotation the sentence before it when quotes follow (그가 물었다. “시장에,” | 그녀가 말했다.).
_QUOTE_AFTER_END = re.compile(rf"(?:(?<![.!?])[.!?]++|…)[\"'”’)\]」』]*+\s+(?={_OPENING_QUOTE})")
# A piece that ends in a comma (inside closing quotes or not) does not end a sentence:
# “시장에,” 그녀가 말했다. / "To the market," she said.
_COMMA_END = re.compile(r"[,，、][\"'”’」』»]*$")
# A label in brackets (see _label_cuts): at a piece's start with white space after, or at its end.
_LABEL_AT_START = re.compile(r"[(\[]([^()\[\]\n]{1,40})[)\]]\s+")
_LABEL_AT_END = re.compile(r"\s[(\[]([^()\[\]\n]{1,40})[)\]]$")
_ROMAN = re.compile(r"[ivxlcdm]+", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*(\S*)")
_DASHES = frozenset("-‐–—―")


def max_sentence_chars() -> int:
    """:data:`MAX_SENTENCE_CHARS`, or ``ALIGNER_MAX_SENTENCE_CHARS`` when set (at least 20)."""
    value = os.environ.get("ALIGNER_MAX_SENTENCE_CHARS", "")
    return max(20, int(value)) if value.isdigit() else MAX_SENTENCE_CHARS


def _cut_points(text: str, start: int, end: int, limit: int, gaps: tuple[re.Pattern, ...]) -> list[int]:
    """Offsets that cut text[start:end] into pieces of at most ``limit`` characters; each
    cut is after the last gap of the first kind found in the second half of its window
    (so pieces are at least half the limit), else at the limit. Linear in the length."""
    cuts = []
    pos = start
    while end - pos > limit:
        lo, hi = pos + limit // 2, pos + limit
        cut = hi
        for gap in gaps:
            last = None
            for last in gap.finditer(text, lo, hi):  # the last match is wanted
                pass
            if last is not None and last.end() > pos:
                cut = last.end()
                break
        cuts.append(cut)
        pos = cut
    return cuts


def _bounded(text: str, spans: list[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    """``spans`` with every span longer than ``limit`` cut at clause or white-space gaps."""
    if all(b - a <= limit for a, b in spans):
        return spans
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if b - a <= limit:
            out.append((a, b))
            continue
        cuts = [a, *_cut_points(text, a, b, limit, (_CLAUSE_GAP, _SPACE)), b]
        for x, y in itertools.pairwise(cuts):
            piece = text[x:y]
            x, y = x + len(piece) - len(piece.lstrip()), y - (len(piece) - len(piece.rstrip()))
            if y > x:
                out.append((x, y))
    return out


def language_of(text: str) -> str | None:
    """'ko', 'en', or None for text with no letters (numbers, dates, punctuation).
    Addresses (URLs, e-mail) are no language and do not count."""
    return _language(*_letters(text))


def has_letters(text: str) -> bool:
    """Whether ``text`` has a Korean or English letter anywhere, addresses included (a
    segment of no language may have its letters in a web or e-mail address only)."""
    return bool(_HANGUL.search(text) or _LATIN.search(text))


def has_other_letters(text: str) -> bool:
    """Whether ``text`` has, outside web and e-mail addresses, letters of a script other
    than Korean or English: Hanja (大韓民國), kana, Cyrillic. Such text is of no language
    here, yet not without letters."""
    if "@" in text or "http" in text or "www." in text:
        text = _TOKEN.sub(_without_address, text)
    return any(c.isalpha() and not _HANGUL.match(c) and not _LATIN.match(c) for c in text)


def _letters(text: str) -> tuple[int, int]:
    """Hangul and Latin letters of ``text``, addresses left out."""
    if "@" in text or "http" in text or "www." in text:
        text = _TOKEN.sub(_without_address, text)
    return len(_HANGUL.findall(text)), len(_LATIN.findall(text))


def _without_address(word: re.Match) -> str:
    text = word.group()
    at = text.find("@", 1)
    if at > 0 and _DOT_WORD.search(text, at + 2):
        return " "
    url = _URL_START.search(text)
    return text[:url.start()] if url else text


def _language(hangul: int, latin: int) -> str | None:
    if hangul == 0 and latin == 0:
        return None
    # A Hangul syllable carries about as much as two or three Latin letters.
    return "ko" if 2 * hangul >= latin else "en"


def split_english(text: str, max_chars: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of an English paragraph, white space trimmed, none
    longer than ``max_chars`` (default :func:`max_sentence_chars`)."""
    cuts = [0]
    glued = ((m.start(1), m.end(1)) for m in _GLUED_END.finditer(text))
    for start, end in heapq.merge((m.span() for m in _BOUNDARY.finditer(text)), glued):
        if _is_sentence_end(text, start, end) and not _numbers_next(text, cuts[-1], start):
            cuts.append(end)
    cuts.append(len(text))
    return _bounded(text, _trimmed_spans(text, _label_cuts(text, cuts)), max_chars or max_sentence_chars())


def _is_sentence_end(text: str, start: int, end: int) -> bool:
    found = _NEXT_WORD.match(text, end)  # not a slice of the rest: lines can be megabytes
    nxt = found.group(1)
    if nxt and all(c in _DASHES for c in nxt):  # "Here!" – she said: the word after the dash
        nxt = _NEXT_WORD.match(text, found.end()).group(1) or nxt
    if nxt and nxt[0].islower():
        return False
    if _in_aside(text, start, end):
        return False
    if text[start] != ".":
        return True
    space = text.rfind(" ", max(0, start - 64), start)  # a bounded look back: abbreviations are short
    word_start = space + 1 if space >= 0 else max(0, start - 64)
    word = text[word_start:start].lstrip("\"'“‘([").lower()
    if text[start:end].startswith("..."):
        return True
    if len(word) == 1 and word.isalpha():
        return False  # an initial: J. Smith
    if word in _NEVER_END:
        return False
    if word in _NUMBER_LABELS:
        return not nxt.lstrip("+(")[:1].isdigit()
    if word in _AMBIGUOUS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
        return nxt.strip("\"'“‘(").lower().rstrip(",") in _OPENERS
    return True


def _in_aside(text: str, start: int, end: int) -> bool:
    """Whether the punctuation at ``start`` stands inside brackets that close before any
    other terminal punctuation: ``Korea (pop. 51 million) is``. Such an aside holds no
    sentence end but its last (``(We checked. It held.)``); a cut inside it would leave
    its closing bracket to the words after it."""
    if any(c in ")]" for c in text[start:end]):  # it closes here: the aside's sentence ends
        return False
    lo = max(0, start - 200)  # a bounded look back, as for abbreviations
    opened = max(text.rfind("(", lo, start), text.rfind("[", lo, start))
    closed = max(text.rfind(")", lo, start), text.rfind("]", lo, start), text.rfind("\n", lo, start))
    return opened > closed and _CLOSING_BRACKET.match(text, end) is not None


def _numbers_next(text: str, cut: int, start: int) -> bool:
    """Whether the period at ``start`` closes a list number (1. / II.) that opens a
    sentence: at the paragraph's start, at a line's start, after a colon (``steps: 1.
    Turn``), or at the last ``cut`` as the next number of a list (``power. 2. Remove``).
    The number belongs to the sentence it numbers; cut after it, "2." ended the sentence
    before."""
    found = _LIST_NUMBER.search(text, max(0, start - 5), start + 1)
    if found is None:
        return False
    a = found.start()
    if _BLANK.match(text, 0).end() >= a or _LINE_OR_COLON_BEFORE.search(text, max(0, a - 16), a) is not None:
        return True
    if _BLANK.match(text, cut).end() < a:
        return False
    # after a sentence end, a number is an item only as the next of a list: "power. 2." after
    # "1.", not the answer of "How many? 12. That is a lot."
    number = found.group()[:-1]
    if not number.isdigit() or number == "1":
        return True
    before = re.compile(rf"(?<!\S){int(number) - 1}\.(?=\s)")
    return before.search(text, max(0, a - 4000), a) is not None


# By process: a forked worker (build-tm) makes its own, since its parent's thread pool did
# not come with it. The parent's is kept, never freed there: freeing it in the child
# would join threads the child does not have (the process aborts).
_KIWI: dict[int, object] = {}


def _kiwi():
    """This process's kiwipiepy analyzer; ALIGNER_THREADS (1 in build-tm's workers) bounds
    its threads as it does BLAS's. Without the multi-word dictionary, which only joins
    proper nouns of several words into one ("콴타스 항공") and took 2.8 of the 5 s a process
    spent starting kiwipiepy (the sentences and the last tags the segmenter reads are the
    same on every dev paragraph)."""
    pid = os.getpid()
    if pid not in _KIWI:
        from kiwipiepy import Kiwi

        from .formats.text import thread_limit

        _KIWI[pid] = Kiwi(num_workers=thread_limit(), load_multi_dict=False)
    return _KIWI[pid]


def split_korean(text: str, max_chars: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of a Korean paragraph (kiwipiepy), white space trimmed, none longer
    than ``max_chars`` (default :func:`max_sentence_chars`). A longer paragraph goes to
    kiwipiepy in windows of at most that size, cut after a sentence end where there is
    one (kiwipiepy takes minutes on a megabyte-long line)."""
    return split_korean_many([text], max_chars)[0]


def split_korean_many(texts: Sequence[str], max_chars: int | None = None) -> list[list[tuple[int, int]]]:
    """:func:`split_korean` of each text, in one kiwipiepy call: its batch mode runs on
    all cores (or ALIGNER_THREADS), 2.3 times as fast on two as paragraph by paragraph.
    Only sentence ends are asked for, not the quotations nested in a sentence."""
    limit = max_chars or max_sentence_chars()
    windows = [[0, *_cut_points(t, 0, len(t), limit, (_SENTENCE_GAP, _SPACE)), len(t)] for t in texts]
    pieces = [t[a:b] for t, w in zip(texts, windows) for a, b in itertools.pairwise(w)]
    found = iter(_kiwi().split_into_sents(pieces, return_sub_sents=False)) if pieces else iter(())
    out = []
    for t, w in zip(texts, windows):
        cuts = [0]
        for a, b in itertools.pairwise(w):
            cuts += [a + s.end for s in next(found)][:-1] + [b]
        out.append(_bounded(t, _trimmed_spans(t, _label_cuts(t, _openers_moved(t, cuts))), limit))
    return out


def _openers_moved(text: str, cuts: list[int]) -> list[int]:
    """``cuts`` with each inner cut moved before the marks that open the next sentence (a
    dialogue dash, a bullet, an opening quote or bracket, a list number, after a space):
    kiwipiepy leaves them at the end of the sentence before (``- 어디 가요? -`` | ``학교에
    가요.``; ``1년으로 한다. ②`` | ``기간은``). English needs no such move: its cuts follow
    terminal punctuation, and a list number's own period is no cut (:func:`_numbers_next`)."""
    out = list(cuts)
    for i in range(1, len(out) - 1):
        found = _OPENERS_AT_END.search(text, out[i - 1], out[i]) or _LIST_MARK_AT_END.search(text, out[i - 1], out[i])
        if found is not None:
            out[i] = found.start(1)
    inner = [m.end() for a, b in itertools.pairwise(out) for m in _QUOTE_AFTER_END.finditer(text, a, b)]
    return sorted(set(out + inner)) if inner else out


def _label_cuts(text: str, cuts: list[int]) -> list[int]:
    """``cuts`` with a bracketed label that stands between two sentences, or after the
    last, cut off as a sentence of its own. A talk transcript's (Laughter) / (웃음) went
    with the next sentence in English and the one before in Korean. A label opening a
    paragraph stays with it: a dateline's (CNN), a title's [공지]."""
    out = list(cuts)
    for a, b in itertools.pairwise(cuts):
        piece = text[a:b].lstrip()
        at = a + (b - a - len(piece))  # where the piece starts in text
        piece = piece.rstrip()
        after_end = _SENTENCE_END.search(text[max(0, a - 8):a].rstrip()) is not None
        if after_end and not piece.endswith((")", "]")) and (found := _LABEL_AT_START.match(piece)) is not None:
            after = _NEXT_WORD.match(piece, found.end()).group(1)
            if _is_label(found.group(1)) and not after[:1].islower() and len(_ALNUM.findall(piece, found.end())) >= 2:
                out.append(at + found.end())
        elif (found := _LABEL_AT_END.search(piece)) is not None and _is_label(found.group(1)):
            if _SENTENCE_END.search(piece[:found.start()].rstrip()):
                out.append(at + found.start())
    return sorted(set(out)) if len(out) > len(cuts) else cuts


def _is_label(inside: str) -> bool:
    """Text in brackets that can be a label: two letters at least, no sentence end, not
    a list's numbering (iv)."""
    letters = sum(c.isalpha() for c in inside)
    return letters >= 2 and not _ROMAN.fullmatch(inside) and not any(c in ".!?…" for c in inside)


def _trimmed_spans(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    """Spans between cuts, trimmed of white space; fragments with no letter or digit
    (a lone closing quote, "(끝"), pieces that go on after a quotation (``_QUOTATIVE``)
    and pieces after one ending in a comma are glued to the sentence before them."""
    spans: list[tuple[int, int]] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = text[a:b]
        if not piece.strip():
            continue
        a += len(piece) - len(piece.lstrip())
        b -= len(piece) - len(piece.rstrip())
        if spans and (_fragment(text[a:b]) or _COMMA_END.search(text, *spans[-1])
                      or _goes_on_after_quote(text, spans[-1], a)):
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def _fragment(piece: str) -> bool:
    """Too little to be a sentence: no letter or digit, or one that is not a quotation
    (“왜?”, “응,” are replies; "(끝" is not)."""
    alnum = len(_ALNUM.findall(piece))
    return alnum == 0 or (alnum == 1 and _QUOTATION_START.match(piece) is None)


def _goes_on_after_quote(text: str, before: tuple[int, int], a: int) -> bool:
    """Whether the piece at ``a`` continues the sentence ``before``: that sentence ends
    with a closing quote and the piece starts with a quotative particle or ending (see
    ``_QUOTATIVE``; a lone 고 only if kiwipiepy does not read it as opening a noun phrase)."""
    if text[before[1] - 1] not in _CLOSING_QUOTES:
        return False
    found = _QUOTATIVE.match(text, a)
    if found is None:
        return False
    if found.group() != "고":
        return True
    start = max(before[0], before[1] - 40)
    tokens = _kiwi().tokenize(text[start:a + 40])
    return not any(t.start == a - start and t.tag in _OPENS_A_NOUN_PHRASE for t in tokens)


def paragraphs(text: str, unwrap: bool = True) -> list[tuple[int, int]]:
    """Paragraph spans: each non-empty line, with hard-wrapped lines rejoined.

    A line continues the paragraph right above it (no blank line between) when it starts
    with a word in lower case (not ``iPhone``), the line above does not end with terminal
    punctuation, and the paragraph is English; or (``unwrap``) when the text is
    hard-wrapped in the line's language and the line above, of the same language, ran to
    the margin: the line's first word would not have fitted after it (see
    :func:`_wrap_margins`). So a Korean paragraph wrapped at 72 columns, or a wrapped
    English line that starts with a name, is one paragraph again, while a short heading
    above a paragraph stays apart, and so do a list item and a table row whose columns
    are in the two languages. The paragraph's letters are counted line by line, so a long
    wrapped text costs linear time."""
    lines = []  # (start, end, text, (Hangul, Latin) letters, language) of every line, blank ones too
    pos = 0
    for line in text.split("\n"):
        counts = _letters(line) if line.strip() else (0, 0)
        lines.append((pos, pos + len(line), line, counts, _language(*counts)))
        pos += len(line) + 1
    margins = _wrap_margins([(line, lang) for *_, line, _, lang in lines]) if unwrap else {}
    spans: list[tuple[int, int]] = []
    letters = (0, 0)  # Hangul and Latin letters of the last paragraph
    for k, (a, b, line, counts, lang) in enumerate(lines):
        if not line.strip():
            continue
        _, _, above, above_counts, above_lang = lines[k - 1] if k else (0, 0, "", (0, 0), None)  # blank: a break
        wrapped = (lang in margins and above_lang == lang and not _LIST_ITEM.match(line)
                   and _ran_to_margin(above, line, *margins[lang]))
        lower = (above.strip() and _starts_lower(line) and _language(*letters) == "en"
                 and not above.rstrip().endswith(_TERMINAL))
        if spans and (wrapped or lower) and not (_bilingual_row(line) or _bilingual_row(above)
                                                 or (all(counts) and all(above_counts)  # both scripts: look
                                                     and _two_languages(line) and _two_languages(above))):
            spans[-1] = (spans[-1][0], b)
            letters = (letters[0] + counts[0], letters[1] + counts[1])
        else:
            spans.append((a, b))
            letters = counts
    return spans


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
# A line that starts a list item is never a wrapped line's continuation.
_LIST_ITEM = re.compile(r"\s*(?:[-*•·▪◦‣●○■□◆◇※]|\d{1,3}[.)]|[(\[]\d{1,3}[)\]])\s")


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
    widest). Of the two ways of counting, the one under which more lines ran to it."""
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
            ran = sum(_ran_to_margin(line, below, columns, margin) for line, below in pairs)
            if margin >= _MIN_MARGIN and ran >= _MIN_WRAPPED and ran >= _WRAPPED_SHARE * len(pairs) \
                    and (best is None or ran > best[0]):
                best = (ran, columns, margin)
        if best is not None:
            out[lang] = best[1:]
    return out


def language_runs(text: str) -> list[tuple[int, int, str | None]]:
    """Split one line into runs of one language: (start, end, lang).

    The line is first cut after every word that ends a sentence (terminal punctuation,
    closing quotes allowed, abbreviations not), after every separator standing as a
    word (``/``, ``|``: "회의 일정 / Meeting schedule"; one between two languages becomes a
    piece of no language, and so are separators at the line's ends, a table's borders)
    and at every tab or run of three spaces (the columns of a TSV file or a text table:
    "여권<TAB>passport"); within each such sentence, words are
    labelled by script and a run of the other script becomes its own piece only where it
    stands as a sentence of its own (see :func:`_stands_alone`), so Latin names and units
    inside a Korean sentence (``80km``, ``NHK``) stay in it. Each piece takes its language
    (see :func:`_sentence_language`), and neighbouring pieces of one language are joined;
    a translation in brackets beside the sentence it translates leaves its brackets to
    pieces of no language (see :func:`_unbracketed`).
    Deciding per sentence first keeps a Korean sentence whole when a Latin word inside it
    would otherwise leave its pieces without a clean end (they were all folded into the
    English sentence before them, and the whole line was taken for one language).
    """
    tokens = _words(text)
    # separators at the line's ends (a table's borders: "| 여권 | passport |") are no language's
    lo, hi = 0, len(tokens)
    while lo < hi and _SEPARATOR.fullmatch(text, *tokens[lo][:2]):
        lo += 1
    while hi > lo and _SEPARATOR.fullmatch(text, *tokens[hi - 1][:2]):
        hi -= 1
    if not any(lang for _, _, lang in tokens[lo:hi]):  # no letters between them: one piece
        lo, hi = 0, len(tokens)
    before = [(tokens[0][0], tokens[lo - 1][1], None)] if lo else []
    after = [(tokens[hi][0], tokens[-1][1], None)] if hi < len(tokens) else []
    tokens = tokens[lo:hi]
    pieces: list[list] = []  # [start, end, lang, first_token, last_token]
    first = 0
    new_column = False  # the sentence starts a column of a table (after a tab, spaces or a separator)
    for k, (a, b, lang) in enumerate(tokens):
        column_gap = k + 1 < len(tokens) and (_COLUMN_GAP.search(text, b, tokens[k + 1][0]) is not None
                                              or _SEPARATOR.fullmatch(text, a, b) is not None)
        if k == len(tokens) - 1 or _ends_sentence(text, a, b, lang) or column_gap:
            for piece in _sentence_runs(tokens, first, k, text):
                piece[2] = _sentence_language(tokens[piece[3]:piece[4] + 1], text)
                # a column without letters (a table's row number, a date) is no language's:
                # "1<TAB>안녕하세요<TAB>Hello" gave the Korean segment "1 안녕하세요"
                if new_column and pieces and (piece[2] is None) != (pieces[-1][2] is None):
                    pieces.append(piece)
                else:
                    _add_run(pieces, piece)
                new_column = False
            first, new_column = k + 1, column_gap
    out = []
    for i, (a, b, lang, first_token, last_token) in enumerate(pieces):
        # a separator between two languages ("회의 일정 / Meeting schedule") is neither's
        sep = tokens[last_token]
        if (i + 1 < len(pieces) and pieces[i + 1][2] != lang and last_token > first_token
                and (_SEPARATOR.fullmatch(text, *sep[:2]) or _TERM_SEPARATOR.fullmatch(text, *sep[:2]))):
            out += [(a, tokens[last_token - 1][1], lang), (sep[0], sep[1], None)]
        else:
            out.append((a, b, lang))
    return before + _unbracketed(text, out) + after


# A run wholly in brackets, the punctuation that ends the sentence around it allowed after
# them: "(제주도는 화산섬이다)."
_BRACKETED = re.compile(r"([(\[])([^()\[\]]*)([)\]][.!?…。]*)")
_CLAUSE_ENDINGS = ("EF", "EC")  # kiwipiepy's tags of a final or connective ending


def _unbracketed(text: str, runs: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    """``runs`` with a translation in brackets taken out of them: a run wholly in brackets
    next to a run of the other language, the bracketed text a clause of its own ("Jeju is
    a volcanic island (제주도는 화산섬이다).", "서울은 인구가 많다 (Seoul has a large
    population)."). The brackets, and the punctuation after them, which ends the sentence
    around them, are no language's pieces (as a separator between the two languages is):
    the segment is the translation, not "(제주도는 화산섬이다).". A gloss or a label stays
    as it is: a word or a name in brackets ("(kimchi)", "(Matthew Miller)", "(웃음)").
    Glosses inside a word ("김치(kimchi)", "박물관(National Museum of Korea)을") are no
    run of their own and never come here."""
    out = []
    for i, (a, b, lang) in enumerate(runs):
        found = _BRACKETED.fullmatch(text, a, b) if lang and text[a] in "([" else None
        beside = {runs[j][2] for j in (i - 1, i + 1) if 0 <= j < len(runs)}
        if found is None or not (beside - {None, lang}) or not _clause(found.group(2), lang):
            out.append((a, b, lang))
            continue
        inner = found.group(2)
        start = found.start(2) + len(inner) - len(inner.lstrip())
        end = found.end(2) - (len(inner) - len(inner.rstrip()))
        out += [(a, found.end(1), None), (start, end, lang), (found.start(3), b, None)]
    return out


def _clause(inside: str, lang: str) -> bool:
    """Is ``inside`` (a bracket's text) a clause, not a gloss or a label? English: three
    words at least, one in lower case (wording, not a name: "Seoul has a large
    population"; not "(Standing ovation)"); Korean, which packs a clause in fewer words:
    two at least, the last ending in a final or connective ending (a predicate:
    "화산섬이다", "많고"; not "(기립 박수)")."""
    words = inside.split()
    if lang == "en":
        return len(words) >= 3 and any(word.islower() for word in words)
    return len(words) >= 2 and _last_tag(words[-1].rstrip(".!?…。,\"'”’")).startswith(_CLAUSE_ENDINGS)


# A sentence end glued to the next sentence in the other script: "Korea.서울은", "이다.Seoul"
_SCRIPT_BOUNDARY = re.compile(r"(?<=[A-Za-z\u00c0-\u024f\uac00-\ud7a3][.!?])[\"'”’)\]」』]*(?=[\uac00-\ud7a3A-Z])"
                        r"|(?<=[A-Za-z\u00c0-\u024f\uac00-\ud7a3])(?=[(\[][A-Za-z\u00c0-\u024f\uac00-\ud7a3])")
_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]*")
_CLOSING_MARK = {"“": "”", "‘": "’", "「": "」", "『": "』", '"': '"', "'": "'"}
_QUOTE_REACH = 40  # words: a quotation longer than this is taken as unbalanced


def _words(text: str) -> list[tuple[int, int, str | None]]:
    """The words of a line (start, end, lang) as :func:`language_runs` weighs them: runs
    of non-space characters, cut where a sentence ends glued to a sentence of the other
    script ("capital of Korea.서울은 …"; not a Latin word's particle, "U.S.에서") or
    at a bracket opening on the other script ("한다(He exercises …)", "밀러(Matthew"), and
    with each quotation embedded in a sentence taken as one word of that sentence: one
    glued to the Korean grammar after it ("“Stay hungry. Stay foolish.”라는 격언") or
    quoted after a comma or colon ("The CEO said, “우리는 최선을 다했다.”"). A
    quotation's sentences belong to the sentence quoting them, whatever their script."""
    cuts = [g.end() for g in _SCRIPT_BOUNDARY.finditer(text) if _script_changes(text, g)]
    words = []
    c = 0  # the next cut
    for m in _TOKEN.finditer(text):
        start = m.start()
        while c < len(cuts) and cuts[c] < m.end():
            if cuts[c] > start:
                words.append((start, cuts[c]))
                start = cuts[c]
            c += 1
        words.append((start, m.end()))
    out: list[tuple[int, int, str | None]] = []
    k = 0
    while k < len(words):
        a, b = words[k]
        end = _embedded_quotation(text, words, k, out[-1] if out else None) if text[a] in _CLOSING_MARK else None
        if (end is None and k + 1 < len(words) and _LIST_MARKER.fullmatch(text, a, b)
                and (k == 0 or _SENTENCE_END.search(text, *words[k - 1]))):
            # a number opening an item or heading ("II. 결과", "… power. 2. 배터리를") is one
            # word with the item's first: it went with the language, or sentence, before it
            end = (k + 1, _word_language(text[words[k + 1][0]:words[k + 1][1]]))
        if end is None:
            out.append((a, b, _word_language(text[a:b])))
            k += 1
            continue
        j, lang = end
        out.append((a, words[j][1], lang or _word_language(text[a:words[j][1]])))
        k = j + 1
    return out


def _script_changes(text: str, glued: re.Match) -> bool:
    """Does a :data:`_SCRIPT_BOUNDARY` match stand between two scripts, and not before a Latin
    word's particle ("U.S.에서")?"""
    bracket = text[glued.end()] in "(["  # before a bracket: "한다(He exercises …)."
    latin_first = _LATIN.match(text, glued.start() - (1 if bracket else 2)) is not None
    if latin_first == (_LATIN.match(text, glued.end() + bracket) is not None):
        return False  # the same script on both sides: the English splitter's to judge
    # the Latin letter, its punctuation and the Hangul after them: all the particle test
    # reads (not the rest of the word, which may be a megabyte of unspaced text)
    word = text[glued.start() - 2:_HANGUL_RUN.match(text, glued.end()).end()]
    return bracket or not latin_first or not _particle_after_latin(word)


def _embedded_quotation(text: str, words: list[tuple[int, int]], k: int,
                        before: tuple[int, int, str | None] | None) -> tuple[int, str | None] | None:
    """If the word ``k`` opens a quotation embedded in its sentence (see :func:`_words`),
    the index of the word that closes it and the quotation's language as a word of that
    sentence (None: by its letters)."""
    a, _ = words[k]
    close = _CLOSING_MARK.get(text[a])
    if close is None or (close in "\"'" and not text[a + 1:a + 2].isalnum()):
        return None
    opening = text[a]
    for j in range(k, min(k + _QUOTE_REACH, len(words))):
        start, end = words[j]
        if j > k and text[start] == opening and (close != opening or text[start + 1:start + 2].isalnum()):
            return None  # another quotation opens first: this one is not closed here (a cut sentence)
        at = text.rfind(close, start + 1, end)  # a closing mark ends a word, never opens one
        if at < 0:
            continue
        rest = text[at + 1:end].lstrip("\"'”’」』.,!?")
        if _HANGUL.match(rest or " "):
            return j, "ko"
        if before is not None and text[before[1] - 1] in ",:":
            return j, before[2]
        return None
    return None


def _ends_sentence(text: str, a: int, b: int, lang: str | None) -> bool:
    """Does the word ``text[a:b]`` end a sentence? Terminal punctuation (closing quotes
    allowed), and for a Latin word not an abbreviation or initial (``U.S.``, ``Dr.``,
    ``J.``) as the English splitter judges it."""
    end = _SENTENCE_END.search(text, a, b)
    return end is not None and (lang != "en" or _is_sentence_end(text, end.start(), end.end()))


def _sentence_language(tokens: list, text: str) -> str | None:
    """The language of a sentence (``tokens`` index ``text``): that of its first and last
    words when they agree (a Korean sentence framed by Korean words, "[그래픽] MTA Islamic
    Circle of North America 현황", stays Korean however long the English name inside it).

    When they disagree, the language whose grammar the sentence uses: names, acronyms and
    units are written alike in both, so Korean words (any Hangul: "York에", "가자.") are
    weighed against English words in lower case ("is", "called"): "New York에 가자." is
    Korean, "It is called 김치." English. A tie goes by letters."""
    labels = [lang for _, _, lang in tokens if lang is not None]
    if labels and labels[0] == labels[-1]:
        return labels[0]
    korean = labels.count("ko")
    english = sum(lang == "en" and _LATIN.search(text, a, b).group().islower() for a, b, lang in tokens)
    if korean != english:
        return "ko" if korean > english else "en"
    return language_of(text[tokens[0][0]:tokens[-1][1]])


def _sentence_runs(tokens: list, lo: int, hi: int, text: str) -> list[list]:
    """The language runs of the sentence of tokens ``lo`` to ``hi`` (inclusive)."""
    runs: list[list] = []  # [start, end, lang, first_token, last_token]
    for k in range(lo, hi + 1):
        _add_run(runs, [*tokens[k], k, k])
    if len(runs) == 2 and all(run[2] for run in runs) and (
            (any(_stands_alone(run, tokens, text, lo, hi) for run in runs)
             and not (_ends_sentence(text, *tokens[hi]) and any(_latin_name(run, tokens, text) for run in runs)))
            or _bilingual_heading(runs, tokens, text)):
        # one language, then the other, and one of them a title of its own: so is the other
        # ("Installing the software 소프트웨어 설치", "Chapter 1 Getting Started 제1장 시작하기";
        # it was folded into the title's language). Not a name opening a sentence. Or the
        # two are a short heading and its translation ("언어 설정 Language settings").
        return runs
    merged: list[list] = []
    for run in runs:
        if merged and (run[2] == merged[-1][2] or not _stands_alone(run, tokens, text, lo, hi)):
            merged[-1][1], merged[-1][4] = run[1], run[4]
        elif merged and not _stands_alone(merged[-1], tokens, text, lo, hi):
            merged[-1][1], merged[-1][4], merged[-1][2] = run[1], run[4], run[2]
        else:
            merged.append(run)
    return merged


# English words that open a clause, not a heading: "I love 김치 볶음밥"
_SUBJECT_PRONOUNS = frozenset("i we you he she it they".split())


def _bilingual_heading(runs: list[list], tokens: list, text: str) -> bool:
    """Are the two runs of a sentence a short heading and its translation, "언어 설정
    Language settings", "Sign up 회원 가입"? Headings too short for :func:`_stands_alone`
    (two words a side) went whole to one language and were never paired.

    Both runs are two words at least, and nothing ties one to the other: no sentence end
    (a sentence with an English name or term in it is one sentence), the Korean run all
    Hangul (no name glued inside it: "삼성 Galaxy를"), the English run wording, not a name
    or an acronym (a word in lower case; "TOEIC 독해", "삼성전자 신형 Galaxy S24", "북한 신형
    ICBM" are Korean noun phrases), opening on a capital but not on a subject pronoun (a
    clause: "I love 김치 볶음밥"), and neither run ending on a word that needs what follows:
    an English "the", "of", "to" ("Welcome to 서울 시청") or a Korean particle, a connective
    or adnominal ending ("서울에서 열리는 tech conference"). A translation in Title Case or
    an acronym ("회원 가입 Sign Up", "자주 묻는 질문 FAQ") reads as a name, and stays whole."""
    first, second = runs
    ko, en = (first, second) if first[2] == "ko" else (second, first)
    ko_words = [text[a:b] for a, b, lang in tokens[ko[3]:ko[4] + 1] if lang]
    en_words = [text[a:b] for a, b, lang in tokens[en[3]:en[4] + 1] if lang]
    if (len(ko_words) < 2 or len(en_words) < 2 or _ends_sentence(text, *tokens[second[4]])
            or any(_LATIN.search(word) for word in ko_words) or _latin_name(en, tokens, text)):
        return False
    opening = en_words[0].lstrip("\"'“‘([")
    if not opening[:1].isupper() or opening.lower() in _SUBJECT_PRONOUNS:
        return False
    if first is en:
        return not _open_end(text[en[0]:en[1]])
    return not _last_tag(ko_words[-1]).startswith(_NOT_FINAL)


def _last_tag(word: str) -> str:
    """kiwipiepy's tag of the last morpheme of ``word``, read from its last 40 characters
    (an ending is short; kiwipiepy would take minutes on a megabyte-long word)."""
    return _kiwi_tag(word[-40:])


@functools.lru_cache(maxsize=4096)
def _kiwi_tag(word: str) -> str:
    tokens = _kiwi().tokenize(word)
    return tokens[-1].tag if tokens else ""


def _add_run(runs: list[list], run: list) -> None:
    """Append ``run`` ([start, end, lang, first_token, last_token]) to ``runs``, or extend
    the last run with it when either has no language or both have the same."""
    if runs and (run[2] is None or runs[-1][2] in (None, run[2])):
        runs[-1][1], runs[-1][4] = run[1], run[4]
        runs[-1][2] = runs[-1][2] or run[2]
    else:
        runs.append(run)


def _word_language(word: str) -> str | None:
    """A word with any Hangul is Korean (밀러(Matthew); otherwise by its letters."""
    return "ko" if _HANGUL.search(word) else language_of(word)


def _stands_alone(run: list, tokens: list, text: str, lo: int, hi: int) -> bool:
    """A run of the sentence of tokens ``lo``..``hi`` is a sentence of its own if it is
    bounded by that sentence's ends, terminal punctuation or a term's separator (a colon or
    a dash after a term that is not a name: "passport – 여권"), or if it is three or more
    words at one end of the sentence beside two or more others (a bilingual title:
    "[공지] 시스템 점검 안내 [Notice] System Maintenance"; a Korean heading without
    punctuation before an English sentence)."""
    first, last = run[3], run[4]
    if ((first > lo and _glued(text, tokens[first - 1], tokens[first]))
            or (last < hi and _glued(text, tokens[last], tokens[last + 1]))):
        return False
    # a name (Latin words, none in lower case) opening a whole sentence is its subject, not
    # a title: "Samsung Electronics Co. Ltd. 이재용 회장이 말했다."
    name = _latin_name(run, tokens, text)
    # a term before a colon or a dash standing as a word, and its translation after it:
    # "passport: 여권", "여권 – passport" (not a label that is a name: "Note:", "Kim:")
    separated = not name and (text.endswith(":", *tokens[last][:2]) or _TERM_SEPARATOR.fullmatch(text, *tokens[last][:2]))
    starts_clean = (first == lo or _clean_end(text, tokens[first - 1]) or text.endswith(":", *tokens[first - 1][:2])
                    or _TERM_SEPARATOR.fullmatch(text, *tokens[first - 1][:2]) is not None)
    ends_clean = last == hi or _clean_end(text, tokens[last]) or bool(separated and last < hi)
    size = last - first + 1
    at_end = first == lo or last == hi
    title = not (name and _ends_sentence(text, *tokens[hi]))
    return (starts_clean and ends_clean) or (at_end and size >= 3 and hi - lo + 1 - size >= 2 and title)


def _latin_name(run: list, tokens: list, text: str) -> bool:
    """Is ``run`` Latin words none of which is in lower case (a name, an acronym)?"""
    return run[2] == "en" and not any(lang == "en" and _LATIN.search(text, a, b).group().islower()
                                      for a, b, lang in tokens[run[3]:run[4] + 1])


def _clean_end(text: str, token: tuple) -> bool:
    """Does the word ``token`` (start, end, lang) end what it closes, so that a run of the
    other language may stand alone after it: a sentence (not an abbreviation: "Apple Inc.
    팀 쿡 CEO가", see :func:`_ends_sentence`) or brackets; not a quotation without a
    sentence end ("OK," 그가 말했다: one sentence)?"""
    a, b, lang = token
    return _ends_sentence(text, a, b, lang) or (text[b - 1] in ")]" and not _SENTENCE_END.search(text, a, b))


def _glued(text: str, left: tuple, right: tuple) -> bool:
    """Does a name run on from the word ``left`` into the word ``right`` (start, end,
    lang), which carries a Korean particle or ending? "Satya Nadella는", "Associated
    Press)은": the whole name is part of the Korean clause. Punctuation between them ("…
    Federal Reserve: GM의") ends the name."""
    (_, left_end, _), (a, b, _) = left, right
    return text[left_end - 1].isalnum() and _LATIN.match(text, a) is not None and _particle_after_latin(text[a:b])


_LATIN_THEN_HANGUL = re.compile(r"[A-Za-z\u00c0-\u024f][.)\]'’\"”]*([\uac00-\ud7a3]+)")


@functools.lru_cache(maxsize=4096)
def _particle_after_latin(word: str) -> bool:
    """Is the Hangul after a Latin word grammar (a particle, the copula, a suffix: "는",
    "였다", "들") rather than a word of its own ("Bank월포위츠": two headlines unspaced)?"""
    tail = _LATIN_THEN_HANGUL.search(word)
    if tail is None:
        return False
    tokens = _kiwi().tokenize("A" + tail.group(1))
    return len(tokens) > 1 and (tokens[1].tag.startswith("J") or tokens[1].tag in ("VCP", "XSN"))


_GOES_ON = re.compile(r"[,;，、；]$")
# English words that cannot end a sentence: articles, prepositions, conjunctions,
# auxiliaries, a possessive ("the", "of", "and", "would", "China's")
_OPEN_WORDS = frozenset(
    "a an the of to in on at for with by from into onto about as than and or but nor if that which who whose "
    "whom is are was were be been has have had will would can could should may might must shall do does did "
    "not very its their his her our your my".split())
_POSSESSIVE = re.compile(r"\w['’]s$")
# a line that starts in lower case, with a figure (English style spells out a number that
# opens a sentence) or with the pronoun "I" (capitalized, yet no name)
_CONTINUING_START = re.compile(r"[\"'“‘(\[$]*(?:[a-z0-9]|I(?:['’](?:m|ve|d|ll))?\b)")
# kiwipiepy's tags of a word that cannot end a Korean sentence or a heading: a connective
# or adnominal ending, a particle, a determiner, an adverb ("했고", "하는", "서울에서", "새",
# "그리고")
_NOT_FINAL = ("EC", "ETM", "J", "MM", "MA")


def continuations(texts: Sequence[str], lang: str) -> list[bool]:
    """For each sentence (line), whether it goes on with the sentence of the one before:
    that one has no sentence end, and ends in a comma, or (English) this one starts in
    lower case, a figure or "I", or that one ends in a word that cannot end a sentence
    ("the", "of", "China's"), or (Korean) that one's last word ends in a connective or
    adnominal ending or a particle, or is a determiner or an adverb ("했고", "그가 말한",
    "그리고"). Subtitle cues and transcript or hard-wrapped lines break sentences so; a
    title or a byline without a full stop stays apart (the next line starts a sentence).

    On a side cut into lines (most of its lines end no sentence, and the rules above find
    most of those going on: a transcript, not a document whose few such lines are titles
    and bylines, nor one written without full stops), every line that ends no sentence
    goes on, unless it ends in a closing bracket ("(Laughter)") or (Korean) in a final
    ending ("고마워요")."""
    out = [False] * len(texts)
    open_ends, final = set(), set()
    if lang == "ko":  # the last words kiwipiepy reads, each once, in one call
        last = {t.split()[-1] for t in texts[:-1] if t.strip()}
        words = sorted(w for w in last if _HANGUL.search(w) and not _SENTENCE_END.search(w))
        tags = [tokens[-1].tag if tokens else "" for tokens in _kiwi().tokenize(words)]
        open_ends = {w for w, tag in zip(words, tags) if tag.startswith(_NOT_FINAL)}
        final = {w for w, tag in zip(words, tags) if tag == "EF"}
    unfinished = []
    for i in range(1, len(texts)):
        before = texts[i - 1].rstrip()
        if not before or _SENTENCE_END.search(before):
            continue
        unfinished.append(i)
        if lang == "ko":
            out[i] = bool(_GOES_ON.search(before)) or before.split()[-1] in open_ends
        else:
            out[i] = bool(_GOES_ON.search(before) or _CONTINUING_START.match(texts[i].lstrip()) or _open_end(before))
    lines = sum(1 for t in texts if t.strip())
    if 2 * len(unfinished) > lines and 2 * sum(out[i] for i in unfinished) > len(unfinished):
        for i in unfinished:
            before = texts[i - 1].rstrip()
            out[i] = not before.endswith((")", "]")) and before.split()[-1] not in final
    return out


def _open_end(line: str) -> bool:
    """Does an English line end in a word that cannot end a sentence ("the", "China's")?"""
    last = line.rsplit(None, 1)[-1]
    return last in _OPEN_WORDS or _POSSESSIVE.search(last) is not None


def korean_and_english(files: Sequence[tuple[str, str]]) -> tuple[int, int]:
    """The positions (Korean, English) of two (name, text) inputs, whichever order they
    come in; a :class:`LanguageError` naming them when they are not one Korean and one
    English text."""
    langs = [language_of(text) for _, text in files]
    if langs == ["en", "ko"]:
        return 1, 0
    if langs == ["ko", "en"]:
        return 0, 1
    if langs[0] == langs[1] and langs[0] is not None:
        which = {"ko": "Korean", "en": "English"}[langs[0]]
        raise LanguageError(f"{files[0][0]} and {files[1][0]} are both {which}; give one Korean and one English file")
    bad = files[langs.index(None)][0]
    raise LanguageError(f"{bad}: has no Korean or English letters; give one Korean and one English file")


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
        from .formats.text import max_segments as default_max_segments

        self.presegmented = presegmented
        self.unwrap = unwrap
        self.max_chars = max_chars or max_sentence_chars()
        self.max_segments = max_segments or default_max_segments()

    def segment(self, text: str, lang: str | None = None) -> list[Segment]:
        """Segments of ``text``. With ``lang`` set, every sentence gets that language
        (a monolingual file); otherwise language is decided per line and per run
        within mixed lines, and text without letters gets ``lang`` "none".

        A segment's ``index`` counts the segments of its language; with
        ``presegmented`` it is the segment's 0-based line number in ``text`` (blank
        lines count; the pieces of a line cut for length share its number)."""
        segments: list[Segment] = []
        blocks = _lines(text) if self.presegmented else paragraphs(text, self.unwrap)
        limit = self.max_segments * (1 if lang else 2)  # a bilingual text holds both sides
        for first in range(0, len(blocks), _BLOCKS_PER_BATCH):
            # the Korean runs of a batch of paragraphs go to kiwipiepy in one call
            runs = [(number, start, end, run_lang)
                    for number, (a, b) in enumerate(blocks[first:first + _BLOCKS_PER_BATCH], first)
                    for start, end, run_lang in self._runs(text, a, b, lang)]
            korean = iter(split_korean_many([text[s:e] for _, s, e, run_lang in runs if self._kiwi_splits(run_lang)],
                                            self.max_chars))
            for number, start, end, run_lang in runs:
                spans = next(korean) if self._kiwi_splits(run_lang) else self._sentences(text[start:end], run_lang)
                for s, e in spans:
                    segments.append(Segment(text[start + s:start + e], run_lang, start + s, start + e, number))
            if len(segments) > limit:
                what = {"ko": "the Korean text", "en": "the English text"}.get(lang or "", "the document")
                raise InputLimitError(
                    f"{what} has more than {limit:,} segments (sentences or lines), the most the input limit "
                    "allows, since memory grows with them (about 25 KB each); raise it with --max-input-mb"
                )
        if self.presegmented:
            return _line_numbered(text, segments)
        return _numbered(segments)

    def _runs(self, text: str, a: int, b: int, lang: str | None) -> Iterable[tuple[int, int, str]]:
        if lang is not None:
            return [(a, b, lang)]
        if self.presegmented:
            line = text[a:b]
            if _bilingual_row(line):  # "Korean<TAB>English": a segment per column
                return [(a + m.start(), a + m.end(), language_of(m.group()) or "none")
                        for m in _COLUMN.finditer(line)]
            return [(a, b, language_of(line) or "none")]
        return [(a + s, a + e, run_lang or "none") for s, e, run_lang in language_runs(text[a:b])]

    def _kiwi_splits(self, lang: str) -> bool:
        return lang == "ko" and not self.presegmented

    def _sentences(self, text: str, lang: str) -> list[tuple[int, int]]:
        """Sentence spans of a run that is not Korean prose (see split_korean_many)."""
        if self.presegmented:
            spans = _trimmed_spans(text, [0, len(text)])
        elif lang == "en":
            return split_english(text, self.max_chars)
        else:
            spans = _trimmed_spans(text, [0, len(text)])
        return _bounded(text, spans, self.max_chars)


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _numbered(segments: list[Segment]) -> list[Segment]:
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
