"""Benchmark corpora: disjoint TRAIN / HELD-OUT splits of every development set, and
harder variants of them, each a deterministic function of the corpus lines and a seed.

Corpora (``../shared/data/ko-en``, CC BY-SA 3.0): ``park`` (news, article order),
``nk`` (the same news, Korean side in North Korean spelling and spacing; the same
English file) and ``jhe`` (independent short sentence pairs).

Splits, by corpus line ranges (never by sentence, so nothing leaks):

- park and nk share one split (nk is park respelled: an nk held-out line is an article
  neither corpus trains on). Ten blocks cut at article starts near every 100 lines,
  ``PARK_BLOCKS``; the even blocks are TRAIN, the odd blocks HELD-OUT (507 / 493 lines;
  the 26 suspect lines of ``suspect_lines.tsv`` fall 11 / 15).
- jhe: six blocks of 120 lines, even TRAIN, odd HELD-OUT (360 / 360).

Variants (one document per block, except ``long``); every one carries the ``base``
perturbations unless said otherwise, and the gold follows every change:

- ``base``: kep.py's construction. 5% of the lines lose one side (the other side's
  sentences become 1-0 / 0-1 gold gaps) and 3% noise sentences, drawn from the other
  blocks of the same split, are inserted on one side at bead boundaries.
- ``merged``: as in subtitles and talk transcripts. About a third of the lines are in
  runs of 2–4 consecutive lines whose sentences one side (either) joins into one line,
  so 1-2 … 1-6 and 2-1 … 6-1 beads occur; and, in the lines left, Korean sentences are
  cut finely at clause boundaries (a connective ending -고/-며/-지만/-는데/-면서/-거나/
  -어서 before a comma, or -며/-지만/-는데/-면서 before a space, found by kiwipiepy), so a
  line becomes 2-1 or 3-1 (Korean clauses to one English sentence).
- ``reordered``: about one line in ten is in an adjacent pair of 1-1 lines whose Korean
  order is swapped against the English. The gold is one 2-2 bead: two crossed 1-1 pairs,
  all a monotone aligner can otherwise say, are both wrong.
- ``asides``: the ``base`` document (the same deletions and noise) with untranslated
  asides inserted at bead boundaries, about 7 per 100 lines, made from the neighbouring
  sentences so they are topically close: translator's notes and glosses
  (``(역주: …)``), Korean sentences explaining a term, photo captions (``[사진] …``),
  Korean bylines, English editor's notes and credits; a quarter of them are a Korean
  caption and an English note side by side (the positional trap: both are gold gaps).
- ``long``: all the blocks of a split as one document (about 500 lines; jhe 360), with
  the ``base`` perturbations; noise comes from lines of the split more than 100 lines away.

    python benchmarks/corpora.py                    # write every set to out/corpora/
    python benchmarks/corpora.py --corpora jhe --variants merged --splits held-out
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from aligner.segmenting import split_english, split_korean

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ko-en"
OUT = Path(__file__).resolve().parent / "out" / "corpora"
LICENSE = """Derived from the development sets of the korean-parallel-corpora collection
(korean-english-park.dev, jhe-koen-dev: Jungyeul Park et al., "Korean Language Resources for
Everyone", PACLIC 30, 2016; northkorean-english.dev: Kim, Hirasawa and Komachi, ACL SRW 2020).
License: Creative Commons Attribution-ShareAlike 3.0 Unported (CC BY-SA 3.0); these derived
benchmark files are shipped under the same license.
"""

# The development sets of ../shared/data/ko-en: name -> (Korean file, English file).
CORPORA = {
    "park": ("korean-english-park.dev.ko", "korean-english-park.dev.en"),
    "nk": ("northkorean-english.dev.nk", "northkorean-english.dev.en"),
    "jhe": ("jhe-koen-dev.ko", "jhe-koen-dev.en"),
}

# Block boundaries (0-based corpus lines). park/nk: each cut is the first line of an
# article ("(CNN) …" or, after line 780, a new news item) near a multiple of 100.
PARK_BLOCKS = (0, 94, 193, 302, 394, 494, 603, 703, 798, 902, 1000)
BLOCKS = {"park": PARK_BLOCKS, "nk": PARK_BLOCKS, "jhe": (0, 120, 240, 360, 480, 600, 720)}
SPLITS = ("train", "held-out")
VARIANTS = ("base", "merged", "reordered", "asides", "long")
DEFAULT_SEED = 13


@dataclass
class Document:
    name: str
    ko: list[str]
    en: list[str]
    gold: list[tuple[list[int], list[int]]]
    source: list[int]  # per gold bead: its (first) line in the corpus (0-based), or -1 for noise/asides
    lines: list[tuple[int, ...]] = field(default_factory=list)  # per gold bead: all its corpus lines
    kinds: list[str] = field(default_factory=list)  # per gold bead: what made it (see Unit.kind)
    corpus: str = ""  # the corpus (a key of CORPORA) whose line numbers source and lines are


@dataclass
class Unit:
    """A gold bead before sentence numbering: its sentences on each side, the corpus
    lines it comes from, and what made it: ``line``, ``deleted`` (a surviving side of a
    line whose other side was deleted), ``noise``, ``merged``, ``clauses``,
    ``reordered``, or ``aside:TYPE``."""

    ko: list[str]
    en: list[str]
    lines: tuple[int, ...]
    kind: str = "line"


def sentences(line: str, lang: str) -> list[str]:
    spans = split_korean(line) if lang == "ko" else split_english(line)
    return [line[a:b] for a, b in spans]


@functools.lru_cache(maxsize=8)
def corpus_lines(corpus: str, data: Path = DATA) -> list[tuple[list[str], list[str]]]:
    """Every line of a corpus split into sentences: (Korean sentences, English sentences)."""
    ko_name, en_name = CORPORA[corpus]
    ko_lines = (data / ko_name).read_text(encoding="utf-8").splitlines()
    en_lines = (data / en_name).read_text(encoding="utf-8").splitlines()
    if len(ko_lines) != len(en_lines):
        raise ValueError(f"{corpus}: {len(ko_lines)} Korean lines but {len(en_lines)} English lines")
    return [(sentences(k, "ko"), sentences(e, "en")) for k, e in zip(ko_lines, en_lines)]


def split_blocks(corpus: str, split: str) -> list[range]:
    """The line ranges of a split: even blocks are TRAIN, odd blocks HELD-OUT."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; one of {SPLITS}")
    cuts = BLOCKS[corpus]
    first = 0 if split == "train" else 1
    return [range(cuts[b], cuts[b + 1]) for b in range(first, len(cuts) - 1, 2)]


