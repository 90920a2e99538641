"""The benchmark scripts keep working: each runs here on a small slice."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import accuracy
import corpora
import kep

from aligner.aligning import Params

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
    assert len(rows) == len(accuracy.suspect_lines()) == 26 and all(len(r) == 2 and r[1] for r in rows)


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


def test_hard_wrapping_keeps_every_offset_and_the_margin():
    """bilingual.py --wrap: breaks replace spaces (so the gold's offsets still point at
    their sentences) and no line is wider than the margin unless it is one word."""
    import bilingual

    text = ("한국은행은 24일 기준금리를 연 3.25%로 0.25%포인트 인하했다. " * 3 + "\n"
            + "The Bank of Korea cut its benchmark interest rate by 0.25 percentage point. " * 3 + "\n"
            + "Unbreakable" * 10 + "\n")
    for columns in (20, 40, 72):
        wrapped = bilingual.hard_wrapped(text, columns)
        assert len(wrapped) == len(text)
        assert all(a == b or (a == " " and b == "\n") for a, b in zip(text, wrapped))
        for line in wrapped.split("\n"):
            width = sum(2 if "\uac00" <= ch <= "\ud7a3" else 1 for ch in line)
            assert width <= columns or " " not in line


def test_short_lines_gold_holds_every_line_once():
    """short_lines.py: every English line cut from a sentence is in its sentence's bead."""
    import short_lines

    doc = corpora.build_set("jhe", "base", "held-out")[0]
    sentences = list(doc.en)
    gold = short_lines.cut_lines(doc, 3)
    lines = [e for _, es in gold for e in es]
    assert sorted(lines) == list(range(len(doc.en))) and len(doc.en) > len(sentences)
    assert " ".join(doc.en) == " ".join(" ".join(s.split()) for s in sentences)


@pytest.mark.parametrize("side", ["en", "ko", "both"])
def test_short_lines_leave_an_unpaired_sentence_line_by_line(side):
    """Regression: the lines of a gold gap sentence were one gold bead, which a system
    leaving them unpaired (one gap a line, as every system's gaps are scored) could never
    match, so strict and lax precision fell for every line left rightly unpaired."""
    import accuracy
    import short_lines

    doc = corpora.build_set("park", "base", "held-out")[0]
    gold = short_lines.cut_lines(doc, 3, side)
    assert all(len(k) + len(e) == 1 for k, e in gold if not (k and e))
    assert len([b for b in gold if not (b[0] and b[1])]) > 10
    perfect = accuracy.score([gold], [accuracy.as_test_beads(gold, len(doc.ko), len(doc.en))])
    assert perfect["f1_strict"] == perfect["f1_lax"] == perfect["gap_p"] == perfect["gap_r"] == 1.0


# ---------------------------------------------------------------- corpora.py: splits and variants


def test_forms_benchmark_reads_as_written_only_inside_its_switch():
    """forms.py: the cache keys a text by what the encoder reads (a capitals text and its
    sentence case share a vector), and the switch turns the reading off and back on."""
    import forms

    from aligner.embed import encoders, use_windows

    caps, read = "THE WIND HAD BEEN BLOWING FROM THE NORTH.", "The wind had been blowing from the north."
    assert accuracy.CachedEncoder._key(caps) == accuracy.CachedEncoder._key(read)
    with forms.read_as_written():
        assert encoders.encoder_text(caps) == use_windows.encoder_text(caps) == caps
        assert accuracy.CachedEncoder._key(caps) != accuracy.CachedEncoder._key(read)
    assert encoders.encoder_text(caps) == use_windows.encoder_text(caps) == read


@pytest.mark.parametrize("hostile, mixed, interleaved", [(False, 0.0, 0.0), (True, 0.0, 0.0), (False, 0.5, 0.0),
                                                       (False, 0.0, 1.0)])
