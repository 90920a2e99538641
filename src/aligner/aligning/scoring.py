"""What the aligner knows of each side's sentences, its settings, and how bead evidence
becomes a score and a confidence."""

from __future__ import annotations

import dataclasses
import re
import zlib
from dataclasses import dataclass

import numpy as np

from ..segmenting.sentences import _SENTENCE_END, KO_WIRE, NOTE_WORDS, REFERENCE_ENTRY

_NUMBER = re.compile(r"(?<![\w.])\.\d+|\d+(?:[.,]\d+)*")  # a decimal may drop its 0 (".588", a batting average)
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&-]*[A-Za-z0-9]")


@dataclass(frozen=True)
class Params:
    """Scoring and search settings (the defaults are tuned on the dev benchmark)."""

    beads: tuple[tuple[int, int], ...] = ((1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1), (1, 4), (4, 1))
    # A 1-1 bead is preferred to two gaps when its margin-normalized similarity plus
    # cues exceeds this. Negative: in a monotone path, position is evidence too.
    threshold: float = -0.45
    multi_penalty: float = 0.0  # extra threshold per sentence beyond one on each side
    # A bead's similarity counts once per sentence it explains, as far as each sentence
    # supports it: the similarity is weighted by half the number of the bead's supporting
    # sentences (at least 1; the threshold stays per bead). A side of one sentence
    # supports. A sentence of a multi-sentence side supports as far as its own margin
    # similarity to the other side rises above support_floor and, at an edge of its side,
    # as far as the bead is no less similar than without it, each over support_ramp. So a
    # 4-1 bead outscores its 3-1 cut and a gap, and two swapped sentences their crossed
    # pair, while an untranslated neighbour adds no weight. None: every bead weighs 1.
    support_floor: float | None = -0.05
    support_ramp: float = 0.05
    # A 1-1 pair loses this much per unit by which a 1-1 pair next to it that shares one of
    # its sentences is better evidenced (similarity, and cue-time overlap for subtitles;
    # see search._rivals). A path shifted by a sentence between an unpaired Korean and an
    # unpaired English sentence pairs each sentence with its neighbour's translation and
    # scored almost as well as the right one; two swapped sentences likewise lose their
    # crossed pairs to the 2-2 bead. Fitted on TRAIN (benchmarks/tune.py). 0: off.
    rival_weight: float = 0.5
    # Two swapped sentences may score as their two crossed 1-1 pairs, one of them without
    # the threshold's positional allowance (a 2-2 bead marked crossed; search._cross).
    crossed: bool = True
    margin_k: int = 16
    # Score multi-sentence candidates on the exact embedding of their joined text when the
    # encoder gives it cheaply (USE) and neither side has more sentences than this; else
    # (0, another encoder, a longer document) on the normalized sum of the sentence
    # embeddings. The bound is memory (benchmarks/README.md#memory): the windows of 3,600
    # news sentences a side took 40 MB, those of 40,000 one-word lines a side 2.3 GB.
    exact_windows: int = 5000
    length_weight: float = 0.05
    length_mu: float = 0.9  # mean log(English chars / Korean chars) of dev translations
    length_sigma: float = 0.35
    cue_weight: float = 0.1
    # A bead both of whose sides hold numbers, none of them shared (compared by value: 5천
    # and 5,000 are one), loses this much: as much as full agreement gains (cue_weight).
    conflict_weight: float = 0.1
    # ... and one both of whose sides name years, none of them shared, this much more: a
    # translation does not change a year ("2016년에는 KBS에서 …" and "The 2019 film …", two
    # sentences each one side only, were paired at 0.5)
    year_conflict_weight: float = 0.1
    paragraph_penalty: float = 0.05  # a multi-sentence side that crosses a paragraph break
    # ... and a bead whose first sentence opens a paragraph on one side only (untuned: a
    # joint statement's "3. 양국 정상은 …" paired with the middle of the English paragraph
    # 2, sharing its words, and the English "3. …" left unpaired: a diplomacy audit)
    opening_penalty: float = 0.03
    # A bead or a gap loses this much when it starts at a sentence that goes on with the
    # one before (a line of a transcript or subtitle, see segmenting.continuations): units of
    # translation end where sentences do. In the DP a run of gaps pays once.
    continuation_penalty: float = 0.1
    # Lines that together make one sentence (each goes on with the one before, the last
    # ends a sentence: segmenting.sentence_lines) are aligned as that sentence.
    sentence_lines: bool = True
    # In a bilingual document, a bead whose Korean and English sentences are not in
    # partner blocks (a run of one language and the run of the other that translates it,
    # see partner_blocks) loses this much.
    block_penalty: float = 0.3
    # A sentence of a bilingual document is evidence that it translates a neighbouring run
    # as far as its best similarity there exceeds block_floor; a run's sentences take
    # other partners than the document's direction gives them only where that evidence
    # gains more than block_margin (see partner_blocks).
    block_floor: float = 0.3
    block_margin: float = 0.5
    # Documents up to ~200 x 200 sentences use the whole grid; longer ones a band around a
    # coarse path. The band scored the same on every long benchmark set (jhe long: 361 x
    # 360 sentences, the DP about a third of the time it takes to encode them once).
    full_grid_cells: int = 40_000
    band_width: int = 24
    use_margin: bool = True
    use_length: bool = True
    use_cues: bool = True
    # Similarities are used as scale * cosine + shift, which maps an encoder's cosine onto
    # the scale these defaults were tuned on (USE); see pipeline.similarity_scale.
    scale: float = 1.0
    shift: float = 0.0
    refine: bool = True  # re-score gaps next to pairs with real concatenation embeddings
    # Attach a gap sentence to a neighbouring pair if the fit (similarity of the joined text,
    # plus attach_length_weight times the length prior, plus short_bonus for a sentence of
    # fewer than short_chars characters: a gloss, a date, "Forget it.", too short for its
    # embedding to be evidence either way) drops by less than refine_delta; split an edge
    # sentence off a pair if the fit rises by more than split_delta.
    refine_delta: float = 0.025
    split_delta: float = 0.04
    attach_length_weight: float = 0.005
    short_bonus: float = 0.02
    short_chars: int = 15
    # Where the DP scored a bead on its real joined text (exact windows, a type in beads),
    # it already weighed each of its sentences: refinement attaches a sentence the DP left
    # unpaired to such a bead only if it is shorter than this (characters), too short for
    # its own similarity to be evidence. None: refinement judges every attachment again.
    attach_chars: int | None = 30
    # A pair less similar than this (real cosine; less conflict_weight where its numbers
    # disagree, see numbers_conflict) is left unpaired.
    min_pair_cos: float = 0.15
    # Before the first and after the last anchor (a pair at least this similar) position
    # proves nothing: pairs there (titles, bylines, menus) need edge_min_cos.
    anchor_cos: float = 0.5
    edge_min_cos: float = 0.3
    # Position as a rule (off: position alone never makes a pair out of two sentences whose
    # content disagrees, issue 9): a weak 1-1 pair between two pairs stays paired (below
    # min_pair_cos), and the same number of sentences (at most max_leftover) left on both
    # sides between two pairs are paired in order, with a low confidence. For loose
    # translations whose every line is known to have its counterpart.
    positional: bool = False
    max_leftover: int = 2
    # A segment of a bilingual document that is one language, then the other ("Contact Us
    # 문의하기"), is cut in two where its halves are at least this similar (USE's scale): a
    # heading beside its translation (see pipeline.translated_halves). None: never.
    halves_min_sim: float | None = 0.5
    # ... and a Korean label's value in Latin letters, names or terms ("결제: Checkout",
    # "펀드명: Nuri Global Equity Fund"), where it is at least this similar: in a glossary the
    # value translates the label (0.28–0.76 with USE), in a form it is a name (-0.05–0.27,
    # but names that say what the label says: "항공사: Korean Air" 0.31). Set on 22 lines,
    # checked on 76 others: 39 of 40 glossary lines cut, 28 of 36 names kept whole
    # (python benchmarks/halves.py). None: as halves_min_sim.
    label_min_sim: float | None = 0.25
    # Time evidence (subtitles, when both sides have cue times): this weight times the
    # overlap of a bead's two time intervals (see time_overlap) is added to its score.
    time_weight: float = 0.3

    def __post_init__(self) -> None:
        """Every setting of its kind: a NaN threshold or an empty bead set aligned nothing,
        without a word."""
        from .. import arguments

        for f in dataclasses.fields(self):
            value, kind = getattr(self, f.name), str(f.type)
            if value is None and kind.endswith("| None"):
                continue
            if kind.startswith("bool"):
                arguments.flag(value, f.name)
            elif kind.startswith("int"):  # kept as Python's numbers: a numpy uint8 would overflow
                object.__setattr__(self, f.name, arguments.whole(value, f.name, int(f.name in ("margin_k", "band_width"))))
            elif kind.startswith("float"):
                object.__setattr__(self, f.name, arguments.finite(value, f.name))
        beads = self.beads
        if not (isinstance(beads, tuple) and beads and all(
                isinstance(b, tuple) and len(b) == 2 and all(isinstance(x, int) and x >= 1 for x in b) for b in beads)):
            raise ValueError(f"beads must be (Korean, English) sentence counts, each 1 or more, not {beads!r}")
        # divisors, and the map of an encoder's cosine onto USE's scale: a huge scale or
        # shift overflowed to inf inside the search
        for name, low, high in (("length_sigma", 0.0, None), ("support_ramp", 0.0, None), ("scale", 0.0, 100.0)):
            value = getattr(self, name)
            if not (value > low and (high is None or value <= high)):
                raise ValueError(f"{name} must be above {low:g}{f' and at most {high:g}' if high else ''}, not {value!r}")
        if abs(self.shift) > 100:
            raise ValueError(f"shift must be from -100 to 100, not {self.shift!r}")
        for f in dataclasses.fields(self):  # the search adds them up in float32
            value = getattr(self, f.name)
            if isinstance(value, float) and abs(value) > _MAX_SETTING:
                raise ValueError(f"{f.name} must be from -{_MAX_SETTING:,.0f} to {_MAX_SETTING:,.0f}, not {value!r}")


