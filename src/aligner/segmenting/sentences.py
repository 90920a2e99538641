"""What both sentence splitters share: the bound on a segment's length, the spans between
their cuts, and labels in brackets cut off as sentences of their own.

No segment is longer than ``MAX_SENTENCE_CHARS``: a longer sentence (a page without
punctuation, a megabyte on one line) is cut at clause punctuation, else at white space,
else anywhere, so that every later stage (kiwipiepy, the encoder, the DP) works on
pieces of bounded size and time and memory grow linearly with the input.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import os
import re
from collections.abc import Callable

from .kiwi import _kiwi, _last_tag
from .scripts import _ALNUM

# A list number with its period (1. / II.): where it opens a sentence it numbers that one.
_NUMBER_DOT = r"(?:\d{1,3}|[IVX]{1,4})\."
# A list's number or letter (2. / II. / 2) / (2) / (가)).
_LIST_MARK = _NUMBER_DOT + r"|[(\[]?(?:\d{1,3}|[ivxIVX]{1,4}|[A-Za-z]|[가나다라마바사아자차카타파하])[)\]]"
# What opens a list's item on its line: a number or letter (2. / (a) / 가) ...), a Korean
# letter's ("가. ", "나. ": a statute's 목), a number's branch ("1의2. ", "1-2. ") or a
# circled number ("② "), a Korean script's scene number ("S#12. 카페 안 - 낮") or a numbered
# question's or answer's ("Q1. ", "A1. ", "Q2) ", "Q 3. ": an FAQ's labels were cut off its
# sentences) or a part's in Hanja numerals ("一. 시조 세 수": cut off, other-script)
_OTHER_MARK = (r"[가나다라마바사아자차카타파하]\.|\d{1,3}(?:의|-)\d{1,3}\.|[\u2460-\u2473\u2776-\u2793]|S#\d{1,4}\."
               r"|[QA]\s?\d{1,3}[.)]|[一二三四五六七八九十]{1,3}\.")
ITEM_MARK = rf"(?:{_LIST_MARK}|{_OTHER_MARK})"
# ... of which those the splitters do not know (a number's "12." may be an answer: "How
# many? 12. That is a lot.")
_MARK_ALONE = re.compile(rf"\s*(?:{_OTHER_MARK})\s*")
# Pictographs (emoji, dingbats) and a text's emoticons: in reviews and chat they end a
# sentence as a full stop does ("터져요 👍 다만 …", "arrived :( A few of …")
EMOJI = "\u2600-\u2712\u2719-\u2793\U0001f300-\U0001faff"  # (not the dingbats' check marks and arrows: bullets)
EMOTICON = r"(?<!\S)(?::-?[()DP]|;-?\)|\^\^)(?!\S)"
_EMOTICON_END = re.compile(rf"{EMOTICON}$")
# A note's mark after a sentence's end, before the space: a citation's "[2]", superscript
# figures ("이다.¹", "so.¹,²"), a wiki's maintenance tag ("[citation needed]", "[when?]",
# "[출처 필요]"). It ends that sentence: "…이다.¹ 투리는 …" and "…many.[citation needed] King …"
# were one sentence (an encyclopedia and theses audit).
NOTE_MARKS = (r"(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}(?:,[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})*"
              r"|\[[a-z][a-z ]{0,30}needed\]|\[(?:when|who|which|where|why|how)\?\]|\[[가-힣 ]{0,10}필요\])")
# Marks only ("1.", "(a)", "Q.", "A1.", "Q 3.", "①"): on a line of their own they open the
# item on the line below (see paragraphs). Written so (an FAQ exported from a form, a
# PDF's list), "Q." and "A." were English segments of their own, and one ended up in the
# English question's pair ("Q. How do I …? A."). Not a Korean letter's "가.": "자." or "아."
# alone on a transcript's line is a word ("So.", "Ah."); nor a capital's but Q's and A's: "J."
# above "P.S. …" signs a letter; nor a Roman numeral's "I." or "IV.", a part's heading.
MARKS_ONLY = re.compile(r"(?:\s*(?:\d{1,3}\.|[(\[]?(?:\d{1,3}|[ivx]{1,4}|[A-Za-z]|[가나다라마바사아자차카타파하])[)\]]"
                        r"|\d{1,3}(?:의|-)\d{1,3}\.|[\u2460-\u2473\u2776-\u2793]|[QAa-z]\.|[QA]\s?\d{1,3}[.)]))+\s*")
# The marks that number or letter a list's item, at a sentence's start ("2. ", "(2) ", "가) ",
# "A. ", "② "; a run of them: "A. 1. "), and a transcript's time stamp ("[00:12:31] ", "0:03 "):
# kept with the sentence they open, but no content of it (see without_opening_marks).
_CLOCK = r"(?:\d{1,2}:)?\d{1,2}:\d\d(?:[.,]\d+)?"
_TIME_MARK = rf"[\[(]?{_CLOCK}[\])]?"
# ... of which a stamp in brackets opening a sentence is cut off as a segment of its own
# (no letters: never paired): "[00:12:40] 주인공 이름은 …" put it on one side of a pair
_TIME_STAMP = re.compile(rf"[\[(]{_CLOCK}[\])]\s+")
# ... and bullets, spaced or not ("■ 안건" / "Agenda": cosine 0.13, 0.37 without the mark;
# a business audit), a dash spaced ("- 펀드명", not "-5도" or "- 5도", a minus sign)
_BULLET = r"[■□▪▫▶▷►▸※•·◆◇○●◦◎ㆍ»›➢➤✓✔]"
_LEADING_MARKS = re.compile(rf"\s*(?:(?:{_LIST_MARK}|{_TIME_MARK}|[A-Za-z]\.|[QA]\s?\d{{1,3}}[.)]|[\u2460-\u2473\u2776-\u2793]"
                            rf")\s+|[-–*]\s+(?![-+]?\d)|{_BULLET}\s*)+")
# A worksheet's blanks ("B: ____ I'm on my way.", "(   )"): no content, and two lines of
# blanks read alike ("※ 확인 사항 …" and "— End of exam —", cosine 0.13, were 0.80 each after
# a run of blanks; an education audit). Not dots: "……" and "......" are a Korean ellipsis.
_BLANKS = re.compile(r"(?<![^\W_])[_＿]{2,}(?![^\W_])|[(（]\s{2,}[)）]")  # (not inside a name: "get__init__")


def without_opening_marks(text: str) -> str:
    """``text`` without the list marks and time stamps that open it, if anything is left:
    what an encoder reads. Two items of two lists ("2. 제가 문을 열게요." and "2. Can you speak
    English?") share their number and a token, and were paired; two lines of a podcast's
    transcript share the form of their time stamps."""
    found = _LEADING_MARKS.match(text)
    return text[found.end():] if found and found.end() < len(text) else text


def without_blanks(text: str) -> str:
    """``text`` with its worksheet's blanks (see :data:`_BLANKS`) as spaces, if anything is
    left: what an encoder reads."""
    kept = _BLANKS.sub(" ", text)
    return " ".join(kept.split()) if kept.strip() else text


def without_notes(text: str) -> str:
    """``text`` without the translator's notes inside it ("포괄임금제(역주: 연장근로 수당을 …
    방식)는 …"), if anything is left: what an encoder reads. The note is no part of the
    translation, and its words pulled the sentence's similarity down (at a document's end,
    under the stricter floor there, the pair was undone)."""
    if "(" not in text and "[" not in text:
        return text
    closes, kept, at = _closes(text), [], 0
    for found in _NOTE_OPENING.finditer(text):
        close = closes.get(found.start())
        if close is not None and found.start() >= at:
            kept.append(text[at:found.start()])
            at = close + 1
    rest = "".join(kept) + text[at:]
    return " ".join(rest.split()) if at and rest.strip() else text


# A word that ends a sentence: terminal punctuation, then closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…。？！][\"'”’)\]」』]*$")
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
# An opening quote; a straight one opens when a letter follows it.
_OPENING_QUOTE = r"[“‘「『]|[\"'](?=\w)"
_QUOTATION_START = re.compile(_OPENING_QUOTE)
_OPENING_MARKS = frozenset("([{“‘「『《〈（［")
_BARE_QUOTATION = re.compile(r"[“‘「『\"'][^.!?…。“”‘’「」『』\"'\n]{0,79}[^.!?…。“”‘’「」『』\"'\n—–―][”’」』\"']")
# A piece that ends in a comma (inside closing quotes or not) does not end a sentence:
# “시장에,” 그녀가 말했다. / "To the market," she said.
_COMMA_END = re.compile(r"[,，、][\"'”’」』»]*$")
# A hesitation: a filler (a closed class, as the sound cues are: well, um, uh, so, 음, 어,
# 글쎄, …) and an ellipsis ("Well...", "음...", "Um…"), a pause that opens the sentence
# after it ("Well... I did, apparently."), not a sentence of its own. Another word before
# an ellipsis may end a sentence ("Wait..." | "What happened?").
HESITATION = (r"(?i:well|um+|uh+|erm?|ah+|oh+|h?m+|hm+|so|음+|으음|어+|아+|에+|흠+|저|그|뭐|글쎄요?|그러니까|그니까"
              r"|그냥|근데|그런데|그게|아니|있잖아요?|저기요?)"
              r"(?:\.{2,}|…)")
_HESITATION = re.compile(HESITATION)
_HESITATIONS = re.compile(rf"{HESITATION}(?:\s+{HESITATION})*")  # "Erm... Er... Right."
# Labels in brackets (see _label_cuts), one or a run of them ("(Laughter) (Applause)"): at a
# piece's start with white space after, or at its end.
_LABEL = r"[(\[]([^()\[\]\n]{1,40})[)\]]"  # group 1: what is inside
_LABEL_AT_START = re.compile(rf"(?:{_LABEL}\s+)+")
_LABEL_AT_END = re.compile(rf"(?:\s{_LABEL})+$")
_INSIDE_LABEL = re.compile(_LABEL)
# A bracket glued to the word it annotates ("벚나무(", "Seoul["), and after its closing bracket
# the sentence going on (white space, then a letter or digit; its punctuation may close it)
_GLUED_BRACKET = re.compile(r"(?<=[^\W_])[(\[]")
_BRACKET = re.compile(r"[()\[\]]")
_GOES_ON = re.compile(r"[\"'”’]*\s+(?=[^\W_])")
# A translator's note in brackets closing a piece, after white space ("(역주: …)", "[옮긴이 주]
# …", "(Translator's note: …)", "(TN: …)")
# (scoring's note label too; "TL note", "T/N": fan translations')
NOTE_WORDS = r"역주|역자\s?주|번역자\s?주|옮긴이\s?주|譯註|translator['’]?s\s+notes?|TL\s?notes?|T/N"
_NOTE_LABEL = rf"[(\[]\s*(?:{NOTE_WORDS}|TN)\s*[:：)\]]"
_NOTE_OPENING = re.compile(_NOTE_LABEL, re.IGNORECASE)
_NOTE_AT_END = re.compile(rf"(?:(?<=\s)|(?<=[.!?。])){_NOTE_LABEL}[^()\[\]]*[)\]][.\s]*$", re.IGNORECASE)
# A Korean wire's place and agency in brackets, opening a story: "(서울=연합뉴스)", "【도쿄=
# 뉴시스】", "[OSEN=정다은 기자]", and a photo's credit, "[사진=삼성전자 제공]" (Hangul inside:
# "(x=3)" is a formula)
KO_WIRE = r"[(【\[](?=[^)】\]\n]*[가-힣])\s*[가-힣A-Za-z]{1,10}\s*=\s*[^()【】\[\]=\n]{1,40}[)】\]]"
# An entry of a reference list, author-year style (APA and the Korean journals that follow
# it): its authors, the year in brackets and a full stop, then title and source. One
# segment, never cut at its full stops, and never paired (aligning.scoring.is_boilerplate):
# a paper's two language versions share their references. "Kim, S., Lee, J., & Choi, H.
# (2023). College …", "박혜원, 정수민 (2021). 대학생의 …", "[3] Bandura, A. (1997). …"
_EN_AUTHOR = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s(?:[A-Z]\.\s?(?:-?[A-Z]\.\s?)?){1,3}"
_KO_AUTHOR = r"[가-힣]{2,5}"
_YEAR = r"\s?\((?:19|20)\d{2}[a-z]?(?:,\s[^()]{1,20})?\)\.\s+"
# ... its source: a journal's volume and issue or pages, a publisher after its city, an
# address: "아시아교육연구, 22(1), 101-125.", "서울: 학지사.", "https://doi.org/…"
_SOURCE = (r"\d+\s?\(\d+\)|\d+\s?[-–]\s?\d+\.?$|pp?\.\s?\d|[Dd][Oo][Ii]\b|https?://"
           r"|(?:서울|파주|고양|부산|대구|대전|광주|인천|세종|경기|성남|수원)\s?:\s?\S{2,}")
REFERENCE_ENTRY = re.compile(
    r"\s*(?:\[\d{1,3}\]\s*|\d{1,3}\.\s+)?(?:"
    # English authors ("Kim, S., Lee, J., & Choi, H."), then a title and a source
    rf"(?:{_EN_AUTHOR}(?:,?\s(?:&\s|and\s)?{_EN_AUTHOR}){{0,7}}(?:,?\s(?:et\sal\.|&\s\.\.\.))?){_YEAR}"
    r"(?=[^\n]*?[.?!]\s+\S)[^\n]*"
    # ... Korean ones, with a source: a name and a year alone open any sentence ("창립 (1985).")
    rf"|{_KO_AUTHOR}(?:\s?[,·]\s?{_KO_AUTHOR}){{0,7}}(?:\s?외)?{_YEAR}(?=[^\n]*(?:{_SOURCE}))[^\n]*"
    # ... a wiki's, after its back link ("^", "↑", "^ a b"): authors ("Surname, Given", Korean
    # names) and a closed year ("^ Nam, Moon-hyon (2002). …", "↑ 전상운 (2000). …") or a quoted
    # title opening it ("↑ 「수원 화성」. 국가유산포털."), then more: cut at its full stops, the two
    # lists' pieces were paired ("↑ 전상운 (2000)." with "^ Nam, …"); not a patch note's, a
    # forum's or a news list's arrow ("↑ Damage increased for "Fireball". …", "↑ More tourists
    # than last year (2023). …": an adversarial check)
    r"|[\^↑](?:\s[a-z](?=\s))*\s+(?:(?:[A-Z][\w'’-]+,\s[^\n()]{1,60}|"
    rf"{_KO_AUTHOR}(?:\s?[,·]\s?{_KO_AUTHOR}){{0,7}}(?:\s?외)?)\s?\((?:1[5-9]|20)\d{{2}}[a-z]?\)\."
    r"|[「『“\"][^\n」』”\"]{1,200}[」』”\"]\.)\s+\S[^\n]*)")


# A sound or stage cue of a transcript or subtitle, in brackets: a closed class ("(Laughter)",
# "[Applause]", "(웃음)", "(박수)", "(Laughter and applause)", "(청중 웃음)"), one or a run
_CUE_WORDS = frozenset(
    "laughter laughs laughing chuckles chuckling applause applauding applauds cheers cheering cheer "
    "music singing sings song silence sighs sigh gasps gasp video audio crosstalk inaudible coughs cough "
    "pause beep bleep static noise crowd audience "
    "웃음 웃음소리 박수 박수갈채 박수소리 음악 노래 환호 환호성 함성 영상 비디오 한숨 침묵 탄성 탄식 기침 잡음 "
    "청중 관객 소리".split())
_CUE_JOINERS = re.compile(r"\s*(?:,|&|\band\b|및|과|와)\s*|\s+")
_CUE_RUN = re.compile(rf"(?<!\S)(?:{_LABEL}\s*)*{_LABEL}(?!\S)")
_MEDIA = frozenset(("video", "영상", "비디오"))  # the cue words a chat's media placeholder shares
_SPEAKER_LINE = re.compile(r"[^.!?\n]{1,60}:\s")  # what opens a chat's line: "2026/11/29 13:17 Lee Jungwoo: "
_HANGUL_END = re.compile(r"[\uac00-\ud7a3][\"'”’]*$")
_HANGUL_START = re.compile(r"[\"'“‘]*[\uac00-\ud7a3]")
_ROMAN = re.compile(r"[ivxlcdm]+", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*(\S*)")
# A reference in brackets ending a paragraph after its sentence's end, a figure in it: a
# verse, a page, a year, an error's code ("(Psalm 23:1)", "(Kim, 2019)", "(오류 코드: %1$s)"),
# an exam question's points and a statute's dates in square brackets ("? [3 points]",
# "[시행 2024. 3. 15.]"; not a labelled note, "[Note: Room 302 is closed.]": an adversarial
# check). It is the sentence's, in both languages: cut off on one side (the English), it
# was left unpaired.
TRAILING_BRACKET = (r"(?:\([^()\n]{0,40}\d[^()\n]{0,20}\)"
                    r"|\[(?!\s*[^\s\[\]:=]{1,12}\s*[:=])[^\[\]\n]{0,40}\d[^\[\]\n]{0,20}\])")


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


def _mark_line(text: str, start: int, cut: int) -> bool:
    """Is ``text[start:cut]`` marks only, on a line of their own (a line break after them)?"""
    return MARKS_ONLY.fullmatch(text, start, cut) is not None and "\n" in text[start:cut] + text[cut:cut + 2]


def _label_cuts(text: str, cuts: list[int], ends: Callable[[str, int, int], bool] | None = None) -> list[int]:
    """``cuts`` with a bracketed label that stands between two sentences, or after the
    last, cut off as a sentence of its own. A talk transcript's (Laughter) / (웃음) went
    with the next sentence in English and the one before in Korean. A label opening a
    paragraph stays with it: a dateline's (CNN), a title's [공지]; but a sound cue
    (:func:`_cue_cuts`) stands alone between sentences, at a piece's start too. So does a
    translator's note at a piece's end (:func:`_annotated`), and no cut stands inside a
    bracket glued to the word it annotates. ``ends(text, start, end)``: whether the
    punctuation at ``text[start:end]`` ends a sentence (English: not an abbreviation's
    dot, "10 a.m.–6 p.m. (closed Mondays)"); default, all terminal punctuation does."""
    cuts = _annotated(text, cuts)
    # a list's mark is never a sentence of its own: it opens the next ("나." | "해당 정보만으로는 …")
    cuts = [c for i, c in enumerate(cuts) if not (0 < i < len(cuts) - 1 and (_MARK_ALONE.fullmatch(text, cuts[i - 1], c)
                                                                            or _mark_line(text, cuts[i - 1], c)))]
    out = list(cuts) + _cue_cuts(text, cuts)
    for a, b in itertools.pairwise(cuts):
        piece = text[a:b].lstrip()
        at = a + (b - a - len(piece))  # where the piece starts in text
        piece = piece.rstrip()
        after_end = _SENTENCE_END.search(text[max(0, a - 8):a].rstrip()) is not None
        stamp = _TIME_STAMP.match(piece)
        if stamp is not None and len(_ALNUM.findall(piece, stamp.end())) >= 2:
            out.append(at + stamp.end())  # a transcript's time stamp: no word of the sentence it opens
        elif after_end and not piece.endswith((")", "]")) and (found := _LABEL_AT_START.match(piece)) is not None:
            after = _NEXT_WORD.match(piece, found.end()).group(1)
            if _are_labels(found.group()) and not after[:1].islower() and len(_ALNUM.findall(piece, found.end())) >= 2:
                out.append(at + found.end())
        elif (found := _LABEL_AT_END.search(piece)) is not None and _are_labels(found.group()):
            end = _SENTENCE_END.search(piece[:found.start()].rstrip())
            if end is not None and (ends is None or ends(text, at + end.start(), at + end.end())):
                out.append(at + found.start())
    return sorted(set(out)) if len(out) > len(cuts) else cuts


def _annotated(text: str, cuts: list[int]) -> list[int]:
    """``cuts`` without those in or right after a bracket glued to the word before it, a
    gloss or a translator's note inside a sentence ("나는 벚나무(역주: 원문은 cherry tree로,
    체리 거리와 이어진다) 아래에서 …": kiwipiepy ended a sentence inside it, and the sentence
    was cut in two), where the sentence goes on after it; and with a cut before a
    translator's note that ends a piece after white space or a sentence end ("…기다렸어
    (역주: …)", "…기다렸어.(역주: …)"), which is then a sentence of its own, never paired."""
    if "(" not in text and "[" not in text:
        return cuts
    closes = _closes(text)
    inner = cuts[1:-1]
    drop: set[int] = set()

    def dropped(lo: int, hi: int) -> None:  # the inner cuts in (lo, hi]
        drop.update(inner[bisect.bisect_right(inner, lo):bisect.bisect_right(inner, hi)])

    for found in _GLUED_BRACKET.finditer(text):
        close = closes.get(found.start())
        goes_on = _GOES_ON.match(text, close + 1) if close is not None else None
        if goes_on is not None:
            dropped(found.start(), goes_on.end())
    for found in _NOTE_OPENING.finditer(text):  # a note of several sentences is one
        close = closes.get(found.start())
        if close is not None:
            dropped(found.start(), close)
    out = [c for c in cuts if c not in drop]
    added = [found.start() for a, b in itertools.pairwise(out) for found in [_NOTE_AT_END.search(text, a, b)]
             if found is not None and found.start() > a and text[a:found.start()].strip()]
    return sorted(set(out + added)) if added else out