def test_bilingual_layout_holds_every_sentence_once_and_scores_the_gold(hostile, mixed, interleaved, use_encoder):
    """benchmarks/bilingual.py: each sentence written once at its offsets (none of a
    left-out side; blocks on one line, side by side or alternating, too), and the real
    aligner's run on the layout gives figures in range."""
    import random

    import bilingual

    doc = corpora.build_set("jhe", "base", "held-out")[0]
    r = bilingual.render(doc, random.Random(1), hostile, mixed, interleaved)
    written = {(lang, k) for _, _, lang, k, _ in r.spans}
    assert len(written) == len(r.spans)
    assert written | r.left_out == {("ko", k) for k in range(len(doc.ko))} | {("en", e) for e in range(len(doc.en))}
    assert bool(r.left_out) == hostile
    for start, end, lang, k, _ in r.spans:
        assert r.text[start:end] == (doc.ko if lang == "ko" else doc.en)[k]
    figures = bilingual.run_set([doc], use_encoder, bilingual.Params(), hostile, seed=1, mixed=mixed,
                                interleaved=interleaved)
    assert 0.8 < figures["f1_strict"] <= 1.0 and 0.0 <= figures["crossing"] < 0.05


def test_kep_benchmark_is_the_park_base_seed_13_set_it_always_was():
    """The README's first figures refer to this build; moving its construction into
    corpora.perturb must not change one sentence or bead. Changed once on purpose
    (2026-12-02, was f54bc379e86b32ff): the English splitter keeps a list number with
    the sentence it numbers, so corpus line 339's gold is "3. Arginine …", not "3." and
    "Arginine …"; no other line moved. And again (2026-12-04, was adba62be60e60bba): "No."
    before a word ends a sentence, so doc07's `al-Dabbagh said, "No. This is the Iraqi
    vision."` is two English sentences of one bead; no other line moved. And again
    (2026-12-05, was e918703ef4141baa): a straight quote closed by a curly one is a
    quotation, so doc05's `… 암시해준다" 발표했다.` is one Korean sentence, not the
    quotation and a fragment "발표했다."; no other line moved."""
    import hashlib
    import json

    docs = kep.build()
    blob = json.dumps([[d.name, d.ko, d.en, d.gold, d.source] for d in docs], ensure_ascii=False).encode()
    assert hashlib.sha256(blob).hexdigest().startswith("44819e08ae13054c")


@pytest.mark.parametrize("corpus", ["park", "jhe"])
@pytest.mark.parametrize("variant", corpora.VARIANTS)
def test_every_sentence_is_in_exactly_one_gold_bead_in_order(corpus, variant):
    for split in corpora.SPLITS:
        docs = corpora.build_set(corpus, variant, split)
        assert docs and (len(docs) == 1) == (variant == "long")
        for doc in docs:
            # the gold is monotone and covers each side once: its ids in order are 0..n-1
            assert [i for k, _ in doc.gold for i in k] == list(range(len(doc.ko)))
            assert [j for _, e in doc.gold for j in e] == list(range(len(doc.en)))
            assert all(k or e for k, e in doc.gold)
            assert len(doc.source) == len(doc.lines) == len(doc.kinds) == len(doc.gold)
            assert all(s.strip() for s in doc.ko + doc.en)


@pytest.mark.parametrize("variant", corpora.VARIANTS)
def test_sets_are_a_function_of_the_lines_and_the_seed(variant):
    a = corpora.build_set("jhe", variant, "held-out", seed=13)
    b = corpora.build_set("jhe", variant, "held-out", seed=13)
    c = corpora.build_set("jhe", variant, "held-out", seed=14)
    assert [(d.ko, d.en, d.gold) for d in a] == [(d.ko, d.en, d.gold) for d in b]
    assert [d.gold for d in a] != [d.gold for d in c]


@pytest.mark.parametrize("corpus", sorted(corpora.CORPORA))
def test_train_and_held_out_never_share_a_line(corpus):
    """Lines (and so articles) are in one split only; noise comes from the same split."""
    used = {}
    for split in corpora.SPLITS:
        blocks = corpora.split_blocks(corpus, split)
        allowed = {i for b in blocks for i in b}
        texts = {s for i in allowed for side in corpora.corpus_lines(corpus) [i] for s in side}
        used[split] = set()
        for variant in ("base", "long"):
            for doc in corpora.build_set(corpus, variant, split):
                for lines, kind, (k, e) in zip(doc.lines, doc.kinds, doc.gold):
                    assert set(lines) <= allowed
                    used[split] |= set(lines)
                    if kind == "noise":
                        assert all(doc.ko[i] in texts for i in k) and all(doc.en[j] in texts for j in e)
    assert not used["train"] & used["held-out"]
    assert len(used["train"] | used["held-out"]) > 0.9 * corpora.BLOCKS[corpus][-1]
    if corpus == "nk":  # nk is park respelled: the same line split
        assert corpora.split_blocks("nk", "held-out") == corpora.split_blocks("park", "held-out")