# The largest weight, threshold or floor a setting may be: the search's scores are float32
# sums of them (a weight of 1e308 overflowed to inf and aligned nothing, with NumPy warnings)
_MAX_SETTING = 1e6


def _bitmask(token_sets: list[set[str]], words: int) -> np.ndarray:
    """Token sets as hashed bitmasks (``words`` 64-bit words per row): set overlaps
    become AND and popcount, cheap enough for every cell of the band."""
    out = np.zeros((len(token_sets), words), dtype=np.uint64)
    for row, tokens in enumerate(token_sets):
        for token in tokens:
            h = zlib.crc32(token.encode()) % (64 * words)
            out[row, h // 64] |= np.uint64(1) << np.uint64(h % 64)
    return out


# a year: "2016년", "in 2019", "1990s"; not a count or a measure written without its comma
# ("1700만 명", "2000억 원", "1500m": an adversarial check)
_YEAR = re.compile(r"(?<![\d.,])(1[5-9]\d\d|20\d\d)(?![\d.,]\d|\d)"
                   r"(?!\s?(?:[만억천명원개일분초배위호층점%]|m(?![a-z])|km|kg|mm|cm|달러|won|dollars?|people|meters?|feet))")


# A list item's number ("3. ", "2) ", "(4) "), which counts items, not content: a Korean
# step the English gives as two numbers the rest one apart ("3. … 콘센트에 꽂으십시오." /
# "4. Plug …"), and the numbers' conflict parted the right pairs (a manuals audit)
_ENUMERATOR = re.compile(r"\s*(?:(?:\d{1,2}[.)]|\(\d{1,2}\))\s+(?=\D))?")


def _numbers(text: str) -> set[str]:
    """The numbers of a text, thousands separators dropped (``1,200`` is ``1200``), and
    the values of numbers written with Korean or English units, which the other language
    writes in digits: ``5천`` and ``1억1천만`` (also ``5000`` and ``110000000``), ``110
    million``."""
    text = text[_ENUMERATOR.match(text).end():]
    out = {("0" + n if n.startswith(".") else n).replace(",", "") for n in _NUMBER.findall(text)}
    if _UNIT_HINT.search(text):
        values = [_korean_value(m.group()) for m in _KO_NUMBER.finditer(text)]
        values += [float(m.group(1).replace(",", "")) * _EN_UNITS[m.group(2).lower()]
                   for pattern in (_EN_NUMBER, _EN_SHORT) for m in pattern.finditer(text)]
        values += [float(m.group(1)) / 100 for m in _BASIS_POINTS.finditer(text)]  # 25 bp: 0.25%p
        out.update(_value(v) for v in values if v < 1e18)  # not a run of digits no number is (nor inf)
    return out


_BIG_UNITS = {"조": 1e12, "억": 1e8, "만": 1e4}  # each multiplies the digits and small units before it
_SMALL_UNITS = {"천": 1e3, "백": 1e2}
# (finance writes them short: "KRW 582.3 tn", "$1.2bn", "EUR 40 mn")
_EN_UNITS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6, "bn": 1e9, "tn": 1e12}
_UNIT_HINT = re.compile(r"\d\s?(?:[조억만천백]|thousand|million|billion|trillion|mn|bn|tn|bp|basis)", re.IGNORECASE)
# (a rate's change: a few hundred at most; "9600 bps" is a line's speed)
_BASIS_POINTS = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d+)?)\s?(?:bps?|basis\s+points?)\b", re.IGNORECASE)
# digits with units, as many as follow each other ("1억 2천만"), then plain digits ("2천500")
# each from the start of a run of digits only (a lookbehind): tried at every digit of a long
# run that no unit follows, the greedy digits backtracked to each (quadratic: 38 s for a
# line of 50,000 digits)
# (a number has one decimal point at most: "2025.03.14 조회수", "192.168.0.1 백업" hold none)
_KO_DIGITS = r"\d+(?:,\d{3})*(?:\.\d+)?(?![.,]?\d)"
_KO_NUMBER = re.compile(rf"(?<![\d.,]){_KO_DIGITS}\s?[조억만천백]"
                        rf"(?:\s?(?:{_KO_DIGITS}\s?)?[조억만천백])*(?:\d+(?:,\d{{3}})*)?")
_KO_TOKEN = re.compile(rf"{_KO_DIGITS}|[조억만천백]")
_EN_NUMBER = re.compile(r"(?<![\d.,])(\d+(?:,\d{3})*(?:\.\d+)?)[\s-](thousand|million|billion|trillion)\b", re.IGNORECASE)
# ... and the short units, only after a currency ("5 mn" may be minutes, "50,000 tn" tonnes)
_EN_SHORT = re.compile(r"(?:KRW|USD|EUR|JPY|CNY|GBP|[$€£¥₩])\s?(\d+(?:,\d{3})*(?:\.\d+)?)\s?(mn|bn|tn)\b", re.IGNORECASE)


def _korean_value(numeral: str) -> float:
    """The value of digits written with Korean units: "1억1천만" 110,000,000, "3만 5천"
    35,000, "2천500" 2,500, "1조2천억" 1,200,000,000,000."""
    total = small = 0.0
    digits: float | None = None
    for token in _KO_TOKEN.findall(numeral):
        if token in _BIG_UNITS:
            total += ((small + (digits or 0.0)) or 1.0) * _BIG_UNITS[token]
            small, digits = 0.0, None
        elif token in _SMALL_UNITS:
            small += (digits if digits is not None else 1.0) * _SMALL_UNITS[token]
            digits = None
        else:
            digits = float(token.replace(",", ""))
    return total + small + (digits or 0.0)


def _value(number: float) -> str:
    """A number as digits (a whole number without a decimal point): 4.35 trillion is
    4350000000000, though 4.35 * 1e12 is 4349999999999.9995 in floating point."""
    whole = round(number)
    return str(int(whole)) if abs(number - whole) < 1e-6 * max(1.0, abs(number)) else format(number, ".12g")


def _latin_words(text: str, names_only: bool) -> set[str]:
    """Latin-script words, lower-cased; on the English side only names, acronyms and
    words with digits, the words a Korean text keeps in Latin script."""
    words = _LATIN_WORD.findall(text)
    if names_only:
        words = [w for w in words if not w.islower()]
    return {w.lower() for w in words}


def _repeated(texts: list[str]) -> np.ndarray:
    seen: set[str] = set()
    out = np.zeros(len(texts), dtype=bool)
    for i, t in enumerate(texts):
        out[i] = t in seen
        seen.add(t)
    return out


