"""Continuations: whether a line goes on with the sentence of the line before it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .kiwi import _kiwi
from .scripts import _HANGUL
from .sentences import ITEM_MARK, _SENTENCE_END, max_sentence_chars


_GOES_ON = re.compile(r"[,;，、；]$")
# A line that opens a list's item ("1. ", "(a) ", "가. ", "1의2. ", "1-2. ", "② "): never the
# rest of the line before, though that one ends in ":" or ";" as a statute's lead-in and
# items do in English ("… in any of the following cases:" | "1. Where …;" | "2. …")
_ITEM_START = re.compile(rf"\s*{ITEM_MARK}\s")
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
# a line that is wholly a quotation: it opens with a quotation mark, ends with one, and
# holds no other that opens ("Why not?", “어디 가니?”, 「그래.」)
_QUOTATION = re.compile(r"""\s*(?:"[^"“”]*"|“[^"“”]*”|「[^「」]*」|『[^『』]*』)\s*$""")
_QUOTE_MARK = re.compile(r"""["“”「」『』]""")
# kiwipiepy's tags of a word that cannot end a Korean sentence or a heading: a connective
# or adnominal ending, a particle, a determiner, an adverb ("했고", "하는", "서울에서", "새",
# "그리고")
_NOT_FINAL = ("EC", "ETM", "J", "MM", "MA")


def continuations(texts: Sequence[str], lang: str, paragraphs: Sequence[int] | None = None) -> list[bool]:
    """For each sentence (line), whether it goes on with the sentence of the one before:
    that one has no sentence end, and ends in a comma, or (English) this one starts in
    lower case, a figure or "I" (on a side where a tenth of the lines or more end a
    sentence: without sentence ends, as in speech recognized without punctuation, every
    line may start in lower case), or that one ends in a word that cannot end a sentence
    ("the", "of", "China's"), or (Korean) that one's last word ends in a connective or
    adnominal ending or a particle, or is a determiner or an adverb ("했고", "그가 말한",
    "그리고"), unless this one is a date alone. Subtitle cues and transcript or
    hard-wrapped lines break sentences so; a title or a byline without a full stop stays
    apart (the next line starts a sentence).
    A line that opens a list's item never goes on (``_ITEM_START``).

    On a side cut into lines (most of its lines end no sentence, and the rules above find
    most of those going on: a transcript, not a document whose few such lines are titles
    and bylines, nor one written without full stops), every line that ends no sentence
    goes on, unless it ends in a closing bracket ("(Laughter)") or (Korean) in a final
    ending ("고마워요"). English captions in capitals hide the lower-case starts the rules
    read: there a side that ends a sentence in a tenth of its lines or more (punctuated,
    so a line without an end is unfinished) is cut into lines when most lines end none.

    A quotation's short attribution goes on with it ("이걸 어디서 찾았니?" | 아버지가 물었다.,
    "Why not?" | Mara asked.): a sentence of at most four words and no quotation mark
    after one that is wholly a quotation, in the same paragraph (``paragraphs``, one
    number per text, when given). English writes the pair as one sentence ("Where did you
    find this?" he asked.), kiwipiepy cuts the Korean in two, and so short an attribution
    is no evidence of its own to join the pair by."""
    out = [False] * len(texts)
    open_ends, final = set(), set()
    if lang == "ko":  # the last words kiwipiepy reads, each once, in one call
        last = {t.split()[-1] for t in texts[:-1] if t.strip()}
        words = sorted(w for w in last if _HANGUL.search(w) and not _SENTENCE_END.search(w))
        tags = [tokens[-1].tag if tokens else "" for tokens in _kiwi().tokenize(words)]
        open_ends = {w for w, tag in zip(words, tags) if tag.startswith(_NOT_FINAL)}
        final = {w for w, tag in zip(words, tags) if tag == "EF"}
    unfinished = _unfinished(texts)
    lines = sum(1 for t in texts if t.strip())
    cased = punctuated(texts, lines)  # where no sentence ends, every line may start in lower case
    items = {i for i in range(1, len(texts)) if _ITEM_START.match(texts[i]) or _row(texts, i)}
    items |= _headed(texts, paragraphs)
    for i in range(1, len(texts)):
        before = texts[i - 1].rstrip()
        if i in items:
            continue
        if not before or _SENTENCE_END.search(before):
            out[i] = ((_QUOTATION.match(before) is not None or _closes_quotation(texts, i - 1, paragraphs))
                      and _attribution(texts[i]) and (paragraphs is None or paragraphs[i] == paragraphs[i - 1]))
        elif lang == "ko":
            out[i] = ((bool(_GOES_ON.search(before)) or before.split()[-1] in open_ends)
                      and not _DATE_ALONE.fullmatch(texts[i]))
        else:
            out[i] = bool(_GOES_ON.search(before) or (cased and _CONTINUING_START.match(texts[i].lstrip()))
                          or _open_end(before))
    if 2 * len(unfinished) > lines and (_most_go_on(out, unfinished)
                                        or (lang == "en" and _punctuated_capitals(texts, lines))):
        for i in unfinished:
            before = texts[i - 1].rstrip()
            out[i] = i not in items and not before.endswith((")", "]")) and before.split()[-1] not in final
    return out


