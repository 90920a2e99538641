"""Korean sentences: kiwipiepy's, with the marks that open a sentence moved to it."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence

from .kiwi import _kiwi
from .scripts import PLACEHOLDER, SYLLABLES
from .sentences import (
    EMOJI,
    HESITATION,
    NOTE_MARKS,
    TRAILING_BRACKET,
    _LIST_MARK,
    _NUMBER_DOT,
    _OPENING_QUOTE,
    _QUOTATIVE,
    _SENTENCE_END,
    _SENTENCE_GAP,
    _SPACE,
    _bounded,
    _cut_points,
    _label_cuts,
    _trimmed_spans,
    max_sentence_chars,
)

# Marks that open a sentence, at the end of a piece after white space (see _openers_moved):
# dashes, bullets, opening quotes and brackets, enclosed list numbers (① ⑴ ⒈ ❶ ㉠); and
# after a sentence end, a list number (2. / II. / 2) / (2) / (가)).
_ENCLOSED_NUMBERS = "\u2460-\u24ff\u2776-\u2793\u3200-\u327f"  # ① ⑴ ⒈ ⓐ, ❶, ㈠ ㉠ ㉑
# A placeholder of a string table opens its sentence too ("저장되었습니다. {count}개 항목이 …":
# kiwipiepy cut after "{count}"; before "%s" it cut nowhere): {name}, {0}, %s, %1$s, %d.
_OPENERS_AT_END = re.compile(rf"\s([-‐–—―•·▪▶►■□◆◇○●※*“‘\"'「『《〈(\[{_ENCLOSED_NUMBERS}]+|{PLACEHOLDER})\s*$")
_LIST_MARK_AT_END = re.compile(rf"[.!?…。][\"'”’)\]」』]*\s+({_LIST_MARK})\s*$")
# A quotation opening after a sentence end, inside a piece kiwipiepy left whole: it gives
# a quotation the sentence before it when quotes follow (그가 물었다. “시장에,” | 그녀가 말했다.).
# So does a line of speech broken off by a dash before the next one (“내 말은—” “됐어.).
_QUOTE_AFTER_END = re.compile(rf"(?:(?:(?<![.!?])[.!?]++|…)[\"'”’)\]」』]*+|[—–―]+[\"'”’」』]++)\s+(?={_OPENING_QUOTE})")
# Cuts kiwipiepy misses: a sentence end glued to a sentence that opens with a Latin capital
# (했습니다.KPI는; 했다.그러나 it cuts), a sentence end at a line's end (lines rejoined
# into a paragraph, see paragraphs.paragraphs), one before a placeholder or a command's
# option or a signed number ("출력입니다. -o를 쓰면 …", "영하입니다. -5도까지 …": kiwipiepy
# reads the dash as joining).
# So is a question or exclamation before a hesitation (둡니까? | 음... 제가 그랬더라고요):
# kiwipiepy gives the hesitation to the sentence before it.
_MISSED_END = re.compile(r"(?<=[\uac00-\ud7a3])[.!?]++(?=[A-Z])|[.!?…。][\"'”’)\]」』]*+(?=[ \t]*\n)"
                         rf"|(?<=[\uac00-\ud7a3])[?!]++(?=\s+{HESITATION}\s+\S)"
                         # (... or inline code: "… 기록됩니다. `ERR_CERT_EXPIRED` 오류가": a manuals audit)
                         rf"|(?<=[\uac00-\ud7a3])[.!?]++(?=\s+(?:{PLACEHOLDER}|--?[A-Za-z0-9]|`))"
                         # "끝." after a sentence on its line, one of its own: an official letter's
                         # end mark ("… 1부.  끝."), a story's "The End."
                         r"|[.!?)](?=[ \t]+끝\.[ \t]*(?:\n|$))"
                         # a note's mark after a sentence's end ("개념이다.¹ 투리는", "58쪽).³ 이러한"),
                         # not before a quotative that takes it as a quotation ("“그만해.”[1] 라고 말했다")
                         rf"|(?<=[\uac00-\ud7a3)\]”’\"'])[.!?]++[\"'”’)\]」』]*+{NOTE_MARKS}++"
                         rf"(?=[ \t]+(?!{_QUOTATIVE.pattern})\S)")
# A quotation closed after its sentence's end, then a new sentence ("이르되, “…주어라.” 그리고 그가
# 말하였다."): kiwipiepy reads the quotation as embedded and runs on (a verse-numbered text's
# audit: verses paired half a verse off); not before a quotative or a form of 하다 that takes
# it ("“…까?” 하였다", "“…다.” 라고")
_QUOTATION_THEN_SENTENCE = re.compile(rf"(?<=[.!?])[\"”’](?=[ \t]+(?!{_QUOTATIVE.pattern}|[하해했]|이?라)[\uac00-\ud7a3¹²³⁴⁵⁶⁷⁸⁹⁰0-9])")
_OPENING_QUOTES = {'"': '"', "”": "“", "’": "‘"}


def _quotation_introduced(text: str, close: int) -> bool:
    """Does the quotation closing at ``close`` stand as a sentence of its own: opened at a
    sentence's start or after a comma or colon ("이르되, “…”"), not inside a sentence
    ("그녀가 남긴 건 “잘 있어.” 한 줄뿐이었다": an adversarial check)? A bounded look back."""
    start = text.rfind(_OPENING_QUOTES[text[close]], max(0, close - 400), close)
    if start < 0:
        return False
    before = text[max(0, start - 40):start].rstrip()
    return not before or before.endswith((",", ":", "：")) or _SENTENCE_END.search(before) is not None


def _opens_a_sentence(text: str, at: int) -> bool:
    """Does the word after the quotation closing at ``at`` open a sentence: not a particle,
    a copula or an ending written apart from it ("“안녕하세요.” 로 시작한다", "“미안해.” 였다": an
    adversarial check)? kiwipiepy reads its first morpheme after the quotation's end (alone,
    "로" is a noun to it)."""
    start = max(0, at - 16)
    after = at + len(text[at:at + 8]) - len(text[at:at + 8].lstrip())
    return not _tag_at(text[start:at + 24], after - start).startswith(("J", "E", "VCP", "XS"))


@functools.lru_cache(maxsize=1024)
def _tag_at(piece: str, offset: int) -> str:
    """kiwipiepy's tag of the first morpheme of ``piece`` at or after ``offset``."""
    return next((t.tag for t in _kiwi().tokenize(piece) if t.start >= offset), "")