@dataclass
class Side:
    """What the aligner knows of one side's sentences."""

    emb: np.ndarray  # (n, d), L2-normalized
    lengths: np.ndarray  # characters
    numbers: np.ndarray  # (n, 1) uint64 bitmask of the numbers
    latin: np.ndarray  # (n, 2) uint64 bitmask of the Latin-script words
    years: np.ndarray | None = None  # (n, 1) uint64 bitmask of the years (1500-2099)
    paragraphs: np.ndarray | None = None
    repeated: np.ndarray | None = None  # True where the same text occurred earlier
    times: np.ndarray | None = None  # (n, 2) start and end in seconds, NaN where unknown
    # windows[k]: (n - k + 1, d), row i the L2-normalized embedding of the joined text of
    # sentences [i, i + k), where the encoder gives it exactly; NaN rows and missing sizes
    # fall back to the normalized sum of the sentence embeddings.
    windows: dict[int, np.ndarray] | None = None
    # blocks[i]: in a bilingual document, the number of sentence i's block pair (a stretch
    # of one language and its translation in the neighbouring run share a number; NaN: it
    # translates neither neighbour, see partner_blocks); None else.
    blocks: np.ndarray | None = None
    # continues[i]: sentence i goes on with the sentence of i - 1 (segmenting.continuations)
    continues: np.ndarray | None = None
    # True where the sentence is no part of a translated sentence: all in brackets (a stage
    # direction, a sound, a translator's note: "(한숨)", "[door slams]", "(역주: …)"), a
    # labelled caption, a byline, a section label (is_aside and its kind, below)
    asides: np.ndarray | None = None
    # labels[i]: the sentence is a speaker's or a section's label alone ("진행자:") or opens
    # with one ("Host: What made you …"): a label alone joins a pair whose other side has one
    labels: np.ndarray | None = None
    # headings[i]: the sentence is a heading by its layout (see headings)
    headings: np.ndarray | None = None
    # walls[i]: a segment left out of the alignment stands between sentences i - 1 and i
    # (a page number, a translator's note): no bead spans it
    walls: np.ndarray | None = None
    # records[i]: the record sentence i belongs to (a bilingual table's row, numbered in
    # order: see segmenting.RECORD_BREAK), a wall standing between two records; a pair
    # takes its two sides from one record. None: the text has none.
    records: np.ndarray | None = None

    @classmethod
    def from_texts(cls, texts: list[str], emb: np.ndarray, paragraphs: list[int] | None = None,
                   names_only: bool = False, times: list[tuple[float, float] | None] | None = None,
                   windows: dict[int, np.ndarray] | None = None, blocks: np.ndarray | None = None,
                   continues: list[bool] | None = None, walls: list[bool] | None = None,
                   records: list[int] | None = None, marked: list[bool] | None = None) -> Side:
        """``names_only``: keep only capitalized Latin words (for the English side);
        ``times``: each sentence's (start, end) in seconds, or None where it has none;
        ``marked``: the sentences a reader marks as headings (HTML's h1-h6, Word's heading
        styles), headings whatever their layout (two pages' "<h2>" pair at cosine 0.14 was
        undone: a marketing audit)."""
        heading = headings(texts, paragraphs, continues)
        if marked is not None:
            heading = heading | np.asarray(marked, dtype=bool)
        return cls(
            emb=np.asarray(emb, dtype=np.float32),
            lengths=np.array([len(t) for t in texts], dtype=np.float32),
            numbers=_bitmask([_numbers(t) for t in texts], 1),
            latin=_bitmask([_latin_words(t, names_only) for t in texts], 2),
            years=_bitmask([set(_YEAR.findall(t)) for t in texts], 1),
            paragraphs=None if paragraphs is None else np.asarray(paragraphs),
            repeated=_repeated(texts),
            times=None if times is None else np.array(
                [t if t is not None else (np.nan, np.nan) for t in times], dtype=np.float64).reshape(-1, 2),
            windows=windows,
            blocks=blocks,
            continues=None if continues is None else np.asarray(continues, dtype=bool),
            asides=np.array([is_aside(t) or is_labelled_caption(t) or is_byline(t) or is_section_label(t) or is_filler(t)
                             for t in texts], dtype=bool) | heading,
            labels=np.array([SPEAKER_LABEL.match(t) is not None or _LABEL_ALONE.fullmatch(t) is not None for t in texts],
                            dtype=bool),
            walls=None if walls is None else np.asarray(walls, dtype=bool),
            records=None if records is None else np.asarray(records),
            headings=heading,
        )

    def __len__(self) -> int:
        return len(self.emb)


_BRACKETS = {"(": ")", "[": "]", "（": "）", "［": "］", "【": "】", "〔": "〕", "〈": "〉", "<": ">"}


_LABEL_OPENING = re.compile(r"\s*[\[(（［【〔][^\[\]()（）［］【】〔〕]{1,30}[\])）］】〕]\s*\S")


# A byline: "홍길동 기자", "글 김도현 기자", "(서울=연합뉴스) 이지은 특파원", "사진·글 박지은 기자
# jieun@example.com", "By Kim Ji-hoon", "By Jane Doe and John Roe". A Korean name opens with
# a surname ("저는 기자", "훌륭한 기자" are a subtitle's words); an English one is no function
# word ("By The Numbers", "By Order Of The Court" are headings).
_SURNAMES = ("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진지엄채원천방공현"
             "함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감호빈동온좌"
             "범순라나견독계상승간시갈단당팽판")
_NAME = rf"[{_SURNAMES}][가-힣]{{1,3}}"
_NOT_A_NAME = r"(?!(?i:the|a|an|of|and|for|to|in|on|at|by|with|from|or|order)\b)"
# ... the whole of it may name the desk or agency before an "=" or "|" and stand in
# brackets, as Korean outlets print it: "광주=김민준 기자", "[OSEN=정다은 기자]", "[스포츠서울 |
# 정다은 기자]", "【서울=뉴시스】 홍길동 기자"
_ADDRESS = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an e-mail address
_CREDIT_WORD = r"(?:글|사진|영상|그래픽|취재|정리)"  # what the writer did
# (and a public office's, a press release's contact: "부산시 대변인실 이서연 주무관", the
# office's name ending as offices' do)
_ROLES = (r"기자|특파원|통신원|선임기자|객원기자|전문기자|논설위원|편집위원|칼럼니스트"
          r"|주무관|사무관|서기관|부이사관|연구관")
_OFFICE = r"(?:[가-힣A-Za-z]{1,12}(?:시|도|군|구|청|부|처|원|실|과|국|팀|센터|본부|위원회|공단|공사|재단|협회)\s+){1,3}"
_KO_BYLINE_BODY = (
    r"(?:[(【〔\[][^()【】〔〕\[\]]{1,20}[)】〕\]]\s*)?(?:[^\s()【】〔〕\[\]=|]{1,12}\s*[=|]\s*)?"
    rf"(?:{_OFFICE})?(?:{_CREDIT_WORD}\s*[·/,]?\s*)*"
    rf"{_NAME}(?:\s*[·,]\s*{_NAME}){{0,3}}\s*"
    # the role, a desk's name before it ("과학전문기자", "스포츠 전문기자") and another after
    # ("기자 겸 과학팀장")
    rf"(?:[가-힣]{{1,4}}\s?)?(?:{_ROLES})"
    r"(?:\s*겸\s*[가-힣]{1,8})?(?:\s*=)?")
_KO_BYLINE = re.compile(rf"\s*(?:\[\s*{_KO_BYLINE_BODY}\s*\]|【\s*{_KO_BYLINE_BODY}\s*】|{_KO_BYLINE_BODY})"
                        rf"(?:\s+{_ADDRESS})?\s*")
# ... or opened by what the writer did, a colon after it or a role after the name: "글: 이수진
# 학예연구사", "글 에밀리 카터 기자", "사진·글: 박지은" (a role is needed without the colon: "사진
# 이동 방법" is a manual's heading)
_CREDIT_LABEL = rf"{_CREDIT_WORD}(?:\s*[·/,]\s*{_CREDIT_WORD})*"
_WIDE_ROLE = rf"(?:[가-힣]{{1,4}}\s?)?(?:{_ROLES}|연구사|연구원|연구위원|교수|작가|평론가|에디터|편집장|사진가)"
_BRACKETED_ADDRESS = rf"\s*[(<\[]?{_ADDRESS}[)>\]]?"
_EMAIL = rf"(?:{_BRACKETED_ADDRESS})?"
_KO_CREDIT_BYLINE = re.compile(
    rf"\s*{_CREDIT_LABEL}\s*(?:[:：=]\s*{_NAME}(?:\s*[·,]\s*{_NAME}){{0,3}}(?:\s*{_WIDE_ROLE})?"
    rf"|\s(?:{_NAME}|[가-힣]{{2,5}}\s[가-힣]{{2,5}})\s*{_WIDE_ROLE}){_EMAIL}\s*")