def _headed(texts: Sequence[str], paragraphs: Sequence[int] | None) -> set[int]:
    """The lines that open a paragraph of prose under a short line alone in its paragraph
    without a sentence end (a heading, "Why Haneul Pay"; a salutation, "Dear Hiring
    Manager,"), in a document of paragraphs of sentences: they never go on from it ("I first
    used …" opens with "I", and went on from the heading; an HR audit). Not in a
    transcript or captions, a line a paragraph."""
    if paragraphs is None or len(paragraphs) != len(texts) or len(texts) < 3:
        return set()
    par = list(paragraphs)
    alone = [(i == 0 or par[i] != par[i - 1]) and (i + 1 == len(par) or par[i] != par[i + 1]) for i in range(len(par))]
    ended = [_SENTENCE_END.search(t.rstrip()) is not None for t in texts]
    if 2 * sum(ended) < len(texts) or 2 * sum(alone) > len(texts):
        return set()
    prose = {par[i] for i in range(len(par)) if ended[i]}  # paragraphs that end a sentence
    return {i for i in range(1, len(texts)) if par[i] != par[i - 1] and alone[i - 1] and not ended[i - 1]
            and len(texts[i - 1].strip()) <= 40 and par[i] in prose}


def _row(texts: Sequence[str], i: int) -> bool:
    """Is line ``i`` a row of a list or a table, never the rest of the line before: it or that
    line holds columns (a tab: an infobox's "한자<TAB>蔣英實" went on with the caption above), or
    it and a line beside it open with a figure (an ingredient list's "2 cucumbers" | "1/4
    onion": an English sentence spells out a number that opens it, so one line so opened may
    go on from the one before, two in a row are a list's quantities)."""
    if "\t" in texts[i] or "\t" in texts[i - 1].strip():
        return True
    if not _FIGURE_START.match(texts[i]):
        return False
    return _FIGURE_START.match(texts[i - 1]) is not None or (i + 1 < len(texts) and _FIGURE_START.match(texts[i + 1]) is not None)


_FIGURE_START = re.compile(r"\s*[\d½¼¾⅓⅔]")


# A date alone on its line ("2025년 4월 2일 수요일", "2025.04.02 (수)"): the rest of no sentence,
# though the line above ends on a particle (a headline, "… 대여소 두 배로", took the date
# under it as its rest, 0.89)
_DATE_ALONE = re.compile(r"\s*(?:\d{4}\s*년(?:\s*\d{1,2}\s*월(?:\s*\d{1,2}\s*일)?)?"
                         r"|\d{4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}\.?)"
                         r"(?:\s*\(?[월화수목금토일](?:요일)?\)?)?\s*")


# a quotation's first sentence of several (opens, closes not) and its last (closes only)
_QUOTATION_OPENS = re.compile(r"""\s*[“"「『][^"“”「」『』]*$""")
_QUOTATION_CLOSES = re.compile(r"""[^"“”「」『』]*[”"」』]\s*$""")


def _closes_quotation(texts: Sequence[str], i: int, paragraphs: Sequence[int] | None) -> bool:
    """Does line ``i`` close a quotation of several sentences that opened on an earlier line
    of its paragraph (“저 바깥에 … 몰라. | 그게 … 거야.” | 어머니가 말했다.), with no quotation
    mark in the lines between?"""
    if not _QUOTATION_CLOSES.match(texts[i]):
        return False
    for j in range(i - 1, max(-1, i - 20), -1):
        if paragraphs is not None and paragraphs[j] != paragraphs[i]:
            return False
        if _QUOTATION_OPENS.match(texts[j]):
            return True
        if _QUOTE_MARK.search(texts[j]):
            return False
    return False