def test_park_and_nk_get_the_same_draws():
    park = corpora.build_set("park", "reordered", "held-out")
    nk = corpora.build_set("nk", "reordered", "held-out")
    assert [d.lines for d in park] == [d.lines for d in nk] and [d.en for d in park] == [d.en for d in nk]


def test_variant_merged_has_many_to_one_beads_both_ways():
    docs = corpora.build_set("park", "merged", "held-out")
    shapes = {(len(k), len(e)) for d in docs for k, e in d.gold}
    assert {(1, 3), (3, 1), (1, 4), (4, 1), (2, 1)} <= shapes
    kinds = {kind for d in docs for kind in d.kinds}
    assert {"merged", "clauses"} <= kinds
    # a merged side is the lines' sentences joined: nothing lost or added
    lines = corpora.corpus_lines("park")
    for d in docs:
        for (k, e), kind, src in zip(d.gold, d.kinds, d.lines):
            if kind == "merged":
                joined = " ".join(s for i in src for s in lines[i][1])
                assert " ".join(d.en[j] for j in e) == joined


def test_clause_cuts_at_connective_endings():
    s = "정부는 새 수퍼컴퓨터를 공개하며, 이것이 세계를 구하는 데 도움이 될 것이라고 말했다."
    cuts = corpora.clause_cuts(s)
    assert [s[:c].strip() for c in cuts] == ["정부는 새 수퍼컴퓨터를 공개하며,"]
    assert corpora.clause_cuts("그는 집에 갔다.") == []
    assert corpora.clause_cuts("찾고 있다고 말했다.") == []  # 고 + auxiliary 있다 is no clause end


def test_variant_reordered_swaps_the_korean_of_two_lines():
    lines = corpora.corpus_lines("park")
    docs = corpora.build_set("park", "reordered", "held-out")
    swapped = [(d, k, e, src) for d in docs for (k, e), kind, src in zip(d.gold, d.kinds, d.lines)
               if kind == "reordered"]
    assert len(swapped) >= 15
    for d, k, e, (a, b) in swapped:
        assert (len(k), len(e)) == (2, 2) and b == a + 1
        assert [d.ko[i] for i in k] == [lines[b][0][0], lines[a][0][0]]
        assert [d.en[j] for j in e] == [lines[a][1][0], lines[b][1][0]]


def test_variant_asides_are_gaps_made_from_their_neighbours():
    base = corpora.build_set("park", "asides", "held-out")
    plain = corpora.build_set("park", "base", "held-out")
    texts = [" ".join([d.ko[i] for i in k] + [d.en[j] for j in e])
             for d in base for (k, e), kind in zip(d.gold, d.kinds) if kind.startswith("aside")]
    assert any(t.startswith("(역주:") for t in texts) and any(t.startswith("[사진") for t in texts)
    assert any(t.startswith("(Editor's note") for t in texts) and any("기자" in t for t in texts)
    for d in base:
        for (k, e), kind in zip(d.gold, d.kinds):
            assert not (kind.startswith("aside") and k and e)  # an aside is a gold gap
    # a Korean caption directly before an untranslated English note (the positional trap)
    assert any(a == "aside:caption" and b == "aside:note" for d in base for a, b in zip(d.kinds, d.kinds[1:]))
    # the same deletions and noise as the base set: only the asides differ
    for with_asides, without in zip(base, plain):
        kept = [(k, e) for (k, e), kind in zip(with_asides.gold, with_asides.kinds) if not kind.startswith("aside")]
        assert len(kept) == len(without.gold)


