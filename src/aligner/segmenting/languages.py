"""Languages within a line: runs of Korean and English in a mixed line (a sentence and its
translation, a bilingual heading, a table row), names and quotations kept in their sentence."""

from __future__ import annotations

import functools
import re

from .continuations import _NOT_FINAL, _OPEN_WORDS, _open_end
from .english import _is_sentence_end
from .kiwi import _kiwi, _last_tag
from .scripts import _HANGUL, _LATIN, _TOKEN, _word_language, has_letters, has_other_letters, language_of
from .sentences import _LIST_MARK, _SENTENCE_END, ITEM_MARK

_SEPARATOR = re.compile(r"[/|｜／¦·•]+")  # a word of these separates what is on either side
_BULLETS = frozenset("·•")
_SLASHES = frozenset("/／")
# A dash, equals sign or arrow standing as a word between a term and its translation
# ("passport – 여권", "환율 = exchange rate"); see _stands_alone
_TERM_SEPARATOR = re.compile(r"[-‐–—―=→⇒]+")
_COLUMN_GAP = re.compile(r"\t| {3}")  # between the columns of a TSV file or a text table
_COLUMN = re.compile(r"\S(?:(?!\t| {3}).)*\S|\S")  # a column's text, trimmed
_LIST_MARKER = re.compile(ITEM_MARK)  # one word: a list's number or a scene's, S#12. (see _words)
# An ICU message's syntax, a string table's plural or select ("{count, plural, one {# file}
# other {# files}}"): no word of a language ("{count, plural, other" was an English run of the
# Korean cell "{count, plural, other {파일 #개}}", cut off its words; a docs audit)
_ICU_HEAD = re.compile(r"\{\s*\w+\s*,\s*(?:plural|select|selectordinal)\s*,(?:\s*offset:\d+)?")
_ICU_KEY = re.compile(r"(?<![^\s{}])[\w=]+(?=\s*\{)")  # ... and, in such a message, its cases' keys
_SPACED_LABEL = re.compile(r"[QA]\s\d{1,3}[.)]")  # ... or two: an FAQ's "Q 3." (see _words)


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
    a translation in brackets beside the sentence it translates is a run without its
    brackets, which are in no run, and the punctuation after them is a run of the
    language of the sentence it ends, the only run of a language without letters (see
    :func:`_unbracketed`).
    Deciding per sentence first keeps a Korean sentence whole when a Latin word inside it
    would otherwise leave its pieces without a clean end (they were all folded into the
    English sentence before them, and the whole line was taken for one language).
    """
    tokens = _words(text)
    # separators at the line's ends (a table's borders: "| 여권 | passport |") are no language's
    lo, hi = 0, len(tokens)
    while hi > lo and _SEPARATOR.fullmatch(text, *tokens[hi - 1][:2]):
        hi -= 1
    # ... but a bullet opening a line ("· 기시다 총리 …", "• item") is its item's, as "-" and "▶" are
    bullet = hi == len(tokens) > 1 and text[tokens[0][0]:tokens[0][1]] in _BULLETS
    while lo < hi and not bullet and _SEPARATOR.fullmatch(text, *tokens[lo][:2]):
        lo += 1
    if not any(lang for _, _, lang in tokens[lo:hi]):  # no letters between them: one piece
        lo, hi = 0, len(tokens)
    before = [(tokens[0][0], tokens[lo - 1][1], None)] if lo else []
    after = [(tokens[hi][0], tokens[-1][1], None)] if hi < len(tokens) else []
    tokens = tokens[lo:hi]
    pieces: list[list] = []  # [start, end, lang, first_token, last_token]
    first = 0
    new_column = slash = False  # the sentence starts a column of a table (after a tab, spaces or a separator)
    for k, (a, b, lang) in enumerate(tokens):
        column_gap = k + 1 < len(tokens) and (_COLUMN_GAP.search(text, b, tokens[k + 1][0]) is not None
                                              or (_SEPARATOR.fullmatch(text, a, b) is not None
                                                  and not (bullet and k == 0)))
        if k == len(tokens) - 1 or _ends_sentence(text, a, b, lang) or column_gap:
            for piece in _sentence_runs(tokens, first, k, text):
                piece[2] = _sentence_language(tokens[piece[3]:piece[4] + 1], text)
                # a column without letters (a table's row number, a date) is no language's:
                # "1<TAB>안녕하세요<TAB>Hello" gave the Korean segment "1 안녕하세요"
                # (but after a slash, letterless text is the sentence's: "3개 선택됨 / {total}")
                if (new_column and pieces and (piece[2] is None) != (pieces[-1][2] is None)
                        and not (slash and piece[2] is None)):
                    pieces.append(piece)
                else:
                    _add_run(pieces, piece)
                new_column = False
            first, new_column, slash = k + 1, column_gap, text[a:b] in _SLASHES
    out = []
    for i, (a, b, lang, first_token, last_token) in enumerate(pieces):
        # a separator between two languages ("회의 일정 / Meeting schedule") is neither's,
        # whether it ends the first piece or opens the second ("I'm hungry. - 배고파요.")
        lead = tokens[first_token]
        if (i > 0 and pieces[i - 1][2] != lang and last_token > first_token
                and (_SEPARATOR.fullmatch(text, *lead[:2]) or _TERM_SEPARATOR.fullmatch(text, *lead[:2]))):
            out.append((lead[0], lead[1], None))
            a, first_token = tokens[first_token + 1][0], first_token + 1
        sep = tokens[last_token]
        if (i + 1 < len(pieces) and pieces[i + 1][2] != lang and last_token > first_token
                and (_SEPARATOR.fullmatch(text, *sep[:2]) or _TERM_SEPARATOR.fullmatch(text, *sep[:2]))):
            out += [(a, tokens[last_token - 1][1], lang), (sep[0], sep[1], None)]
        else:
            out.append((a, b, lang))
    return _marker_apart(text, before + _unbracketed(text, out) + after)


# What opens a line as a whole: a list's number ("1.", "(가)") or a bullet
_LINE_MARK = re.compile(rf"(?:{_LIST_MARK}|[•·◦▪■□●○◆◇▶▷►-])(?=\s)")


def _marker_apart(text: str, runs: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    """``runs`` with the number or bullet that opens a line of both languages made a run of
    no language: it numbers the line, both halves ("1. 나는 학생이다. I am a student." gave
    the pair "1. 나는 학생이다." with "I am a student.": numbered on one side only). Not
    where the other language's half opens on a number of its own."""
    first = next((i for i, (_, _, lang) in enumerate(runs) if lang), None)
    if first is None:
        return runs
    a, b, lang = runs[first]
    other = next((r for r in runs[first + 1:] if r[2] not in (None, lang)), None)
    mark = _LINE_MARK.match(text, a)
    if other is None or mark is None or _LINE_MARK.match(text, other[0]) or not has_letters(text[mark.end():b]):
        return runs
    return runs[:first] + [(a, mark.end(), None), (*_stripped(text, mark.end(), b), lang)] + runs[first + 1:]


