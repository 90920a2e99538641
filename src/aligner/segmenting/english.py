"""English sentences: a small rule-based splitter that knows common abbreviations (U.S.,
a.m., Dr.), decimals, quotes and list numbers."""

from __future__ import annotations

import heapq
import re

from .scripts import _URL_START
from .sentences import _NEXT_WORD, _NUMBER_DOT, EMOJI, EMOTICON, NOTE_MARKS, TRAILING_BRACKET, _bounded, _label_cuts, _trimmed_spans, max_sentence_chars

# A sentence boundary candidate: terminal punctuation, closing quotes/brackets, reference
# marks (Wikipedia's "palace.[1] It", "1395.[2][3] It", which Korean sentences keep too),
# space. (A run of dots is matched from its first dot only: otherwise every dot of a long
# run would start a match that fails at the run's end, quadratic in the run's length.)
# An emoji or an invisible mark (a direction mark, a zero-width joiner, a control character)
# may stand between a sentence's end and the space after it ("on weekends.🥐 Experts say",
# "risen.\u200e Some"): it ends that sentence.
_TRAILING_MARKS = "\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe0e\ufe0f\ufeff\x00-\x08\x0e-\x1f\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
_BOUNDARY = re.compile(rf"(?:(?<![.!?])[.!?]++|…)[\"'”’)\]]*+{NOTE_MARKS}*+[{_TRAILING_MARKS}]*+(?=\s+\S)")
# The months, written out and abbreviated ("may" is both)
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_MONTHS_SHORT = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Never end a sentence: titles and other abbreviations followed by a name or a number.
_NEVER_END = frozenset(
    "mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm mt ft rev hon pres "
    "vs fig figs vol vols ch chap sec para eq pp p "
    "e.g i.e cf approx dept est univ assn bros".split()
)
# May end a sentence, but usually do not: split only before a typical sentence opener.
# (A street's abbreviation ends an address as often as it opens a saint's name: "on Elm
# St. The house", "St. Louis".)
_AMBIGUOUS = frozenset("u.s u.k u.n u.s.a e.u d.c a.m p.m inc corp ltd co jr sr etc al st ave blvd".split())
# A degree ends a sentence ("her Ph.D. Three years later") but before an affiliation's
# title ("¹ Ph.D. Candidate, Department of …"); a script's interior or exterior, in
# capitals, only before an opener ("INT. CAFE - DAY"; "an int. Negative values …" ends)
_DEGREES = frozenset("ph.d ll.m ll.b ed.d psy.d d.phil".split())
_TITLE_WORDS = frozenset("candidate candidates student students professor researcher fellow lecturer director dean "
                         "chair associate assistant senior department program programme course holder degree thesis "
                         "dissertation graduate scholar supervisor advisor adviser".split())
_SCENE_PLACES = frozenset({"INT", "EXT", "INT./EXT", "EXT./INT", "I/E"})
# The clock's abbreviations, after which a capitalized word opens a sentence unless it names
# the day, the month or the time zone ("7 p.m. Saturday", "9 a.m. Eastern", "10 a.m. KST":
# an acronym, in capitals); after "U.S." a capitalized word is as often a noun of the name.
_CLOCK = frozenset({"a.m", "p.m"})
# Abbreviations that end a phrase and never stand before a name: a capitalized word after one
# opens a sentence, as after the clock's
_PHRASE_END = frozenset({"etc", "p.a"})
_DAY_OR_ZONE = _MONTHS | _MONTHS_SHORT | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "eastern pacific central mountain atlantic greenwich korea seoul local".split()
)
# A month and a year after a day's number and its period: a date written day first, as
# statutes' English translations give theirs ("[Enforcement Date 15. Mar, 2024.]")
_MONTH_AND_YEAR = re.compile(r"\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}\b")
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
    "some many most all no one each every both last next please "
    "nobody nothing none someone somebody something everyone everybody everything anyone anybody anything "
    "do does did is are was were has have had can could would should must".split()
)
# End a sentence unless a number follows: they label one (Tel. 02-123-4567, ext. 5, Fax. …).
# (Articles, sections, regulations and exercises are numbered the same way: Art. 3(1), Sect. 3.2, Ex. 4;
# and "No. 4", while "No." before a word is the answer: "Called? No. He wrote.")
# So do an address's room, building, apartment, suite and floor: Rm. 301, Bldg. 6, Apt. 4.
_LIMITS = frozenset({"max", "min", "temp"})
_FIGURE_BEFORE = re.compile(r"\d\s*$")
# An object's measures and date on a museum label or a spec sheet label theirs too: Ht. 27.5
# cm, Diam. 17.0 cm, Wt. 2.5 kg, ca. 1177, and a catalogue's plate and inventory numbers: pl.
# 12, Inv. 4521. A code after the label is its number: No. HP-0412; so is a part it measures,
# in brackets and lower case, before the figure: Diam. (base) 16.2 cm.
_MEASURED_PART = re.compile(r"\s+\([a-z][^()\n]{0,20}\)\s*\d")  # "Diam. (base) 16.2 cm"; not "art. (smiles) Anyway"
_NUMBER_LABELS = frozenset("tel fax ext art arts sect sects reg regs sched sch schs ex no nos rm rms bldg bldgs apt apts ste fl flr "
                           "ht diam dia wt ca pl pls inv".split())
