"""Document pairing benchmark: ``pair_documents`` on the dev-benchmark documents under
shuffled file names, with unrelated documents on both sides.

For each corpus, the documents of ``kep.py`` (park: 10 documents of 100 lines with 5% of
lines deleted on one side and 3% noise inserted; nk: the same with the North Korean
Korean side; jhe: 6 documents of 120 lines) are written as a Korean and an English
folder under random names. Added without a counterpart: on the Korean side, documents of
another corpus (jhe for park and nk, park for jhe) whose English is absent; on the
English side, the English-only seeds 001-004 (news on the topic of seed 000), English
documents of that other corpus whose Korean is absent, and teasers: the first 30% of the
lines of three paired English documents, which repeat their article's lead and must not
take its Korean translation.

    python benchmarks/pairing.py

Reported: pairing accuracy (true pairs found / true pairs), precision of the pairs made,
precision and recall of "no counterpart", the time of the whole pairing (reading,
segmenting, embedding, mining) and of embedding every sentence once.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import kep

from aligner.embed import get_encoder
from aligner.mining.documents import pair_documents
from aligner.mining.mine import sentences_of

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
OTHER = {"park": "jhe", "nk": "jhe", "jhe": "park"}
LINES = {"park": 100, "nk": 100, "jhe": 120}


def _docs(corpus: str) -> list[kep.Document]:
    return kep.build(n_docs=10, lines_per_doc=LINES[corpus], corpus=corpus)


def make(corpus: str, folder: Path, seed: int = 5) -> tuple[dict[str, str], set[str], list[Path], list[Path]]:
    """Write the folders; return gold (ko path -> en path), the paths without a
    counterpart, and the Korean and English paths."""
    rng = random.Random(f"{seed}-{corpus}")
    ko_dir, en_dir = folder / "ko", folder / "en"
    ko_dir.mkdir(parents=True)
    en_dir.mkdir(parents=True)

    def name() -> str:
        return f"{rng.getrandbits(40):010x}.txt"

    gold: dict[str, str] = {}
    alone: set[str] = set()
    for k, doc in enumerate(_docs(corpus)):
        ko, en = ko_dir / name(), en_dir / name()
        ko.write_text("\n".join(doc.ko) + "\n", encoding="utf-8")
        en.write_text("\n".join(doc.en) + "\n", encoding="utf-8")
        gold[str(ko)] = str(en)
        if k < 3:  # a teaser: the article's lead, under a name of its own
            teaser = en_dir / name()
            teaser.write_text("\n".join(doc.en[:max(1, 3 * len(doc.en) // 10)]) + "\n", encoding="utf-8")
            alone.add(str(teaser))
    others = _docs(OTHER[corpus])
    half = len(others) // 2
    for doc in others[:half]:  # Korean without its English
        path = ko_dir / name()
        path.write_text("\n".join(doc.ko) + "\n", encoding="utf-8")
        alone.add(str(path))
    for doc in others[half:half + 3]:  # English without its Korean
        path = en_dir / name()
        path.write_text("\n".join(doc.en) + "\n", encoding="utf-8")
        alone.add(str(path))
    for seed_file in sorted(SEEDS.glob("00[1-4]_*.txt")):
        path = en_dir / name()
        path.write_bytes(seed_file.read_bytes())
        alone.add(str(path))
    return gold, alone, sorted(ko_dir.iterdir()), sorted(en_dir.iterdir())


def run(corpus: str, encoder) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        gold, alone, ko_paths, en_paths = make(corpus, Path(tmp))
        t0 = time.perf_counter()
        pairs, unmatched = pair_documents(ko_paths, en_paths, encoder)
        seconds = time.perf_counter() - t0
        texts = [s.text for p in ko_paths for s in sentences_of(p.read_text(encoding="utf-8"), "ko")]
        texts += [s.text for p in en_paths for s in sentences_of(p.read_text(encoding="utf-8"), "en")]
        t0 = time.perf_counter()
        encoder.encode(list(dict.fromkeys(texts)))
        encode_once = time.perf_counter() - t0
    right = sum(gold.get(p.ko) == p.en for p in pairs)
    unmatched_set = set(unmatched)
    wrong = [p for p in pairs if gold.get(p.ko) != p.en]
    return {
        "corpus": corpus, "ko": len(ko_paths), "en": len(en_paths), "true": len(gold), "made": len(pairs),
        "right": right, "alone": len(alone), "unmatched": len(unmatched_set),
        "unmatched_right": len(unmatched_set & alone), "seconds": seconds, "encode_once": encode_once,
        "conf_right": [p.confidence for p in pairs if gold.get(p.ko) == p.en],
        "conf_wrong": [p.confidence for p in wrong],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encoder", default="use")
    parser.add_argument("--corpora", nargs="+", default=["park", "nk", "jhe"])
    args = parser.parse_args()
    encoder = get_encoder(args.encoder)
    encoder.encode(["warm-up"])
    print("| corpus | Korean files | English files | true pairs | pairs made | right | pairing accuracy "
          "| precision | no counterpart: P / R | confidence of right pairs (min–max) | time (s) | encode once (s) |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for corpus in args.corpora:
        r = run(corpus, encoder)
        acc = r["right"] / r["true"]
        prec = r["right"] / r["made"] if r["made"] else 1.0
        up = r["unmatched_right"] / r["unmatched"] if r["unmatched"] else 1.0
        ur = r["unmatched_right"] / r["alone"] if r["alone"] else 1.0
        conf = f"{min(r['conf_right']):.2f}–{max(r['conf_right']):.2f}" if r["conf_right"] else "–"
        print(f"| {corpus} | {r['ko']} | {r['en']} | {r['true']} | {r['made']} | {r['right']} | {acc:.3f} | {prec:.3f} "
              f"| {up:.2f} / {ur:.2f} | {conf} | {r['seconds']:.1f} | {r['encode_once']:.1f} |", flush=True)
        if r["conf_wrong"]:
            print(f"(wrong pairs' confidence: {', '.join(f'{c:.2f}' for c in r['conf_wrong'])})")


if __name__ == "__main__":
    main()
