"""Held-out accuracy on four hand-made documents the aligner was never tuned on.

The aligner's parameters were chosen on news (park, nk) and short textbook pairs (jhe).
``benchmarks/handmade/`` holds four Korean–English documents written fresh for this
check, each with an exact hand-made gold alignment: a literary passage with a loose
translation (splits, merges, translator's notes, an untranslated sentence), a talk
transcript (spoken splits, "(Laughter)" lines, interjections), a product manual (numbered
steps, warnings, units, market-only lines) and phrasebook dialogue (1-1 with omissions).
See ``handmade/README.md``.

Every system sees the same presegmented sentences (one a line). Systems: the aligner as
``accuracy.run_aligner`` runs it (default ``Params()``, default encoder ``use``),
Vecalign's DP with the same embeddings (when ``sentalign`` is installed) and Gale–Church
with the length ratio fitted on jhe's TRAIN documents. Scores are ``accuracy.score``'s
(Vecalign's definitions). ``--cli`` also runs ``aligner align --presegmented`` on each
document and checks that it makes the same pairs as the library run.

    cd benchmarks && ../.venv/bin/python handmade.py [--cli] [--errors]
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

import numpy as np

import accuracy
import corpora
from aligner.aligning import Params
from aligner.embed import get_encoder

HERE = Path(__file__).resolve().parent
DATA = HERE / "handmade"
DOMAINS = ("literary", "talk", "manual", "textbook", "legal", "interview", "drama",
           "recipe", "museum", "release", "story", "syllabus", "earnings")
METRICS = ("p_strict", "r_strict", "f1_strict", "f1_lax", "gap_p", "gap_r")


def load(domain: str) -> SimpleNamespace:
    """One document: its Korean and English lines and its gold beads."""
    read = lambda lang: (DATA / f"{domain}.{lang}.txt").read_text(encoding="utf-8").splitlines()
    gold = [(tuple(k), tuple(e)) for k, e in json.loads((DATA / f"{domain}.gold.json").read_text(encoding="utf-8"))]
    doc = SimpleNamespace(name=domain, ko=read("ko"), en=read("en"), gold=gold)
    for side, n in ((0, len(doc.ko)), (1, len(doc.en))):  # every line once, in order, contiguous beads
        ids = [i for bead in gold for i in bead[side]]
        assert ids == list(range(n)), f"{domain}.gold.json: {'ko' if side == 0 else 'en'} lines not covered once in order"
        assert all(list(b[side]) == list(range(b[side][0], b[side][0] + len(b[side]))) for b in gold if b[side])
    assert all(b[0] or b[1] for b in gold), f"{domain}.gold.json: an empty bead"
    return doc


def cells(r: dict[str, float | None]) -> str:
    return " | ".join("–" if r[k] is None else f"{r[k]:.{2 if k.startswith('gap') else 3}f}" for k in METRICS)


def pairs(beads) -> set[accuracy.Bead]:
    return {b for b in beads if b[0] and b[1]}


def cli_pairs(doc: SimpleNamespace) -> set[accuracy.Bead]:
    """The pairs ``aligner align --presegmented`` writes (JSONL ``ko_ids``/``en_ids``)."""
    exe = Path(sys.executable).parent / "aligner"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        cmd = [str(exe), "align", str(DATA / f"{doc.name}.ko.txt"), str(DATA / f"{doc.name}.en.txt"),
               "--presegmented", "-q", "-o", str(out)]
        subprocess.run(cmd, check=True)
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {(tuple(r["ko_ids"]), tuple(r["en_ids"])) for r in rows}


def errors(doc: SimpleNamespace, test: list[accuracy.Bead]) -> list[str]:
    """The gold beads the system missed and the beads it made that the gold has not."""
    show = lambda ids, lines: " / ".join(lines[i] for i in ids) or "–"
    label = lambda b: f"ko {list(b[0])} en {list(b[1])}"
    gold, got = set(doc.gold), set(test)
    found = lambda b: b in got if b[0] and b[1] else accuracy._gap_found(b, got)  # a gap: each sentence unpaired
    out = [f"  missed {label(b)}: {show(b[0], doc.ko)} ‖ {show(b[1], doc.en)}" for b in doc.gold if not found(b)]
    out += [f"  wrong  {label(b)}: {show(b[0], doc.ko)} ‖ {show(b[1], doc.en)}"
            for b in test if b not in gold and (b[0] and b[1])]
    return out


def layout(doc: SimpleNamespace, kind: str, first: str) -> str:
    """The document as one bilingual text: each gold bead's two sides as paragraphs of their
    own, ``first`` language first (``bilingual``), or on one line (``mixed``)."""
    blocks = []
    for k, e in doc.gold:
        sides = [(doc.ko, k), (doc.en, e)] if first == "ko" else [(doc.en, e), (doc.ko, k)]
        parts = [" ".join(lines[i] for i in ids) for lines, ids in sides if ids]
        blocks += [" ".join(parts)] if kind == "mixed" else parts
    return "\n\n".join(blocks) + "\n"


def bilingual_run(doc: SimpleNamespace, encoder, kind: str, first: str) -> tuple[list[accuracy.Bead] | None, str]:
    """The aligner on the document laid out as one bilingual text (``align_document``, the
    real segmenter): its beads over the lines, found by the order of each language's
    segments; None, and what differs, where the segmenter's sentences are not the lines."""
    from aligner.pipeline import align_document

    result = align_document(layout(doc, kind, first), encoder=encoder)
    segments = sorted([s for p in result.pairs for s in (*p.ko, *p.en)] + [u.segment for u in result.unpaired],
                      key=lambda s: s.start)
    found = {lang: [s for s in segments if s.lang == lang] for lang in ("ko", "en")}
    for lang, lines in (("ko", doc.ko), ("en", doc.en)):
        texts = [s.text for s in found[lang]]
        if texts != lines:
            wrong = next((t for t, line in zip(texts, lines) if t != line), texts[len(lines):][:1] or lines[len(texts):][:1])
            return None, f"its {lang} segments are not its lines ({len(texts)} for {len(lines)}; first differing: {wrong!r})"
    line_of = {s.start: i for lang in found for i, s in enumerate(found[lang])}
    beads = [(tuple(line_of[s.start] for s in p.ko), tuple(line_of[s.start] for s in p.en)) for p in result.pairs]
    return accuracy.as_test_beads(beads, len(doc.ko), len(doc.en)), ""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", action="store_true", help="also run `aligner align --presegmented` and compare pairs")
    parser.add_argument("--errors", action="store_true", help="list each system's missed and wrong beads")
    parser.add_argument("--layout", choices=("bilingual", "mixed"),
                        help="also align each document laid out as one bilingual text (each gold bead's sides as "
                             "paragraphs, or on one line), through the real segmenter")
    parser.add_argument("--first", choices=("en", "ko"), default="en", help="with --layout: the language first")
    parser.add_argument("--disk-cache", action="store_true",
                        help="cache embeddings in out/cache/ (accuracy.disk_cached); default: in memory only")
    args = parser.parse_args(argv)
    print(f"`{shlex.join([sys.executable, *sys.argv])}` (in {Path.cwd()})\n")

    docs = [load(d) for d in DOMAINS]
    raw = get_encoder("use")
    encoder = accuracy.disk_cached(raw) if args.disk_cache else accuracy.CachedEncoder(raw)
    c, s2 = accuracy.fit_length_ratio(corpora.build_set("jhe", "base", "train", seed=13))
    tests = {"aligner": accuracy.run_aligner(docs, encoder, Params())}
    try:
        tests["Vecalign DP"] = accuracy.vecalign(docs, encoder)
    except ImportError:
        print("(sentalign is not installed: no Vecalign rows; pip install -r benchmarks/requirements.txt)\n")
    tests["Gale–Church"] = [accuracy.gale_church(d.ko, d.en, c, s2) for d in docs]

    print("| domain | beads (ko/en lines) | system | strict P | strict R | strict F1 | lax F1 | gap P | gap R |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    per_system: dict[str, list[dict[str, float | None]]] = {s: [] for s in tests}
    for i, doc in enumerate(docs):
        for system, runs in tests.items():
            counts = accuracy.doc_counts(doc.gold, runs[i])
            r = accuracy.scores_of(counts)
            # gap P / R of no predicted / no gold gaps is undefined, not 0
            r["gap_p"], r["gap_r"] = (r["gap_p"] if counts[9] else None), (r["gap_r"] if counts[10] else None)
            per_system[system].append(r)
            print(f"| {doc.name} | {len(doc.gold)} ({len(doc.ko)}/{len(doc.en)}) | {system} | {cells(r)} |")
    for system, rows in per_system.items():
        mean = {k: np.mean(v) if (v := [r[k] for r in rows if r[k] is not None]) else None for k in METRICS}
        print(f"| mean of {len(rows)} | {sum(len(d.gold) for d in docs)} | {system} | {cells(mean)} |")
    print("\n(gap P / R: – where the system left no line unpaired / the gold has no gap; means are over the "
          "domains where defined)")
    print(f"\nGale–Church length ratio from jhe base TRAIN (seed 13): c = {c:.3f}, s2 = {s2:.2f}")

    if args.layout:
        print(f"\nThe aligner on each document as one bilingual text ({args.layout}, {args.first} first):\n")
        print("| domain | strict P | strict R | strict F1 | lax F1 | gap P | gap R |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for doc in docs:
            test, problem = bilingual_run(doc, encoder, args.layout, args.first)
            if test is None:
                print(f"| {doc.name} | not scored: {problem} |")
                continue
            counts = accuracy.doc_counts(doc.gold, test)
            r = accuracy.scores_of(counts)
            r["gap_p"], r["gap_r"] = (r["gap_p"] if counts[9] else None), (r["gap_r"] if counts[10] else None)
            print(f"| {doc.name} | {cells(r)} |")

    if args.errors:
        for system, runs in tests.items():
            print(f"\n### {system}: missed gold beads and wrong beads\n")
            for doc, test in zip(docs, runs):
                print(f"{doc.name}:")
                print("\n".join(errors(doc, test)) or "  none")

    if args.cli:
        print("\nCommand line (`aligner align KO EN --presegmented -o OUT.jsonl`) against the library run:")
        for doc, test in zip(docs, tests["aligner"]):
            lib, cli = pairs(test), cli_pairs(doc)
            if lib == cli:
                print(f"- {doc.name}: the same {len(cli)} pairs")
            else:
                print(f"- {doc.name}: DIFFERENT; only the library: {sorted(lib - cli)}; only the CLI: {sorted(cli - lib)}")


if __name__ == "__main__":
    main()