_CODE = re.compile(r"[A-Z0-9][A-Z0-9./#-]*\d[A-Z0-9./#-]*[,;]?")
# A patent's or a journal's citation abbreviates its words ("U.S. Pat. No. 9,876,543", "Jpn. Pat.
# Appl. No.", "J. Am. Chem. Soc. 2019"): capitalized, they go on into the next abbreviation or a
# number; else they end ("He met Pat. She was late.")
_CITATION = frozenset("Pat Pats Appl Publ Jpn Am Chem Soc Lett Phys Biol".split())
# The days' abbreviations, capitalized ("Closed Mon. The museum …", "Tue.–Sun. 10 a.m."), end
# a sentence as the months' do; in lower case they are words ("sat", "sun")
_DAYS_SHORT = frozenset("Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun".split())
# A range of days or months is read by its last ("Tue.–Sun.", "Nov.–Feb.", "Mon.-Fri."; not
# a name's "Mi-Sun", "Min-Jun")
_RANGE = re.compile(r"(?i:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
                    r"\.?[–—~-])")
# Words a month's or a day's abbreviation names something after ("the Sept. Chuseok holiday",
# "last Jan. Consumer prices" is rarer than "the Jan. Consumer Price Index")
_DETERMINERS = frozenset("the a an this that last next every each".split())
# A schedule's time opening its line is no sentence: "2:00 p.m. Check-in", "9 a.m.–6 p.m. Daily"
_TIME_ONLY = re.compile(r"\s*(?:[-–•·*]\s*)?\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.m\.)?(?:\s*[-–~]\s*\d{1,2}(?:[:.]\d{2})?)?\s*")
# A line of speech broken off by a dash, before the next speaker's quotation: "But I—" "No."
_BROKEN_OFF = re.compile(r"[—–―]+[\"'”’]++(?=\s+[\"'“‘])")
# A sentence end without the space after it ("ended.The next"), lost in typing or conversion:
# a word in lower case, its period, a capitalized word. Addresses, file names and code
# (www.example.com, Node.js, java.util.List, obj.Method()) do not fit it.
_GLUED_END = re.compile(r"(?<![\w.@/])[a-z]{2,}(\.)(?=[A-Z][a-z]+(?![\w(@/]|\.\w))")
# A sentence ended by pictographs or an emoticon instead of a full stop, before a sentence's
# opener ("bursting with juice 👍 The 350 g bag …"; not "I ❤ New York")
# (a run of pictographs tried from its first only: a line of 20,000 emoji took 5 s, tried
# from each)
_EMOJI_END = re.compile(rf"(?:(?<=[^\s{EMOJI}\ufe0f\u200d])[ \t]?[{EMOJI}\ufe0f\u200d]++|(?<=\S)[ \t]?{EMOTICON})"
                        r"(?=[ \t]+[A-Z])")