# A run opening on a bracket: the bracket's text, then the punctuation after the closing
# bracket, which ends the sentence the brackets are in: "(제주도는 화산섬이다)."
_BRACKETED = re.compile(r"[(\[（［]([^()\[\]（）［］]*)[)\]）］]([.!?…。]*)")
_CLAUSE_ENDINGS = ("EF", "EC")  # kiwipiepy's tags of a final or connective ending


def _unbracketed(text: str, runs: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    """``runs`` with a translation in brackets taken out of them: a run opening on brackets
    next to a run of the other language, the bracketed text a clause of its own ("Jeju is
    a volcanic island (제주도는 화산섬이다).", "서울은 인구가 많다 (Seoul has a large
    population)."), and the brackets the end of the run or of a sentence (a sentence of the
    translation's language may follow: "The show was great (정말 재미있었다)! 공연은
    훌륭했다."). The segment is the translation, not "(제주도는 화산섬이다).": the brackets
    are in no run, and the punctuation after them, which ends the sentence before them, is
    a run of that sentence's language, for the segmenter to put back on its end ("Jeju is
    a volcanic island."; the translation's, where that sentence had ended or there is none).
    A gloss or a label stays as it is: a word or a name in brackets ("(kimchi)", "(Matthew
    Miller)", "(웃음)"). Glosses inside a word ("김치(kimchi)", "박물관(National Museum of
    Korea)을") are no run of their own and never come here."""
    out = []
    for i, (a, b, lang) in enumerate(runs):
        found = _BRACKETED.match(text, a, b) if lang else None
        beside = {runs[j][2] for j in (i - 1, i + 1) if 0 <= j < len(runs)}
        if (found is None or not (beside - {None, lang})
                or not (_clause(found.group(1), lang) or _label_translated(text, runs, i, found))
                or not (found.end() == b or _sentences_follow(text, found, b))):
            out.append((a, b, lang))
            continue
        out.append((*_stripped(text, *found.span(1)), lang))
        if found.group(2):
            ended = i == 0 or runs[i - 1][2] in (None, lang) or _SENTENCE_END.search(text, *runs[i - 1][:2])
            out.append((*found.span(2), lang if ended else runs[i - 1][2]))
        if found.end() < b:  # the sentences after the brackets
            out.append((*_stripped(text, found.end(), b), lang))
    return out


def _label_translated(text: str, runs: list[tuple[int, int, str | None]], i: int, found: re.Match) -> bool:
    """Is the bracketed run ``i`` (a :data:`_BRACKETED` match, no clause) a label's
    translation: the line's last run, right after a run of the other language that ends no
    sentence and no bracket ("운영 시간 (Opening hours)", "수수료: 1,000원 (Fee: KRW 1,000)")?
    The brackets only set the translation apart; "(Opening hours)" went into the pair. Not a
    cue after a sentence ("감사합니다. (Applause)") nor a label answering one in brackets
    ("(웃음) (Laughter)"), nor a citation."""
    if i == 0 or i != len(runs) - 1 or found.end() != runs[i][1] or found.group(2):
        return False
    a, b, lang = runs[i - 1]
    before = text[a:b].rstrip()
    return (lang not in (None, runs[i][2]) and not before.endswith((")", "]", "）", "］"))
            and not _SENTENCE_END.search(before) and not _CITATION.fullmatch(found.group(1).strip()))


def _stripped(text: str, a: int, b: int) -> tuple[int, int]:
    """The span ``a``..``b`` of ``text`` without the white space at its ends."""
    piece = text[a:b]
    return a + len(piece) - len(piece.lstrip()), b - (len(piece) - len(piece.rstrip()))


def _sentences_follow(text: str, found: re.Match, b: int) -> bool:
    """Is a :data:`_BRACKETED` match the end of a sentence, and sentences (words with
    letters) after it up to ``b``? Its end is punctuation after the brackets, or the
    clause's own inside them ("(제주도는 화산섬이다.) 제주도는 크다.")."""
    ends = bool(found.group(2)) or found.group(1).rstrip().endswith((".", "!", "?", "…", "。"))
    return ends and text[found.end()].isspace() and has_letters(text[found.end():b])


def _clause(inside: str, lang: str) -> bool:
    """Is ``inside`` (a bracket's text) a clause, not a gloss or a label? English: three
    words at least, or two that end a sentence ("I'm late.", a phrase book's translation),
    one in lower case (wording, not a name: "Seoul has a large population"; not
    "(Standing ovation)"); Korean, which packs a clause in fewer words: two at least, the
    last ending in a final or connective ending (a predicate: "화산섬이다", "많고"; not
    "(기립 박수)")."""
    words = inside.split()
    if lang == "en":
        if _CITATION.fullmatch(inside.strip()):  # "(Kim et al., 2023)": a reference, no clause
            return False
        ended = inside.rstrip().endswith((".", "!", "?"))
        return len(words) >= (2 if ended else 3) and any(word.islower() for word in words)
    return len(words) >= 2 and _last_tag(words[-1].rstrip(".!?…。,\"'”’")).startswith(_CLAUSE_ENDINGS)


# An author-year citation (APA, Chicago): authors, a year, perhaps pages; several after
# semicolons, perhaps led by "see" or "e.g.": "Kim et al., 2023", "Bandura, 1997, p. 3",
# "see Kim and Lee, 2023; OpenAI, 2022"
_CITED = (r"(?:(?:see|e\.g\.,?|cf\.)\s+)?[A-Z][\w'’.-]*(?:,?\s+(?:[A-Z][\w'’.-]*|et\s+al\.|and|&))*,?\s+"
          r"(?:19|20)\d{2}[a-z]?(?:\s*[,:]\s*(?:(?:pp?|[Cc]h|[Cc]hap)\.\s*)?[\d–-]+)?")
_CITATION = re.compile(rf"{_CITED}(?:\s*;\s*{_CITED})*")
_BRACKETED_CITATION = re.compile(rf"[(\[]\s*{_CITATION.pattern}\s*[)\]]")


# A sentence end glued to the next sentence in the other script: "Korea.서울은", "이다.Seoul",
# through a delimiter a damaged CSV or a paste left ("발효되었다.;It entered")
_SCRIPT_BOUNDARY = re.compile(r"(?<=[A-Za-z\u00c0-\u024f\uac00-\ud7a3][.!?])[\"'”’)\]」』]*[;,|/]?(?=[\uac00-\ud7a3A-Z])"
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
    icu = [m.span() for m in _ICU_HEAD.finditer(text)] if "{" in text else []
    if icu:
        icu += [m.span() for m in _ICU_KEY.finditer(text)]
    k = 0
    while k < len(words):
        a, b = words[k]
        end = _embedded_quotation(text, words, k, out[-1] if out else None) if text[a] in _CLOSING_MARK else None
        mark = k + (k + 2 < len(words) and _SPACED_LABEL.fullmatch(text, a, words[k + 1][1]) is not None)
        if (end is None and mark + 1 < len(words) and (mark > k or _LIST_MARKER.fullmatch(text, a, b))
                and (k == 0 or _SENTENCE_END.search(text, *words[k - 1]))):
            # a number opening an item or heading ("II. 결과", "… power. 2. 배터리를", "Q 3. 비자는")
            # is one word with the item's first: it went with the language, or sentence, before it
            end = (mark + 1, _word_language(text[words[mark + 1][0]:words[mark + 1][1]]))
        if end is None:
            unit = out and _UNIT_WORD.fullmatch(text, a, b) and _FIGURE_END.search(text, out[-1][0], out[-1][1])
            syntax = any(x < b and a < y for x, y in icu)
            out.append((a, b, None if unit or syntax else _word_language(text[a:b])))
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
        # (corner brackets are Korean's own title and quotation marks: "William Blake, 『순수의
        # 노래』" in a Korean line is Korean)
        if before is not None and text[before[1] - 1] in ",:" and opening not in "「『":
            return j, before[2]
        return None
    return None


def _ends_sentence(text: str, a: int, b: int, lang: str | None) -> bool:
    """Does the word ``text[a:b]`` end a sentence? Terminal punctuation (closing quotes
    allowed), and for a Latin word not an abbreviation or initial (``U.S.``, ``Dr.``,
    ``J.``) as the English splitter judges it."""
    end = _SENTENCE_END.search(text, a, b)
    return end is not None and (lang != "en" or _is_sentence_end(text, end.start(), end.end()))


# A Latin word that is an acronym ("AA", "USB", "MP3", "(AP)") or a unit ("V)", "km,",
# "GHz", "mAh"), whatever brackets and punctuation are around it: written alike in Korean
# and English text. Units are a closed class, so they are listed (a metric prefix and a base).
_ACRONYM = re.compile(r"[\"'“‘(\[]*(?:[A-Z][A-Z0-9]*[A-Z0-9]s?|[kcmμMGT]?(?:m|g|l|L|V|W|Wh|Hz|B|A|bps)|dB|px|pt|mAh)"
                      r"[\"'”’)\].,!?;:…]*")
# A unit after its figure, a word of no language, as the figure is: "아세트아미노펜 500 mg",
# "1회 1캡슐 (250 mg)", "5 mg/kg", "22~32 cm" (the unit was cut off as an English sentence)
_UNIT_WORD = re.compile(r"(?:[kcmμnMG]?(?:m|g|l|L|V|W|Wh|Hz|bps|Pa)|[kKMGT]i?B|mcg|mAh|mmHg|kcal|cal|dB|px|pt|ppm|rpm|°[CF]"
                        r"|lbs?|oz|ft|mph|h|hrs?|min|sec)(?:/[a-zA-Zμ]+\d?)*[)\].,;:]*")
_FIGURE_END = re.compile(r"\d[)\]]?$")
# An English word in lower case, its punctuation and quotes around it
_GRAMMAR_WORD = re.compile(r"[\"'“‘(\[]*[a-z]+(?:['’-][a-z]+)*[\"'”’)\].,!?;:…]*")


def _sentence_language(tokens: list, text: str) -> str | None:
    """The language of a sentence (``tokens`` index ``text``): that of its first and last
    words when they agree (a Korean sentence framed by Korean words, "[그래픽] MTA Islamic
    Circle of North America 현황", stays Korean however long the English name inside it).
    Acronyms and units are no frame: Korean writes them in Latin letters too ("AA 알카라인
    배터리 2개(1.5 V)", "NHK에 따르면 … 밝혔다 (AP)" were taken for English).

    When they disagree, the language whose grammar the sentence uses: names, acronyms and
    units are written alike in both, so Korean words (any Hangul: "York에", "가자.") are
    weighed against English words in lower case ("is", "called"): "New York에 가자." is
    Korean, "It is called 김치." English. An English word is letters only: code
    (``model.fit(x_train,``), addresses and file names are written alike in both too.
    A tie goes by letters. A gloss in brackets at the end (:func:`_trailing_gloss`) is not
    weighed: it annotates the words before it, which are the sentence."""
    gloss = _trailing_gloss(tokens, text)
    if gloss:  # "Main Sanctuary (본당)", "The event is in the Main Hall (본관 대강당).": English
        return _sentence_language(tokens[:gloss], text)
    if tokens and (cited := [m.span() for m in _BRACKETED_CITATION.finditer(text, tokens[0][0], tokens[-1][1])]):
        # a citation's words ("…말한다(see Kim and Lee, 2023)") are names, no grammar
        kept = [t for t in tokens if not any(a <= t[0] < b for a, b in cited)]
        if kept and len(kept) < len(tokens):
            return _sentence_language(kept, text)
    labels = [lang for _, _, lang in tokens if lang is not None]
    frame = [lang for a, b, lang in tokens if lang is not None and not (lang == "en" and _ACRONYM.fullmatch(text, a, b))]
    if frame and frame[0] == frame[-1]:
        return frame[0]
    korean = labels.count("ko")
    # (an identifier before a figure is a name's: "tidy-csv 2.0 출시")
    english = sum(lang == "en" and _GRAMMAR_WORD.fullmatch(text, a, b) is not None and not _before_a_figure(tokens, k, text)
                  for k, (a, b, lang) in enumerate(tokens))
    if korean != english:
        return "ko" if korean > english else "en"
    return language_of(text[tokens[0][0]:tokens[-1][1]])


def _before_a_figure(tokens: list, k: int, text: str) -> bool:
    """Is the word ``k`` an identifier (joined by a hyphen, a dot or an underscore, or with
    a figure in it) before a figure: a name and its version ("tidy-csv 2.0", "node.js 18")?
    Not a word ("step 1 1단계", "Meet at 7 at 홍대입구역")."""
    a, b, _ = tokens[k]
    return (k + 1 < len(tokens) and tokens[k + 1][2] is None and text[tokens[k + 1][0]:tokens[k + 1][0] + 1].isdigit()
            and _IDENTIFIER.search(text, a, b) is not None)


_IDENTIFIER = re.compile(r"\w[-._]\w|\d")


def _sentence_runs(tokens: list, lo: int, hi: int, text: str) -> list[list]:
    """The language runs of the sentence of tokens ``lo`` to ``hi`` (inclusive). A gloss in
    brackets at its end is its last run's (see :func:`_trailing_gloss`): "The event is in
    the Main Hall (본관 대강당)." was an English run and "(본관 대강당)." a Korean one, and
    "March 1, 2025 (2025년 3월 1일)" was cut inside the brackets."""
    gloss = _trailing_gloss(tokens[lo:hi + 1], text)
    if gloss:
        runs = _sentence_runs(tokens, lo, lo + gloss - 1, text)
        runs[-1][1], runs[-1][4] = tokens[hi][1], hi
        return runs
    runs: list[list] = []  # [start, end, lang, first_token, last_token]
    for k in range(lo, hi + 1):
        _add_run(runs, [*tokens[k], k, k])
    halves = _shared_name(runs, tokens, text)
    if halves is not None:
        return halves
    if len(runs) == 2 and all(run[2] for run in runs) and (
            (any(_stands_alone(run, tokens, text, lo, hi) for run in runs)
             and not (_ends_sentence(text, *tokens[hi]) and any(_latin_name(run, tokens, text) for run in runs)))
            or _bilingual_heading(runs, tokens, text)):
        # one language, then the other, and one of them a title of its own: so is the other
        # ("Installing the software 소프트웨어 설치", "Chapter 1 Getting Started 제1장 시작하기";
        # it was folded into the title's language). Not a name opening a sentence. Or the
        # two are a short heading and its translation ("언어 설정 Language settings").
        return _parenthesis_back(runs, tokens, text)
    merged: list[list] = []
    for run in runs:
        if merged and (run[2] == merged[-1][2] or not _stands_alone(run, tokens, text, lo, hi)):
            merged[-1][1], merged[-1][4] = run[1], run[4]
        elif merged and not _stands_alone(merged[-1], tokens, text, lo, hi):
            merged[-1][1], merged[-1][4], merged[-1][2] = run[1], run[4], run[2]
        else:
            merged.append(run)
    return _parenthesis_back(merged, tokens, text)


# Round brackets closing a sentence, and its end after them: "… (본관 대강당)."
_CLOSING_GLOSS = re.compile(r"[(（]([^()（）]*)[)）][.!?…。]*")


def _trailing_gloss(tokens: list, text: str) -> int:
    """Where the sentence of ``tokens`` ends in a gloss, the index of the gloss's first
    word, else 0: Korean words (no Latin letter) in round brackets after English ("Main
    Sanctuary (본당)", "March 1, 2025 (2025년 3월 1일)", "The event is in the Main Hall (본관
    대강당).": English writing gives a Korean name or term its Hangul so), not a clause (a
    translation in brackets, see :func:`_unbracketed`), not glued to the word before
    ("김치(kimchi)", one word). Whether such a heading is two halves that translate each other is the
    embeddings' to say (``pipeline.translated_halves``), not the script's. (English in
    brackets after Korean, "중간고사 대비 연습 문제 (Midterm Practice)", is read as a
    translation, see :func:`_stands_alone`: Korean writing gives a term its English
    original glued to it, "인공지능(AI)".)"""
    for k in range(len(tokens) - 1, 0, -1):
        if text[tokens[k][0]] in "(（":
            break
    else:
        return 0
    found = _CLOSING_GLOSS.fullmatch(text, tokens[k][0], tokens[-1][1])
    if found is None:
        return 0
    if (language_of(found.group(1)) != "ko" or _LATIN.search(found.group(1))  # (not "(봉지: bag)", an entry)
            or _sentence_language(tokens[:k], text) != "en" or _clause(found.group(1), "ko")):
        return 0
    return k


def _parenthesis_back(runs: list[list], tokens: list, text: str) -> list[list]:
    """``runs`` with a parenthesis that opens a run, right after a run of the other
    language that ends no sentence, given to that run: a parenthesis annotates what it
    follows ("점검 시간: 02:00 ~ 06:00 (KST) Maintenance hours …", "회의실 예약 시스템
    (Beta) Meeting Room …": the tag is the Korean half's, not the English one's opening).
    Only a gloss or a label in round brackets (a clause in brackets is a translation, see
    :func:`_unbracketed`; square brackets open a label: "[Notice] System Maintenance"),
    and only where the run goes on after it."""
    for before, run in zip(runs, runs[1:]):
        first = run[3]
        if not (before[2] and run[2] and before[2] != run[2] and text[tokens[first][0]] == "("
                and not _ends_sentence(text, *tokens[before[4]])):
            continue
        close = next((k for k in range(first, min(first + 4, run[4])) if text[tokens[k][1] - 1] == ")"), None)
        if close is None or "(" in text[tokens[first][0] + 1:tokens[close][1]] \
                or _clause(text[tokens[first][0] + 1:tokens[close][1] - 1], run[2]) \
                or not any(lang for _, _, lang in tokens[close + 1:run[4] + 1]):
            continue
        before[1], before[4] = tokens[close][1], close
        run[0], run[3] = tokens[close + 1][0], close + 1
    return runs


_NAME_THEN_HANGUL = re.compile(r"[A-Za-z\u00c0-\u024f]+(?=[\uac00-\ud7a3])")


def _shared_name(runs: list[list], tokens: list, text: str) -> list[list] | None:
    """A heading and its translation that both hold one name, side by side: "Installing
    Docker Docker 설치하기", "Welcome to Seoul Seoul에 오신 것을 환영합니다", "Docker 설치하기
    Installing Docker", "Installing the WS-200 Outdoor Sensor WS-200 실외 센서 설치하기". The
    name counts as English, so the Korean half was one word, or not Hangul only, and the
    line stayed whole or was cut in the wrong place. English first: the name (or a unit:
    "… (1.5 V) AA 알카라인 배터리 2개(1.5 V)") written again where the script turns to Korean
    (the second copy may carry the Korean particle) opens the Korean half, and one written
    again at the line's end after the Korean words closes it ("… (model WS-200T) 실외 센서
    1개(모델 WS-200T)"). Korean first: the runs are the name, Korean, then English words
    among which the name comes again, and English words up to a bracket the Korean half
    opened are the Korean half's. Either way the English half has more words than the
    name. Returns the two halves as runs, or None."""
    closed = False  # the Korean half ends on the name
    if len(runs) == 3 and [run[2] for run in runs] == ["en", "ko", "en"]:
        name = _run_words(runs[0], tokens, text)
        words = _run_words(runs[2], tokens, text)
        if len(name) <= 3 and _is_name(name) and len(words) > len(name) and _holds(words, name):
            runs = [[runs[0][0], runs[1][1], "ko", runs[0][3], runs[1][4]], runs[2]]  # Korean first
            closed = True
        elif len(words) <= 3 and _is_name(words) and len(name) > len(words) and _holds(name, words):
            runs = [runs[0], [runs[1][0], runs[2][1], "ko", runs[1][3], runs[2][4]]]  # the name ends the Korean half
            closed = True
    if len(runs) == 2 and (runs[0][2], runs[1][2]) == ("en", "ko"):
        first, b = runs[0][3], runs[1][3]  # the English half's first token, the Korean half's
        words = [_bare(text[a:e]) for a, e, _ in tokens[first:b]]
        glued = _NAME_THEN_HANGUL.match(text, tokens[b][0], tokens[b][1])
        if glued is not None:  # "Seoul에": the name's last word, with its particle
            words.append(glued.group())
        # the name written twice running ("New York New York에서"), else the longest written earlier
        found = [k for k in (1, 2, 3) if len(words) > 2 * k and words[-k:] == words[-2 * k:-k] and _is_name(words[-k:])]
        found += [k for k in (3, 2, 1) if len(words) > 2 * k and _is_name(words[-k:]) and _holds(words[:-k], words[-k:])]
        for k in found[:1]:
            s = b - k + (glued is not None)  # the token the Korean half opens on
            return [[runs[0][0], tokens[s - 1][1], "en", first, s - 1],
                    [tokens[s][0], runs[1][1], "ko", s, runs[1][4]]]
    if len(runs) == 2 and (runs[0][2], runs[1][2]) == ("ko", "en"):
        # Korean first: a bracket the Korean half opens is closed in it, so the English words
        # up to the closing one are its ("실외 센서 1개(모델 WS-200T) One outdoor sensor …",
        # "… 2개(1.5 V) Two AA …")
        korean = text[runs[0][0]:runs[0][1]]
        if korean.count("(") > korean.count(")"):
            for s in range(runs[1][3], min(runs[1][3] + 3, runs[1][4])):
                if ")" in text[tokens[s][0]:tokens[s][1]]:
                    return [[runs[0][0], tokens[s][1], "ko", runs[0][3], s],
                            [tokens[s + 1][0], runs[1][1], "en", s + 1, runs[1][4]]]
    return runs if closed else None


def _run_words(run: list, tokens: list, text: str) -> list[str]:
    """A run's words without the brackets and punctuation around them."""
    return [_bare(text[a:b]) for a, b, _ in tokens[run[3]:run[4] + 1]]


def _bare(word: str) -> str:
    return word.strip("\"'“”‘’()[].,!?;:…")


def _holds(words: list[str], name: list[str]) -> bool:
    """Do ``words`` hold ``name`` (a run of words) somewhere?"""
    k = len(name)
    return any(words[i:i + k] == name for i in range(len(words) - k + 1))


def _is_name(words: list[str]) -> bool:
    """Are ``words`` a name: each a capitalized word of letters and digits, a model's
    hyphen or dot inside it ("Docker", "New York", "WS-200", "M4")?"""
    return bool(words) and all(w[:1].isupper() and all(part.isalnum() for part in _MODEL_JOINER.split(w))
                               for w in words)


_MODEL_JOINER = re.compile(r"[-.]")


# English words that open a clause, not a heading: "I love 김치 볶음밥"
_SUBJECT_PRONOUNS = frozenset("i we you he she it they".split())
# English that goes on after a subject: "김치 볶음밥 is delicious" is one clause, no entry
_VERBS_OF_A_CLAUSE = frozenset("is are was were am has have had does did will would can could shall should may "
                               "might must".split())


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
    an acronym ("회원 가입 Sign Up", "자주 묻는 질문 FAQ") reads as a name, and stays whole.

    So are a vocabulary list's entries, a word or three a side with the English all in
    lower case ("사과 apple", "to eat 먹다", "도서관 library": a phrase book audit's list went
    whole to English), apart (not "김치(kimchi)"), and no English verb going on after a
    Korean subject ("김치 볶음밥 is delicious"); a name beside Korean ("서울 Seoul", "KTX
    열차", "iPhone 출시", "tidy-csv 2.0 출시") stays whole; and so do a post's hashtags and
    handles ("#repost #물결랩 #데일리루틴": "#repost" went to the next English pair, a
    marketing audit)."""
    first, second = runs
    if any(text[a] in "#@" for a, _, lang in tokens[first[3]:second[4] + 1] if lang):
        return False
    ko, en = (first, second) if first[2] == "ko" else (second, first)
    ko_words = [text[a:b] for a, b, lang in tokens[ko[3]:ko[4] + 1] if lang]
    # (a dictionary's part-of-speech tag, "(n.)", "(adj.)", is no word of the entry)
    tagged = any(_PART_OF_SPEECH.fullmatch(text, a, b) for a, b, _ in tokens[en[3]:en[4] + 1])
    en_words = [text[a:b] for a, b, lang in tokens[en[3]:en[4] + 1] if lang and not _PART_OF_SPEECH.fullmatch(text, a, b)]
    if (not en_words or _ends_sentence(text, *tokens[second[4]]) or any(_LATIN.search(word) for word in ko_words)
            or _latin_name(en, tokens, text)):
        return False
    opening = en_words[0].lstrip("\"'“‘([")
    # a figure after an identifier makes it a name's and its version's ("tidy-csv 2.0
    # 출시"), no entry's ("2 two 둘", "step 1 1단계" are ones)
    figure = any(tokens[k][2] and _before_a_figure(tokens, k, text) for k in range(en[3], en[4] + 1))
    entry = (len(ko_words) <= 3 and len(en_words) <= 3 and all(word.islower() for word in en_words) and not figure
             and text[first[1]:second[0]].isspace() and not (first is ko and en_words[0] in _VERBS_OF_A_CLAUSE))
    if not entry and (len(ko_words) < 2 or len(en_words) < 2
                      or not opening[:1].isupper() or opening.lower() in _SUBJECT_PRONOUNS):
        return False
    if first is en:
        return not _open_end(text[en[0]:en[1]])
    # a verb's dictionary form heads an entry ("주다 to give", which kiwipiepy reads as a
    # connective ending alone), and so does any word tagged with its part of speech ("정말
    # (adv.) really")
    return (entry and (tagged or ko_words[-1].endswith("다"))) or not _last_tag(ko_words[-1]).startswith(_NOT_FINAL)


_PART_OF_SPEECH = re.compile(r"[(\[](?:n|v|vt|vi|adj|adv|prep|conj|pron|int|interj|num|det|aux|phr)\.?[)\]]")


def _add_run(runs: list[list], run: list) -> None:
    """Append ``run`` ([start, end, lang, first_token, last_token]) to ``runs``, or extend
    the last run with it when either has no language or both have the same."""
    if runs and (run[2] is None or runs[-1][2] in (None, run[2])):
        runs[-1][1], runs[-1][4] = run[1], run[4]
        runs[-1][2] = runs[-1][2] or run[2]
    else:
        runs.append(run)


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
    # a title: "Samsung Electronics Co. Ltd. 이재용 회장이 말했다."; nor are codes, every
    # Latin word with a figure in it ("- 제조번호: 2303A001 ~ 2402B999")
    name = _latin_name(run, tokens, text)
    title = not (name and _ends_sentence(text, *tokens[hi])) and not _codes(tokens[run[3]:run[4] + 1], text)
    # a term before a colon or a dash standing as a word, and its translation after it:
    # "passport: 여권", "여권 – passport" (not a label that is a name: "Note:", "Kim:"; nor a
    # Korean label before its value in Latin letters: codes, "모델명: SM-S921N", or words,
    # which are a name as often as the label's translation, "펀드명: Nuri Global Equity
    # Fund", "회원 가입: Sign Up": the embeddings decide, pipeline.translated_halves)
    colon = text.endswith((":", "："), *tokens[last][:2])
    separated = not name and (colon or _TERM_SEPARATOR.fullmatch(text, *tokens[last][:2]))
    separated = separated and not (run[2] == "ko" and (_codes(tokens[last + 1:hi + 1], text)
                                                       or (colon and _named_value(tokens[last + 1:hi + 1], text))))
    # (the value after it, names or terms to the sentence's end, the same: the embeddings'
    # to part; an English sentence after a Korean label, "참고: This is …", parts as before)
    label_value = (first > lo and tokens[first - 1][2] == "ko" and text.endswith((":", "："), *tokens[first - 1][:2])
                   and last == hi and _named_value(tokens[first:hi + 1], text))
    if label_value:
        return False
    starts_clean = (first == lo or _clean_end(text, tokens[first - 1])
                    or (text.endswith(":", *tokens[first - 1][:2]) and not _codes(tokens[first:last + 1], text))
                    or _TERM_SEPARATOR.fullmatch(text, *tokens[first - 1][:2]) is not None)
    ends_clean = last == hi or _clean_end(text, tokens[last]) or bool(separated and last < hi)
    size = last - first + 1
    at_end = first == lo or last == hi
    # beside two or more other words, not counting a figure with a unit of the run's own
    # language ("BTS 3년 만에 완전체 컴백" is a Korean headline opening on its subject, not
    # "BTS 3년" and a title)
    own = _HANGUL if run[2] == "ko" else _LATIN
    rest = tokens[lo:first] + tokens[last + 1:hi + 1]
    others = sum(1 for a, b, lang in rest if lang or not own.search(text, a, b))
    # nor a Korean phrase ending or opening on a name or a term in Latin letters ("장소: 서울
    # 송파구 KSPO DOME", "서울 코엑스 그랜드볼룸 Hall D", "kubectl apply 명령으로 …"): whether
    # such a run is the phrase's translation ("[공지] 시스템 점검 안내 [Notice] System
    # Maintenance") is the embeddings' to say (pipeline.translated_halves)
    named = run[2] == "ko" and _all_named(rest, text) and not _bracketed_words(rest, text)
    return (starts_clean and ends_clean) or (at_end and size >= 3 and others >= 2 and title and not named)


def _named_value(tokens: list, text: str) -> bool:
    """Are ``tokens`` a label's value in Latin letters: names or terms (:func:`_all_named`),
    each with a capital (a word in lower case is a glossary's term) and not one acronym (a
    glossary's, as often as a form's: both parted as before), no sentence (no sentence
    end: "-(으)ㄹ 수 없다: I can't drive."), no gloss closing its brackets ("(봉지: bag)")
    and no label of their own ("마지막 업데이트: Last updated: {date}")?"""
    words = [text[a:b] for a, b, lang in tokens if lang == "en"]
    acronym = len(words) == 1 and words[0].isupper() and len(words[0]) <= 6  # a glossary's "국내총생산: GDP"
    lower = any(word.islower() for word in words)  # a term in lower case: "위약금: penalty"
    value = text[tokens[0][0]:tokens[-1][1]]
    gloss = value.count(")") + value.count("]") > value.count("(") + value.count("[")  # closing what opened before
    return (_all_named(tokens, text) and not acronym and not lower and not _ends_sentence(text, *tokens[-1])
            and not gloss and not any(text.endswith((":", "："), a, b) for a, b, _ in tokens))


def _codes(tokens: list, text: str) -> bool:
    """Are ``tokens`` codes, every word with letters a Latin one with a figure in it
    ("2303A001", "SM-S921N") or one acronym beside a value, a version or a figure and its unit
    ("DC 3 V", "USB 3.0"; not "STEP 2", "SEE PAGE 12")?"""
    words = [(a, b, lang) for a, b, lang in tokens if lang is not None]
    # (a value: a version, "3.0", or a figure and its unit, "3 V"; not "STEP 2", "BUY 1 GET 1")
    value = any(lang is None and any(c.isdigit() for c in text[a:b])
                and ("." in text[a:b].rstrip(".") or (k + 1 < len(tokens) and _UNIT_WORD.fullmatch(text, *tokens[k + 1][:2])))
                for k, (a, b, lang) in enumerate(tokens))
    acronyms = value and len(words) == 1
    return bool(words) and all(lang == "en" and (any(c.isdigit() for c in text[a:b])
                                                 or (acronyms and text[a:b].isupper() and len(text[a:b]) <= 4))
                               for a, b, lang in words)


def _all_named(tokens: list, text: str) -> bool:
    """Are ``tokens`` Latin words, names or terms, and no word of another language? None of
    them is English grammar (an article, a preposition, an auxiliary: "Installing the
    software"), so they may be a Korean sentence's opening words in Latin letters: a
    name, a product or a command ("kubectl apply 명령으로 …", "tidy-csv migrate 명령을 …")."""
    latin = [text[a:b].strip("\"'“‘”’()[]:,.") for a, b, lang in tokens if lang == "en"]
    return bool(latin) and all(lang in ("en", None) for _, _, lang in tokens) and not any(
        word.lower() in _OPEN_WORDS and not (k and word.isupper()) for k, word in enumerate(latin))  # "Party A", "Plan B"


def _bracketed_words(tokens: list, text: str) -> bool:
    """Are ``tokens`` words in brackets, which mark a translation ("중간고사 대비 연습 문제
    (Midterm Practice)"), not a code's or an acronym's ("자연어처리 입문 (CSE 4120)")?"""
    inside = text[tokens[0][0]:tokens[-1][1]]
    return (inside.startswith(("(", "[")) and inside.endswith((")", "]"))
            and not any(c.isdigit() for c in inside) and not inside.isupper())


def _latin_name(run: list, tokens: list, text: str) -> bool:
    """Is ``run`` Latin words none of which is in lower case (a name, an acronym)? (A
    quotation in Hangul that a comma gave the English before it is no Latin word.) A
    citation's authors are names: "Kim et al. (2023)은", "Kim and Lee (2023)는", and so is
    a whole citation: "…말한다(Bandura, 1997, p. 3)."."""
    def named(a: int, b: int) -> bool:
        found = _LATIN.search(text, a, b)
        return found is not None and not found.group().islower()

    if run[2] == "en" and _CITATION.fullmatch(text[run[0]:run[1]].strip("()[].,; ")):  # "(Bandura, 1997, p. 3)."
        return True
    words = [(a, b) for a, b, lang in tokens[run[3]:run[4] + 1] if lang == "en"]
    return run[2] == "en" and any(named(a, b) for a, b in words) and all(
        named(a, b) or (k > 0 and (k < len(words) - 1 or text[a:b].startswith("al"))
                        and _AUTHORS_JOINED.fullmatch(text, a, b) is not None) for k, (a, b) in enumerate(words))


_AUTHORS_JOINED = re.compile(r"et|al\.,?|and")


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


# a Latin word's end, its closing marks (a question's "?" and "!" too: "What do you do?"나) and
# the Hangul glued after them
_LATIN_THEN_HANGUL = re.compile(r"[A-Za-z\u00c0-\u024f][.?!)\]'’\"”]*([\uac00-\ud7a3]+)")


@functools.lru_cache(maxsize=4096)
def _particle_after_latin(word: str) -> bool:
    """Is the Hangul after a Latin word grammar (a particle, the copula, a suffix: "는",
    "였다", "들") rather than a word of its own ("Bank월포위츠": two headlines unspaced)?"""
    tail = _LATIN_THEN_HANGUL.search(word)
    if tail is None:
        return False
    tokens = _kiwi().tokenize("A" + tail.group(1))
    return len(tokens) > 1 and (tokens[1].tag.startswith("J") or tokens[1].tag in ("VCP", "XSN"))


_OPENING_BRACKETS, _CLOSING_BRACKETS = "([{（［「『【〈《", ")]}）］」』】〉》"
# A segment that is one language, then the other, changes script a few times at most (a
# name of the other script inside a half: "Chapter 2 Using the API 제2장 API 사용하기" three
# times) and is a heading or two short sentences; more changes, more places to cut or a
# longer text is running text, never weighed (the cost of weighing grows with them: each
# cut embeds the whole segment again).
_MAX_SCRIPT_CHANGES = 3
_MAX_CUTS = 8
_MAX_HALVES_CHARS = 400


def script_halves(text: str) -> list[tuple[int, int, str, str]]:
    """Where one segment might be two, one language on each side of a cut: (end of the
    first half, start of the second, the first's language, the second's, end of the
    second) at each change of script between two words (or on either side of the words
    without letters between them: "Annual Report 2024 2024 연차 보고서"), outside brackets
    and not at one but a label's ("… 안내 [Notice] …") (and for a text whose end is the
    other language in round brackets, "회사소개(About Us)", "About Us (회사 소개)": the
    brackets' text is the second), where the
    words before and the words after each make a sentence of their own language (see
    :func:`_sentence_language`) and the two languages differ. "Contact Us 문의하기",
    "Chapter 2 Using the API 제2장 API 사용하기", but also "IOC 고위 관계자는 …" (an acronym
    opening a Korean sentence): the cut stands only where the two halves translate each
    other, which takes their embeddings (``pipeline.translated_halves``). None for a
    segment of many changes of script or a long one (:data:`_MAX_SCRIPT_CHANGES`,
    :data:`_MAX_CUTS`, :data:`_MAX_HALVES_CHARS`)."""
    if len(text) > _MAX_HALVES_CHARS:
        return []
    tokens = _words(text)
    langs = [lang for _, _, lang in tokens if lang]
    if sum(a != b for a, b in zip(langs, langs[1:])) > _MAX_SCRIPT_CHANGES:
        return []
    after: list[str | None] = [None] * (len(tokens) + 1)  # the first language at or after each word
    for k in range(len(tokens) - 1, -1, -1):
        after[k] = tokens[k][2] or after[k + 1]
    depth, at = 0, 0
    cuts = []
    left = None  # the language of the last word with letters before the cut
    for k in range(1, len(tokens)):
        left = tokens[k - 1][2] or left
        for ch in text[at:tokens[k][0]]:
            depth += ch in _OPENING_BRACKETS
            depth -= depth > 0 and ch in _CLOSING_BRACKETS
        at = tokens[k][0]
        right = after[k]  # numbers between two scripts may go with either
        if (depth or (text[at] in _OPENING_BRACKETS and text[at] not in _LABEL_BRACKETS) or left is None or right is None or left == right
                or _edge_script(text[slice(*tokens[k - 1][:2])], last=True) not in (left, None)
                or _edge_script(text[slice(*tokens[k][:2])]) not in (right, None)):
            continue  # (the last two: a name and its particle, "New York에", stay together)
        cuts.append(k)
    if len(cuts) > _MAX_CUTS:
        return []
    out = []
    # the English half ends at its last word with letters of its own: Chinese or Japanese
    # after it is a third language ("매표소 Ticket Office 售票处 きっぷ売り場"), never English
    last = max((k for k, (_, _, lang) in enumerate(tokens) if lang), default=len(tokens) - 1)
    rest = [text[a:b] for a, b, _ in tokens[last + 1:]]
    tail = any(map(has_other_letters, rest)) and all(has_other_letters(t) or not has_letters(t) for t in rest)
    for k in cuts:
        first, second = _sentence_language(tokens[:k], text), _sentence_language(tokens[k:], text)
        if first in ("ko", "en") and second in ("ko", "en") and first != second:
            end = tokens[last][1] if second == "en" and tail and last >= k else len(text)
            out.append((tokens[k - 1][1], tokens[k][0], first, second, end))
    glossed = _GLOSSED.fullmatch(text)
    if glossed is not None:  # "회사소개(About Us)": the second half is what the brackets hold
        first, second = language_of(glossed.group(1)), language_of(glossed.group(2))
        if first in ("ko", "en") and second in ("ko", "en") and first != second:
            out.append((glossed.end(1), glossed.start(2), first, second, glossed.end(2)))
    return out


# What opens a label that opens a title, where a cut may fall: "[공지] 시스템 점검 안내 [Notice] …"
_LABEL_BRACKETS = "[【［"
# A text in round brackets after a text without brackets, and nothing after them:
# "회사소개(About Us)" (not a sentence's end after them, "… (제주도의 화산 지형).": cut so,
# its full stop was in neither half)
_GLOSSED = re.compile(r"([^()（）]*?\S)\s*[(（]\s*([^()（）]*?\S)\s*[)）]\s*")


def _edge_script(word: str, last: bool = False) -> str | None:
    """The script of the first (``last``: the last) letter of ``word``: "ko", "en" or None."""
    for ch in reversed(word) if last else word:
        if _HANGUL.match(ch):
            return "ko"
        if _LATIN.match(ch):
            return "en"
    return None