_EN_WORD = rf"{_NOT_A_NAME}[A-Z][\w.'’-]*"
# ... and an English edition's in capitals, with an address or a romanized name ("BY LEE
# EUN-JU [lee.eunju@…]"; "BY AGE GROUP" is a heading)
_CAPITALS_BYLINE = re.compile(rf"\s*BY\s+[A-Z]+(?:\s+[A-Z]+){{0,2}}(?:-[A-Z]+(?:{_BRACKETED_ADDRESS})?|{_BRACKETED_ADDRESS})\s*")
_EN_BYLINE = re.compile(rf"\s*[Bb]y\s+{_EN_WORD}(?:\s+{_EN_WORD}){{1,3}}"
                        # (another name, or an office: "…, Busan Metropolitan City Press Office")
                        rf"(?:(?:,\s*|\s+and\s+){_EN_WORD}(?:\s+{_EN_WORD}){{0,5}})*{_EMAIL}\s*"
                        # ... or a name and an e-mail address alone, a story's signature at its end
                        rf"|\s*{_EN_WORD}(?:\s+{_EN_WORD}){{1,3}}\s*[,|/·]?\s*<?{_ADDRESS}>?\s*"
                        # ... or a name and its role: "Kim Min-jun, Staff Reporter", "Yoon Ji-ho,
                        # Science Correspondent"
                        rf"|\s*{_EN_WORD}(?:\s+{_EN_WORD}){{1,3}}\s*[,|/·]\s*(?:[A-Z][a-z]+\s+){{0,2}}"
                        r"(?:Reporter|Correspondent|Writer|Columnist|Editor|Contributor)s?\s*")
# A copyright line ("Copyright © 2024 …", "ⓒ 연합뉴스", "저작권자 © … 무단 전재 및 재배포 금지", "All
# rights reserved.") and a dateline alone on its line ("SEOUL, March 14 (Yonhap) --")
# (not a sentence that names one: "Copyright 2024 was a landmark year", "(c) 2025년 1월 1일
# 이후에 …" as a list item, "회사는 무단 전재를 막기 위해 …", "저작권자(이하 "권리자")는 …")
_COPYRIGHT = re.compile(r"\s*(?:copyright\s*(?:©|ⓒ|\(c\)|\d{4}(?:\s*[-–]\s*\d{4})?(?=\s*(?:$|[,.]|by\b|(?-i:[A-Z])|[©ⓒ])))"
                        r"|ⓒ|©|\(c\)\s*\d{4}(?!\d|\s*년)"
                        r"|unauthori[sz]ed\s+(?:reproduction|copying|use)\b.{0,60}\b(?:prohibited|forbidden)\.?\s*$)"
                        r"|.*(?:all rights reserved|(?:무단\s*전재|재배포).*(?:금지|금합니다|금함)|"
                        r"저작권자\s*(?:[ⓒ©]|\(c\)))"
                        # ... and a book's copyright page: "Korean translation copyright © 2023 by …",
                        # "ISBN 979-11-…", "First published in Great Britain in 2019 by …", "이 책의
                        # 한국어판 저작권은 … 에이전시를 통해 … 독점 계약한 …에 있습니다."
                        r"|.*(?:\bcopyright\s*(?:©|ⓒ|\(c\))|\bISBN(?:-1[03])?\s*:?\s*\d|한국어판\s*저작권은"
                        r"|\btranslation\s+rights\s+arranged\b)"
                        r"|\s*(?:first|originally)\s+published\s+(?:in\s+[^,.]{1,60}?\s+)?(?:by\s+\S|in\s+\d{4}\.?\s*$)",
                        re.IGNORECASE)
# ... a book's notice, at any length: "No part of this publication may be reproduced, …"
_RIGHTS_NOTICE = re.compile(r"\s*no part of this (?:publication|book|work) may be (?:reproduced|used)", re.IGNORECASE)
# ... a story's time stamp ("입력 2024.03.01 10:00 | 수정 …", "Updated 2025.03.14 17:20", "Posted : 2024-03-01")
_STAMP_LABELS = r"(?:기사\s*)?입력|수정|등록|최종\s*수정|updated|posted|published|last\s+modified"
# (the date in figures, or an English month's name: "Published : Sept. 3, 2025 - 18:40",
# "Posted on March 3, 2025 by lyricbunny", "Updated 3 March 2025")
_MONTH_DATE = (r"(?:on\s+)?(?:(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
               r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+\d{4}(?:[^가-힣a-zA-Z]*(?:[ap]\.?m\.?|kst|utc|gmt))?"
               r"(?:[^가-힣a-zA-Z]*by\s+\S+(?:\s+\S+){0,2})?)")
_TIME_STAMP = re.compile(rf"\s*(?:{_STAMP_LABELS})\s*:?\s*"
                         rf"(?:\d{{4}}[.\-/년]\s*\d{{1,2}}[.\-/월]\s*\d{{1,2}}일?|{_MONTH_DATE})"
                         r"[^가-힣a-zA-Z]*(?:(?:입력|수정|등록|updated|posted)"
                         r"[^가-힣a-zA-Z]*)*", re.IGNORECASE)
_STAMP_LABEL = re.compile(_STAMP_LABELS, re.IGNORECASE)
# ... and a comment's header: a name of a word or two, a date and a time ("여행러버 2023.10.20
# 09:12", "Mike_in_Seoul 2023-10-20 21:40")
_NAME_AND_TIME = re.compile(r"\s*[^\s.!?]{1,20}(?:\s[^\s.!?]{1,20})?\s+\d{4}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?"
                            r"\s+\d{1,2}:\d{2}(?::\d{2})?\s*")
# (a month's name, not any word before a number: "PART TWO, Chapter 12" is a heading)
_DATELINE = re.compile(r"\s*[A-Z][A-Z .'-]+,(?:\s+[A-Z][\w .'-]{2,30},)?\s+"
                       r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}\s*(?:\([^()]{2,40}\))?\s*(?:--|—|–|-)?\s*"
                       # ... and a Korean wire's place and agency: "(서울=연합뉴스)", "【도쿄=뉴시스】"
                       rf"|\s*{KO_WIRE}\s*")
# ... a document's page furniture typed into its text: a page number in words ("Page 2 of
# 5", "3 페이지", "페이지 2 / 5"), a confidentiality mark ("Confidential", "대외비",
# "For internal use only", "사내 한정"), a story's continuation or end mark in brackets
# ("(계속)", "<끝>", "(continued)", "(END)") and a page's advertisement slot
# ("Advertisement": paired with "(계속)" at 0.75, or glued onto the next pair, 0.97)
_PAGE_FURNITURE = re.compile(r"\s*[-–—(\[]*\s*(?:page\s+\d+(?:\s*(?:of|/)\s*\d+)?|\d+\s*(?:페이지|쪽)(?:\s*/\s*\d+)?|"
                             r"(?<=[(<\[\-–—])\s*(?:계속|끝|continued|cont['’]?d|end)(?=\s*[)>\]\-–—])|<\s*(?:계속|끝)\s*>|"
                             r"advertisement|"
                             r"페이지\s*\d+(?:\s*/\s*\d+)?|(?:strictly\s+|highly\s+)?confidential|"
                             r"(?:proprietary\s+(?:and|&)\s+)?confidential|(?:for\s+)?internal\s+use\s+only|대외비|"
                             r"사내\s*(?:한정|용)|내부\s*(?:용|한정)|대외\s*비밀)\s*[-–—)\]]*\s*", re.IGNORECASE)
# ... an official document's issue line, as Korea's e-government prints at a certificate's
# foot ("발급번호 1187-0934-6620-5518 | 발급담당자 민원지적과 | ☎ 063-290-0000 | 1 / 1",
# "문서확인번호 …"): paired with a translator's certificate at 0.82-0.86 (a certificates audit)
_ISSUE_LINE = re.compile(r"\s*(?:발급|문서\s?확인|민원|접수|출력)\s*(?:번호|일시)\s*[:：]?\s*[\dA-Z][\dA-Z\-.:]+"
                         r"(?:\s*[|·]\s*[^|·]{1,40})*\s*")