def test_korean_particles_fit_the_word():
    assert corpora._josa("현지시간", "과", "와") == "현지시간과"
    assert corpora._josa("회사", "과", "와") == "회사와"
    assert corpora._josa("서울", "으로", "로") == "서울로" and corpora._josa("정부", "으로", "로") == "정부로"
    assert corpora._josa("WTI", "은", "는") == "WTI은(는)"


def test_corpora_write_and_read_back(tmp_path):
    docs = corpora.build_set("jhe", "asides", "held-out")
    corpora.write(docs, tmp_path)
    again = corpora.read(tmp_path)
    fields = lambda d: (d.name, d.ko, d.en, d.gold, d.source, d.lines, d.kinds)
    assert [fields(d) for d in again] == [fields(d) for d in docs]
    assert (tmp_path / "LICENSE").exists()


# ---------------------------------------------------------------- accuracy.py: the harness


def test_unpaired_sentences_a_system_leaves_out_are_gaps():
    beads = [((0,), (0, 1)), ((2,), ())]
    assert accuracy.as_test_beads(beads, 4, 3) == [((0,), (0, 1)), ((2,), ()), ((1,), ()), ((3,), ()), ((), (2,))]
    from aligner.aligning import Bead

    assert accuracy.as_test_beads([Bead(0, 2, 0, 1, 0.5, 0.9), Bead(2, 3, 1, 1, 0.0, 0.0)], 3, 1) == \
        [((0, 1), (0,)), ((2,), ())]


def test_gale_church_band_keeps_the_path_of_a_plain_document():
    doc = corpora.build_set("jhe", "base", "held-out")[0]
    c, s2 = accuracy.fit_length_ratio([doc])
    ko, en = doc.ko[:60], doc.en[:60]
    assert accuracy.gale_church(ko, en, c, s2, band=20) == accuracy.gale_church(ko, en, c, s2)


def test_categories_count_each_gold_bead_once():
    docs = corpora.build_set("park", "asides", "held-out")
    golds = [[(tuple(k), tuple(e)) for k, e in d.gold] for d in docs]
    cats = accuracy.by_category(docs, golds, golds)
    assert sum(n for c, (n, _) in cats.items() if c != "caption + note") == sum(len(g) for g in golds)
    assert all(hit == n for n, hit in cats.values())  # the gold finds everything
    assert cats["gap: aside"][0] > 0 and cats["caption + note"][0] > 0


# A system and a fit for the pluggable-hook test: the diagonal, and a fit that records its documents.
FITTED: list[list[str]] = []


def diagonal_system(ko, en, params, encoder):
    assert params[0] == "fitted"
    return [((i,), (i,)) for i in range(min(len(ko), len(en)))]


def recording_fit(train_docs, encoder):
    FITTED.append([d.name for d in train_docs])
    return ("fitted", len(FITTED))


def test_harness_runs_a_plugged_system_and_fits_on_train_only(tmp_path, capsys):
    FITTED.clear()
    out = tmp_path / "acc.json"
    accuracy.main(["--corpora", "jhe", "--variants", "base", "--fit-variants", "base", "--max-docs", "1",
                   "--system", "test_benchmarks:diagonal_system", "--fit", "test_benchmarks:recording_fit",
                   "--no-vecalign", "--no-timing", "--no-cache", "--no-seed", "--json", str(out)])
    printed = capsys.readouterr().out
    assert "| jhe | base | aligner |" in printed and "| jhe | base | Gale–Church |" in printed
    assert "Leave-one-corpus-out" in printed and "Generalization gap" in printed
    # the first fit sees every corpus's TRAIN documents; the jhe fold leaves jhe out
    assert FITTED[0] and all("-train-" in name for name in FITTED[0])
    assert {name.split("-")[0] for name in FITTED[0]} == {"park", "nk", "jhe"}
    assert {name.split("-")[0] for name in FITTED[1]} == {"park", "nk"}
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert set(figures["use"]["results"]) == {"jhe/base/train", "jhe/base/held-out"}