# ---------------------------------------------------------------- the base perturbation (kep.py's)


def perturb(units: list[Unit], rng: random.Random, pool: list[tuple[list[str], list[str]]] | Callable,
            delete_rate: float = 0.05, insert_rate: float = 0.03) -> list[Unit]:
    """Delete one side of ``delete_rate`` of the two-sided units, then insert
    ``insert_rate`` × len(units) noise sentences at unit boundaries.

    ``pool``: lines (Korean sentences, English sentences) to draw noise from, drawn
    before the position (the order kep.py's benchmark was built in); or a function
    ``(rng, position) -> (side, text)`` drawing noise for a position chosen first."""
    eligible = [i for i, u in enumerate(units) if u.ko and u.en]
    n_delete = round(delete_rate * len(eligible))
    deleted = {i: rng.choice(("ko", "en")) for i in rng.sample(eligible, n_delete)}
    out: list[Unit] = []
    for i, u in enumerate(units):
        if deleted.get(i) == "ko":
            out += [Unit([], [s], u.lines, "deleted") for s in u.en]
        elif deleted.get(i) == "en":
            out += [Unit([s], [], u.lines, "deleted") for s in u.ko]
        else:
            out.append(u)
    for _ in range(round(insert_rate * len(units))):
        if callable(pool):
            at = rng.randrange(len(out) + 1)
            side, text = pool(rng, at)
        else:
            side = rng.choice((0, 1))
            text = rng.choice(rng.choice(pool)[side])
            at = rng.randrange(len(out) + 1)
        out.insert(at, Unit([text], [], (), "noise") if side == 0 else Unit([], [text], (), "noise"))
    return out