# ... and a picture's credit alone on its line ("사진=연합뉴스", "(서울시 제공)" in brackets, "(Photo
# courtesy of Seoul City)", "Photo: Yonhap"): paired with its own translation it fills a memory
# too (not "점심 제공", an event's lunch provided)
_CREDIT = re.compile(r"\s*[(\[]?\s*(?:(?:사진|그래픽|자료|영상|이미지)\s*[=:]\s*[^()\[\]=:.!?]{1,40}|"
                     r"(?:photo|image|graphic|picture)s?\s*(?:courtesy\s+of|by|credit|:|=)\s*[^()\[\]=!?]{1,60}|"
                     r"courtesy\s+of\s+[^()\[\]=!?]{1,60})\s*[)\]]?\s*"
                     r"|\s*[(\[]\s*[^()\[\]=:.!?\s][^()\[\]=:.!?]{0,30}\s*제공\s*[)\]]\s*"
                     # ... or a pool's: "사진공동취재단", "(Joint Press Corps)"
                     r"|\s*[(\[]?\s*(?:사진\s*공동\s*취재단|(?:joint\s+)?press\s+(?:corps|pool))\s*[)\]]?\s*", re.IGNORECASE)


# ... and the credits of a translation or its subtitles, a name after the role ("자막 제작:
# 한빛자막센터", "번역: 김서연", "English subtitles by Kim Seo-yeon", "Translated by Jane Doe"):
# a subtitle file's last cue, paired with the other file's at 0.90 on their times
# (the role's value a name or names, a team's or a studio's, a user's handle: a commercial's
# script writes its on-screen text "자막: 72시간 수분 지속*", no credit: a marketing audit)
_CREDITED = (rf"(?:{_NAME}|[가-힣A-Za-z]{{1,12}}(?:센터|팀|스튜디오|프로덕션|미디어|컴퍼니)"
             r"|(?-i:[A-Z])[\w.'’-]*(?:\s(?-i:[A-Z])[\w.'’-]*){0,2}|[a-z][a-z0-9]*[_.][a-z][a-z0-9_.]*)")
_TRANSLATION_CREDIT = re.compile(
    r"\s*(?:(?:한글|영문|영어|한국어)\s*)?(?:자막|번역|자막\s*제작|자막\s*번역|번역\s*[및·/]\s*자막|번역\s*[·/]\s*감수|감수|검토|교정|편집)"
    rf"\s*[:：]\s*{_CREDITED}(?:\s*[,·]\s*{_CREDITED}){{0,3}}\s*"
    r"|\s*(?:(?:english|korean)\s+)?(?:subtitles?|captions?|captioning|subtitled|translation|translated)"
    r"(?:\s+from\s+(?:the\s+)?(?-i:[A-Z])\w+)?"
    r"(?:(?:\s+(?:by|provided\s+by)|\s*:)\s+(?-i:[A-Z][\w.'’-]*)(?:[\s,]+(?-i:[A-Z][\w.'’-]*)){0,3}"
    r"|\s+by\s+(?-i:[a-z][a-z0-9]*[_.][a-z][a-z0-9_.]*))\s*"  # (or a user's: "Translated by moonlit_tl", ...
    r"|\s*(?:english|korean)\s+(?:subtitles?|captions?|translation)\s*:\s*(?-i:[a-z][a-z0-9]*[_.][a-z][a-z0-9_.]*)\s*"  # ... "English subtitles: moonlit_tl")
    # ... and a book's: "피오나 갤러거 지음", "김서연 옮김", "글·그림 이수지"
    # (a name, no object: "가방을 옮김" is a note)
    r"|\s*[가-힣]{1,5}(?<![을를])(?:\s[가-힣]{1,5}(?<![을를])){0,2}\s+(?:지음|옮김|엮음|펴냄|그림|글·그림|편역|엮어\s?옮김)\s*",
    re.IGNORECASE)
# Credits joined on one line ("번역: 박하늘 / 검토: 이준서")
_CREDITS_APART = re.compile(r"\s+[/|·]\s+")
# ... among which a proofreader's or a reviewer's, a credit only beside another ("검수: 완료",
# "Review: Past Lives" alone are a status and a headline): "번역: 이하나 / 검수: 박준",
# "Translation: Lee Ha-na / Proofreading: Park Jun"
_ROLE_CREDIT = re.compile(r"\s*(?:검수|감수|검토|교정|편집|(?i:proofreading|proofread|review|reviewed|editing|edited))"
                          r"(?:\s*[:：]|\s+(?i:by))\s+[^\s:：/|]{1,20}(?:\s[^\s:：/|]{1,20}){0,2}\s*")
# ... or a song's or a comic's, beside another credit ("작사: 한서윤, Danny K / 작곡: Danny K, 오지훈",
# "Lyrics by Han Seo-yoon · Music by Danny K"; a verse audit: a lyrics page's credits were
# paired with its translation's, 0.51); alone they are content as often ("작곡: 루트비히 판
# 베토벤" in a concert's programme, "Arranged by Date" in a menu; an adversarial check)
_WORK_CREDIT = re.compile(r"\s*(?:(?:작사|작곡|편곡|원작|각색|작화|글\s*[·/]\s*그림)\s*[:：]\s*[^\s.!?]{1,20}(?:\s[^\s.!?]{1,20}){0,2}"
                          r"|(?i:lyrics|music|composed|arranged|story\s*(?:&|and)\s*art|illustrated|illustrations)\s+(?i:by)"
                          r"\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s*")
# ... a board's post date or writer, beside another credit or stamp
_BOARD_PART = re.compile(rf"\s*(?:(?:게시|작성|등록)(?:일시|일자|일)?\s*[:：]?\s*\d{{4}}[.\-/년]\s*\d{{1,2}}[.\-/월]\s*\d{{1,2}}일?"
                         rf"[^가-힣a-zA-Z]*|(?:작성자?|글쓴이)\s*[:：]\s*(?:{_OFFICE})?{_NAME})\s*")
# ... or a page's counter beside them ("Translated by moonlit_tl · 2,341 views", "조회 1,204")
_COUNTER = re.compile(r"\s*(?:[\d,.]+[KkMm]?\s+(?i:views|likes|comments|plays)|(?:조회|조회수|좋아요|댓글)\s*[\d,.]+[천만]?)\s*")
# ... and credits after "=" joined by commas: "글=정유진 기자, 사진=김경록 기자"
_EQUALS_CREDITS_APART = re.compile(r",\s+(?=[^,=]{1,8}=)")
_LISTED_CREDIT = re.compile(rf"\s*(?:{_CREDIT_LABEL}|번역|감수|검토)\s+(?:{_NAME}|(?i:translated|translation)\s+by\s+.+)\s*")


def is_byline(text: str) -> bool:
    """Whether ``text`` is a byline, the line naming a story's writers: never the rest of a
    translated sentence ("글 김도현 기자" after a lead, issue 9's interview)."""
    if _CREDITS_APART.search(text) and len(text) <= 160:
        parts = _CREDITS_APART.split(text)
        # (among credits a label before a name is one too, "글 정하윤 · 번역 Translated by …")
        named = [_credit(part) or _LISTED_CREDIT.fullmatch(part) is not None or _WORK_CREDIT.fullmatch(part) is not None
                 for part in parts]
        # (a board's post date and writer too, beside each other or a credit: "게시일: 2026.12.15 |
        # 작성: 인사팀 최유나", an HR audit; alone, "작성일 2024년 5월 1일" and "작성자: 신청인" are a
        # form's fields, content: an adversarial check)
        named = [n or _BOARD_PART.fullmatch(part) is not None for n, part in zip(named, parts)]
        if len(parts) > 1 and any(named) and all(n or _ROLE_CREDIT.fullmatch(p) or _COUNTER.fullmatch(p)
                                                 or _TIME_STAMP.fullmatch(p) for n, p in zip(named, parts)):
            return True
    if "=" in text and len(text) <= 160:
        parts = _EQUALS_CREDITS_APART.split(text)
        if len(parts) > 1 and all(_KO_CREDIT_BYLINE.fullmatch(part) for part in parts):
            return True
    return _credit(text) or _CAPITALS_BYLINE.fullmatch(text) is not None


def _credit(text: str) -> bool:
    return (_KO_BYLINE.fullmatch(text) is not None or _EN_BYLINE.fullmatch(text) is not None
            or _KO_CREDIT_BYLINE.fullmatch(text) is not None or _TRANSLATION_CREDIT.fullmatch(text) is not None)