_EMOJI_OPENING = re.compile(rf"\s*+[{EMOJI}\ufe0f\u200d]++(?=\s+\S)")
# A quotation, then an ellipsis, then more words on the line: a headline's quotation and the
# topic it is about ("홍명보 "끝까지 믿었다"…울산, 전북 꺾고 선두", "“잘 지내라”… 마지막
# 인사"), one title; kiwipiepy ends a sentence after the ellipsis.
_QUOTATION_ELLIPSIS = re.compile(r"[”\"’'」』](?:…|\.{2,})$")
_SAME_LINE_WORD = re.compile(r"[ \t]*[^\s]")


# A sentence end kiwipiepy misses where speech is written without full stops (a talk's
# Korean transcript, subtitles: "…됩니다 그러니 …", "…뒤에요 누가 …"): a word that ends in
# a polite ending, 요 or 죠 after other morphemes of the word ("뒤에요", "있는데요", not the
# noun "필요"), or a formal one (습니다, 습니까), before white space and a word of Korean,
# a digit or an opening quote. Not where a quotative or an auxiliary goes on (“…습니다”
# 라고), nor inside a quotation.
_SPOKEN_END = re.compile(r"(?:요|죠|[ᆸ습]니다|[ᆸ습]니까)")
# ... nor before a word that takes the words before it as a quotation or a name: a form
# of 하다 ("감사합니다 하는 인사", "모르겠습니다 해서"), a copula ("제목은 행복합니까 이다"),
# 처럼 ("갑니다 처럼 끝난다")
_TAKES_WHAT_CAME = re.compile(r"하(?:는|며|고|여|자|면|니|게|던|기|듯)|해(?:서|야|도|라)|했|처럼|한다|합니다|이다|입니다"
                              r"|이라(?:고|는|며)(?![\uac00-\ud7a3])")
_NEXT_WORD_STARTS = re.compile(r"\s+(?=[\uac00-\ud7a30-9“‘'\"「『])")
# A list number before a quotation at a piece's start: kiwipiepy then finds no sentence end
# in the piece (2. “납품일”이란 … 말한다. 이 계약은 …), so it reads blanks there instead.
_NUMBER_BEFORE_QUOTE = re.compile(rf"\s*{_NUMBER_DOT}(?=\s+{_OPENING_QUOTE})")
# ... unless all before it is a list number or a one-letter label: no sentence ends there
# (a statute's definition, 1. "회원"이란 …; an interview's Q. '물때'는 …)
_MARK_ONLY = re.compile(rf"\s*(?:{_LIST_MARK}|[A-Za-z가-힣]\.)\s*")
# ... nor where its "sentence end" is a list number's period after a word (제2조(정의) 1. “갑”이란 …)
_LIST_MARK_DOT = re.compile(rf"(?<!\S)(?:{_NUMBER_DOT}|[A-Za-z]\.)$")