def assemble(name: str, units: list[Unit], corpus: str = "") -> Document:
    """Number the sentences of the units in order: the gold beads over sentence ids."""
    ko: list[str] = []
    en: list[str] = []
    gold = []
    for u in units:
        gold.append((list(range(len(ko), len(ko) + len(u.ko))), list(range(len(en), len(en) + len(u.en)))))
        ko += u.ko
        en += u.en
    return Document(name, ko, en, gold, [u.lines[0] if u.lines else -1 for u in units],
                    [u.lines for u in units], [u.kind for u in units], corpus)


# ---------------------------------------------------------------- variants


# Connective endings that end a clause: before a comma, or (the unambiguous ones) before a space.
_CUT_BEFORE_COMMA = frozenset(["고", "며", "으며", "지만", "는데", "은데", "ᆫ데", "면서", "으면서", "거나", "어서", "아서", "어", "아", "여", "으나", "나"])
_CUT_BEFORE_SPACE = frozenset(["며", "으며", "지만", "는데", "은데", "ᆫ데", "면서", "으면서"])
_MIN_CLAUSE = 10  # characters


@functools.cache
def _analyzer():
    """kiwipiepy as the sets were built with (its default dictionaries): the benchmark's
    documents must not change when the aligner's segmenter changes its analyzer (it starts
    without the multi-word dictionary, which changed one of park's asides)."""
    from kiwipiepy import Kiwi

    return Kiwi()


def clause_cuts(sentence: str) -> list[int]:
    """Offsets where a Korean sentence can be cut into clauses (after a connective
    ending and its comma), each part at least ``_MIN_CLAUSE`` characters."""
    cuts, last = [], 0
    tokens = _analyzer().tokenize(sentence)
    for t, nxt in itertools.pairwise(tokens):
        if t.tag != "EC":
            continue
        end = t.start + t.len
        if nxt.form == "," and nxt.start == end and t.form in _CUT_BEFORE_COMMA:
            cut = end + 1
        elif t.form in _CUT_BEFORE_SPACE and sentence[end:end + 1] == " " and nxt.tag != "VX":
            cut = end
        else:
            continue
        if cut - last >= _MIN_CLAUSE and len(sentence) - cut >= _MIN_CLAUSE:
            cuts.append(cut)
            last = cut
    return cuts


def _cut(sentence: str, cuts: list[int]) -> list[str]:
    bounds = [0] + cuts + [len(sentence)]
    return [sentence[a:b].strip() for a, b in itertools.pairwise(bounds)]


def merged(units: list[Unit], rng: random.Random, run_start: float = 0.15, clause_rate: float = 0.6) -> list[Unit]:
    """Runs of 2–4 lines joined into one line on one side; Korean cut at clauses elsewhere."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        size = rng.randint(2, 4)
        run = units[i:i + size]
        if rng.random() < run_start and len(run) >= 2:
            ko = [s for u in run for s in u.ko]
            en = [s for u in run for s in u.en]
            if rng.random() < 0.5:
                en = [" ".join(en)]
            else:
                ko = [" ".join(ko)]
            out.append(Unit(ko, en, tuple(line for u in run for line in u.lines), "merged"))
            i += len(run)
            continue
        u = units[i]
        ko = [part for s in u.ko for part in (_cut(s, clause_cuts(s)) if rng.random() < clause_rate else [s])]
        out.append(Unit(ko, u.en, u.lines, "clauses" if len(ko) > len(u.ko) else u.kind))
        i += 1
    return out


def reordered(units: list[Unit], rng: random.Random, rate: float = 0.07) -> list[Unit]:
    """Adjacent 1-1 lines whose Korean order is swapped: one 2-2 gold bead each."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        a = units[i]
        b = units[i + 1] if i + 1 < len(units) else None
        if (b is not None and len(a.ko) == len(a.en) == len(b.ko) == len(b.en) == 1
                and rng.random() < rate):
            out.append(Unit(b.ko + a.ko, a.en + b.en, a.lines + b.lines, "reordered"))
            i += 2
        else:
            out.append(a)
            i += 1
    return out