# a label: a name or role of up to three words and a colon; opening a transcript's line (a
# speaker's), or alone on its line
_LABEL = r"\s*[^\s:：]{1,12}(?:\s[^\s:：]{1,12}){0,2}\s?[:：]"
SPEAKER_LABEL = re.compile(rf"{_LABEL}\s+(?=\S)")
_LABEL_ALONE = re.compile(rf"{_LABEL}\s*")
# (a screenplay's speaker in capitals may carry its extension: "MOM (V.O.)", "JI-WOO (CONT'D)")
_SECTION_LABEL = re.compile(r"\s*[A-Z][A-Z&'’-]*(?:\s+[A-Z][A-Z&'’-]*){0,2}"
                            r"(?:\s*\((?:V\.\s?O|O\.\s?S|O\.\s?C|CONT['’]D|V/O|E|F|PRE-LAP)\.?\))?\s*")


# A sentence that is only a filler of speech ("Okay.", "So...", "Right.", "음.", "자."): a
# transcript's translation leaves most out, and none is the rest of a translated sentence
_FILLERS = frozenset(["all right", *"okay ok alright so well right yeah um uh er erm hmm oh ah 음 어 자 아 에 흠".split()])
_FILLER = re.compile(r"[\s\"'“‘(]*([^\W\d_]+(?: [^\W\d_]+)?)[\s.,!?…\"'”’)]*")


def is_filler(text: str) -> bool:
    """Whether ``text`` is a filler of speech alone (``_FILLERS``): "Okay.", "So...", "음."."""
    found = _FILLER.fullmatch(text)
    return found is not None and found.group(1).lower() in _FILLERS


def is_section_label(text: str) -> bool:
    """Whether ``text`` is a page's section label or kicker in capitals, one to three words
    ("SPORTS", "LOCAL NEWS", "OPINION"), or a label alone on its line, one to three words
    and a colon (a transcript's speaker, "진행자:", "Host:"; "참고:"): never the rest of a
    translated sentence (a speaker's label alone was glued to the pair before it, 0.96)."""
    return ((_SECTION_LABEL.fullmatch(text) is not None and sum(c.isalpha() for c in text) >= 3)
            or _LABEL_ALONE.fullmatch(text) is not None)


def is_boilerplate(text: str) -> bool:
    """Whether ``text`` is a line of a page's furniture that no translation memory wants
    paired, even with its own translation: a byline (:func:`is_byline`), a copyright or
    reuse notice, a dateline, a time stamp, a page number in words or a confidentiality
    mark alone on its line, an official document's issue line, an entry of a reference list. Short lines only (a sentence that
    mentions copyright is no notice), but for a book's "No part of this publication may be
    reproduced …" and a reference."""
    if REFERENCE_ENTRY.fullmatch(text):  # a reference list's entry: both versions share it
        return True
    if len(text) > 160:
        return _RIGHTS_NOTICE.match(text) is not None
    return (is_byline(text) or _RIGHTS_NOTICE.match(text) is not None or _COPYRIGHT.match(text) is not None or _DATELINE.fullmatch(text) is not None
            or _TIME_STAMP.fullmatch(text) is not None or _PAGE_FURNITURE.fullmatch(text) is not None
            or _ISSUE_LINE.fullmatch(text) is not None or _NAME_AND_TIME.fullmatch(text) is not None or _byline_and_time_stamp(text)
            or _CREDIT.fullmatch(text) is not None or _AD.match(text) is not None)


# An advertisement's line, marked as one at its start (Korean law asks "광고" of an ad: "[광고]
# 비자 서류 대행 …", a portal's "[파워링크]"; "Sponsored · …", "Ad · …"): two unrelated ads were
# paired (0.61; a community audit). Not a word of a sentence ("광고 업계는 …").
_AD = re.compile(r"\s*(?:[\[(【]\s*파워링크\s*[\])】]"
                 r"|(?:[\[(【]\s*(?:광고|스폰서|협찬|AD|Ad|Sponsored)\s*[\])】]|(?:Sponsored|Promoted|Ad)\s*[·|]\s)"
                 # (a headline tagged "[광고]" or a definition, "Ad: …", is content: the ad's own words
                 # are asked, an address or a number, a price, an offer: an adversarial check)
                 r"(?=.*(?:https?://|www\.|\d{2,4}-\d{3,4}|[$₩€£]\s?\d|\d\s?원|%|문의|상담|바로가기|할인|무료|예약|구매|견적"
                 r"|(?i:free|sale|buy|book now|learn more|shop|order|discount|off\b))))")


def _byline_and_time_stamp(text: str) -> bool:
    """A byline, then a time stamp, on one line ("이지원 기자 입력 2024-05-09 14:32", "By Lee
    Ji-won Published: 2024-05-09 14:32"), as a news page's byline block is written."""
    for found in _STAMP_LABEL.finditer(text):
        if found.start() and is_byline(text[:found.start()].rstrip(" |·/,")) and _TIME_STAMP.fullmatch(text, found.start()):
            return True
    return False


# A translator's note: opened by its label ("(역주: …)", "[옮긴이 주] …", "※ 역자 주 …",
# "[Translator's note: …]") or signed at its end ("… 뜻이다. —옮긴이", "…(역주)", "… —Trans.";
# a dedication's "… 하윤에게 — 옮긴이", no sentence end before its dash)
_NOTE_OPEN = re.compile(rf"\s*(?:[(\[〔<《*※]*\s*(?:{NOTE_WORDS}|譯者註|trans\.\s*note)\s*[:：)\]〕>》]|[(\[]\s*TN\s*[:：])",
                        re.IGNORECASE)
_NOTE_SIGNED = re.compile(r"(?:(?:^|[.!?。)\]」』”’\"])\s*[-–—―]\s*(?:옮긴이|역자|역주|trans(?:lator|\.)?)|\s[–—―]\s*(?:옮긴이|역자)|"
                          r"[(\[](?:옮긴이|역자|역주|trans\.?)[)\]])\s*[)\]]?\s*$", re.IGNORECASE)


def signs_a_note(text: str) -> bool:
    """Whether ``text`` ends with a translator's signature ("… 뜻이다. —옮긴이", "—Trans."),
    which signs its whole paragraph."""
    return _NOTE_SIGNED.search(text) is not None


# The title of a translator's afterword or preface, a line of its own: "옮긴이의 말", "역자
# 후기", "Translator's Note", "A Note on the Translation" (its body has no original either;
# the title was paired with the other edition's "Acknowledgements" at 0.80)
_NOTE_TITLE = re.compile(r"\s*(?:(?:옮긴이|역자|번역자)(?:의)?\s*(?:말|후기|서문|해설|노트|글|머리말)"
                         r"|translator['’]?s\s+(?:notes?|afterword|preface|introduction|foreword)"
                         r"|a\s+note\s+on\s+(?:the\s+)?translation)\s*", re.IGNORECASE)


def is_translator_note(text: str) -> bool:
    """Whether ``text`` is a translator's note, by the label that opens it or the signature
    that ends it (see _NOTE_OPEN, _NOTE_SIGNED), or the title of a translator's afterword
    (_NOTE_TITLE): a note the translation adds has no original to pair with, however close
    its topic to an untranslated neighbour."""
    return _NOTE_OPEN.match(text) is not None or signs_a_note(text) or _NOTE_TITLE.fullmatch(text) is not None


def is_labelled_caption(text: str) -> bool:
    """Whether ``text`` is a line opened by a bracketed label that ends no sentence: a
    photo or graphic caption, a breaking-news headline ("[사진] 서울 도심의 야경", "[사진=AP
    연합뉴스] 회담장", "[Photo] The summit venue", "[속보] 정부, 내일 발표"); not a dateline
    opening a sentence ("(서울=연합뉴스) 정부는 …했다.") nor a numbered item ("(1) 기간은 …")."""
    found = _LABEL_OPENING.match(text)
    return (found is not None and sum(c.isalpha() for c in found.group()) >= 2
            and _SENTENCE_END.search(text.rstrip()) is None and _CHAT_MESSAGE.match(text) is None)


# A chat export's message: its sender and its time in brackets, KakaoTalk's "[민수] [오후 3:18] …",
# "[Minsu] [3:18 PM] …" (a message is often unpunctuated, and no caption: a Korean message cut
# in two by the splitter could not take its first half back)
_CHAT_MESSAGE = re.compile(r"\s*\[[^\[\]]{1,30}\]\s*\[(?:오전|오후|AM|PM)?\s*\d{1,2}:\d\d(?::\d\d)?\s*(?:AM|PM)?\]",
                           re.IGNORECASE)