# ... a section's number too, "2.1. Participants" (it was a sentence: a patents audit)
_LIST_NUMBER = re.compile(rf"(?<!\S)(?:(?:\d{{1,3}}\.){{2,3}}|{_NUMBER_DOT})$")
# The label of a list item in letters (a. / iv.), and one opening a sentence.
_LETTER_LABEL = re.compile(r"[a-z]|[ivx]{1,4}")
_ROMAN_NUMBER = re.compile(r"x{0,3}(?:ix|iv|v?i{0,3})")
_ITEM_START = re.compile(rf"\s*({_LETTER_LABEL.pattern})\.\s")
_BLANK = re.compile(r"\s*")
_LINE_OR_COLON_BEFORE = re.compile(r"[\n:]\s*$")
# A script's scene number opening its heading: "SCENE 12. INT. CAFE - DAY"
_SCENE_WORD = re.compile(r"^[ \t]*(?:SCENE|Scene|SC\.?)[ \t]+$", re.MULTILINE)
# Brackets closed before any terminal punctuation (see _in_aside).
_CLOSING_BRACKET = re.compile(r"[^()\[\]\n.!?…]{0,200}[)\]]")
_DASHES = frozenset("-‐–—―")
# A reference or an attribution ending a paragraph after its sentence's end: a figure's in
# brackets (a verse, a page, a year: "(Psalm 23:1)", "(Kim, 2019)") or a name after a dash
# ("— Anton Chekhov"). It is the sentence's, as the Korean splitter keeps it ("…
# 없으리로다” (시편 23:1)"); cut off, the English one was left unpaired, and an epigraph's
# two copies no longer matched.
_TRAILING_REFERENCE = re.compile(rf"\s+(?:{TRAILING_BRACKET}|[—–―]\s?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){{0,3}})\s*$")