GEMMA = BENCH / "out" / "embeddinggemma"
# The subset EmbeddingGemma is benchmarked on (about 12 sentences/s on two quiet cores,
# far slower on a shared machine): the first HELD-OUT document of jhe, base variant;
# Vecalign's overlaps up to n + m = 4 (the overlap texts are what it embeds; the
# benchmarks README gives USE's figures at 4 and at 8 on the same document).
GEMMA_ARGS = ["--corpora", "jhe", "--variants", "base", "--splits", "held-out", "--max-docs", "1",
              "--vecalign-max-size", "4", "--no-timing", "--no-loco", "--no-seed", "--no-gale-church",
              "--fit", "test_benchmarks:default_fit"]


def default_fit(train_docs, encoder):
    """The default settings: the check is the scoring under a stronger encoder, and
    tune.fit would embed every TRAIN document with it first (minutes)."""
    return Params()


def _gemma_figures(tmp_path) -> dict:
    out = tmp_path / "gemma.json"
    accuracy.main(["--encoders", f"st:{GEMMA}", *GEMMA_ARGS, "--json", str(out)])
    (figures,) = json.loads(out.read_text(encoding="utf-8")).values()
    return {key: (per["aligner"]["scores"], per["Vecalign DP"]["scores"]) for key, per in figures["results"].items()}


needs_gemma = pytest.mark.skipif(not (GEMMA / "model.safetensors").exists(),
                                 reason="EmbeddingGemma is not fetched (python benchmarks/fetch_embeddinggemma.py)")


@pytest.mark.slow
@needs_gemma
def test_aligner_beats_vecalign_in_strict_f1_with_embeddinggemma(tmp_path):
    """Issue 9 item 6: with a stronger encoder the aligner's scoring still beats Vecalign's
    DP on the same embeddings, on HELD-OUT data (embeddings cached in benchmarks/out/cache)."""
    for key, (ours, theirs) in _gemma_figures(tmp_path).items():
        assert ours["f1_strict"] > theirs["f1_strict"], key


@pytest.mark.slow
@needs_gemma
@pytest.mark.xfail(reason="the target of issue 9 item 6, not met for sure: on 2026-12-01 lax F1 0.992 against "
                   "Vecalign's 0.996 on this document; on 74a0439 both 1.000 (a tie fails); since a21d84a "
                   "the document holds one sentence fewer and Vecalign's DP gets 0.996 (it passes, by "
                   "Vecalign's slip, not a gain of the aligner's)")
def test_aligner_beats_vecalign_in_lax_f1_with_embeddinggemma(tmp_path):
    for key, (ours, theirs) in _gemma_figures(tmp_path).items():
        assert ours["f1_lax"] > theirs["f1_lax"], key


def _doc(tp: int, gap_hit: int = 9) -> list[int]:
    """doc_counts of a document with 100 pairs, ``tp`` of them right, 10 gaps found of
    which ``gap_hit`` are gold gaps."""
    return [tp, 100 - tp, tp, 100 - tp, tp, 100 - tp, tp, 100 - tp, gap_hit, 10, 10]


def test_a_fitted_setting_replaces_the_incumbent_only_when_it_wins_for_sure():
    """tune.choose: candidate 0 is the setting before the fit; another replaces it only if
    it is better in 95% of the bootstrap resamples of the documents and no worse on any
    corpus, or if the incumbent's gap precision is under the bar and its own is not."""
    import numpy as np
    import tune

    rows = {"park": [0, 1, 2, 3], "jhe": [4, 5, 6, 7]}
    resamples = np.random.default_rng(0).integers(0, 8, (2000, 8))
    incumbent = np.array([_doc(90)] * 8)
    better = np.array([_doc(92)] * 8)
    assert tune.choose([incumbent, better], rows, resamples)[0] == 1
    hurts_jhe = np.array([_doc(95)] * 4 + [_doc(89)] * 4)  # better overall, worse on jhe
    chosen, challenger, why = tune.choose([incumbent, hurts_jhe], rows, resamples)
    assert (chosen, challenger) == (0, 1) and "worse on jhe" in why
    noisy = np.array([_doc(97), _doc(84)] * 4)  # as good on average, one document at a time
    noisy[0] = _doc(98)
    assert tune.choose([incumbent, noisy], rows, resamples)[0] == 0
    imprecise = np.array([_doc(95, gap_hit=8)] * 8)  # gap precision 0.8: never over a precise one
    assert tune.choose([incumbent, imprecise], rows, resamples)[0] == 0
    assert tune.choose([imprecise, incumbent], rows, resamples)[0] == 1