# A straight quotation mark, read as the curly one its place makes it: opening after white
# space or a bracket, before a character; closing after a character (not an apostrophe
# between two letters or digits: O'Brien). kiwipiepy pairs quotes by their form, and a text
# that mixes the two ("물가가 안정되고 있다”고 … “추가 인하를 배제하지 않는다"고) was one
# quotation to it from the first mark to the last: five sentences in one.
_STRAIGHT_QUOTE = re.compile(r"""(?<![A-Za-z0-9]')(?:(?<=^)|(?<=[\s(\[{<]))(?:(")|(')(?!\d\d(?!\d)))(?=\S)"""
                             r"""|(?<=\S)(?:"|'(?![A-Za-z]))""")
_CURLY = {('"', True): "“", ('"', False): "”", ("'", True): "‘", ("'", False): "’"}
# After an ellipsis a quotation mark before a word opens a quotation where the marks
# before it are paired: a headline's topic, then what was said ("하린 시구 나선다…"떨려요"",
# cut after its opening mark), not the close of one ("그래서…"라고 했다")
_AFTER_ELLIPSIS = re.compile(r"[^\s\"]")


def _curly_quotes(text: str) -> str:
    """``text`` with each straight quotation mark read as its curly form (see
    _STRAIGHT_QUOTE), of the same length, for kiwipiepy to pair quotes by."""
    if '"' not in text and "'" not in text:
        return text

    marks: list[int] = []  # where the straight double quotes are, found once when needed

    def curly(m: re.Match) -> str:
        opening = m.group(1) is not None or m.group(2) is not None
        if not opening and m.group() == '"' and text[m.start() - 1] in "….":  # …"떨려요" or …"라고
            if not marks:
                marks.extend(k for k, c in enumerate(text) if c == '"')
            opening = _AFTER_ELLIPSIS.match(text, m.end()) is not None and bisect.bisect_left(marks, m.start()) % 2 == 0
        return _CURLY[m.group(), opening]

    return _STRAIGHT_QUOTE.sub(curly, text)


_LEADING_NUMBER = re.compile(r"\A\s*(?:\d{1,3}[.)]|\(\d{1,3}\))(?=\s)")


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
    pieces = [_curly_quotes(t[a:b]) for t, w in zip(texts, windows) for a, b in itertools.pairwise(w)]
    # a list item's number opening a piece ("1. ", "12. ", "2) ") is read by kiwipiepy as a
    # bullet (SB), after which it found no sentence end in "1. 이번 조치는 일시적이다. 정부는 …"
    # (a diplomacy audit's numbered paragraphs, each one segment): it reads spaces there instead
    masked = [_LEADING_NUMBER.sub(lambda m: " " * len(m.group()), piece, count=1) for piece in pieces]
    found = iter(_kiwi().split_into_sents(masked, return_sub_sents=False, return_tokens=True)) if pieces else iter(())
    views = iter(pieces)
    all_cuts, unclosed = [], []  # unclosed: (text, start, view) of each long sentence with a quotation left open
    for k, (t, w) in enumerate(zip(texts, windows)):
        cuts = [0]
        for a, b in itertools.pairwise(w):
            sentences, view = next(found), next(views)
            cuts += [a + end for s in sentences for end in _spoken_ends(view, s.tokens)]
            spaced = _spaced(view)
            cuts += [a + s.end for s, nxt in itertools.pairwise(sentences)
                     if not (_particle_goes_on(view, s, nxt) or (spaced and _inside_word(view, s.end, nxt.start))
                             or _EMOJI_WORD.match(view, nxt.start))] + [b]
            unclosed += [(k, a + s.start, view[s.start:s.end]) for s in sentences
                         if s.end - s.start > _LONG_QUOTATION and _opens_more(view[s.start:s.end])]
        all_cuts.append(cuts)
    if unclosed:  # read again without its quotation marks: a headline's “ never closed was
        # one quotation to kiwipiepy up to the paragraph's end (1,635 characters of a corpus)
        again = _kiwi().split_into_sents([_QUOTES.sub(" ", v) for _, _, v in unclosed], return_sub_sents=False)
        for (k, start, _), sentences in zip(unclosed, again):
            all_cuts[k] += [start + s.end for s in sentences][:-1]
    out = []
    for t, cuts in zip(texts, all_cuts):
        # a cut inside a string table's escape goes after it: "1단계를 마쳤습니다\\t" | "2단계를 …"
        cuts = sorted(c + 1 if c and t[c - 1] == "\\" and t[c:c + 1] in ("n", "t", "r") else c for c in cuts)
        cuts = [c for c in cuts if not (_QUOTATION_ELLIPSIS.search(t, max(0, c - 4), c) and _SAME_LINE_WORD.match(t, c))
                and not (_LABEL_COLON.search(t, max(0, c - 2), c) and t[c:].strip())
                and not _SIGNATURE.match(t, c) and not _OPERATOR_END.search(t, max(0, c - 4), c)
                and not (c and _GLUED_AFTER.match(t, c - 1)) and not _LETTERED_ITEM.search(t, max(0, c - 200), c)]
        # pictographs kiwipiepy put at the next sentence's start end the one before ("터져요" |
        # "👍 다만"), where that one has no end of its own ("공지사항입니다. 📌 신청 기간": a bullet)
        cuts = [m.end() if c and (m := _EMOJI_OPENING.match(t, c)) and not _SENTENCE_END.search(t[max(0, c - 4):c].rstrip())
                else c for c in cuts]
        missed = [m.end() for m in _MISSED_END.finditer(t)]
        missed += [m.end() for m in _QUOTATION_THEN_SENTENCE.finditer(t)
                   if _quotation_introduced(t, m.start()) and _opens_a_sentence(t, m.end())]
        if missed := missed + _numbered_quotation_ends(t, cuts):
            cuts = sorted(set(cuts + missed))
        # (quotes read in their curly forms: a straight mark opening a quotation opens the next sentence)
        out.append(_bounded(t, _trimmed_spans(_curly_quotes(t), _label_cuts(t, _openers_moved(t, cuts), _ends_before)), limit))
    return out