def split_english(text: str, max_chars: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of an English paragraph, white space trimmed, none
    longer than ``max_chars`` (default :func:`max_sentence_chars`)."""
    cuts = [0]
    glued = ((m.start(1), m.end(1), False) for m in _GLUED_END.finditer(text))
    broken = ((*m.span(), False) for m in _BROKEN_OFF.finditer(text))
    # (an emoticon's bracket opens no aside: no other test)
    emoji = ((*m.span(), True) for m in _EMOJI_END.finditer(text) if _opens_after_emoji(text, m.end()))
    for start, end, ends in heapq.merge(((*m.span(), False) for m in _BOUNDARY.finditer(text)), glued, broken, emoji):
        if end > cuts[-1] and (ends or _is_sentence_end(text, start, end, cuts[-1])) and not _numbers_next(text, cuts[-1], start):
            cuts.append(end)
    cuts.append(len(text))
    return _bounded(text, _trimmed_spans(text, _label_cuts(text, cuts, _is_sentence_end)), max_chars or max_sentence_chars())


def _is_sentence_end(text: str, start: int, end: int, cut: int = 0) -> bool:
    """Whether the punctuation at text[start:end] ends the sentence that began at ``cut``."""
    found = _NEXT_WORD.match(text, end)  # not a slice of the rest: lines can be megabytes
    nxt = found.group(1)
    if nxt and all(c in _DASHES for c in nxt):  # "Here!" – she said: the word after the dash
        nxt = _NEXT_WORD.match(text, found.end()).group(1) or nxt
    if nxt.startswith("."):  # a spaced ellipsis goes on: "I waited . . . and waited."
        return False
    if nxt.startswith(("<", "‹", "〈")):  # a note in angle brackets closes its sentence: "… safely.
        return False  # <Amended on Mar. 14, 2023>", as a statute's Korean "… 한다. <개정 2023. 3. 14.>" is one
    if _TRAILING_REFERENCE.match(text, end):  # "… not want.” (Psalm 23:1)", "… pity. — Anton Chekhov"
        return False
    if _next_item(text, cut, nxt):
        return True
    # a web address after a sentence end stands apart (a link under a sentence, as Korean
    # text is cut there too), though it starts in lower case
    if nxt and nxt[0].islower() and not _URL_START.match(nxt):
        return False
    if _in_aside(text, start, end):
        return False
    if text[start] != ".":
        return True
    # the word before: back to a space or a line break (a rejoined wrapped line keeps its
    # "\n": "unfair to\nMr. Yoon"), a bounded look back: abbreviations are short
    space = max(text.rfind(c, max(0, start - 64), start) for c in " \n\t")
    word_start = space + 1 if space >= 0 else max(0, start - 64)
    written = text[word_start:start].lstrip("\"'“‘([<〈《«‹（［【")
    if ranged := _RANGE.match(written):
        written = written[ranged.end():]
    word = written.lower()
    if text[start:end].startswith("..."):
        return True
    if _LETTER_LABEL.fullmatch(word) and _BLANK.match(text, cut).end() >= word_start:  # (not a slice: linear)
        return False  # the label of an item: "a. I am a student.", "iv. Repeat."
    if word in _NEVER_END and nxt[:1].isdigit():  # "on p. 12": a page, no initial
        return False
    if len(word) == 1 and word.isalpha():
        # an initial (J. Smith, J. R. R. Tolkien), unless a word before it is no initial
        # and a sentence opener follows: "Party B. The price", "for 2 h. Then", "Plan B. 2."
        before = text[max(cut, word_start - 64):word_start].split()
        if word == "i" and before and before[-1].isalpha() and before[-1].islower() and nxt[:1].isupper():
            return True  # the pronoun after a word in lower case: "so am I. Tell her."
        if before and before[-1].istitle() and nxt.rstrip(",") == before[-1]:
            return True  # a label repeated: "… to Party A. Party B shall …", "Plan B. Plan C"
        return bool(before) and not before[-1].endswith(".") and _opens(nxt)
    if word in _NEVER_END:
        return False
    if word in _DEGREES:
        return not (nxt.rstrip(",.").lower() in _TITLE_WORDS or nxt.startswith(("(", "[")))
    if written in _SCENE_PLACES:
        return _opens(nxt, numbers=False)
    if word in _MONTHS:  # no abbreviation ("in March. Respondents"), but a date's ("October. 25, 2024")
        return not nxt[:1].isdigit()
    if word in _MONTHS_SHORT or written in _DAYS_SHORT:
        # a date's ("Oct. 25", "Tue.–Sun. 10 a.m."), or the sentence's end before a word: "rose
        # in Oct. Imports fell", "Closed Mon. Tickets"; not before another month or day ("Jan.
        # Feb. Mar."), nor a month after a determiner ("the Sept. Chuseok holiday"; "the Sun." is
        # the star)
        before = text[max(cut, word_start - 16):word_start].split()
        named = nxt.rstrip(".,)]").lower() in _MONTHS_SHORT | _MONTHS | _DAY_OR_ZONE
        return (nxt[:1].isupper() and not nxt.isupper() and not named
                and not (word in _MONTHS_SHORT and before and before[-1].lower() in _DETERMINERS))
    if word.isdigit() and len(word) <= 2 and _MONTH_AND_YEAR.match(text, end):  # a date: "15. Mar, 2024"
        return False
    if written in _CITATION:  # ... before the citation's next abbreviation or number: "Pat. No. 9,876,543"
        return not (nxt.endswith(".") or nxt[:1].isdigit())
    if word in _NUMBER_LABELS:  # (a code after it, unless "No." answers: "MP3 files? No. MP3 playback …")
        answer = word == "no" and _BLANK.match(text, cut).end() >= word_start
        return not (nxt.lstrip("+(")[:1].isdigit() or (len(nxt) <= 40 and _CODE.fullmatch(nxt) and not answer)
                    or _MEASURED_PART.match(text, end) is not None)
    if word in _LIMITS and not _FIGURE_BEFORE.search(text, max(0, word_start - 8), word_start):
        # a limit's label before its number ("Max. 3 tablets", "min. 4 hours"); not a unit
        # after a figure ("for 10 min. 3 eggs …") nor a name inside a sentence ("met Max. 2 days")
        opens = written.islower() or _BLANK.match(text, cut).end() >= word_start or text[max(0, word_start - 4):word_start].rstrip().endswith(":")
        return not ((opens and nxt.lstrip("+(")[:1].isdigit()) or nxt.startswith("("))  # "Temp. (°C)": its unit
    if word in _AMBIGUOUS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
        if nxt.startswith(("(", "[")):  # a bracket glosses the name: Foo Co., Ltd. (the "Company")
            return False
        if text[end - 1] in "\"”" and nxt[:1] in "\"“":  # a quotation ends, another opens: "at 3 A.M." "Yes."
            return True
        if word in _PHRASE_END:  # no name follows them: "3.10% p.a. Preferential rates", "etc. Fees"
            return nxt[:1].isupper() and not nxt.isupper()
        if word in _CLOCK:  # a time goes on only into its day or zone: "7 p.m. Fireworks follow"
            # (a line's, not an answer's, "open? 9 a.m. Tickets …", nor a time before a sentence: "11:47
            # p.m. The phone rang")
            newline = text.rfind("\n", max(cut, word_start - 40), word_start)  # (a bounded look back)
            line = newline + 1 if newline >= 0 else 0 if word_start <= 40 else -1
            return (nxt[:1].isupper() and not nxt.isupper() and nxt.rstrip(".,").lower() not in _DAY_OR_ZONE
                    and not (line >= cut and _TIME_ONLY.fullmatch(text, line, word_start) and not _opens(nxt, numbers=False)))
        return _opens(nxt, numbers=False)
    return True


def _opens_after_emoji(text: str, end: int) -> bool:
    """Does a sentence open after pictographs ending at ``end``: a sentence's opener, not a
    name's or a title's first word ("🎵 The Beatles", "👉 The New York Times")?"""
    found = _NEXT_WORD.match(text, end)
    if not _opens(found.group(1), numbers=False):
        return False
    after = _NEXT_WORD.match(text, found.end()).group(1)
    return not (after[:1].isupper() and found.group(1).lower() == "the")


def _opens(nxt: str, numbers: bool = True) -> bool:
    """Whether the word ``nxt`` opens a sentence: a sentence opener (an acronym is none,
    whatever it spells: "the U.S. IT industry", "Co. OR unit") or, with ``numbers``, a
    list number."""
    opener = nxt.strip("\"'“‘").rstrip(",")
    if opener.lower() in _OPENERS and not (len(opener) > 1 and opener.isupper()):
        return True
    return numbers and _LIST_NUMBER.fullmatch(nxt) is not None


def _next_item(text: str, cut: int, nxt: str) -> bool:
    """Whether ``nxt`` labels the next item of the list whose item opens the sentence at
    ``cut`` ("a. I am a student. b. You are …", "i. Did you eat? ii. Yes."): an item
    label in lower case is no word going on with the sentence."""
    found = _LETTER_LABEL.fullmatch(nxt[:-1]) if nxt.endswith(".") else None
    here = _ITEM_START.match(text, cut)
    if found is None or here is None:
        return False
    a, b = here.group(1).lower(), nxt[:-1].lower()
    if len(a) == len(b) == 1 and ord(b) == ord(a) + 1:
        return True
    return _ROMAN_NUMBER.fullmatch(a) is not None and _ROMAN_NUMBER.fullmatch(b) is not None and _roman(b) == _roman(a) + 1


def _roman(numeral: str) -> int:
    values = [{"i": 1, "v": 5, "x": 10}[c] for c in numeral]
    return sum(-v if v < w else v for v, w in zip(values, values[1:] + [0]))


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
    found = _LIST_NUMBER.search(text, max(0, start - 12), start + 1)
    if found is None:
        return False
    a = found.start()
    if found.group().count(".") > 1:  # a section's number opens a line or a sentence ("2.1.
        # Participants"); after a colon or a word it is a value, a version or a date
        # ("Supported versions: 2.1.", "Release date: 03.15.24.": an adversarial check)
        opens = not text[text.rfind("\n", 0, a) + 1:a].strip() or _BLANK.match(text, cut).end() >= a
        return opens and not found.group().startswith("0")
    if (_BLANK.match(text, 0).end() >= a or _LINE_OR_COLON_BEFORE.search(text, max(0, a - 16), a) is not None
            or _SCENE_WORD.search(text, max(0, a - 12), a) is not None):
        return True
    number = found.group()[:-1]
    before = re.compile(rf"(?<!\S){int(number) - 1}\.(?=\s)") if number.isdigit() and number != "1" else None
    if _BLANK.match(text, cut).end() < a:
        # inside a sentence, the next number of a list the sentence holds: "1. Introduction
        # 2. Methods 3. Results" is one line of items, not sentences ending in "2." and "3."
        return before is not None and before.search(text, cut, a) is not None
    # after a sentence end, a number is an item only as the next of a list: "power. 2." after
    # "1.", not the answer of "How many? 12. That is a lot."
    if before is None:
        return True
    return before.search(text, max(0, a - 4000), a) is not None
