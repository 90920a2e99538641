"""The benchmark scripts keep working: each runs here on a small slice."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import accuracy
import kep

if not (kep.DATA / "korean-english-park.dev.ko").exists():
    pytest.skip("the development data (../shared/data/ko-en) is not beside this checkout", allow_module_level=True)


def test_vecalign_scores_on_hand_made_cases():
    gold = [((0,), (0,)), ((1,), (1, 2)), ((2,), ()), ((3,), (3,))]
    assert accuracy.score([gold], [gold])["f1_strict"] == 1.0
    test = [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2,), ()), ((3,), (3,))]
    r = accuracy.score([gold], [test])
    # precision: 3 of 5 predicted beads are gold beads; (1)-(1) overlaps a gold bead (lax)
    assert (r["p_strict"], r["p_lax"]) == (3 / 5, 4 / 5)
    # recall over the gold beads with both sides: 2 of 3 exact, 3 of 3 overlapping
    assert (r["r_strict"], r["r_lax"]) == (2 / 3, 1.0)
    # gaps: gold has ko 2 unpaired; the test leaves ko 2 and en 2 unpaired
    assert (r["gap_p"], r["gap_r"]) == (0.5, 1.0)


def test_benchmark_builds_and_scores_one_document(tmp_path, use_encoder):
    docs = kep.build(n_docs=1)
    kep.write(docs, tmp_path)
    again = kep.read(tmp_path)
    assert again[0].ko == docs[0].ko and again[0].gold == docs[0].gold and again[0].source == docs[0].source
    assert (tmp_path / "LICENSE").exists()
    gold_kinds = {(len(k), len(e)) for k, e in docs[0].gold}
    assert {(1, 1), (1, 0), (0, 1)} <= gold_kinds
    from aligner.aligning import Params

    golds = [[(tuple(k), tuple(e)) for k, e in docs[0].gold]]
    r = accuracy.score(golds, accuracy.run_aligner(docs, use_encoder, Params()))
    assert r["f1_strict"] > 0.85
    baseline = accuracy.score(golds, [accuracy.gale_church(docs[0].ko, docs[0].en, *accuracy.fit_length_ratio(docs))])
    assert 0.3 < baseline["f1_strict"] < r["f1_strict"]


def test_scale_benchmark_on_a_small_document(use_encoder):
    import scale

    row = scale.run(300, use_encoder)
    assert row["recall_1_1"] > 0.9 and row["alignment_only"] > 0 and row["peak_mib"] > 0


def test_build_speed_corpus(tmp_path):
    import build_speed

    manifest = build_speed.make_corpus(tmp_path / "corpus")
    from aligner.building.build import read_manifest

    specs = read_manifest(manifest)
    assert len(specs) == 26 and all(Path(s.ko).exists() and Path(s.en).exists() for s in specs)


def test_suspect_lines_are_listed_with_reasons():
    rows = [line.split("\t") for line in (BENCH / "suspect_lines.tsv").read_text(encoding="utf-8").splitlines()
            if line[:1].isdigit()]
    assert len(rows) == len(accuracy.suspect_lines()) == 24 and all(len(r) == 2 and r[1] for r in rows)


@pytest.mark.parametrize("corpus", sorted(kep.CORPORA))
def test_held_out_builds_cover_every_sentence_once(corpus):
    doc = kep.build(n_docs=1, seed=14, corpus=corpus)[0]
    ko_ids = sorted(i for k, _ in doc.gold for i in k)
    en_ids = sorted(j for _, e in doc.gold for j in e)
    assert ko_ids == list(range(len(doc.ko))) and en_ids == list(range(len(doc.en)))
    assert doc.gold != kep.build(n_docs=1, seed=13, corpus=corpus)[0].gold


def test_seed_gold_maps_onto_the_segments_and_scores(use_encoder):
    _, ko, en, gold = accuracy.seed_benchmark()
    assert sorted(i for k, _ in gold for i in k) == list(range(len(ko)))
    assert sorted(j for _, e in gold for j in e) == list(range(len(en)))
    assert sum(1 for k, e in gold if k and e) == len(ko)
    rows = accuracy.run_seed(use_encoder)
    assert rows["aligner"]["f1_strict"] == 1.0 and rows["Gale–Church"]["f1_strict"] < 0.5


def test_a_short_fragment_goes_with_its_sentence(use_encoder):
    """Line 905 of the dev corpus ends its Korean side with a dictionary gloss of 12
    characters (협력, 동의, 동시 발생), split off as a sentence of its own; the gold keeps it
    in the line's 2-1 bead. Too short for its embedding to be evidence either way, it
    attaches to its neighbour when the fit is close (Params.short_bonus)."""
    from aligner.aligning import Params

    doc = kep.build(n_docs=10)[9]
    assert doc.ko[6] == "협력, 동의, 동시 발생" and doc.source[5] == 905
    part = kep.Document("part", doc.ko[:20], doc.en[:20], [], [])
    beads = accuracy.run_aligner([part], use_encoder, Params())[0]
    assert ((5, 6), (5,)) in beads
    without = accuracy.run_aligner([part], use_encoder, dataclasses.replace(Params(), short_bonus=0.0))[0]
    assert ((6,), ()) in without


def test_benchmark_path_matches_the_presegmented_library_call(tmp_path, use_encoder):
    """The benchmark aligns segments directly; a user runs `aligner align --presegmented`
    on the written files. Both must give the same beads."""
    from aligner.aligning import Params
    from aligner.pipeline import align_texts

    doc = kep.build(n_docs=1)[0]
    kep.write([doc], tmp_path)
    ko, en = ((tmp_path / f"doc00.{lang}").read_text(encoding="utf-8") for lang in ("ko", "en"))
    result = align_texts(ko, en, encoder=use_encoder, presegmented=True)
    line = {(s.lang, s.index): s.paragraph for s in result.ko_segments + result.en_segments}
    beads = {(tuple(line["ko", s.index] for s in p.ko), tuple(line["en", s.index] for s in p.en))
             for p in result.pairs}
    beads |= {((line[s.lang, s.index],), ()) if s.lang == "ko" else ((), (line[s.lang, s.index],))
              for s in result.unpaired}
    assert beads == set(accuracy.run_aligner([doc], use_encoder, Params())[0])