def _closes(text: str) -> dict[int, int]:
    """Each round or square bracket of ``text`` that is closed within 400 characters: its
    position -> its closing bracket's (nested ones matched; one pass, linear)."""
    out: dict[int, int] = {}
    open_at: dict[str, list[int]] = {"(": [], "[": []}
    for found in _BRACKET.finditer(text):
        mark = found.group()
        if mark in open_at:
            open_at[mark].append(found.start())
        else:
            stack = open_at["(" if mark == ")" else "["]
            if stack:
                start = stack.pop()
                if found.start() - start <= 400:
                    out[start] = found.start()
    return out


def _cue_cuts(text: str, cuts: list[int]) -> list[int]:
    """Cuts around each run of bracketed sound cues (``_CUE_WORDS``: "(Laughter)",
    "(웃음)", "[Applause]") that stands where a sentence may end or start: at a piece's
    start or end, or both after a sentence end (a Korean transcript writes no full stops:
    after a word that ends in a final ending, "늘 바빴거든요 (웃음) 그 후"; or a speaker's
    label, "Q: (웃음) 그 간호사분도") and before a capital or Korean. A paragraph opened by
    a cue ("(Laughter) Then, in March") has it cut off too, unlike a dateline's label; a cue
    inside a sentence is not cut ("the (music) industry", "첫 투자 미팅에서 (웃음) 제가 …",
    "at my first meeting, (laughs) I …": the sentence was cut in two, each half paired
    alone)."""
    out: list[int] = []
    for a, b in itertools.pairwise(cuts):
        for found in _CUE_RUN.finditer(text, a, b):
            if not all(_is_cue(inside) for inside in _INSIDE_LABEL.findall(found.group())):
                continue
            # a bounded look either side (not slices to the piece's ends: a caption line of
            # megabytes holds thousands of cues)
            start, end = found.span()
            before = text[max(a, start - 16):start].rstrip()
            after = text[end:min(b, end + 16)].lstrip()
            at_start = start - a <= 16 and not text[a:start].strip()
            at_end = b - end <= 16 and not text[end:b].strip()
            ends = _SENTENCE_END.search(before) is not None or before.endswith(":") or (
                _HANGUL_END.search(before) is not None and _final(text[max(a, start - 40):start]))
            starts = after[:1].isupper() or _HANGUL_START.match(after) is not None
            # a chat's media placeholder that is all a line says after its speaker ("Lee: [Video]";
            # a community audit) is the line's message, not a cue beside one; a sound cue after a
            # label is cut off still ("Chris Anderson: (Laughter)", to pair with "(웃음)")
            label_only = (at_end and before.endswith(":") and start - a <= 64
                          and found.group().strip("[]() ").lower() in _MEDIA
                          and _SPEAKER_LINE.fullmatch(text[a:start].strip() + " ") is not None)
            if (at_start or at_end or (ends and starts)) and not label_only:
                out += [start, end]
    return out


