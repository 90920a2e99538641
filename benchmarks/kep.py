"""Build the Korean–English document-alignment benchmark from line-aligned news.

From ``korean-english-park.dev.{ko,en}`` (1000 lines, article order, CC BY-SA 3.0):
10 documents of 100 consecutive lines; every line split into sentences (kiwipiepy /
the aligner's English splitter); the gold bead of a line is its Korean sentence ids ↔
its English sentence ids. Then, per document with a fixed seed, 5% of the lines are
deleted from one side only (the other side's sentences become 1-0 / 0-1 beads) and 3%
noise sentences from other documents are inserted on one side at bead boundaries.

Writes DIR/docNN.ko, docNN.en (one sentence per line), docNN.gold.jsonl
(``[[ko ids], [en ids], corpus line or -1 for noise]`` per line) and DIR/LICENSE.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from pathlib import Path

from aligner.segment import split_english, split_korean

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ko-en"
LICENSE = """Derived from the development sets of the korean-parallel-corpora collection
(korean-english-park.dev, jhe-koen-dev: Jungyeul Park et al., "Korean Language Resources for
Everyone", PACLIC 30, 2016; northkorean-english.dev: Kim, Hirasawa and Komachi, ACL SRW 2020).
License: Creative Commons Attribution-ShareAlike 3.0 Unported (CC BY-SA 3.0); these derived
benchmark files are shipped under the same license.
"""


@dataclass
class Document:
    name: str
    ko: list[str]
    en: list[str]
    gold: list[tuple[list[int], list[int]]]
    source: list[int]  # per gold bead: its line in the corpus (0-based), or -1 for noise


def sentences(line: str, lang: str) -> list[str]:
    spans = split_korean(line) if lang == "ko" else split_english(line)
    return [line[a:b] for a, b in spans]


# The development sets of ../shared/data/ko-en: name -> (Korean file, English file).
CORPORA = {
    "park": ("korean-english-park.dev.ko", "korean-english-park.dev.en"),
    "nk": ("northkorean-english.dev.nk", "northkorean-english.dev.en"),
    "jhe": ("jhe-koen-dev.ko", "jhe-koen-dev.en"),
}


def build(data: Path = DATA, n_docs: int = 10, lines_per_doc: int = 100, seed: int = 13,
          delete_rate: float = 0.05, insert_rate: float = 0.03, corpus: str = "park") -> list[Document]:
    """``corpus``: a key of CORPORA. The default benchmark is ``park`` with seed 13 (the
    data and seed the defaults were tuned on); other seeds and corpora are held-out checks."""
    ko_name, en_name = CORPORA[corpus]
    ko_lines = (data / ko_name).read_text(encoding="utf-8").splitlines()
    en_lines = (data / en_name).read_text(encoding="utf-8").splitlines()
    n_docs = min(n_docs, len(ko_lines) // lines_per_doc)
    split = [(sentences(k, "ko"), sentences(e, "en")) for k, e in zip(ko_lines, en_lines)]
    docs = []
    for d in range(n_docs):
        rng = random.Random(seed * 1000 + d)
        lines = split[d * lines_per_doc:(d + 1) * lines_per_doc]
        others = [pair for i, pair in enumerate(split) if not d * lines_per_doc <= i < (d + 1) * lines_per_doc]
        n_delete = round(delete_rate * len(lines))
        deleted = {i: rng.choice(("ko", "en")) for i in rng.sample(range(len(lines)), n_delete)}
        # Beads as lists of sentences; a noise bead has text on one side only.
        beads: list[tuple[list[str], list[str], int]] = []
        for i, (k, e) in enumerate(lines):
            line = d * lines_per_doc + i
            if deleted.get(i) == "ko":
                beads += [([], [s], line) for s in e]
            elif deleted.get(i) == "en":
                beads += [([s], [], line) for s in k]
            else:
                beads.append((k, e, line))
        for _ in range(round(insert_rate * len(lines))):
            side = rng.choice((0, 1))
            text = rng.choice(rng.choice(others)[side])
            bead = ([text], [], -1) if side == 0 else ([], [text], -1)
            beads.insert(rng.randrange(len(beads) + 1), bead)
        ko, en, gold = [], [], []
        for k, e, _ in beads:
            gold.append((list(range(len(ko), len(ko) + len(k))), list(range(len(en), len(en) + len(e)))))
            ko += k
            en += e
        docs.append(Document(f"doc{d:02d}", ko, en, gold, [line for _, _, line in beads]))
    return docs


def write(docs: list[Document], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "LICENSE").write_text(LICENSE, encoding="utf-8")
    for doc in docs:
        (out / f"{doc.name}.ko").write_text("\n".join(doc.ko) + "\n", encoding="utf-8")
        (out / f"{doc.name}.en").write_text("\n".join(doc.en) + "\n", encoding="utf-8")
        with open(out / f"{doc.name}.gold.jsonl", "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps([k, e, line]) + "\n" for (k, e), line in zip(doc.gold, doc.source))


def read(out: Path) -> list[Document]:
    docs = []
    for gold_path in sorted(out.glob("*.gold.jsonl")):
        name = gold_path.name.removesuffix(".gold.jsonl")
        ko = (out / f"{name}.ko").read_text(encoding="utf-8").splitlines()
        en = (out / f"{name}.en").read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
        docs.append(Document(name, ko, en, [(k, e) for k, e, _ in rows], [line for _, _, line in rows]))
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "kep")
    parser.add_argument("--docs", type=int, default=10)
    parser.add_argument("--corpus", choices=CORPORA, default="park")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    docs = build(args.data, n_docs=args.docs, seed=args.seed, corpus=args.corpus)
    write(docs, args.out)
    print(f"wrote {len(docs)} documents to {args.out}")


if __name__ == "__main__":
    main()