_KO_NAMES = ["김민수", "이지은", "박서준", "최유진", "정하늘", "강도현", "윤서연", "임재훈", "한지민", "오세훈"]
_EN_NAMES = ("Sarah Miller", "James Park", "Elena Rossi", "David Kim", "Maria Lopez", "John Carter",
             "Anna Schmidt", "Michael Chen", "Laura Evans", "Peter Novak")
_EN_STOP = frozenset(["The", "A", "An", "In", "On", "At", "But", "And", "For", "It", "He", "She", "They", "We", "This", "That", "When", "After", "Before", "As", "If", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "CNN"])


def _batchim(word: str) -> bool | None:
    """Whether a word ends in a final consonant (None when it does not end in Hangul)."""
    if word and "가" <= word[-1] <= "힣":
        return (ord(word[-1]) - 0xAC00) % 28 != 0
    return None


def _particle(word: str, with_final: str, without: str) -> str:
    """The particle that fits after the word (은/는, 을/를, 과/와, 으로/로 …); both
    forms, as Korean text does, when the word ends in Latin script or a digit."""
    final = _batchim(word)
    if final is None:
        return f"{with_final}({without})"
    if with_final == "으로" and (ord(word[-1]) - 0xAC00) % 28 == 8:  # a final ㄹ takes 로
        return without
    return with_final if final else without


def _josa(word: str, with_final: str, without: str) -> str:
    return word + _particle(word, with_final, without)


def _ko_terms(sentence: str) -> list[str]:
    """Noun phrases of a Korean sentence (runs of nouns, kiwipiepy), two characters or more."""
    terms, run, end = [], [], -1
    for t in _analyzer().tokenize(sentence):
        if t.tag in ("NNG", "NNP", "SL"):
            if run and t.start > end + 1:
                terms.append(" ".join(run))
                run = []
            if run and t.start == end:
                run[-1] += t.form
            else:
                run.append(t.form)
            end = t.start + t.len
        elif run:
            terms.append(" ".join(run))
            run = []
    if run:
        terms.append(" ".join(run))
    return [t for t in terms if len(t.replace(" ", "")) >= 2]


def _en_names(sentence: str) -> list[str]:
    """Capitalized names inside an English sentence (not its first word)."""
    names = []
    for m in re.finditer(r"[A-Z][a-zA-Z-]+(?:'s)?(?: (?:of |de )?[A-Z][a-zA-Z-]+)*", sentence):
        name = m.group().removesuffix("'s")
        if m.start() > 0 and name not in _EN_STOP and len(name) > 2:
            names.append(name)
    return names


def _en_fragment(sentence: str, rng: random.Random) -> str:
    """Five to nine consecutive words of a sentence, to be quoted inside a note."""
    words = sentence.rstrip(".!?\"'”’ ").split()
    size = min(len(words), rng.randint(5, 9))
    start = rng.randrange(len(words) - size + 1)
    frag = words[start:start + size]
    if start == 0 and frag and frag[0] in _EN_STOP:
        frag[0] = frag[0].lower()
    return " ".join(frag).strip(",;:\"'“”‘’")


ASIDE_TYPES = ("gloss", "explain", "caption", "byline", "note", "credit", "caption+note")