# A reference ending the paragraph stays in the sentence before it, as in English
# ("… 없으리로다. (시편 23:1)", "… 발생했습니다. (오류 코드: %1$s)"); a sound cue without a
# figure, "(웃음)", does not, nor a note with its one-word label, which is no part of the
# sentence ("(문의: 민원과 02-120)", "(사진=국립중앙박물관 2024)")
_TRAILING_REFERENCE = re.compile(rf"\s*(?!\(\s*[^\s():=]{{1,8}}\s*[:=])(?:{TRAILING_BRACKET})\s*$")


def _ends_before(text: str, start: int, end: int) -> bool:
    """Whether the punctuation at ``text[start:end]`` ends its sentence before a bracket
    (see sentences._label_cuts): not before a reference ending the paragraph."""
    return not _TRAILING_REFERENCE.match(text, end)


# A translator's signature after a dash ends its note, as its signature, no sentence of its
# own: "…국이다.—옮긴이" was cut "…국이다.—" | "옮긴이", a note no longer signed
_SIGNATURE = re.compile(r"(?<=[-–—―])\s*(?:옮긴이|역자|역주)\s*[)\]]?\s*$")


# No sentence opens on a full stop glued to the word before: placeholders joined by dots,
# "버전 {major}.{minor}.{patch}", were cut before ".{patch}"; nor after a backslash (a cut
# inside a string table's escape, "3개 남음\\" | "n다시 시도하세요", moves after it, above)
_GLUED_AFTER = re.compile(r"\S\.(?=[^.\s])|\\(?=\S)")


# A list's letter "다." inline after "가." and "나." ends no sentence ("가. 임부 나. 수유부 다.
# 만 12세 미만 소아": kiwipiepy read the letter as the ending 다); "나. … 이게 다." ends one
_LETTERED_ITEM = re.compile(r"(?:^|\s)가\.\s[^\n]{1,80}?\s나\.\s[^\n]{1,80}?\s다\.$")


# An operator ends no sentence: "조건식 x != 0 은 …" was cut after "!=" (and "!==", "?=")
_OPERATOR_END = re.compile(r"[!?=<>]=+\s*$")


# A colon ends a label, never a sentence: a textbook's headword ending like a sentence
# ("-(으)ㄹ래요: 상대방의 …", "-아/어 주세요: …") was cut off by kiwipiepy
_LABEL_COLON = re.compile(r"[:：]\s*$")


# A particle (or the copula's quotative) that a word takes after punctuation glued to it
# ("저장...을", "Yahoo!에서", "정말?이라고"): a closed class, and no sentence opens with one.
# The short ones only as a word's end (a sentence may open on "이번", "가방"); the long ones
# may take another particle ("에서는", "까지도").
_PARTICLE_START = re.compile(r"(?:이라고|라고|이라는|라는|이란|란|을|를|이|가|은|는|에|의|로|와|과|도|만|이나|나|이며|며|하고)"
                             r"(?![가-힣])|(?:에서|에게|으로|까지|부터|처럼|보다)")