def test_book_layout_offsets_point_at_their_lines():
    """book.py's document: each block is an English paragraph then its Korean lines, and
    the offsets it returns (blocks, each corpus line's Korean and English) point at them."""
    import book
    import scale

    text, blocks, ko_lines, en_lines = book.book(0.02)
    base = scale.corpus_lines()
    assert len(ko_lines) == len(en_lines) > 10
    for n in range(len(ko_lines)):
        ko, en = base[n]
        assert text.startswith(ko, ko_lines[n]) and text.startswith(en, en_lines[n])
    assert set(blocks) <= set(en_lines) and blocks[0] == 0
    assert all(text[b - 2:b] == "\n\n" for b in blocks[1:])


def test_suspect_lines_apply_to_the_corpora_they_are_numbered_in():
    """park's line numbers (and nk's, the same lines respelled) name the suspect lines;
    a document knows its corpus, whatever its name (kep.py's are doc00…)."""
    suspects = accuracy.suspect_lines()
    kep_doc = kep.build(n_docs=10)[9]  # park lines 900-999: several suspect lines
    jhe_doc = corpora.build_set("jhe", "base", "held-out")[0]
    assert kep_doc.name == "doc09" and accuracy.has_suspects(kep_doc)
    assert accuracy.suspect_sentences(kep_doc, suspects)
    assert not accuracy.has_suspects(jhe_doc) and not accuracy.suspect_sentences(jhe_doc, suspects | set(range(1000)))


@pytest.mark.parametrize("domain", ["literary", "talk", "manual", "textbook", "legal", "interview", "drama"])
def test_hand_made_gold_covers_every_line_once_in_order(domain):
    """The hand-made held-out documents (benchmarks/handmade): each gold file accounts for
    every line of both sides once, in monotone beads, and its lines are one sentence each
    to the aligner's own splitters, as ``--presegmented`` input must be."""
    import handmade

    from aligner.segmenting.english import split_english
    from aligner.segmenting.korean import split_korean

    doc = handmade.load(domain)
    assert len(doc.gold) > 30
    assert all(len(split_korean(line)) == 1 for line in doc.ko)
    assert all(len(split_english(line)) == 1 for line in doc.en)


def test_most_photo_captions_stay_unpaired(use_encoder):
    """Issue 9: a photo caption ("[사진] …") went with the pair beside it. On park's asides
    HELD-OUT set 5 of its 15 captions were left unpaired; a line opened by a bracketed label
    that ends no sentence is never attached by refinement now (13 of 15: the others are
    paired by the DP, which weighs each sentence on the joined text)."""
    docs = corpora.build_set("park", "asides", "held-out")
    tests = accuracy.run_aligner(docs, use_encoder, Params())
    captions = [accuracy._gap_found(g, set(t)) for d, t in zip(docs, tests)
                for g, kind in zip(d.gold, d.kinds) if kind == "aside:caption"]
    assert len(captions) == 15 and sum(captions) >= 12


# ---------------------------------------------------------------- audits.py: the audit sets of 2026-12-04 and -05


def test_literary_audit_gold_holds_every_sentence_of_each_layout():
    """Each of the eleven layouts has a span for every sentence of every unit's sides
    (the reprinted epigraph's too, where the layout has it), and the span holds that
    sentence (white space aside: wrapped lines; ASCII quotes in ``two_ascii``)."""
    import audits  # noqa: F401  (puts benchmarks/audits on the path)
    from literary.make import UNITS, ascii_typography, layouts

    built = layouts()
    assert len(built) == 11 and len(UNITS) == 130
    for layout in built:
        for u in UNITS:
            keys = layout.gold.get(u["id"], {})
            assert {lang for lang in ("en", "ko") if u[lang]} <= set(keys), (layout.name, u["id"])
            for key, spans in keys.items():
                text = layout.text("ko" if key.startswith("ko") else "en")
                sentences = u["en"] if key == "ko_copy" else u[key]
                found = [" ".join(text[a:b].split()) for a, b in spans]
                assert found in (sentences, [ascii_typography(s) for s in sentences]), (layout.name, u["id"], key)