def _final(text: str) -> bool:
    """Whether the last word of ``text`` ends in a final ending ("바빴거든요", "했다"; not
    "미팅에서", "있는데")."""
    words = text.split()
    word = words[-1].rstrip("\"'”’") if words else ""
    return bool(word) and (word.endswith(("요", "죠")) or _last_tag(word) == "EF")


def _is_cue(inside: str) -> bool:
    words = [w for w in _CUE_JOINERS.split(inside.strip().lower()) if w]
    return bool(words) and all(w in _CUE_WORDS for w in words)


def _are_labels(run: str) -> bool:
    return all(_is_label(inside) for inside in _INSIDE_LABEL.findall(run))


def _is_label(inside: str) -> bool:
    """Text in brackets that can be a label: two letters at least, no sentence end, not
    a list's numbering (iv)."""
    letters = sum(c.isalpha() for c in inside)
    return letters >= 2 and not _ROMAN.fullmatch(inside) and not any(c in ".!?…" for c in inside)


def _trimmed_spans(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    """Spans between cuts, trimmed of white space; fragments with no letter or digit
    (a lone closing quote, "(끝"), pieces that go on after a quotation (``_QUOTATIVE``)
    and pieces after one ending in a comma or a hesitation (``HESITATION``) alone are
    glued to the sentence before them."""
    spans: list[tuple[int, int]] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = text[a:b]
        if not piece.strip():
            continue
        a += len(piece) - len(piece.lstrip())
        b -= len(piece) - len(piece.rstrip())
        if spans and ((_fragment(text[a:b]) and not _HESITATION.fullmatch(text, a, b))
                      or _COMMA_END.search(text, *spans[-1]) or _HESITATIONS.fullmatch(text, *spans[-1])
                      or _goes_on_after_quote(text, spans[-1], a) or _opens_the_next(text, *spans[-1])):
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def _opens_the_next(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] cannot end a sentence but opens the one after it: it ends in an
    opening bracket or quote (한다( | 단, …) or it is only a quoted term or title, with no
    sentence end in it (「개인정보 보호법」 제2조에 따른 …; “을”이란 …; “알았어” 그가 …),
    not a line of speech broken off by a dash (“내 말은—” | “됐어.)."""
    return ((text[b - 1] in _OPENING_MARKS and not _EMOTICON_END.search(text, max(a, b - 4), b))
            or _BARE_QUOTATION.fullmatch(text, a, b) is not None)


def _fragment(piece: str) -> bool:
    """Too little to be a sentence: no letter or digit, or one that is not a quotation
    (“왜?”, “응,” are replies; "(끝" is not) nor "끝." (an official letter's end mark, a
    story's "The End.": a segment of its own, see korean._MISSED_END)."""
    alnum = len(_ALNUM.findall(piece))
    return alnum == 0 or (alnum == 1 and _QUOTATION_START.match(piece) is None and piece != "끝.")


_HA = re.compile("[하했한할합]")


@functools.lru_cache(maxsize=1024)
def _starts_with_ha(words: str) -> bool:
    """Does ``words`` open on the verb 하다 (kiwipiepy's reading: not "하지만", "하긴",
    words of their own)?"""
    tokens = _kiwi().tokenize(words)
    if not tokens or tokens[0].start != 0:
        return False
    return tokens[0].form == "하" and tokens[0].tag in ("VV", "VX")


def _goes_on_after_quote(text: str, before: tuple[int, int], a: int) -> bool:
    """Whether the piece at ``a`` continues the sentence ``before``: that sentence ends
    with a closing quote and the piece starts with a quotative particle or ending (see
    ``_QUOTATIVE``; a lone 고 only if kiwipiepy does not read it as opening a noun phrase)."""
    if text[before[1] - 1] not in _CLOSING_QUOTES:
        return False
    found = _QUOTATIVE.match(text, a)
    if found is None:
        # or 하다 saying it ("…거지.” 하시는 거예요", "…예요.” 했더니"; not 그러다: "…?” 그랬더니
        # …" is a sentence of its own in the talk audit's gold, which lost 14 pairs)
        return _HA.match(text, a) is not None and _starts_with_ha(text[a:a + 12])
    if found.group() != "고":
        return True
    start = max(before[0], before[1] - 40)
    tokens = _kiwi().tokenize(text[start:a + 40])
    return not any(t.start == a - start and t.tag in _OPENS_A_NOUN_PHRASE for t in tokens)