# ... nor on an emoji glued to a particle, the emoji a word ("이모지 🎉와 가족도 …" was cut
# before the emoji)
_EMOJI_WORD = re.compile(rf"[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+(?:{_PARTICLE_START.pattern})")


def _spaced(text: str) -> bool:
    """Is ``text`` spaced as Korean is written (a space for every ten Hangul syllables at
    least), not text whose spacing was lost, where a sentence may end inside a run of
    syllables ("했다그리고")?"""
    return 10 * text.count(" ") >= sum(map(len, SYLLABLES.findall(text)))


def _inside_word(view: str, end: int, start: int) -> bool:
    """Does kiwipiepy's cut between a sentence ending at ``end`` and the next starting at
    ``start`` fall between two Hangul syllables of one word ("합쇼|체보다", "합니다|체의":
    it read a word's first part as a final ending)?"""
    return (end == start and 0 < end < len(view) and SYLLABLES.match(view, end - 1) is not None
            and SYLLABLES.match(view, end) is not None)


def _particle_goes_on(view: str, sentence, nxt) -> bool:
    """Whether kiwipiepy's cut between ``sentence`` and ``nxt`` (two of its sentences of
    ``view``) falls inside a word: punctuation after a word that is no predicate's ending,
    a particle glued to it ("**파일 > 다른 이름으로 저장...**을 선택합니다" was two
    sentences, the second opening on "을"); after a predicate's ending, a quotative glued
    to it (no sentence opens on "하고 " or "라며 ")."""
    if nxt.start != sentence.end:
        return False
    words = [t for t in sentence.tokens if not t.tag.startswith("S") or t.tag in ("SL", "SN", "SH")]
    if words and words[-1].tag.startswith("E"):  # a quotation without its marks ("좋아요!하고 웃었다")
        return bool(_QUOTATIVE.match(view, nxt.start))
    return bool(words) and bool(_PARTICLE_START.match(view, nxt.start))


# A sentence kiwipiepy found this long (characters) in which a quotation opens and never
# closes is read again without its quotation marks (several times a long news sentence)
_LONG_QUOTATION = 400
_QUOTES = re.compile(r"[“”‘’\"']")


def _opens_more(text: str) -> bool:
    """Whether a quotation opens in ``text`` (curly quotes) and does not close in it."""
    return text.count("“") > text.count("”") or text.count("‘") > text.count("’")


def _spoken_ends(text: str, tokens) -> list[int]:
    """The ends of sentences without a full stop in one sentence kiwipiepy found in
    ``text`` (its ``tokens``): after each word that ends in ``_SPOKEN_END`` before a next
    word (``_NEXT_WORD_STARTS``) that is no quotative (``_QUOTATIVE``), outside quotes."""
    out = []
    for before, token, after in zip(tokens, tokens[1:], tokens[2:]):
        end = token.start + token.len
        if (before.start + before.len < token.start or after.start == end or not _SPOKEN_END.fullmatch(token.form)
                or token.tag.startswith(("N", "V", "X"))):
            continue
        gap = _NEXT_WORD_STARTS.match(text, end)
        if (gap is None or gap.end() != after.start or _QUOTATIVE.match(text, after.start)
                or _TAKES_WHAT_CAME.match(text, after.start)):
            continue
        opened = text.count("“", 0, end) + text.count("‘", 0, end) - text.count("”", 0, end) - text.count("’", 0, end)
        if opened <= 0 and text.count('"', 0, end) % 2 == 0:
            out.append(end)
    return out


def _numbered_quotation_ends(text: str, cuts: list[int]) -> list[int]:
    """The sentence ends kiwipiepy missed in a sentence it found that opens with a list
    number before a quotation and holds another sentence end (``_NUMBER_BEFORE_QUOTE``):
    that sentence split again with the number read as blanks (the same length, so the
    offsets stay the text's). Only there: elsewhere the blanks change kiwipiepy's cuts."""
    out = []
    for a, b in itertools.pairwise(cuts):
        found = _NUMBER_BEFORE_QUOTE.match(text, a, b)
        if found is None or _SENTENCE_GAP.search(text, found.end(), b) is None:
            continue
        piece = " " * (found.end() - a) + text[found.end():b]
        out += [a + s.end for s in _kiwi().split_into_sents(piece, return_sub_sents=False)][:-1]
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
    inner = [m.end() for a, b in itertools.pairwise(out) for m in _QUOTE_AFTER_END.finditer(text, a, b)
             if not _MARK_ONLY.fullmatch(text, a, m.end())
             and not _LIST_MARK_DOT.search(text, max(a, m.start() - 4), m.start() + 1)]
    return sorted(set(out + inner)) if inner else out