def test_talk_audit_pieces_cover_every_sentence_in_reading_order():
    """Each file of the nine runs holds its pieces in order, and they name every sentence
    of their side: the scorer can map any output text back to gold sentences."""
    import audits  # noqa: F401
    from talk.make import EN, KO, layouts

    built = layouts()
    assert len(built) == 9 and (len(EN), len(KO)) == (131, 133)
    for layout in built:
        for side, sentences in (("ko", KO), ("en", EN)):
            text, pieces = layout.text(side), layout.gold[side]
            assert {sid for sid, _ in pieces} == {s["id"] for s in sentences}, (layout.name, side)
            at = 0
            for _, piece in pieces:
                at = text.index(piece, at) + len(piece)


def test_phrasebook_audit_spans_hold_each_item():
    """Each of the 24 layouts' spans holds its item's Korean or English text; the
    alternating layout holds all 115 items on both sides."""
    import audits  # noqa: F401
    from phrasebook.gold import ITEMS
    from phrasebook.make import layouts

    built = layouts()
    assert len(built) == 24 and len(ITEMS) == 115
    for layout in built:
        for role, spans in layout.gold.items():
            text = layout.text(role)  # "bi": the one file
            for item, lang, start, end in spans:
                assert text[start:end] == ITEMS[item][2 if lang == "en" else 3], (layout.name, item)
    alternating = next(layout for layout in built if layout.name == "b_alt_en_first")
    assert sorted((i, lang) for i, lang, *_ in alternating.gold["bi"]) == [(i, lang) for i in range(115) for lang in ("en", "ko")]


def test_news_audit_gold_texts_are_in_each_layout():
    """Each of the 20 layouts holds every gold pair's two texts and every line without
    counterpart, white space and zero-width marks aside, on its side."""
    import audits  # noqa: F401
    from news.gold import DOCS
    from news.make import layouts
    from news.score import key

    built = layouts()
    assert len(built) == 20 and len(DOCS) == 8
    for layout in built:
        text = {lang: key(layout.text(lang)) for lang in ("ko", "en")}
        for ko, en, _ in layout.gold["pairs"]:
            assert key(ko) in text["ko"] and key(en) in text["en"], (layout.name, ko)
        for lang, line, _ in layout.gold["unpaired"]:
            assert key(line) in text[lang], (layout.name, line)


def test_legal_audit_gold_texts_are_in_each_layout():
    """Each of the 16 layouts holds every gold unit's two texts and each pair of the ways it
    may be paired (its sentences, its amendment note, its lines), white space aside, on its
    side."""
    import audits  # noqa: F401
    from legal.gold import CONTRACT, CONTRACT_GLUED, STATUTE
    from legal.make import layouts
    from legal.score import norm

    built = layouts()
    assert len(built) == 16 and (len(STATUTE), len(CONTRACT), len(CONTRACT_GLUED)) == (60, 36, 26)
    for layout in built:
        text = {lang: norm(layout.text(lang)) for lang in ("ko", "en")}
        for unit in layout.gold:
            assert norm(unit["ko"]) in text["ko"] and norm(unit["en"]) in text["en"], (layout.name, unit["id"])
            for ko, en in (pair for alt in unit["alternatives"] for pair in alt):
                assert norm(ko) in text["ko"] and norm(en) in text["en"], (layout.name, unit["id"], ko)


def test_docs_audit_gold_texts_are_in_each_layout():
    """Each of the 7 layouts holds, in the text its reader extracts and white space aside,
    every gold pair's two texts on their sides, every text to leave unpaired and every token
    that must stay whole."""
    import audits  # noqa: F401
    from docs.make import layouts
    from docs.score import extracted, norm

    built = layouts()
    assert [x.name for x in built] == ["md", "html", "md2", "rel", "rel2", "ui_csv", "ui_tsv"]
    for layout in built:
        text = {lang: norm(t) for lang, t in extracted(layout).items()}
        for ko, en in layout.gold["pairs"]:
            assert norm(ko) in text["ko"] and norm(en) in text["en"], (layout.name, ko)
        for item in layout.gold.get("unpaired", []) + layout.gold["tokens"]:
            assert item in text["ko"] or item in text["en"], (layout.name, item)


