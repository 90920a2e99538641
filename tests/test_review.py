"""Review and corrections: the forbidden-link hooks, the corrections file, alignment
around anchors, the evidence, and the page's HTML (the browser test is test_review_browser)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import numpy as np
import pytest
from conftest import SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st
from test_align import PLAIN, make_sides, unit
from test_review_browser import browser_downloads  # noqa: F401 (a fixture: Chromium, or a skip)

from aligner import align_document, align_texts
from aligner.aligning import Bead, Forbidden, Params, align_sides, refine_gaps
from aligner.cli import main
from aligner.errors import InputError
from aligner.records import Pair, Segment
from aligner.review import (
    Corrections,
    DocumentCorrections,
    InputIdentity,
    Link,
    SegmentRef,
    pair_evidence,
    parse_corrections,
    review_data,
    write_corrections,
)
from aligner.review.anchors import resolve
from aligner.review.page import ReviewDocument, render
from aligner.segmenting import Segmenter

SEED = SEEDS / "000_30438d9c0b7e7081.txt"
DATA = Path(__file__).parent / "data"


def joined(beads: list[Bead]) -> set[tuple[int, int]]:
    """Every (Korean, English) sentence pair the beads put together."""
    return {(k, e) for b in beads for k in range(b.ko_start, b.ko_end) for e in range(b.en_start, b.en_end)}


# ---------------------------------------------------------------- the hooks in aligning/


def test_dp_never_joins_a_forbidden_pair_and_leaves_the_rest():
    ko, en = make_sides([(1, 1)] * 8 + [(1, 2)] + [(1, 1)] * 4, seed=3)
    free = align_sides(ko, en, PLAIN)
    assert (3, 3) in joined(free) and (8, 9) in joined(free)
    forbidden = {(3, 3), (8, 9)}
    beads = align_sides(ko, en, PLAIN, forbidden)
    assert not joined(beads) & forbidden
    assert joined(beads) >= joined(free) - forbidden - {(8, 8)}  # only the beads holding them change


def test_forbidden_pairs_hold_in_the_banded_search():
    ko, en = make_sides([(1, 1)] * 700, seed=5)  # over full_grid_cells: coarse pass, then a band
    forbidden = {(10, 10), (500, 500)}
    beads = align_sides(ko, en, PLAIN, forbidden)
    assert not joined(beads) & forbidden and (11, 11) in joined(beads)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sets(st.integers(0, 13), min_size=1, max_size=4),
                          st.sets(st.integers(0, 14), min_size=1, max_size=4)), min_size=1, max_size=3))
def test_a_rejected_group_forbids_exactly_its_cross_pairs(groups):
    """A group (a rejected link's Korean and English sentences) forbids every cross pair
    of it, as the same pairs given one by one do: the same beads come out."""
    ko, en = make_sides([(1, 1)] * 8 + [(1, 2)] + [(1, 1)] * 5, seed=3)
    pairs = {(k, e) for ks, es in groups for k in ks for e in es}
    by_group = align_sides(ko, en, PLAIN, Forbidden(groups))
    assert by_group == align_sides(ko, en, PLAIN, pairs)
    assert not joined(by_group) & pairs


def test_a_link_rejecting_every_sentence_leaves_all_unpaired_in_linear_memory():
    """Regression (a hostile audit): a rejected link listing every sentence of a 1,000-
    sentence document was kept as its million pairs (1 GB); as one group it costs its
    sentences, and the banded search still leaves every sentence unpaired."""
    import tracemalloc

    ko, en = make_sides([(1, 1)] * 1000, seed=7)
    every = Forbidden([(range(1000), range(1000))])
    tracemalloc.start()
    beads = align_sides(ko, en, PLAIN, every)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert not joined(beads) and len(beads) == 2000
    free = align_sides(ko, en, PLAIN)
    assert peak < 400e6 and len(free) == 1000


def test_refinement_neither_keeps_nor_makes_a_forbidden_pair():
    ko, en = make_sides([(1, 1)] * 3 + [(1, 0), (0, 1)] + [(1, 1)] * 3, seed=2)
    params = Params(use_length=False, use_cues=False, positional=True)

    def embed(lang: str, a: int, b: int) -> np.ndarray:
        return unit((ko if lang == "ko" else en).emb[a:b].sum(0))

    dp = align_sides(ko, en, params)
    free = refine_gaps(list(dp), ko, en, embed, params)
    assert (3, 3) in joined(free)  # the two leftovers between pairs are paired by position
    blocked = {(3, 3), (1, 1)}
    beads = refine_gaps(list(dp), ko, en, embed, params, lambda b: bool(joined([b]) & blocked))
    assert not joined(beads) & blocked
    assert sorted(k for b in beads for k in range(b.ko_start, b.ko_end)) == list(range(len(ko)))


# ---------------------------------------------------------------- corrections files


@pytest.fixture(scope="module")
def seed_alignment(use_encoder):
    return align_document(SEED.read_text(encoding="utf-8"), encoder=use_encoder)


def seed_inputs() -> tuple[InputIdentity, ...]:
    return (InputIdentity.of("bilingual", str(SEED), SEED.read_text(encoding="utf-8")),)


def link(decision: str, ko: list[Segment], en: list[Segment], origin: str = "aligner") -> Link:
    return Link(decision, tuple(map(SegmentRef.of, ko)), tuple(map(SegmentRef.of, en)), origin)


def corrections_for(links: list[Link], inputs=None) -> Corrections:
    return Corrections((DocumentCorrections("seed", inputs or seed_inputs(), tuple(links)),))


def test_corrections_round_trip_through_json(tmp_path, seed_alignment):
    pair = seed_alignment.pairs[3]
    c = corrections_for([link("accept", list(pair.ko), list(pair.en)),
                         link("reject", [seed_alignment.ko_segments[0]], [seed_alignment.en_segments[0]])])
    write_corrections(c, tmp_path / "c.json")
    data = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert data["format"] == "aligner-corrections" and data["version"] == 1
    again = parse_corrections(data, "c.json")
    assert again.documents[0].links == c.documents[0].links
    assert again.documents[0].inputs == c.documents[0].inputs


json_values = st.recursive(st.none() | st.booleans() | st.integers(-3, 3) | st.floats(allow_nan=False) | st.text(max_size=5),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                           max_leaves=20)
documents = st.fixed_dictionaries({"id": st.text(max_size=3), "inputs": json_values, "links": json_values})


@settings(max_examples=150, deadline=None)
@given(st.one_of(json_values, st.fixed_dictionaries({
    "format": st.just("aligner-corrections"), "version": st.just(1), "documents": st.lists(documents, max_size=2)})))
def test_any_json_is_read_or_refused_with_an_input_error(data):
    try:
        parse_corrections(data, "c.json")
    except InputError as err:
        assert str(err).startswith("c.json: ")


# ---------------------------------------------------------------- alignment around anchors


def test_no_decisions_give_the_plain_alignment(seed_alignment, use_encoder):
    again = align_document(SEED.read_text(encoding="utf-8"), encoder=use_encoder, anchors=corrections_for([]).documents[0])
    assert again == seed_alignment


def test_accepting_every_pair_gives_the_same_pairs(seed_alignment, use_encoder):
    text = SEED.read_text(encoding="utf-8")
    c = corrections_for([link("accept", list(p.ko), list(p.en)) for p in seed_alignment.pairs])
    again = align_document(text, encoder=use_encoder, anchors=c.documents[0])
    assert [(p.ko_ids, p.en_ids) for p in again.pairs] == [(p.ko_ids, p.en_ids) for p in seed_alignment.pairs]
    assert {p.score for p in again.pairs} == {1.0}
    assert again.unpaired == seed_alignment.unpaired


def test_fixed_links_are_kept_rejected_ones_never_made_and_the_rest_realigned(seed_alignment, use_encoder):
    text = SEED.read_text(encoding="utf-8")
    ko, en = seed_alignment.ko_segments, seed_alignment.en_segments
    rejected = seed_alignment.pairs[5]
    # A user link against the aligner: the fifth Korean sentence with the English sentence after its own.
    own = seed_alignment.pairs[4]
    made = link("link", list(own.ko), [en[own.en[-1].index + 1]], "link")
    c = corrections_for([made, link("reject", list(rejected.ko), list(rejected.en))])
    result = align_document(text, encoder=use_encoder, anchors=c.documents[0])
    pairs = {(tuple(p.ko_ids), tuple(p.en_ids)): p.score for p in result.pairs}
    assert pairs[(tuple(own.ko_ids), (own.en[-1].index + 1,))] == 1.0
    assert not {(k, e) for p in result.pairs for k in p.ko_ids for e in p.en_ids} & \
        {(k, e) for k in rejected.ko_ids for e in rejected.en_ids}
    # every segment is accounted for, once
    seen = [s for p in result.pairs for s in p.ko + p.en] + [u.segment for u in result.unpaired]
    assert sorted(seen, key=lambda s: s.start) == sorted(ko + en + [u.segment for u in seed_alignment.unpaired
                                                                    if u.lang == "none"], key=lambda s: s.start)
    # far from the corrections, the same pairs (their confidence may move: margins are taken within a block)
    assert {(tuple(p.ko_ids), tuple(p.en_ids)) for p in seed_alignment.pairs[8:]} <= set(pairs)


def test_segments_left_out_keep_their_reasons_with_anchors(use_encoder):
    """Regression (hostile audit): with --anchors, the segments of a block with one side
    only were all "no-counterpart": a translator's note, a year and a byline lost the
    reasons they are given without anchors."""
    korean = "조약이 서명되었다.\n(역주: 이 조약은 1990년에 처음 제안되었다.)\n2024\n홍길동 기자\n"
    english = "The treaty was signed.\n"
    plain = align_texts(korean, english, encoder=use_encoder)
    pair = plain.pairs[0]
    inputs = (InputIdentity.of("ko", "k.txt", korean), InputIdentity.of("en", "e.txt", english))
    anchors = DocumentCorrections("d", inputs, (link("accept", list(pair.ko), list(pair.en)),))
    again = align_texts(korean, english, encoder=use_encoder, anchors=anchors)
    assert [(u.text, u.reason) for u in again.unpaired] == [(u.text, u.reason) for u in plain.unpaired] == [
        ("(역주: 이 조약은 1990년에 처음 제안되었다.)", "translator-note"), ("2024", "no-letters"),
        ("홍길동 기자", "boilerplate")]
    # a bracketed note of two sentences: all the note's, with anchors as without (one segment
    # since 6e328e8, a note being one unit; two before, both the note's)
    korean = "조약이 서명되었다.\n(역주: 이 조약은 1990년에 제안되었다. 오래 걸렸다.)\n"
    plain = align_texts(korean, english, encoder=use_encoder)
    inputs = (InputIdentity.of("ko", "k.txt", korean), InputIdentity.of("en", "e.txt", english))
    anchors = DocumentCorrections("d", inputs, (link("accept", list(plain.pairs[0].ko), list(plain.pairs[0].en)),))
    again = align_texts(korean, english, encoder=use_encoder, anchors=anchors)
    assert [(u.text, u.reason) for u in again.unpaired] == [(u.text, u.reason) for u in plain.unpaired] == [
        ("(역주: 이 조약은 1990년에 제안되었다. 오래 걸렸다.)", "translator-note")]


def test_two_files_in_either_order_take_their_corrections(tmp_path, capsys, use_encoder):
    ko_text, en_text = (DATA / "rates.ko.txt").read_text(encoding="utf-8"), (DATA / "rates.en.txt").read_text(encoding="utf-8")
    result = align_texts(ko_text, en_text, encoder=use_encoder)
    inputs = (InputIdentity.of("ko", "rates.ko.txt", ko_text), InputIdentity.of("en", "rates.en.txt", en_text))
    first = result.pairs[0]
    write_corrections(corrections_for([link("reject", list(first.ko), list(first.en))], inputs), tmp_path / "c.json")
    outputs = []
    for files in ([DATA / "rates.en.txt", DATA / "rates.ko.txt"], [DATA / "rates.ko.txt", DATA / "rates.en.txt"]):
        assert main(["align", *map(str, files), "--anchors", str(tmp_path / "c.json"), "--format", "jsonl"]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    assert first.ko_ids not in [json.loads(line)["ko_ids"] for line in outputs[0].splitlines()]


def test_rerunning_with_the_same_corrections_is_byte_identical(tmp_path, seed_alignment, capsys, use_encoder):
    pair = seed_alignment.pairs[2]
    write_corrections(corrections_for([link("reject", list(pair.ko), list(pair.en)),
                                       link("accept", list(seed_alignment.pairs[7].ko), list(seed_alignment.pairs[7].en))]),
                      tmp_path / "c.json")
    for name in ("a.tmx", "b.tmx"):
        assert main(["align", str(SEED), "-o", str(tmp_path / name), "--no-date", "--anchors", str(tmp_path / "c.json")]) == 0
    err = capsys.readouterr().err
    assert "kept 1 pair as fixed (confidence 1.0), forbade 1 link" in err
    assert (tmp_path / "a.tmx").read_bytes() == (tmp_path / "b.tmx").read_bytes()
    assert b"<prop type=\"x-score\">1.0000</prop>" in (tmp_path / "a.tmx").read_bytes()


def _edited(c: dict, path: str, value) -> dict:
    """A copy of corrections data with one value replaced (path: keys and indices, dotted)."""
    c = json.loads(json.dumps(c))
    *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
    target = c
    for p in parents:
        target = target[p]
    target[last] = value
    return c


def test_two_reviews_merged_keep_a_pair_both_kept_and_anchors_twice_is_refused(tmp_path, capsys, seed_alignment):
    """Regression (a review audit): two reviewers' links merged into one file, both having
    accepted the same pair, were refused as links that "share a sentence"; the same link
    twice is one decision. And a second --anchors replaced the first without a word (the
    first reviewer's rejection lost): one file, or a usage error."""
    p0 = seed_alignment.pairs[0]
    once = corrections_for([link("accept", list(p0.ko), list(p0.en))]).to_dict()
    twice = _edited(once, "documents.0.links", once["documents"][0]["links"] * 2)
    path = tmp_path / "merged.json"
    path.write_text(json.dumps(twice), encoding="utf-8")
    assert main(["align", str(SEED), "--anchors", str(path), "-o", str(tmp_path / "a.tsv"), "-q"]) == 0
    (tmp_path / "once.json").write_text(json.dumps(once), encoding="utf-8")
    assert main(["align", str(SEED), "--anchors", str(tmp_path / "once.json"), "-o", str(tmp_path / "b.tsv"), "-q"]) == 0
    assert (tmp_path / "a.tsv").read_bytes() == (tmp_path / "b.tsv").read_bytes()
    capsys.readouterr()
    assert main(["align", str(SEED), "--anchors", str(path), "--anchors", str(path), "-o", str(tmp_path / "c.tsv")]) == 2
    assert "--anchors given twice" in capsys.readouterr().err
    assert not (tmp_path / "c.tsv").exists()


def test_bad_or_stale_corrections_are_refused_in_one_line(tmp_path, capsys, seed_alignment):
    """Exit 3 and one line naming the file, before any alignment; no output written."""
    p0, p1 = seed_alignment.pairs[0], seed_alignment.pairs[1]
    good = corrections_for([link("accept", list(p0.ko), list(p0.en)), link("accept", list(p1.ko), list(p1.en))]).to_dict()
    crossed = _edited(good, "documents.0.links.1.en", good["documents"][0]["links"][0]["en"])
    edited_text = SEED.read_text(encoding="utf-8").replace("Kremlin", "Kremlin's")
    (tmp_path / "seed.txt").write_text(edited_text, encoding="utf-8")
    cases = {
        "not json": ("{", SEED, "not JSON"),
        "other format": ({"format": "x"}, SEED, "not an aligner corrections file"),
        "newer version": (_edited(good, "version", 2), SEED, "version 2"),
        "version true": (_edited(good, "version", True), SEED, "version must be a whole number"),
        "bad decision": (_edited(good, "documents.0.links.0.decision", "maybe"), SEED, "decision must be one of"),
        "edited input": (good, tmp_path / "seed.txt", "made for other text than seed.txt"),
        "moved offsets": (_edited(good, "documents.0.links.0.ko.0.start", 3), SEED, "is not in the input as segmented now"),
        "presegmented": (_edited(good, "documents.0.presegmented", True), SEED, "made with --presegmented"),
        "shared sentence": (crossed, SEED, "share a sentence"),
        "kept and rejected": (_edited(good, "documents.0.links", good["documents"][0]["links"]
                                      + [dict(good["documents"][0]["links"][0], decision="reject")]), SEED,
                              "both kept and rejected"),
        # a score the page cannot show (it rendered nothing): NaN, infinite, out of [0, 1]
        "score nan": (_edited(good, "documents.0.links.0.score", float("nan")), SEED, "score must be a number from 0"),
        "score inf": (_edited(good, "documents.0.links.0.score", float("inf")), SEED, "score must be a number from 0"),
        "score 5": (_edited(good, "documents.0.links.0.score", 5), SEED, "score must be a number from 0"),
        # regression (a hostile audit): a 4,000-digit index was echoed whole in the error
        "huge index": (_edited(good, "documents.0.links.0.ko.0.index", 10**4000), SEED, "from 0 to 2**53 - 1"),
        # a second entry for the same inputs could never be applied: refused, not ignored
        "twice": (_edited(good, "documents", good["documents"] * 2), SEED, "documents[1] is for the same inputs"),
    }
    for name, (data, source, message) in cases.items():
        path = tmp_path / f"{name}.json"
        path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
        out = tmp_path / f"{name}.tsv"
        code = main(["align", str(source), "--anchors", str(path), "-o", str(out)])
        err = capsys.readouterr().err.strip().splitlines()
        assert code == 3, (name, err)
        assert err[-1].startswith(f"aligner: error: {path}: ") and message in err[-1], (name, err)
        assert len(err[-1]) < 500, name
        assert not out.exists(), name


@pytest.mark.parametrize("version", [True, 1.0, "1", None])
def test_a_version_that_is_not_the_number_1_is_refused(version):
    """Python's True and 1.0 equal 1: the type is checked, as for every other number."""
    data = {"format": "aligner-corrections", "version": version, "documents": []}
    with pytest.raises(InputError, match=r"^c\.json: version must be a whole number"):
        parse_corrections(data, "c.json")


def exported(html: str) -> dict:
    """The corrections.json the page exports when every pair is accepted: built as review.js's
    corrections() builds it (a segment named by the index, offsets and text of its row)."""
    data = page_data(html)
    documents = []
    for doc in data["documents"]:
        refs = [dict(zip(("index", "start", "end", "text"), row[1:5])) for row in doc["segments"]]
        links = [{"decision": "accept", "origin": "aligner", "score": p["score"],
                  "ko": [refs[r] for r in p["ko"]], "en": [refs[r] for r in p["en"]]} for p in doc["pairs"]]
        documents.append({"id": doc["id"], "presegmented": doc["presegmented"], "inputs": doc["inputs"],
                          "links": links})
    return {"format": data["format"], "version": data["version"], "tool": "test", "documents": documents}


def review_then_anchor(tmp_path: Path, files: list[Path], *options: str) -> tuple[dict, list[str]]:
    """Align ``files`` with a review page, export its corrections (every pair accepted), align
    again with them as --anchors: the export, and the lines of the second run's output."""
    assert main(["align", *map(str, files), *options, "-o", str(tmp_path / "first.tsv"),
                 "--review", str(tmp_path / "r.html")]) == 0
    corrections = exported((tmp_path / "r.html").read_text(encoding="utf-8"))
    (tmp_path / "c.json").write_text(json.dumps(corrections, ensure_ascii=False), encoding="utf-8")
    assert main(["align", *map(str, files), *options, "-o", str(tmp_path / "again.tsv"),
                 "--anchors", str(tmp_path / "c.json")]) == 0
    return corrections, (tmp_path / "again.tsv").read_text(encoding="utf-8").splitlines()


PRESEGMENTED = {
    # a blank line: the Korean sentence after it is on line 2 but the second Korean segment
    "blank line": {"ko.txt": "안녕하세요.\n\n저는 학생입니다.\n", "en.txt": "Hello.\nI am a student.\n"},
    # two columns on a line (a segment each, both numbered by the line), blank lines between
    "columns": {"both.txt": "안녕하세요.\tHello.\n\n저는 학생입니다.\tI am a student.\n\n날씨가 좋네요.\n"
                            "\tThe weather is nice.\n"},
    # an over-long line cut into pieces that share its line number (limit set to 20 below)
    "cut line": {"ko.txt": "안녕하세요.\n저는 학생이고, 서울에 있는 대학교에서 컴퓨터 공학을 공부하고 있습니다.\n",
                 "en.txt": "Hello.\nI am a student, and I study computer science at a university in Seoul.\n"},
}


@pytest.mark.parametrize("case", PRESEGMENTED)
def test_the_pages_corrections_apply_to_presegmented_input(tmp_path, capsys, monkeypatch, case):
    """The page names a segment by its index, with --presegmented its line number; the
    anchors must find it there, not at that position in the list (which refused them)."""
    monkeypatch.setenv("ALIGNER_MAX_SENTENCE_CHARS", "20")
    files = []
    for name, text in PRESEGMENTED[case].items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        files.append(tmp_path / name)
    corrections, lines = review_then_anchor(tmp_path, files, "--presegmented")
    links = corrections["documents"][0]["links"]
    indices = [r["index"] for link in links for r in link["ko"]]
    assert indices != list(range(len(indices)))  # line numbers, not positions: the case is a real one
    assert f"kept {len(links)} pairs as fixed" in capsys.readouterr().err
    first = (tmp_path / "first.tsv").read_text(encoding="utf-8").splitlines()
    assert [line.rsplit("\t", 1)[0] for line in lines] == [line.rsplit("\t", 1)[0] for line in first]
    assert [line.rsplit("\t", 1)[1] for line in lines] == ["1.0000"] * len(links)


@pytest.mark.parametrize("case", ["blank line", "cut line"])
def test_the_page_merges_presegmented_lines_and_its_export_applies(tmp_path, capsys, monkeypatch, request, case):
    """In the page too, consecutive means next in the list, not next index: it refused to
    merge across a blank line or the pieces of a cut line ("not consecutive")."""
    from selenium.webdriver.common.by import By
    from test_review_browser import review_load

    monkeypatch.setenv("ALIGNER_MAX_SENTENCE_CHARS", "20")
    driver, _ = request.getfixturevalue("browser_downloads")
    files = []
    for name, text in PRESEGMENTED[case].items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        files.append(str(tmp_path / name))
    page = tmp_path / "r.html"
    assert main(["align", *files, "--presegmented", "-o", str(tmp_path / "r.tsv"), "--review", str(page), "-q"]) == 0
    driver.get(page.as_uri())
    review_load.wait_ready(driver)
    driver.find_elements(By.CSS_SELECTOR, ".row.pair")[0].click()
    driver.find_element(By.TAG_NAME, "body").send_keys("m")
    assert driver.find_element(By.ID, "message").text.startswith("Merged into one 2–")
    (tmp_path / "c.json").write_text(json.dumps(driver.execute_script("return alignerReview.corrections()")),
                                     encoding="utf-8")
    assert main(["align", *files, "--presegmented", "-o", str(tmp_path / "again.tsv"),
                 "--anchors", str(tmp_path / "c.json")]) == 0
    assert "kept 1 pair as fixed" in capsys.readouterr().err


def test_a_presegmented_reference_must_still_name_its_line(tmp_path):
    """Looking segments up by line number keeps the check against other text: a reference
    by position (the old reading) or with another start is refused."""
    text = "안녕하세요.\n\n저는 학생입니다.\n"
    ko = Segmenter(presegmented=True).segment(text, lang="ko")
    en = [Segment("Hello.", "en", 0, 6, 0, 0), Segment("I am a student.", "en", 7, 22, 1, 1)]
    assert [s.index for s in ko] == [0, 2]
    inputs = (InputIdentity.of("ko", "ko.txt", text), InputIdentity.of("en", "en.txt", "Hello.\nI am a student.\n"))
    fine = corrections_for([link("accept", [ko[1]], [en[1]])], inputs)
    spans, forbidden = resolve(ko, en, fine.documents[0])
    assert spans == [(1, 2, 1, 2)] and not forbidden
    for stale in (SegmentRef("ko", 1, ko[1].start, ko[1].end, ko[1].text),
                  SegmentRef("ko", 2, ko[1].start + 1, ko[1].end, ko[1].text)):
        c = Corrections((DocumentCorrections("d", inputs, (Link("accept", (stale,), (SegmentRef.of(en[1]),)),)),))
        with pytest.raises(InputError, match="is not in the input as segmented now"):
            resolve(ko, en, c.documents[0])


def test_crossing_links_are_refused(seed_alignment):
    ko, en = seed_alignment.ko_segments, seed_alignment.en_segments
    c = corrections_for([link("link", [ko[1]], [en[8]], "link"), link("link", [ko[2]], [en[7]], "link")])
    with pytest.raises(InputError, match="cross each other"):
        resolve(ko, en, c.documents[0])
    c = corrections_for([link("link", [ko[1], ko[3]], [en[8]], "merge")])
    with pytest.raises(InputError, match="consecutive"):
        resolve(ko, en, c.documents[0])


# ---------------------------------------------------------------- evidence


def seg(text: str, lang: str, index: int = 0) -> Segment:
    return Segment(text, lang, 0, len(text), 0, index)


def test_evidence_names_the_numbers_and_names_that_match_or_not(use_encoder):
    pair = Pair((seg("한국은행은 24일 기준금리를 3.25%로 내렸고 IMF와 OECD는 환영했다.", "ko"),),
                (seg("The Bank of Korea cut its rate to 3.25 percent on the 25th, and the IMF welcomed it.", "en"),), 0.9)
    (ev,) = pair_evidence([pair], use_encoder)
    assert ev.numbers_shared == ("3.25",) and ev.numbers_ko_only == ("24",) and ev.numbers_en_only == ("25",)
    assert ev.names_shared == ("imf",) and ev.names_missing == ("oecd",)
    assert 0.3 < ev.cosine <= 1 and ev.expected_ratio == pytest.approx(np.exp(Params().length_mu), abs=1e-3)
    facts = {f.label: f for f in ev.facts()}
    assert facts["numbers"].status == "warn" and "only Korean 24" in facts["numbers"].value
    assert facts["names"].status == "warn" and "oecd" in facts["names"].value
    # a word the Korean writes in lower case is found in the English (regression, a
    # review-page audit: "⚠ names: not in English pandas")
    lower = Pair((seg("pandas 라이브러리로 데이터를 읽는다.", "ko"),), (seg("We read the data with the pandas library.", "en"),), 0.9)
    (ev,) = pair_evidence([lower], use_encoder)
    assert ev.names_shared == ("pandas",) and ev.names_missing == ()


# ---------------------------------------------------------------- the page


def page_data(html: str) -> dict:
    found = re.search(r'<script type="application/json" id="review-data">(.*?)</script>', html, re.DOTALL)
    return json.loads(found.group(1))


def test_the_page_is_self_contained_and_escapes_what_it_shows(use_encoder):
    text = "이 위험한 문장은 스크립트를 담고 있는 문장이다 </script><script>alert(1)</script>.\nA risky sentence </script><script>alert(1)</script>.\n"
    result = align_document(text, encoder=use_encoder)
    html = render(review_data([ReviewDocument("risky", result, (InputIdentity.of("bilingual", "r.txt", text),))],
                              use_encoder))
    assert html.count("<script") == 2 and html.count("</script>") == 2  # the data and the code, nothing injected
    assert not re.search(r"https?://|<link|src=|@import|url\(", html)
    assert "Content-Security-Policy" in html
    data = page_data(html)
    assert data["documents"][0]["segments"][0][4].endswith("</script><script>alert(1)</script>.")
    assert len(data["documents"][0]["pairs"]) == 1


def test_cli_writes_the_review_page_and_it_carries_earlier_decisions(tmp_path, capsys, seed_alignment):
    pair = seed_alignment.pairs[5]
    write_corrections(corrections_for([link("accept", list(pair.ko), list(pair.en)),
                                       link("reject", list(seed_alignment.pairs[6].ko), list(seed_alignment.pairs[6].en))]),
                      tmp_path / "c.json")
    assert main(["align", str(SEED), "-o", str(tmp_path / "o.tsv"), "--anchors", str(tmp_path / "c.json"),
                 "--review", str(tmp_path / "r.html")]) == 0
    doc = page_data((tmp_path / "r.html").read_text(encoding="utf-8"))["documents"][0]
    assert doc["inputs"][0]["sha256"] == seed_inputs()[0].sha256
    statuses = [p["status"] for p in doc["pairs"]]
    assert statuses.count("accepted") == 1 and len(doc["rejected"]) == 1
    bands = {p["band"] for p in doc["pairs"]}
    assert bands <= {"high", "mid", "low"} and all(p["evidence"][0][0] == "similarity" for p in doc["pairs"])
    assert sum(1 for s in doc["segments"] if s[6] == "no-letters") == 1


def test_a_kept_pair_shows_the_confidence_its_review_saw_not_1(tmp_path, seed_alignment):
    """Regression (a review-page audit): a pair accepted in the first review came back at
    1.00 (what --anchors gives a kept pair); set back to pending, the "pairs below" filter
    never listed it and the page's TSV wrote 1.0000. The corrections file has its score."""
    import dataclasses

    pair = seed_alignment.pairs[5]
    accepted = dataclasses.replace(link("accept", list(pair.ko), list(pair.en)), score=0.4321)
    write_corrections(corrections_for([accepted]), tmp_path / "c.json")
    assert main(["align", str(SEED), "-o", str(tmp_path / "o.tsv"), "--anchors", str(tmp_path / "c.json"),
                 "--review", str(tmp_path / "r.html")]) == 0
    doc = page_data((tmp_path / "r.html").read_text(encoding="utf-8"))["documents"][0]
    (kept,) = [p for p in doc["pairs"] if p["status"] == "accepted"]
    assert (kept["score"], kept["band"]) == (0.4321, "low")


def test_build_tm_writes_one_review_page_for_all_documents(tmp_path, capsys, use_encoder):
    for name in ("rates.ko.txt", "rates.en.txt", "web_page_ko_first.txt"):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    (tmp_path / "docs.jsonl").write_text('{"id": "rates", "ko": "rates.ko.txt", "en": "rates.en.txt"}\n'
                                         '{"id": "web", "bilingual": "web_page_ko_first.txt"}\n', encoding="utf-8")
    assert main(["build-tm", str(tmp_path / "docs.jsonl"), "-o", str(tmp_path / "tm.tmx"), "--jobs", "1",
                 "--review", str(tmp_path / "tm.html")]) == 0
    data = page_data((tmp_path / "tm.html").read_text(encoding="utf-8"))
    assert [d["id"] for d in data["documents"]] == ["rates", "web"]
    assert [i["role"] for i in data["documents"][0]["inputs"]] == ["ko", "en"]
    rates = data["documents"][0]
    assert {s[1] for s in rates["segments"] if s[0] == "ko"} == set(range(6))  # paired and unpaired, all there


def test_build_tm_identifies_a_web_page_by_the_text_it_aligned(tmp_path, capsys, use_encoder):
    """Regression (a hostile sweep): build-tm's review page hashed a page's raw HTML (a
    Word file's bytes as text: a refusal, the memory not written), not the text the build
    aligned, so `align --anchors` refused every corrections.json made on it ("made for other
    text"). It identifies each input as `align --review` does."""
    from aligner.formats.readers import read_document

    (tmp_path / "ko.html").write_text("<html><body><p>회의는 월요일에 열린다.</p><p>예산안이 승인됐다.</p></body></html>",
                                      encoding="utf-8")
    (tmp_path / "en.html").write_text("<html><body><p>The meeting is on Monday.</p><p>The budget was approved.</p>"
                                      "</body></html>", encoding="utf-8")
    (tmp_path / "docs.jsonl").write_text('{"id": "page", "ko": "ko.html", "en": "en.html"}\n', encoding="utf-8")
    assert main(["build-tm", str(tmp_path / "docs.jsonl"), "-o", str(tmp_path / "tm.tmx"), "--jobs", "1",
                 "--review", str(tmp_path / "tm.html")]) == 0
    inputs = page_data((tmp_path / "tm.html").read_text(encoding="utf-8"))["documents"][0]["inputs"]
    assert [i["sha256"] for i in inputs] == [
        InputIdentity.of(role, tmp_path / name, read_document(tmp_path / name).text).sha256
        for role, name in (("ko", "ko.html"), ("en", "en.html"))]


def undecodable(folder: Path, name: bytes) -> Path:
    """A path in ``folder`` whose file name is bytes that are not UTF-8 (Latin-1 'é')."""
    path = folder / os.fsdecode(name)
    try:
        path.touch()
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes only UTF-8 file names")
    return path


def test_a_file_name_that_is_not_utf8_is_shown_with_u_fffd_and_its_corrections_apply(tmp_path, capsys):
    """Such a name (lone surrogates in Python) crashed --review and --anchors (exit 1). It
    labels the input only: the page and corrections.json show it with U+FFFD, and the
    export is matched again by its text's hash."""
    doc = undecodable(tmp_path, b"ok\xe9.txt")
    doc.write_bytes(SEED.read_bytes())
    corrections, lines = review_then_anchor(tmp_path, [doc])
    assert corrections["documents"][0]["id"] == "ok\ufffd"
    assert corrections["documents"][0]["inputs"][0]["name"] == "ok\ufffd.txt"
    assert f"kept {len(corrections['documents'][0]['links'])} pairs as fixed" in capsys.readouterr().err
    assert len(lines) == len(corrections["documents"][0]["links"])
    assert InputIdentity.of("bilingual", doc, SEED.read_text(encoding="utf-8")).name == "ok\ufffd.txt"  # a Path too


def test_build_tm_reviews_documents_whose_file_names_are_not_utf8(tmp_path, capsys):
    for lang in ("ko", "en"):
        (tmp_path / lang).mkdir()
        undecodable(tmp_path / lang, b"rat\xe9s.txt").write_bytes((DATA / f"rates.{lang}.txt").read_bytes())
    assert main(["build-tm", str(tmp_path / "ko"), str(tmp_path / "en"), "-o", str(tmp_path / "tm.tsv"),
                 "--jobs", "1", "--review", str(tmp_path / "tm.html")]) == 0
    (doc,) = page_data((tmp_path / "tm.html").read_text(encoding="utf-8"))["documents"]
    assert doc["id"] == "rat\ufffds" and [i["name"] for i in doc["inputs"]] == ["rat\ufffds.txt"] * 2
    assert (tmp_path / "tm.tsv").read_text(encoding="utf-8").strip()


def test_the_evidence_reuses_the_embeddings_the_alignment_made():
    from aligner.review.evidence import EmbeddingLog

    class Counting:
        name, background = "counting", (0.08, 0.116)

        def __init__(self) -> None:
            self.calls: list[list[str]] = []

        def encode(self, texts):
            self.calls.append(list(texts))
            return np.array([[len(t), 1.0] for t in texts], dtype=np.float32) / np.sqrt(np.array(
                [[len(t) ** 2 + 1.0] for t in texts], dtype=np.float32))

    inner = Counting()
    log = EmbeddingLog(inner)
    first = log.encode(["가나다.", "One two."])
    assert np.array_equal(first, inner.encode(["가나다.", "One two."]))  # the alignment gets the encoder's output
    assert log.name == "counting" and log.background == (0.08, 0.116)
    inner.calls.clear()
    pair = Pair((seg("가나다.", "ko"),), (seg("One two.", "en"),), 0.9)
    plain = pair_evidence([pair], inner)
    assert inner.calls and pair_evidence([pair], log) == plain
    inner.calls.clear()
    pair_evidence([pair], log)
    assert inner.calls == []  # nothing embedded again


def test_the_review_page_never_overwrites_an_input(tmp_path, capsys):
    doc = tmp_path / "doc.txt"
    doc.write_bytes(SEED.read_bytes())
    for other in (doc, tmp_path / "out.tsv"):
        assert main(["align", str(doc), "-o", str(tmp_path / "out.tsv"), "--review", str(other)]) == 2
        err = capsys.readouterr().err
        assert "would destroy it" in err or "both write to" in err, err
    assert doc.read_bytes() == SEED.read_bytes() and not (tmp_path / "out.tsv").exists()
    (tmp_path / "docs.jsonl").write_text('{"id": "d", "bilingual": "doc.txt"}\n', encoding="utf-8")
    for other in (doc, tmp_path / "docs.jsonl"):
        assert main(["build-tm", str(tmp_path / "docs.jsonl"), "-o", str(tmp_path / "tm.tmx"), "--review", str(other)]) == 2
        err = capsys.readouterr().err
        assert "would destroy it" in err, err
    assert doc.read_bytes() == SEED.read_bytes() and not (tmp_path / "tm.tmx").exists()


def test_headings_stay_units_under_anchors(use_encoder):
    """A heading a reader marks is a unit with --anchors as without: the blocks between
    the fixed pairs are aligned with the headings' walls (they were not passed on)."""
    korean = ("서문\n회사는 2024년 매출이 10% 증가했다고 밝혔다.\n참고 사항\n"
              "이 보도자료에는 미래 예측 정보가 포함되어 있다.\n")
    english = ("Preface\nThe company said its 2024 revenue rose 10 percent.\n"
               "This press release contains forward-looking statements.\n")
    heading = korean.index("참고 사항")
    headings = [(heading, heading + 5)]
    plain = align_texts(korean, english, encoder=use_encoder, ko_headings=headings)
    first = plain.pairs[0]
    inputs = (InputIdentity.of("ko", "k.txt", korean), InputIdentity.of("en", "e.txt", english))
    anchors = DocumentCorrections("d", inputs, (link("accept", list(first.ko), list(first.en)),))
    again = align_texts(korean, english, encoder=use_encoder, anchors=anchors, ko_headings=headings)
    assert [(p.ko_text, p.en_text) for p in again.pairs] == [(p.ko_text, p.en_text) for p in plain.pairs]
    assert "참고 사항" in [u.segment.text for u in again.unpaired]


def test_a_pair_the_reviewer_made_has_no_score_on_the_next_page(use_encoder):
    """Regression (a review-page audit): a page made with --anchors gave a pair the
    reviewer had made the 1.0 that --anchors keeps it at, and its corrections.json then
    exported "score": 1 for it, which the first review's had not."""
    korean, english = "첫 문장이다.\n둘째 문장이다.\n", "The first sentence.\nThe second sentence.\n"
    plain = align_texts(korean, english, encoder=use_encoder)
    inputs = (InputIdentity.of("ko", "k.txt", korean), InputIdentity.of("en", "e.txt", english))
    made = link("link", list(plain.pairs[0].ko), list(plain.pairs[0].en), origin="link")
    anchors = DocumentCorrections("d", inputs, (made,))
    again = align_texts(korean, english, encoder=use_encoder, anchors=anchors)
    data = review_data([ReviewDocument("d", again, inputs, prior=anchors)], use_encoder)
    pairs = data["documents"][0]["pairs"]
    assert pairs[0]["score"] is None and pairs[0]["origin"] == "link" and pairs[0]["status"] == "accepted"
    assert pairs[1]["score"] is not None and pairs[1]["origin"] == "aligner"


def test_the_page_s_colours_have_the_contrast_a_reader_needs():
    """Regression (a review audit): the amber band's edge stood at 1.81:1 against its band,
    the unpaired rows' at 2.37:1 (non-text contrast wants 3:1), the accepted check mark at
    3.6-3.9:1 (text wants 4.5:1)."""
    css = (Path(__file__).parents[1] / "src/aligner/review/assets/review.css").read_text(encoding="utf-8")
    colour = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-f]{6})", css))

    def luminance(hex_colour: str) -> float:
        rgb = [int(hex_colour[k:k + 2], 16) / 255 for k in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    def contrast(a: str, b: str) -> float:
        hi, lo = sorted((luminance(colour[a]), luminance(colour[b])), reverse=True)
        return (hi + 0.05) / (lo + 0.05)

    for band in ("high", "mid", "low", "user", "seg"):
        assert contrast(f"{band}-edge", band) >= 3, band
    for band in ("high", "mid", "low"):
        assert contrast("ok", band) >= 4.5, band