def headings(texts: list[str], paragraphs: list[int] | None, continues: list[bool] | None) -> np.ndarray:
    """Where a sentence is a heading: alone in its paragraph, with no sentence end, in a text
    whose paragraphs mostly hold several sentences and that ends most of them ("배경",
    "Background"). It names what follows; it is no part of the next paragraph's first
    sentence, whose pair it was joined to where its own translation was missing. (Where
    most paragraphs hold one sentence, a line a sentence, a line is no heading by its
    layout.)"""
    n = len(texts)
    if paragraphs is None or n == 0:
        return np.zeros(n, dtype=bool)
    par = np.asarray(paragraphs)
    alone = np.ones(n, dtype=bool)
    alone[1:] &= par[1:] != par[:-1]
    alone[:-1] &= par[:-1] != par[1:]
    ended = np.array([_SENTENCE_END.search(t.rstrip()) is not None for t in texts], dtype=bool)
    if ended.mean() < 0.5 or alone.mean() > 0.5:
        return np.zeros(n, dtype=bool)
    goes_on = np.zeros(n, dtype=bool) if continues is None else np.asarray(continues, dtype=bool)
    carried = goes_on | np.append(goes_on[1:], False)  # goes on from the line before, or the next goes on from it
    return alone & ~ended & ~carried


def is_aside(text: str) -> bool:
    """Whether ``text`` is all one bracketed aside: its first character opens a bracket that
    its last character closes ("(웃음)", "[Applause]", "(역주: 장뇌는 …)"), not a bracket that
    closes before the end ("(1) 기간은 …", "(서울=연합뉴스) 정부는 …")."""
    text = text.strip()
    close = _BRACKETS.get(text[:1])
    if close is None or not text.endswith(close) or len(text) < 3:
        return False
    depth = 0
    for k, c in enumerate(text):
        depth += (c == text[0]) - (c == close)
        if depth == 0:
            return k == len(text) - 1
    return False


def partner_blocks(ko_runs: np.ndarray, en_runs: np.ndarray, ko_emb: np.ndarray, en_emb: np.ndarray,
                   p: Params = Params(), sample: int = 64) -> tuple[np.ndarray, np.ndarray]:
    """Block numbers for the sentences of a bilingual document, from each sentence's
    language run (runs numbered in document order over both languages): a sentence and
    the sentences of the other language that translate it get the same number; a sentence
    that translates neither neighbouring run gets NaN, which equals no number. Numbers
    rise on each side (see across_blocks).

    Whether a run translates the run before it or the one after it is decided once for
    the document (either language may come first), by a vote: each Korean sentence (up to
    ``sample`` a run) adds its best similarity to the English run before minus that to the
    run after. That is every run's prior. But a block printed in the other order, or with
    one side left out, merges with its neighbours' runs (Korean first, ``K1 E1 | E2 K2 |
    K3 E3`` makes the runs K1, E1 E2, K2 K3, E3), so each run is cut into at most three
    stretches, in this order: sentences that translate the run before it, sentences that
    translate neither, sentences that translate the run after it. Run r's first stretch
    and run r - 1's last share the number r. A sentence's evidence for a neighbouring run
    is its best similarity there less ``p.block_floor`` (0 for neither, and for a run that
    is not there); a run is cut otherwise than its prior only where that gains more than
    ``p.block_margin``. The cost stays linear: each run's sampled sentences against the
    two runs next to it.

    Floor and margin were chosen on TRAIN layouts of ``benchmarks/bilingual.py`` (figures:
    benchmarks/README.md, "Partner blocks per stretch of a run"); a margin of 0.5 leaves an
    untranslated page footer unpaired (the CP949 copy of tests/data/web_page_ko_first.txt in
    tests/test_cli.py), 0.4 does not.
    """
    ko_runs, en_runs = np.asarray(ko_runs), np.asarray(en_runs)
    ko_spans, en_spans = _spans(ko_runs), _spans(en_runs)

    def evidence(emb: np.ndarray, spans: dict[int, tuple[int, int]], other_emb: np.ndarray,
                 other: dict[int, tuple[int, int]]) -> dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]]:
        """Per run: its sampled rows, and their evidence for the run before and the run after."""
        out = {}
        for run, (start, stop) in spans.items():
            rows = start + np.unique(np.linspace(0, stop - start - 1, min(stop - start, sample)).astype(np.int64))
            before, after = [
                (p.scale * (emb[rows] @ other_emb[slice(*other[r])].T) + p.shift).max(axis=1) - p.block_floor
                if r in other else np.zeros(len(rows)) for r in (run - 1, run + 1)]
            out[run] = (rows, before, after)
        return out

    ko_found = evidence(ko_emb, ko_spans, en_emb, en_spans)
    en_found = evidence(en_emb, en_spans, ko_emb, ko_spans)
    vote = sum(float((before - after).sum()) for _, before, after in ko_found.values())
    ko_prior = -1 if vote >= 0 else 1  # -1: a Korean run translates the run before it
    out = []
    for runs, spans, found, other, prior in ((ko_runs, ko_spans, ko_found, en_spans, ko_prior),
                                             (en_runs, en_spans, en_found, ko_spans, -ko_prior)):
        blocks = np.full(len(runs), np.nan)
        for run, (rows, before, after) in found.items():
            start, stop = spans[run]
            s, t = np.append(rows, stop)[list(_stretches(before, after, prior, p.block_margin))]
            if run - 1 in other:
                blocks[start:s] = run
            if run + 1 in other:
                blocks[t:stop] = run + 1
        out.append(blocks)
    return out[0], out[1]


def _spans(runs: np.ndarray) -> dict[int, tuple[int, int]]:
    """Each run's [start, stop) on its side (a side's runs rise)."""
    values, starts, counts = np.unique(runs, return_index=True, return_counts=True)
    return {int(r): (int(a), int(a + n)) for r, a, n in zip(values, starts, counts)}


def _stretches(before: np.ndarray, after: np.ndarray, prior: int, margin: float) -> tuple[int, int]:
    """(s, t), s <= t: of a run's sentences with this evidence for the run before and the
    run after, [0, s) translate the run before, [s, t) neither and [t, n) the run after;
    all of them translate the ``prior`` run (-1 before, 1 after) unless the best cut gains
    more than ``margin``."""
    n = len(before)
    first = np.concatenate([[0.0], np.cumsum(before)])  # first[s]: rows [0, s) before
    last = np.concatenate([[0.0], np.cumsum(after[::-1])])[::-1]  # last[t]: rows [t, n) after
    top = np.maximum.accumulate(first)
    t = int(np.argmax(top + last))
    if top[t] + last[t] - (first[n] if prior < 0 else last[0]) <= margin:
        return (n, n) if prior < 0 else (0, 0)
    return int(np.argmax(first[:t + 1])), t


@dataclass(frozen=True)
class Bead:
    """Korean sentences [ko_start, ko_end) aligned to English [en_start, en_end)."""

    ko_start: int
    ko_end: int
    en_start: int
    en_end: int
    score: float  # the DP score of the bead (0 for gaps)
    confidence: float  # in [0, 1]
    # a 2-2 bead whose two sentences are in the other order on one side: its first Korean
    # sentence translates its second English one and the other way round
    crossed: bool = False


def across_blocks(ko_blocks: np.ndarray, en_blocks: np.ndarray, ko_first, ko_last, en_first, en_last):
    """Whether beads whose Korean sentences run from ``ko_first`` to ``ko_last`` and English
    from ``en_first`` to ``en_last`` (indices or index arrays) join two block pairs of a
    bilingual document (see Side.blocks). Blocks are monotone on each side, so the first
    and the last sentences tell; NaN (a sentence without partner) equals no block."""
    return (ko_blocks[ko_first] != en_blocks[en_first]) | (ko_blocks[ko_last] != en_blocks[en_last])


def apart(ko: Side, en: Side, b: Bead) -> bool:
    """Does the pair ``b`` join two block pairs (see across_blocks)?"""
    if ko.blocks is None or en.blocks is None or b.ko_start == b.ko_end or b.en_start == b.en_end:
        return False
    return bool(across_blocks(ko.blocks, en.blocks, b.ko_start, b.ko_end - 1, b.en_start, b.en_end - 1))