def _ko_aside(kind: str, ko_context: list[str], en_context: list[str], rng: random.Random) -> str:
    terms = [t for s in ko_context for t in _ko_terms(s)] or ["이 문제", "관계자"]
    names = [n for s in en_context for n in _en_names(s)]
    terms = list(dict.fromkeys(terms))
    a, b, c = rng.sample(terms, 3) if len(terms) >= 3 else (rng.choice(terms) for _ in range(3))
    if kind == "gloss":
        options = [f"(역주: {_josa(a, '은', '는')} {_josa(b, '을', '를')} 가리킨다.)",
                   f"(역주: {_josa(a, '은', '는')} {_josa(b, '과', '와')} 관련된 {_josa(c, '이다', '다')}.)"]
        if names:
            name = rng.choice(names)
            options.append(f"(역주: 원문의 '{name}'{_particle(name, '을', '를')} {_josa(a, '으로', '로')} 옮겼다.)")
        return rng.choice(options)
    if kind == "explain":
        return rng.choice([f"여기서 말하는 {_josa(a, '은', '는')} {_josa(b, '과', '와')} 같은 뜻으로 쓰였다.",
                           f"{_josa(a, '이란', '란')} {_josa(b, '을', '를')} 이르는 말이다.",
                           f"{_josa(a, '은', '는')} 흔히 {_josa(b, '으로', '로')} 불리기도 한다."])
    if kind == "caption":
        return rng.choice([f"[사진] {a} {b}", f"[사진=AP 연합뉴스] {a}의 {b}", f"[그래픽] {a} {b} 현황"])
    return rng.choice([f"{rng.choice(_KO_NAMES)} 기자", f"{rng.choice(_KO_NAMES)} 특파원",
                       f"(서울=연합뉴스) {rng.choice(_KO_NAMES)} 기자"])


def _en_aside(kind: str, en_context: list[str], rng: random.Random) -> str:
    names = [n for s in en_context for n in _en_names(s)] or ["the agency"]
    sentence = rng.choice(en_context) if en_context else "the story"
    if kind == "note":
        return rng.choice([f"(Editor's note: An earlier version of this story misstated {_en_fragment(sentence, rng)}.)",
                           f"Editor's note: This story refers to {rng.choice(names)}.",
                           f"(Photo: {_en_fragment(sentence, rng)}.)"])
    return rng.choice([f"CNN's {rng.choice(_EN_NAMES)} contributed to this report.",
                       f"Reporting by {rng.choice(_EN_NAMES)}; editing by {rng.choice(_EN_NAMES)}."])


def asides(units: list[Unit], rng: random.Random, rate: float = 0.07, n_lines: int | None = None) -> list[Unit]:
    """Untranslated asides made from the neighbouring sentences, inserted at unit boundaries."""
    out = list(units)
    for _ in range(round(rate * (n_lines or len(units)))):
        at = rng.randrange(1, len(out))
        kind = rng.choice(ASIDE_TYPES)
        near = out[max(0, at - 2):at + 2]
        ko_context = [s for u in near for s in u.ko]
        en_context = [s for u in near for s in u.en]
        if kind == "caption+note":
            new = [Unit([_ko_aside("caption", ko_context, en_context, rng)], [], (), "aside:caption"),
                   Unit([], [_en_aside("note", en_context, rng)], (), "aside:note")]
        elif kind in ("note", "credit"):
            new = [Unit([], [_en_aside(kind, en_context, rng)], (), f"aside:{kind}")]
        else:
            new = [Unit([_ko_aside(kind, ko_context, en_context, rng)], [], (), f"aside:{kind}")]
        out[at:at] = new
    return out


# ---------------------------------------------------------------- sets


def _line_units(corpus: str, lines: range, data: Path) -> list[Unit]:
    split = corpus_lines(corpus, data)
    return [Unit(list(split[i][0]), list(split[i][1]), (i,)) for i in lines]