def test_a_statute_in_two_files_pairs_its_articles_and_items_as_its_gold(tmp_path, use_encoder):
    """Golden (the legal audit): an English statute's lead-ins end in ":" and its items in
    ";", its paragraphs close with "<Amended on …>", its sub-items are lettered; found 5 of
    60 units before the fixes, all 60 now (the promulgation line's English, "[Enforcement Date
    …] [Act No. …]", was cut in two at its brackets until a bracketed figure ending a
    paragraph stayed with the sentence before in square brackets too)."""
    import audits
    import legal

    layout = next(x for x in legal.layouts() if x.name == "statute_2files")
    r = legal.score(layout, *audits.align(layout, tmp_path / "in", use_encoder))
    assert (r["exact"], r["wrong"], r["text lost"]) == (60, 0, 0), r["errors"]


@pytest.mark.parametrize("name", ["d3_kpop_bi", "d7_baseball_two"])
def test_news_articles_bylines_and_headlines_pair_as_their_gold(tmp_path, use_encoder, name):
    """Golden (the news audit): "광주=김민준 기자" and "Kim Min-jun, Staff Reporter", "[OSEN=정다은
    기자]" are bylines, never paired; a headline's quotation, ellipsis and topic are one
    sentence. Every gold pair is found, none is wrong, no word is lost."""
    import audits
    import news

    layout = next(x for x in news.layouts() if x.name == name)
    r = news.score(layout, *audits.align(layout, tmp_path / "in", use_encoder))
    assert (r["exact"], r["wrong"], r["missed"], r["one-sided paired"], r["words lost"]) == (r["gold"], 0, 0, 0, 0), r


@pytest.mark.parametrize("audit, name", [("talk", "srt"), ("literary", "bi")])
def test_audit_runner_aligns_as_the_command_line(tmp_path, use_encoder, audit, name):
    """``audits.align`` gives what ``aligner align FILE [FILE] -o X.jsonl --unpaired X.tsv
    --header`` writes: two subtitle files (cues; sound cues that repeat, which a memory
    that dedupes would drop) and one bilingual text file (segments left unpaired)."""
    import importlib

    import audits

    from aligner.cli import main

    layout = next(x for x in importlib.import_module(audit).layouts() if x.name == name)
    pairs, unpaired = audits.align(layout, tmp_path / "in", use_encoder)
    out, unp = tmp_path / "out.jsonl", tmp_path / "unpaired.tsv"
    inputs = [str(tmp_path / "in" / file) for file in layout.files]
    assert main(["align", *inputs, "-o", str(out), "--unpaired", str(unp), "--header", "-q"]) == 0
    assert pairs == [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    head, *rows = unp.read_text(encoding="utf-8").splitlines()
    assert unpaired == [dict(zip(head.split("\t"), row.split("\t"))) for row in rows]
    assert len(pairs) > 100 and (name == "srt" or unpaired)


@pytest.mark.parametrize("suffix", [".csv", ".html"])
def test_tables_benchmark_scores_rows_and_one_sided_cells(tmp_path, use_encoder, suffix):
    import tables

    from aligner.formats.readers import read_document
    from aligner.pipeline import align_document

    rows = [("시장은 기자회견을 열었다.", "The mayor held a press conference."), ("시민들은 새 공원을 환영했다.", ""),
            ("", "Citizens welcomed the new park."), ("야당은 예산을 비판했다.", "The opposition criticised the budget.")]
    path = tmp_path / f"table{suffix}"
    path.write_text((tables.as_csv if suffix == ".csv" else tables.as_html)(rows), encoding="utf-8")
    result = align_document(read_document(path).text, unwrap=False)
    assert tables.score(rows, result) == {"rows": 2, "pairs": 2, "across": 0, "rows right": 2,
                                          "one-sided": 2, "one-sided unpaired": 2}