def wall_inside(side: Side, size: int) -> np.ndarray:
    """Per start position, whether ``size`` consecutive sentences from there span a wall
    (see ``Side.walls``): one stands before any but the first."""
    n = max(len(side) - size + 1, 0)
    if side.walls is None or size < 2:
        return np.zeros(n, dtype=bool)
    before = np.concatenate(([0], np.cumsum(side.walls)))  # walls before each position
    return before[size:size + n] - before[1:1 + n] > 0


def spans_a_wall(ko: Side, en: Side, b: Bead) -> bool:
    """Whether bead ``b`` spans a wall on either side, or pairs two records (see
    ``Side.records``)."""
    if (ko.records is not None and en.records is not None and b.ko_start < b.ko_end and b.en_start < b.en_end
            and ko.records[b.ko_start] != en.records[b.en_start]):
        return True
    return any(side.walls is not None and bool(side.walls[start + 1:end].any())
               for side, start, end in ((ko, b.ko_start, b.ko_end), (en, b.en_start, b.en_end)))


def years_conflict(ko: Side, en: Side, b: Bead) -> bool:
    """Whether both sides of a bead name years and share none."""
    if ko.years is None or en.years is None:
        return False
    ko_years = np.bitwise_or.reduce(ko.years[b.ko_start:b.ko_end], axis=0)
    en_years = np.bitwise_or.reduce(en.years[b.en_start:b.en_end], axis=0)
    return bool(ko_years.any() and en_years.any() and not (ko_years & en_years).any())


def numbers_conflict(ko: Side, en: Side, b: Bead) -> bool:
    """Whether both sides of a bead hold numbers and share none (compared by value, as the
    search's conflict_weight reads them): their content disagrees."""
    ko_num = np.bitwise_or.reduce(ko.numbers[b.ko_start:b.ko_end], axis=0)
    en_num = np.bitwise_or.reduce(en.numbers[b.en_start:b.en_end], axis=0)
    return bool(ko_num.any() and en_num.any() and not (ko_num & en_num).any())


def bead_time_overlap(ko: Side, en: Side, b: Bead) -> float:
    """How much a bead's two sides' times overlap (see time_overlap; 0 without times)."""
    if ko.times is None or en.times is None or b.ko_end <= b.ko_start or b.en_end <= b.en_start:
        return 0.0
    return float(time_overlap(window_times(ko.times[b.ko_start:b.ko_end], b.ko_end - b.ko_start)[0],
                              window_times(en.times[b.en_start:b.en_end], b.en_end - b.en_start)[0]))


def cut_cost(side: Side, p: Params, size: int) -> np.ndarray:
    """What a bead's ``size`` sentences of ``side`` lose, one row per start position, if
    the first goes on with the sentence before it (see Side.continues): every unit (a
    bead, a gap, in the DP a run of gaps) pays for the sentence it cuts at its start."""
    n = max(len(side) - size + 1, 0)
    if side.continues is None or not p.continuation_penalty:
        return np.zeros(n, dtype=np.float32)
    return (p.continuation_penalty * side.continues[:n]).astype(np.float32)


def exact_windows(side: Side, size: int) -> np.ndarray | None:
    """The side's exact joined-text embeddings of ``size`` consecutive sentences, one row
    per start position (NaN rows: not computed), or None if it has none of that size."""
    exact = (side.windows or {}).get(size)
    return exact if exact is not None and len(exact) == len(side) - size + 1 else None


def _window_sum(x: np.ndarray, size: int) -> np.ndarray:
    """Sums of ``size`` consecutive rows, one per start position."""
    if size == 1:
        return x
    c = np.cumsum(np.concatenate([np.zeros((1,) + x.shape[1:], x.dtype), x]), axis=0)
    return c[size:] - c[:-size]


def _window_or(x: np.ndarray, size: int) -> np.ndarray:
    """Bitwise OR of ``size`` consecutive rows, one per start position."""
    out = x[: len(x) - size + 1].copy()
    for k in range(1, size):
        out |= x[k: len(x) - size + 1 + k]
    return out


def _popcount(x: np.ndarray) -> np.ndarray:
    return np.bitwise_count(x).sum(axis=-1).astype(np.float32)


def _common_bits(a: np.ndarray, rows: np.ndarray, b: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """``_popcount(a[rows] & b[cols])`` one 64-bit word at a time: no (cells × words)
    temporary and no reduction over its short last axis (ten times as fast on a band)."""
    out = np.zeros(np.broadcast_shapes(rows.shape, cols.shape), dtype=np.uint8)
    for k in range(a.shape[1]):
        out += np.bitwise_count(a[:, k][rows] & b[:, k][cols])
    return out.astype(np.float32)


def _length_z(ko_len: np.ndarray, en_len: np.ndarray, p: Params) -> np.ndarray:
    """How many standard deviations the English/Korean length ratio is from the usual one."""
    return (np.log((en_len + 5.0) / (ko_len + 5.0)) - p.length_mu) / p.length_sigma


def _length_term(ko_len: np.ndarray, en_len: np.ndarray, p: Params) -> np.ndarray:
    z = _length_z(ko_len, en_len, p)
    return -0.5 * np.minimum(z * z, 16.0)


def english_shortfall(ko_len: np.ndarray, en_len: np.ndarray, p: Params) -> np.ndarray:
    """The length prior's penalty (before its weight) only where the English is shorter
    than the usual ratio to its Korean: a Korean text that says more than its English.
    Not the other way: Korean writes names and titles far shorter (외교부, "Ministry of
    Foreign Affairs"). 0.4% of jhe's translations and 2.5% of park's are shorter in English
    than in Korean characters."""
    z = np.minimum(_length_z(ko_len, en_len, p), 0.0)
    return 0.5 * np.minimum(z * z, 16.0)


def window_times(times: np.ndarray, size: int) -> np.ndarray:
    """(start, end) of ``size`` consecutive sentences, one row per start position: the
    earliest start and the latest end (NaN if any of them has no time)."""
    n = len(times) - size + 1
    starts = np.stack([times[k:k + n, 0] for k in range(size)])
    ends = np.stack([times[k:k + n, 1] for k in range(size)])
    return np.stack([starts.min(axis=0), ends.max(axis=0)], axis=-1)


def time_overlap(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """How much two time intervals (``[..., 0]`` start, ``[..., 1]`` end, broadcast) overlap:
    the length of their intersection over that of their union, in [0, 1]; 0 where either
    is unknown (NaN). Subtitles shown at the same time are likely translations."""
    with np.errstate(invalid="ignore"):
        inter = np.minimum(a[..., 1], b[..., 1]) - np.maximum(a[..., 0], b[..., 0])
        union = np.maximum(a[..., 1], b[..., 1]) - np.minimum(a[..., 0], b[..., 0])
        ratio = np.clip(inter, 0.0, None) / np.maximum(union, 1e-3)
    return np.nan_to_num(np.clip(ratio, 0.0, 1.0), nan=0.0).astype(np.float32)


def _unit(v: np.ndarray) -> np.ndarray:
    return v / max(float(np.linalg.norm(v)), 1e-12)


# P(a pair is exactly right | its DP score, the cosine of its joined texts): logistic fit
# on the TRAIN split of every benchmark corpus and variant, from both inputs (two files,
# suspect lines left out; the bilingual layout, plain and hostile) (python
# benchmarks/tune.py --calibrate); HELD-OUT reliability: benchmarks/calibration.py and
# benchmarks/bilingual.py.
_CONFIDENCE_WEIGHTS = (3.07, 2.98, -1.56)  # score, cosine, bias


def confidence(score: float, cos: float) -> float:
    """Map a bead's score and (encoder-scaled) cosine into a probability-like confidence."""
    w_score, w_cos, bias = _CONFIDENCE_WEIGHTS
    return float(1.0 / (1.0 + np.exp(-(w_score * score + w_cos * cos + bias))))


# ---------------------------------------------------------------- for other stages
# The mining stage (aligner.mining) scores sentence pairs with the same cues.


def cue_sets(text: str, names_only: bool = False) -> tuple[set[str], set[str]]:
    """The numbers and the Latin-script words of ``text`` that the bead cues compare
    (``names_only``: only capitalized words, acronyms and words with digits)."""
    return _numbers(text), _latin_words(text, names_only)


def length_prior(ko_chars: np.ndarray, en_chars: np.ndarray, params: Params | None = None) -> np.ndarray:
    """Log-prior (<= 0) of an English length given a Korean one, as the beads use it."""
    return _length_term(np.asarray(ko_chars, np.float32), np.asarray(en_chars, np.float32), params or Params())