def build_set(corpus: str, variant: str, split: str, seed: int = DEFAULT_SEED, data: Path = DATA) -> list[Document]:
    """The documents of one corpus × variant × split. The random draws depend on the
    variant, the split, the block and the seed, not on the corpus: park and nk (the same
    lines respelled) get the same deletions, insertions and variant changes."""
    if corpus not in CORPORA:
        raise ValueError(f"unknown corpus {corpus!r}; one of {sorted(CORPORA)}")
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}; one of {VARIANTS}")
    blocks = split_blocks(corpus, split)
    split_lines = corpus_lines(corpus, data)
    if variant == "long":
        lines = [i for block in blocks for i in block]
        rng = random.Random(f"long/{split}/{seed}")

        def far_noise(rng: random.Random, at: int) -> tuple[int, str]:
            side = rng.choice((0, 1))
            near = lines[min(at, len(lines) - 1)]
            far = [i for i in lines if abs(i - near) > 100 and split_lines[i][side]]
            return side, rng.choice(split_lines[rng.choice(far)][side])

        units = perturb(_line_units(corpus, lines, data), rng, far_noise)
        return [assemble(f"{corpus}-long-{split}", units, corpus)]
    docs = []
    for block in blocks:
        number = BLOCKS[corpus].index(block.start)
        base_key = f"{split}/{number}/{seed}"
        pool = [split_lines[i] for other in blocks if other != block for i in other]
        units = _line_units(corpus, block, data)
        if variant == "merged":
            units = merged(units, random.Random(f"merged/{base_key}"))
        elif variant == "reordered":
            units = reordered(units, random.Random(f"reordered/{base_key}"))
        units = perturb(units, random.Random(f"{'base' if variant == 'asides' else variant}/{base_key}"), pool)
        if variant == "asides":
            units = asides(units, random.Random(f"asides/{base_key}"), n_lines=len(block))
        docs.append(assemble(f"{corpus}-{variant}-{split}-b{number}", units, corpus))
    return docs


def write(docs: list[Document], out: Path) -> None:
    """DIR/NAME.ko, NAME.en (one sentence per line), NAME.gold.jsonl (one gold bead a
    line: ``[[ko ids], [en ids], corpus line or -1]``, then its lines and kind when
    known) and DIR/LICENSE."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "LICENSE").write_text(LICENSE, encoding="utf-8")
    for doc in docs:
        (out / f"{doc.name}.ko").write_text("\n".join(doc.ko) + "\n", encoding="utf-8")
        (out / f"{doc.name}.en").write_text("\n".join(doc.en) + "\n", encoding="utf-8")
        with open(out / f"{doc.name}.gold.jsonl", "w", encoding="utf-8") as fh:
            for b, ((k, e), line) in enumerate(zip(doc.gold, doc.source)):
                row = [k, e, line] + ([list(doc.lines[b]), doc.kinds[b]] if doc.kinds else [])
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def read(out: Path, corpus: str = "") -> list[Document]:
    """The documents :func:`write` wrote to ``out``, from ``corpus`` (the files do not say)."""
    docs = []
    for gold_path in sorted(out.glob("*.gold.jsonl")):
        name = gold_path.name.removesuffix(".gold.jsonl")
        ko = (out / f"{name}.ko").read_text(encoding="utf-8").splitlines()
        en = (out / f"{name}.en").read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
        docs.append(Document(name, ko, en, [(r[0], r[1]) for r in rows], [r[2] for r in rows],
                             [tuple(r[3]) for r in rows if len(r) > 3], [r[4] for r in rows if len(r) > 4], corpus))
    return docs


def describe(docs: list[Document]) -> str:
    """Sentences, gold beads by shape, and gaps by kind: a line for a set."""
    shapes: dict[str, int] = {}
    for doc in docs:
        for (k, e), kind in zip(doc.gold, doc.kinds or ["line"] * len(doc.gold)):
            key = f"{len(k)}-{len(e)}" if k and e else kind.split(":")[0] if kind != "line" else "gap"
            shapes[key] = shapes.get(key, 0) + 1
    n_ko = sum(len(d.ko) for d in docs)
    n_en = sum(len(d.en) for d in docs)
    top = sorted(shapes.items(), key=lambda kv: -kv[1])
    return f"{len(docs)} docs, {n_ko} ko + {n_en} en sentences; beads: " + ", ".join(f"{k} {n}" for k, n in top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--corpora", nargs="+", choices=sorted(CORPORA), default=list(CORPORA))
    parser.add_argument("--variants", nargs="+", choices=VARIANTS, default=list(VARIANTS))
    parser.add_argument("--splits", nargs="+", choices=SPLITS, default=list(SPLITS))
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    for corpus in args.corpora:
        for variant in args.variants:
            for split in args.splits:
                docs = build_set(corpus, variant, split, args.seed, args.data)
                folder = args.out / f"{corpus}-{variant}-{split}-s{args.seed}"
                write(docs, folder)
                print(f"{folder.name}: {describe(docs)}")


if __name__ == "__main__":
    main()