def _attribution(line: str) -> bool:
    """Could ``line`` be a quotation's attribution: a sentence of at most four words, no
    quotation mark in it?"""
    return (len(line.split()) <= 4 and _SENTENCE_END.search(line.rstrip()) is not None
            and not _QUOTE_MARK.search(line))


def _unfinished(texts: Sequence[str]) -> list[int]:
    """The lines after a non-blank line that ends no sentence."""
    return [i for i in range(1, len(texts)) if texts[i - 1].strip() and not _SENTENCE_END.search(texts[i - 1].rstrip())]


def _most_go_on(goes_on: Sequence[bool], unfinished: list[int]) -> bool:
    """Do most of the ``unfinished`` lines go on?"""
    return 2 * sum(goes_on[i] for i in unfinished) > len(unfinished)


def punctuated(texts: Sequence[str], lines: int | None = None) -> bool:
    """Does a tenth or more of the ``lines`` non-blank ``texts`` (counted when not given)
    end a sentence, or one in ``_WORDS_A_SENTENCE`` words where the lines after those ends
    start sentences, in capitals (text cut a word or two a line: a tenth of the lines
    ending a sentence is 10 to 20 words a sentence there, and 5% of one-word lines was read
    as speech without full stops, 1 sentence of 40 paired; a word list in lower case with
    one "really?" in it is no such text)?"""
    lines = sum(1 for t in texts if t.strip()) if lines is None else lines
    ended = [k for k, t in enumerate(texts) if _SENTENCE_END.search(t.rstrip())]
    if 10 * len(ended) >= lines:
        return True
    if not ended or _WORDS_A_SENTENCE * len(ended) < sum(len(t.split()) for t in texts):
        return False
    starts = [texts[k + 1].lstrip("\"'“‘([ ")[:1] for k in ended if k + 1 < len(texts) and texts[k + 1].strip()]
    return 2 * sum(c.isupper() for c in starts) > len(starts)


# At most this many words a sentence on average in punctuated text (news: about 20)
_WORDS_A_SENTENCE = 40


def _punctuated_capitals(texts: Sequence[str], lines: int) -> bool:
    """Are most of the ``lines`` non-blank ``texts`` in capitals, and does a tenth or more
    end a sentence?"""
    return 2 * sum(t.isupper() for t in texts) > lines and punctuated(texts, lines)


def _open_end(line: str) -> bool:
    """Does an English line end in a word that cannot end a sentence ("the", "China's")?"""
    last = line.rsplit(None, 1)[-1]
    return last in _OPEN_WORDS or _POSSESSIVE.search(last) is not None


def sentence_lines(texts: Sequence[str], goes_on: Sequence[bool], groups: Sequence[int] | None = None,
                   limit: int | None = None) -> list[tuple[int, int]]:
    """The spans [start, end) of lines that make one sentence, covering ``texts`` in
    order. On a side cut into lines (most lines end no sentence and most of those go on
    with the next, ``goes_on`` as :func:`continuations` reads them: a transcript, subtitle
    cues, lines cut at a width, not at a clause) that is punctuated (a tenth of its lines
    or more end a sentence: not speech recognized without full stops, where a rare
    question mark would end a "sentence" of hundreds of lines), a line that goes on with
    the one before joins it where the lines so joined end a sentence (the last one ends
    in a full stop, a question or exclamation mark), are of one ``groups`` entry (a
    language run of a bilingual document) and hold at most ``limit`` characters (default
    :func:`max_sentence_chars`). Other lines are spans of their own: a run that ends no
    sentence (a list of terms, lines without punctuation) is no evidence of one sentence,
    and where few lines go on they may be units of their own translation (a clause after
    a semicolon)."""
    limit = limit or max_sentence_chars()
    unfinished = _unfinished(texts)
    lines = sum(1 for t in texts if t.strip())
    if not (2 * len(unfinished) > lines and _most_go_on(goes_on, unfinished) and punctuated(texts, lines)):
        return [(i, i + 1) for i in range(len(texts))]
    out: list[tuple[int, int]] = []
    start = 0
    for end in range(1, len(texts) + 1):
        if end < len(texts) and goes_on[end] and (groups is None or groups[end] == groups[start]):
            continue
        chars = sum(len(t) for t in texts[start:end]) + end - start - 1
        if end - start > 1 and _SENTENCE_END.search(texts[end - 1].rstrip()) and chars <= limit:
            out.append((start, end))
        else:
            out.extend((i, i + 1) for i in range(start, end))
        start = end
    return out
