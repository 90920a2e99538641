"""build-tm: manifests, folders, failures, resume, dedupe across documents, engines."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aligner.building.build import (
    DocumentSpec,
    Settings,
    aligned_documents,
    build_tm,
    pair_folders,
    read_manifest,
)
from aligner.cli import main
from aligner.errors import InputError, UsageError
from aligner.records import BELOW_MIN_SCORE, DUPLICATE

DATA = Path(__file__).parent / "data"
SEED = Path(__file__).parents[1] / "seeds" / "000_30438d9c0b7e7081.txt"


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A folder with a JSONL manifest of four documents, paths relative to it."""
    return _write_corpus(tmp_path)


def _write_corpus(tmp_path: Path) -> Path:
    for name in ("rates.ko.txt", "rates.en.txt", "web_page_ko_first.txt", "notice_mixed_lines.txt"):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    rows = [
        {"id": "rates", "ko": "rates.ko.txt", "en": "rates.en.txt"},
        {"id": "web", "bilingual": "web_page_ko_first.txt"},
        {"bilingual": "notice_mixed_lines.txt"},
        {"id": "web-again", "bilingual": "web_page_ko_first.txt"},
    ]
    (tmp_path / "docs.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return tmp_path


def test_jsonl_manifest_paths_are_relative_to_it(corpus):
    specs = read_manifest(corpus / "docs.jsonl")
    assert [s.id for s in specs] == ["rates", "web", "notice_mixed_lines", "web-again"]
    assert specs[0].ko == str(corpus / "rates.ko.txt") and specs[1].bilingual == str(corpus / "web_page_ko_first.txt")


@pytest.mark.skipif(not Path("/dev/stdin").exists(), reason="needs /dev/stdin")
def test_a_manifest_read_from_standard_input_takes_paths_relative_to_the_current_folder(corpus, monkeypatch):
    """Regression (an integrity audit): ``build-tm /dev/stdin < docs.jsonl`` looked for
    every document in /dev ("no such file")."""
    monkeypatch.chdir(corpus)
    with open(corpus / "docs.jsonl", "rb") as manifest:
        proc = subprocess.run([sys.executable, "-c", "import sys; from aligner import read_manifest; "
                               "print(read_manifest('/dev/stdin')[0].ko)"], stdin=manifest,
                              capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "rates.ko.txt", proc.stderr


def test_manifest_lines_end_at_line_ends_only_and_an_id_of_0_is_an_id(corpus):
    """Regression (hostile sweep): a JSON string holding U+2028 (which JSON allows raw) cut
    its line in two ("line 1 is not JSON"), and ``"id": 0`` was taken for no id."""
    (corpus / "u.jsonl").write_text(json.dumps({"id": "line\u2028sep", "ko": "rates.ko.txt", "en": "rates.en.txt"},
                                               ensure_ascii=False) + "\r\n" + json.dumps(
        {"id": 0, "ko": "rates.ko.txt", "en": "rates.en.txt"}) + "\n", encoding="utf-8")
    assert [s.id for s in read_manifest(corpus / "u.jsonl")] == ["line\u2028sep", "0"]
    (corpus / "u.tsv").write_text("id\tko\ten\r\nx\u2029y\trates.ko.txt\trates.en.txt\n", encoding="utf-8")
    assert [(s.id, Path(s.en).name) for s in read_manifest(corpus / "u.tsv")] == [("x\u2029y", "rates.en.txt")]


def test_tsv_manifest_is_read_literally_a_document_a_line(corpus):
    """A quotation mark was CSV quoting: rows b and c vanished into a's file name."""
    (corpus / "q.tsv").write_text('id\tbilingual\na\t"odd.txt\nb\tx.txt\nc\ty.txt"\n', encoding="utf-8")
    assert [(s.id, Path(s.bilingual).name) for s in read_manifest(corpus / "q.tsv")] == [
        ("a", '"odd.txt'), ("b", "x.txt"), ("c", 'y.txt"')]


def test_folders_ids_are_unique_printable_and_broken_links_are_documents(tmp_path):
    """d.txt and d.md in both folders refused the whole build (ids were stems); a file name
    that is not UTF-8 crashed the build when its id was written; a broken link was left
    out in silence while its partner was called unmatched."""
    for side in ("ko", "en"):
        folder = tmp_path / side
        folder.mkdir()
        for name in ("d.txt", "d.md", "a.txt"):
            (folder / name).write_text("text\n", encoding="utf-8")
        (folder / os.fsdecode(b"caf\xe9.txt")).write_text("text\n", encoding="utf-8")
    (tmp_path / "ko" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "en" / "gone.txt").write_text("text\n", encoding="utf-8")
    specs, alone = pair_folders(tmp_path / "ko", tmp_path / "en")
    assert sorted(s.id for s in specs) == ["a", "caf\ufffd", "d.md", "d.txt", "gone"]
    assert alone == []
    assert all(s.id.encode("utf-8") for s in specs)


def test_a_document_s_files_are_taken_by_language_in_either_order(tmp_path, use_encoder):
    """A manifest that swapped ko and en wrote Korean tagged as English into the memory;
    the same Korean file on both sides paired each sentence with itself."""
    from aligner.building.build import align_one

    ko, en = DATA / "rates.ko.txt", DATA / "rates.en.txt"
    contents = {str(p): p.read_bytes() for p in (ko, en)}
    record = align_one(DocumentSpec("swapped", str(en), str(ko)), Settings(), contents)
    assert record["status"] == "ok" and record["pairs"]
    from aligner.building.shards import pair_from_row

    pairs = [pair_from_row(row) for row in record["pairs"]]
    assert all(s.lang == "ko" and any("\uac00" <= c <= "\ud7a3" for c in s.text) for p in pairs for s in p.ko)
    record = align_one(DocumentSpec("same", str(ko), str(ko)), Settings(), contents)
    assert record["status"] == "failed" and "both Korean" in record["error"]


def test_a_bilingual_file_given_as_a_document_s_korean_is_named(tmp_path, capsys, use_encoder):
    """As align says it (test_cli): a document's Korean file that holds as much English
    pairs its English lines with their copies; build-tm names the file, once."""
    ko, en = tmp_path / "ko", tmp_path / "en"
    _tree(ko, {"greetings.txt": "네.\nYes.\n아니요.\nNo.\n감사합니다!\nThanks!\n",
               "rates.txt": (DATA / "rates.ko.txt").read_text(encoding="utf-8")})
    _tree(en, {"greetings.txt": "Yes.\nNo.\nThanks!\n", "rates.txt": (DATA / "rates.en.txt").read_text(encoding="utf-8")})
    assert main(["build-tm", str(ko), str(en), "-o", str(tmp_path / "tm.jsonl"), "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert err.count("segments are English") == 1
    assert f"{ko / 'greetings.txt'}: 3 of its 6 segments are English" in err


def test_tsv_manifest(corpus):
    (corpus / "docs.tsv").write_text("id\tko\ten\nr1\trates.ko.txt\trates.en.txt\n", encoding="utf-8")
    (corpus / "bi.tsv").write_text("id\tbilingual\nw\tweb_page_ko_first.txt\n", encoding="utf-8")
    assert read_manifest(corpus / "docs.tsv") == [DocumentSpec("r1", str(corpus / "rates.ko.txt"), str(corpus / "rates.en.txt"))]
    assert read_manifest(corpus / "bi.tsv")[0].bilingual == str(corpus / "web_page_ko_first.txt")


@pytest.mark.parametrize("line, message", [
    ('{"id": "x", "ko": "a.txt"}', "needs either"),
    ('{"id": "x", "ko": "a", "en": "b", "bilingual": "c"}', "needs either"),
    ("not json", "not JSON"),
    ('["a", "b"]', "not a JSON object"),
    # were internal errors (TypeError, RecursionError, ValueError, a surrogate in a file name)
    ('{"id": "x", "ko": 5, "en": 6}', "'ko' is not a string"),
    ('{"bilingual": ["x"]}', "'bilingual' is not a string"),
    ('{"id": true, "bilingual": "x"}', "'id' is not a string"),
    ("[" * 100_000 + "]" * 100_000, "not JSON this reader takes"),
    ('{"id": ' + "9" * 5_000 + ', "bilingual": "x"}', "not JSON this reader takes"),
    ('{"id": "x", "bilingual": "\\ud800.txt"}', "lone surrogate"),
])
def test_bad_manifest_entries(tmp_path, line, message):
    (tmp_path / "m.jsonl").write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_manifest(tmp_path / "m.jsonl")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_manifest_naming_a_pipe_fails_that_document_without_waiting(tmp_path):
    """Regression (a hostile audit): a manifest entry naming a FIFO blocked the build
    forever in open(); folder mode already skipped pipes. It is that document's failure."""
    from aligner.building.inputs import read_input

    os.mkfifo(tmp_path / "ko.fifo")
    (tmp_path / "en.txt").write_text("Hello.\n", encoding="utf-8")
    (tmp_path / "m.jsonl").write_text('{"id": "a", "ko": "ko.fifo", "en": "en.txt"}\n', encoding="utf-8")
    (spec,) = read_manifest(tmp_path / "m.jsonl")
    assert "not a regular file" in read_input(spec, "settings").error


def test_duplicate_ids_are_refused(tmp_path):
    (tmp_path / "m.jsonl").write_text('{"id": "a", "bilingual": "x"}\n{"id": "a", "bilingual": "y"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="unique"):
        read_manifest(tmp_path / "m.jsonl")


def test_folders_pair_by_name(tmp_path):
    (tmp_path / "ko").mkdir()
    (tmp_path / "en").mkdir()
    for name in ("a.txt", "b.txt"):
        (tmp_path / "ko" / name).write_text("가", encoding="utf-8")
        (tmp_path / "en" / name).write_text("a", encoding="utf-8")
    (tmp_path / "en" / "only.txt").write_text("x", encoding="utf-8")
    specs, alone = pair_folders(tmp_path / "ko", tmp_path / "en")
    assert [s.id for s in specs] == ["a", "b"] and alone == [str(tmp_path / "en" / "only.txt")]


def test_folders_pair_names_written_decomposed_with_composed_ones(tmp_path):
    """Regression (a hostile sweep): a Korean folder copied from macOS names its files in
    decomposed Hangul (NFD); the English folder's same name, composed, never matched (exit 7,
    "no file of the same name", two names the same to the eye)."""
    import unicodedata

    (tmp_path / "ko").mkdir()
    (tmp_path / "en").mkdir()
    decomposed = unicodedata.normalize("NFD", "기사.txt")
    try:
        (tmp_path / "ko" / decomposed).write_text("가", encoding="utf-8")
    except OSError:
        pytest.skip("this file system takes only one form of a name")
    if [p.name for p in (tmp_path / "ko").iterdir()] != [decomposed]:
        pytest.skip("this file system composes names itself")
    (tmp_path / "en" / "기사.txt").write_text("a", encoding="utf-8")
    specs, alone = pair_folders(tmp_path / "ko", tmp_path / "en")
    assert [(s.ko, s.en) for s in specs] == [(str(tmp_path / "ko" / decomposed), str(tmp_path / "en" / "기사.txt"))]
    assert alone == []



def _tree(root: Path, names: dict[str, str]) -> None:
    for name, text in names.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def test_folder_trees_pair_by_relative_path_and_top_level_ids_stay(tmp_path):
    """Files in subfolders were left out in silence: a tree gave an empty or partial memory."""
    ko, en = tmp_path / "ko", tmp_path / "en"
    shared = ["a.txt", "2019/a.txt", "2019/d.txt", "2019/d.md", "2019/07/b.txt", os.fsdecode(b"caf\xe9/x.txt")]
    _tree(ko, {name: "가" for name in [*shared, "2019/only.txt"]})
    _tree(en, {name: "a" for name in shared})
    specs, alone = pair_folders(ko, en)
    assert [s.id for s in specs] == ["2019/07/b", "2019/a", "2019/d.md", "2019/d.txt", "a", "caf\ufffd/x"]
    assert (specs[1].ko, specs[1].en) == (str(ko / "2019" / "a.txt"), str(en / "2019" / "a.txt"))
    assert alone == [str(ko / "2019" / "only.txt")]


def test_hidden_entries_and_linked_folders_are_skipped_and_said(tmp_path, capsys, use_encoder):
    """Hidden files and folders (.DS_Store, .git) are no documents and do not fail the
    build, but are named; a link to a parent folder is not followed (it would loop)."""
    ko, en = tmp_path / "ko", tmp_path / "en"
    _tree(ko, {"2019/rates.txt": (DATA / "rates.ko.txt").read_text(encoding="utf-8"), ".DS_Store": "", ".git/HEAD": ""})
    _tree(en, {"2019/rates.txt": (DATA / "rates.en.txt").read_text(encoding="utf-8"), "2019/.DS_Store": ""})
    (ko / "back").symlink_to(ko, target_is_directory=True)
    build = ["build-tm", str(ko), str(en), "-o", str(tmp_path / "tm.jsonl"), "--jobs", "1"]
    assert main(build) == 0
    err = capsys.readouterr().err
    assert f"{ko}: skipped 2 hidden entries (.DS_Store, .git)" in err
    assert f"{ko}: skipped 1 link to a folder (not followed) (back)" in err
    assert f"{en}: skipped 1 hidden entry (2019/.DS_Store)" in err
    docs = {json.loads(line)["doc"] for line in (tmp_path / "tm.jsonl").read_text(encoding="utf-8").splitlines()}
    assert docs == {"2019/rates"}
    (ko / "2019" / "only.txt").write_text("가", encoding="utf-8")  # unmatched in a subfolder: said, exit 7
    assert main(build) == 7
    err = capsys.readouterr().err
    assert f"{ko / '2019' / 'only.txt'}: no file of the same name in the other folder; skipped" in err
    assert "1 document: 0 newly aligned, 1 resumed" in err


def test_an_output_inside_an_input_folder_is_refused(tmp_path, capsys):
    """The next run would read the memory, its state or its review page as a document."""
    ko, en = tmp_path / "ko", tmp_path / "en"
    _tree(ko, {"2019/a.txt": "가"})
    _tree(en, {"2019/a.txt": "a"})
    for extra in (["-o", ko / "2019" / "tm.tsv"], ["-o", tmp_path / "tm.tsv", "--state", en / "s.jsonl"],
                  ["-o", tmp_path / "tm.tsv", "--review", ko / "r.html"]):
        assert main(["build-tm", str(ko), str(en), *map(str, extra)]) == 2
        assert "is inside the input folder" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["a.txt", "a.txt"]


@pytest.mark.parametrize("pair_by", ["name", "content"])
def test_two_folders_that_are_one_or_nested_are_refused_before_any_reading(tmp_path, capsys, pair_by):
    """Regression (hostile audit): by content, an English folder inside the Korean one was
    listed on both sides ("paired ko/a.txt with ko/en/y.txt", then y.txt "no counterpart",
    exit 7); one folder given twice was refused only after the whole pairing."""
    ko = tmp_path / "ko"
    _tree(ko, {"a.txt": "안녕하세요.", "en/y.txt": "Hello."})
    for pair, message in (((ko, ko / "en"), "ko/en is inside"), ((ko / "en", ko), "ko/en is inside"),
                          ((ko, ko / "."), "are one folder")):
        assert main(["build-tm", *map(str, pair), "--pair-by", pair_by, "-o", str(tmp_path / "tm.tsv")]) == 2
        assert message in capsys.readouterr().err
    assert not (tmp_path / "tm.tsv").exists()


def test_build_dedupes_across_documents_and_tags_each_unit(corpus, use_encoder):
    report = build_tm(read_manifest(corpus / "docs.jsonl"), corpus / "tm.jsonl", jobs=1)
    rows = [json.loads(line) for line in (corpus / "tm.jsonl").read_text(encoding="utf-8").splitlines()]
    assert report.failed == [] and report.pairs == len(rows) == 5 + 6 + 4  # web-again adds nothing
    assert [r["doc"] for r in rows].count("web") == 6 and "web-again" not in {r["doc"] for r in rows}


def test_a_memory_without_pairs_has_the_doc_column_in_its_header(corpus, use_encoder):
    """Regression: a TSV memory's header took its columns from the first row, so a build
    that kept no pair had no doc column (ko, en, score) where any other build has it."""
    for min_score, lines in ((0.0, 16), (1.0, 1)):
        out = corpus / f"tm{min_score}.tsv"
        build_tm(read_manifest(corpus / "docs.jsonl"), out, jobs=1, state=False, min_score=min_score, header=True)
        text = out.read_text(encoding="utf-8").splitlines()
        assert text[0] == "ko\ten\tscore\tdoc" and len(text) == lines


def test_pairs_that_differ_only_in_what_the_writer_removes_are_one_pair(tmp_path, use_encoder):
    """Regression (hostile audit): three documents whose Korean differed only in a DEL or a
    U+FFFE, which the writer removes, gave three byte-identical rows in a "deduplicated"
    memory: the key was taken from the text before it was cleaned."""
    from aligner import TranslationMemory

    specs = []
    for name, extra in (("a", ""), ("b", "\x7f"), ("c", "\ufffe")):
        (tmp_path / f"{name}.ko.txt").write_text(f"조약이 서명되었다.{extra}\n", encoding="utf-8")
        (tmp_path / f"{name}.en.txt").write_text("The treaty was signed.\n", encoding="utf-8")
        specs.append(DocumentSpec(name, str(tmp_path / f"{name}.ko.txt"), str(tmp_path / f"{name}.en.txt")))
    report = build_tm(specs, tmp_path / "tm.tsv", jobs=1, state=False)
    assert (tmp_path / "tm.tsv").read_text(encoding="utf-8").count("\n") == report.pairs == 1
    memory = TranslationMemory()
    for spec in specs:
        memory.add_texts(open(spec.ko, encoding="utf-8").read(), open(spec.en, encoding="utf-8").read(),
                         encoder=use_encoder, doc_id=spec.id)
    assert len(memory) == 1 and memory.skipped_duplicates == 2
    # the key is the text as written: a vertical tab between two words is written as a space
    from aligner.formats.writers import clean, compared

    assert compared("a\x0bb  \U0010ffff c") == " ".join(clean("a\x0bb  \U0010ffff c").split()) == "a b c"


def test_a_failing_document_is_skipped_and_retried_on_resume(corpus, use_encoder):
    (corpus / "docs.jsonl").open("a").write('{"id": "broken", "ko": "missing.txt", "en": "rates.en.txt"}\n')
    specs = read_manifest(corpus / "docs.jsonl")
    report = build_tm(specs, corpus / "tm.tmx", jobs=1)
    assert [doc for doc, _ in report.failed] == ["broken"] and "no such file" in report.failed[0][1]
    assert (report.aligned, report.resumed, report.realigned) == (4, 0, 0)
    assert (corpus / "tm.tmx").exists() and report.pairs == 15
    (corpus / "missing.txt").write_bytes((DATA / "rates.ko.txt").read_bytes())
    report = build_tm(specs, corpus / "tm.tmx", jobs=1)
    assert report.resumed == 4 and report.failed == [] and report.pairs == 15  # rates twice: deduped


def test_a_document_failing_before_others_in_its_batch_leaves_them_resumable(corpus, use_encoder, caplog):
    """Regression (a build audit): a failed document kept its position in its batch as its
    slot but wrote no line, so the next document's slot ran past its line's offset and
    every rerun called its shard damaged and aligned it again, forever."""
    (corpus / "blob.txt").write_bytes(bytes(range(256)) * 8)  # read, then refused in the worker
    rows = '{"id": "broken", "ko": "blob.txt", "en": "rates.en.txt"}\n' + (corpus / "docs.jsonl").read_text()
    (corpus / "docs.jsonl").write_text(rows, encoding="utf-8")
    specs = read_manifest(corpus / "docs.jsonl")
    report = build_tm(specs, corpus / "tm.tsv", jobs=1)
    assert [doc for doc, _ in report.failed] == ["broken"] and "binary" in report.failed[0][1] and report.aligned == 4
    for _ in range(2):
        report = build_tm(specs, corpus / "tm.tsv", jobs=1)
        assert (report.aligned, report.resumed, report.realigned) == (0, 4, 0) and report.pairs == 15
    assert "damaged" not in caplog.text


def test_a_second_build_on_the_same_state_is_refused_at_once(corpus, use_encoder):
    """Regression (an integrity audit): two builds on one output ran together; the second
    failed after all its work with a damaged-shard error (the first had collected its
    shards) and the state held both builds' lines. The state is locked for a build."""
    fcntl = pytest.importorskip("fcntl")
    specs = read_manifest(corpus / "docs.jsonl")
    lock = corpus / ".tm.tsv.state.jsonl.lock"
    with open(lock, "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a build running
        with pytest.raises(UsageError, match="another build-tm is using this state"):
            build_tm(specs, corpus / "tm.tsv", jobs=1)
    assert not (corpus / "tm.tsv").exists()
    assert build_tm(specs, corpus / "tm.tsv", jobs=1).pairs == 15 and not lock.exists()


def test_resume_skips_finished_documents_even_after_a_torn_write(corpus, use_encoder, monkeypatch):
    specs = read_manifest(corpus / "docs.jsonl")
    build_tm(specs, corpus / "tm.tsv", jobs=1)
    state = corpus / "tm.tsv.state.jsonl"
    lines = state.read_text(encoding="utf-8").splitlines()
    state.write_text("\n".join(lines[:-1]) + "\n" + lines[-1][:40], encoding="utf-8")  # a crash mid-line
    aligned = []
    from aligner.building import build

    original = build.align_one
    monkeypatch.setattr(build, "align_one", lambda spec, *a, **k: aligned.append(spec.id) or original(spec, *a, **k))
    report = build_tm(specs, corpus / "tm.tsv", jobs=1)
    assert aligned == [specs[-1].id] and report.resumed == 3 and report.pairs == 15


def test_resume_with_other_settings_is_refused(corpus, use_encoder):
    specs = read_manifest(corpus / "docs.jsonl")[:1]
    build_tm(specs, corpus / "tm.tsv", jobs=1)
    with pytest.raises(UsageError, match="other settings"):
        build_tm(specs, corpus / "tm.tsv", jobs=1, settings=Settings(presegmented=True))


def test_local_worker_processes_give_the_same_memory(corpus, use_encoder):
    specs = read_manifest(corpus / "docs.jsonl")
    build_tm(specs, corpus / "one.tsv", jobs=1)
    build_tm(specs, corpus / "two.tsv", jobs=2)
    assert (corpus / "one.tsv").read_text(encoding="utf-8") == (corpus / "two.tsv").read_text(encoding="utf-8")


def test_ray_engine_in_local_mode_gives_the_same_memory(corpus, use_encoder):
    ray = pytest.importorskip("ray")
    specs = read_manifest(corpus / "docs.jsonl") + [DocumentSpec("broken", bilingual=str(corpus / "nope.txt"))]
    local = build_tm(specs, corpus / "local.tsv", jobs=1)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        remote = build_tm(specs, corpus / "ray.tsv", engine="ray", jobs=2)
    finally:
        ray.shutdown()
    assert (corpus / "local.tsv").read_text(encoding="utf-8") == (corpus / "ray.tsv").read_text(encoding="utf-8")
    assert remote.failed == local.failed and "no such file" in remote.failed[0][1]


def test_cli_build_tm_exit_codes(corpus, capsys, use_encoder):
    assert main(["build-tm", str(corpus / "docs.jsonl"), "-o", str(corpus / "tm.tmx"), "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert ("4 documents: 4 newly aligned, 0 resumed, 0 realigned (input changed), 0 failed; 55 segments; "
            "wrote 15 pairs") in err  # 11 + 18 + 8 + 18
    (corpus / "docs.jsonl").open("a").write('{"id": "broken", "bilingual": "nope.txt"}\n')
    assert main(["build-tm", str(corpus / "docs.jsonl"), "-o", str(corpus / "tm.tmx"), "--jobs", "1"]) == 7
    err = capsys.readouterr().err
    assert "document broken skipped" in err and "5 documents: 0 newly aligned, 4 resumed, 0 realigned" in err
    assert main(["build-tm", str(corpus / "docs.jsonl")]) == 2
    assert main(["build-tm", str(corpus / "docs.jsonl"), "-o", str(corpus / "tm.xml")]) == 2
    assert main(["build-tm", str(corpus / "docs.jsonl"), "-o", str(corpus / "no" / "tm.tmx")]) == 6
    assert "cannot write" in capsys.readouterr().err
    # regression: a --state in a missing folder was an internal error (exit 1)
    assert main(["build-tm", str(corpus / "docs.jsonl"), "-o", str(corpus / "tm2.tmx"),
                 "--state", str(corpus / "no" / "state.jsonl")]) == 6


def test_progress_bar_only_when_asked_or_on_a_terminal(corpus, capsys, use_encoder):
    specs = read_manifest(corpus / "docs.jsonl")[:2]
    build_tm(specs, corpus / "a.tsv", jobs=1, progress=True)
    err = capsys.readouterr().err
    assert "2/2" in err and "doc" in err and "sent_per_s" in err
    build_tm(specs, corpus / "b.tsv", jobs=1)  # stderr is not a terminal under pytest
    assert capsys.readouterr().err == ""


def test_build_tm_reports_what_the_writer_changed(tmp_path, capsys, use_encoder):
    """Regression: the warnings about removed characters reached `align` only."""
    (tmp_path / "k.txt").write_text("서울시는\x07 요금을 내렸다.\n", encoding="utf-8")
    (tmp_path / "e.txt").write_text("Seoul\x07 cut the fees.\n", encoding="utf-8")
    (tmp_path / "m.jsonl").write_text('{"id": "d", "ko": "k.txt", "en": "e.txt"}\n', encoding="utf-8")
    assert main(["build-tm", str(tmp_path / "m.jsonl"), "-o", str(tmp_path / "tm.tmx"), "--jobs", "1"]) == 0
    assert "removed 2 characters that XML 1.0 forbids" in capsys.readouterr().err


# ---------------------------------------------------------------- state keyed by input, --fresh, bad state


def run_cli(*args, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """The installed CLI in a fresh process, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "aligner", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})}, check=False)


def test_a_changed_input_is_realigned_and_fresh_starts_over(corpus, use_encoder):
    """Regression (issue 10): an edited document was reported "resumed" and its old pairs written."""
    (corpus / "two.jsonl").write_text('{"id": "rates", "ko": "rates.ko.txt", "en": "rates.en.txt"}\n'
                                      '{"bilingual": "notice_mixed_lines.txt"}\n', encoding="utf-8")
    build_tm(read_manifest(corpus / "two.jsonl"), corpus / "tm.tsv", jobs=1)  # the first build, as the CLI runs it
    build = ["build-tm", corpus / "two.jsonl", "-o", corpus / "tm.tsv", "--jobs", "1"]
    english = corpus / "rates.en.txt"
    english.write_text(english.read_text(encoding="utf-8").replace("benchmark interest rate", "base rate"),
                       encoding="utf-8")
    result = run_cli(*build)
    assert result.returncode == 0, result.stderr
    assert "2 documents: 0 newly aligned, 1 resumed, 1 realigned (input changed), 0 failed" in result.stderr
    memory = (corpus / "tm.tsv").read_text(encoding="utf-8")
    assert "cut its base rate" in memory and "benchmark interest rate" not in memory
    result = run_cli(*build, "--fresh")
    assert result.returncode == 0 and "2 newly aligned, 0 resumed, 0 realigned" in result.stderr
    assert (corpus / "tm.tsv").read_text(encoding="utf-8") == memory


def test_library_resume_is_keyed_by_input_and_state_false_keeps_nothing(corpus, use_encoder):
    specs = read_manifest(corpus / "docs.jsonl")[:2]
    build_tm(specs, corpus / "tm.jsonl", jobs=1)
    assert (corpus / "tm.jsonl.state.jsonl").is_file() and (corpus / "tm.jsonl.state.shards").is_dir()
    (corpus / "web_page_ko_first.txt").write_text("서울시는 버스 요금을 내렸다.\nSeoul cut bus fares.\n", encoding="utf-8")
    report = build_tm(specs, corpus / "tm.jsonl", jobs=1)
    assert (report.resumed, report.realigned, report.aligned) == (1, 1, 0)
    assert "Seoul cut bus fares." in (corpus / "tm.jsonl").read_text(encoding="utf-8")
    before = set(corpus.iterdir())
    report = build_tm(specs, corpus / "none.tsv", jobs=1, state=False)
    assert report.aligned == 2 and set(corpus.iterdir()) - before == {corpus / "none.tsv"}


def test_every_document_failing_keeps_the_previous_memory(corpus):
    """Regression (issue 10): a build where every document failed replaced the memory with an empty one."""
    output = corpus / "tm.tmx"
    output.write_text("the previous memory\n", encoding="utf-8")
    (corpus / "bad.jsonl").write_text('{"id": "a", "bilingual": "nope.txt"}\n{"id": "b", "ko": "rates.ko.txt", '
                                      '"en": "missing.txt"}\n{"id": "c", "bilingual": "rates.ko.txt"}\n',
                                      encoding="utf-8")  # c fails in the worker: no English in it
    result = run_cli("build-tm", corpus / "bad.jsonl", "-o", output, "--jobs", "1")
    assert result.returncode == 7
    assert output.read_text(encoding="utf-8") == "the previous memory\n"
    assert "document c skipped" in result.stderr and "no English text" in result.stderr
    assert result.stderr.splitlines()[-1] == (
        f"aligner: error: none of the 3 documents could be aligned (listed above); {output} was not written "
        "(the previous memory is kept)")


def test_a_garbage_state_file_is_an_input_error(corpus):
    """Regression (issue 10): a garbage --state was an internal error (exit 1)."""
    state = corpus / "state.jsonl"
    state.write_bytes(b"not a state\n")
    for extra in ([], ["--fresh"]):  # --fresh must not delete a file that is not a state file
        result = run_cli("build-tm", corpus / "docs.jsonl", "-o", corpus / "tm.tsv", "--state", state, *extra)
        assert result.returncode == 3, result.stderr
        assert result.stderr.count("\n") == 1
        assert result.stderr.startswith(f"aligner: error: {state}: not a build-tm state file")
        assert ("not deleting it" in result.stderr) == bool(extra)
        assert state.read_bytes() == b"not a state\n"
    assert not (corpus / "tm.tsv").exists()


@pytest.mark.parametrize("garbage", [b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", b'{"id": "x"}\n', b"[1, 2]\n"])
def test_other_garbage_states_are_input_errors_too(corpus, capsys, garbage):
    state = corpus / "state.jsonl"
    state.write_bytes(garbage)
    for extra in ([], ["--fresh"]):
        assert main(["build-tm", str(corpus / "docs.jsonl"), "-o", str(corpus / "tm.tsv"), "--state", str(state),
                     *extra]) == 3
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and f"aligner: error: {state}: not a build-tm state file" in err
        assert state.read_bytes() == garbage


def test_a_state_of_other_settings_is_refused_on_the_command_line(corpus, use_encoder):
    build_tm(read_manifest(corpus / "docs.jsonl")[:1], corpus / "tm.tsv", jobs=1)
    result = run_cli("build-tm", corpus / "docs.jsonl", "-o", corpus / "tm.tsv", "--presegmented")
    assert result.returncode == 2 and "other settings" in result.stderr and "--fresh" in result.stderr


def test_ray_client_address_without_the_client_extra_is_unavailable(corpus, tmp_path):
    """Regression (issue 10): --ray-address ray://... without Ray's client extra was exit 1."""
    pytest.importorskip("ray")
    stub = tmp_path / "stub"
    (stub / "grpc").mkdir(parents=True)
    (stub / "grpc" / "__init__.py").write_text("raise ImportError('grpc is not installed')\n", encoding="utf-8")
    result = run_cli("build-tm", corpus / "docs.jsonl", "-o", corpus / "tm.tsv", "--engine", "ray",
                     "--ray-address", "ray://127.0.0.1:1", env={"PYTHONPATH": str(stub)})
    assert result.returncode == 5, result.stderr
    assert result.stderr.count("\n") == 1 and "pip install 'aligner[ray]'" in result.stderr
    assert sorted(p.name for p in corpus.iterdir() if p.name.startswith("tm")) == []


# ---------------------------------------------------------------- workers die with the driver


def _descendants(pid: int) -> set[int]:
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError):
                continue
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _command(pid: int) -> str:
    try:
        return (Path("/proc") / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _assert_all_end(pids, seconds: float, message: str) -> None:
    """Wait up to ``seconds`` for ``pids`` to end; kill any left (not to leak them) and fail."""
    deadline = time.monotonic() + seconds
    while any(_running(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [p for p in pids if _running(p)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, message


def _running(pid: int) -> bool:
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT, signal.SIGTERM], ids=["SIGKILL", "SIGINT", "SIGTERM"])
def test_workers_exit_when_the_driver_is_killed_or_interrupted(tmp_path, how):
    """Regression (issue 10): after SIGKILL of build-tm, its workers kept running (1.2 GB for
    over a minute). Ctrl-C ends the build at once (exit 130), not after the running batches."""
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "m.jsonl").write_text("".join(f'{{"id": "d{i}", "bilingual": "seed.txt"}}\n' for i in range(200)),
                                      encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "aligner", "build-tm", str(tmp_path / "m.jsonl"),
                             "-o", str(tmp_path / "tm.tsv"), "--jobs", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 120
        while len(workers := _descendants(proc.pid)) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
        assert len(workers) >= 2, "the build did not start its workers"
        time.sleep(1)
        proc.send_signal(how)
        err = proc.communicate(timeout=20)[1]
    finally:
        proc.kill()
        proc.wait()
    if how == signal.SIGINT:
        assert proc.returncode == 130 and err == "aligner: interrupted; no output written\n"
    if how == signal.SIGTERM:  # (an integrity audit) it left the memory's temporary file behind, for good
        assert proc.returncode == 143 and err == "aligner: terminated; no output written\n"
        assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    _assert_all_end(workers, 5, "worker processes outlived the driver")


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_ray_workers_exit_when_the_driver_is_killed(tmp_path):
    """The Ray engine's actors (each holding an encoder) end with a killed driver too."""
    pytest.importorskip("ray")
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "m.jsonl").write_text("".join(f'{{"id": "d{i}", "bilingual": "seed.txt"}}\n' for i in range(400)),
                                      encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "aligner", "build-tm", str(tmp_path / "m.jsonl"),
                             "-o", str(tmp_path / "tm.tsv"), "--engine", "ray", "--jobs", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and proc.poll() is None:
            actors = {p for p in _descendants(proc.pid) if _command(p).startswith("ray::_RayWorker")}
            if len(actors) >= 2 and (tmp_path / "tm.tsv.state.jsonl").exists():
                break
            time.sleep(0.5)
        assert len(actors) >= 2, "the build did not start its actors"
    finally:
        proc.kill()
        proc.wait()
    _assert_all_end(actors, 15, "Ray actors outlived the killed driver")


# ---------------------------------------------------------------- shards: order, resume, no shared folder


def test_the_manifest_order_decides_the_memory_order_not_the_shards(corpus, use_encoder, monkeypatch):
    from aligner.building import build

    monkeypatch.setattr(build, "BATCH_DOCUMENTS", 1)  # one shard per document
    specs = read_manifest(corpus / "docs.jsonl")[1:]  # web, notice, web-again (a duplicate of web)
    build_tm(specs, corpus / "tm.jsonl", jobs=1)
    report = build_tm(specs[::-1], corpus / "tm.jsonl", jobs=1)  # all resumed, from shards in the old order
    assert report.resumed == 3
    build_tm(specs[::-1], corpus / "fresh.jsonl", jobs=1)
    assert (corpus / "tm.jsonl").read_text(encoding="utf-8") == (corpus / "fresh.jsonl").read_text(encoding="utf-8")
    assert json.loads((corpus / "tm.jsonl").read_text(encoding="utf-8").splitlines()[0])["doc"] == "web-again"


def test_a_lost_shard_is_realigned_and_the_rest_resumed(corpus, use_encoder, monkeypatch):
    from aligner.building import build

    monkeypatch.setattr(build, "BATCH_DOCUMENTS", 1)
    specs = read_manifest(corpus / "docs.jsonl")
    build_tm(specs, corpus / "tm.tsv", jobs=1)
    memory = (corpus / "tm.tsv").read_text(encoding="utf-8")
    shards = sorted((corpus / "tm.tsv.state.shards").glob("*.keys.npy"))
    assert len(shards) == 4
    shards[0].unlink()
    report = build_tm(specs, corpus / "tm.tsv", jobs=1)
    assert (report.resumed, report.aligned) == (3, 1) and (corpus / "tm.tsv").read_text(encoding="utf-8") == memory
    assert len(list((corpus / "tm.tsv.state.shards").glob("*.keys.npy"))) == 4


@pytest.fixture(scope="module")
def built(tmp_path_factory, use_encoder) -> Path:
    """The corpus built once into ``tm.tsv``: its state and its one shard of four
    documents (rates, web, notice, web-again), for tests to copy and damage."""
    folder = _write_corpus(tmp_path_factory.mktemp("built"))
    build_tm(read_manifest(folder / "docs.jsonl"), folder / "tm.tsv", jobs=1)
    return folder


def _entry(state: Path, doc_id: str) -> dict:
    return [e for e in map(json.loads, state.read_text(encoding="utf-8").splitlines()[1:]) if e["id"] == doc_id][-1]


def _misplace(state: Path, doc_id: str, **fields: object) -> None:
    """Append a state line for ``doc_id`` with ``fields`` changed (the last line wins)."""
    with state.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({**_entry(state, doc_id), **fields}) + "\n")


def _other_scores(keys: Path) -> None:
    array = np.load(keys)
    array["score"] = 0.5
    np.save(keys, array)


# damage(data file, key file, state) -> the file the warning names; documents aligned again
_DAMAGES = [
    pytest.param(lambda data, keys, state: data.write_bytes(data.read_bytes()[:-10]) and data, 1,
                 id="data-cut-short"),
    pytest.param(lambda data, keys, state: keys.write_bytes(b"not numpy\n") and keys, 4, id="keys-garbage"),
    pytest.param(lambda data, keys, state: keys.write_bytes(keys.read_bytes()[:-20]) and keys, 4,
                 id="keys-cut-short"),
    pytest.param(lambda data, keys, state: _other_scores(keys) or keys, 4, id="keys-not-as-written"),
    pytest.param(lambda data, keys, state: _misplace(state, "web", offset=5) or data, 1, id="entry-offset"),
    pytest.param(lambda data, keys, state: _misplace(state, "web", length=0) or data, 1, id="entry-length-0"),
    pytest.param(lambda data, keys, state: _misplace(state, "web", length=10**15) or data, 1, id="entry-length-huge"),
    pytest.param(lambda data, keys, state: _misplace(state, "web", offset=0, length=_entry(state, "rates")["length"])
                 or data, 1, id="entry-another-document-s-line"),
]


@pytest.mark.parametrize("damage, lost", _DAMAGES)
def test_a_damaged_shard_or_entry_realigns_what_it_lost(built, tmp_path, capsys, damage, lost):
    """Regression (hostile audit): a shard cut short or garbled, or a state entry pointing
    elsewhere, was an internal error (JSONDecodeError, MemoryError; exit 1). Like a lost
    shard, it costs only the documents it lost: said once, aligned again, the memory whole."""
    shutil.copytree(built, tmp_path, dirs_exist_ok=True)
    (keys,) = (tmp_path / "tm.tsv.state.shards").resolve().glob("*.keys.npy")
    damaged = damage(keys.with_name(keys.name.replace(".keys.npy", ".jsonl")), keys, tmp_path / "tm.tsv.state.jsonl")
    memory = (built / "tm.tsv").read_text(encoding="utf-8")
    command = ["build-tm", str(tmp_path / "docs.jsonl"), "-o", str(tmp_path / "tm.tsv"), "--jobs", "1"]
    assert main(command) == 0
    err = capsys.readouterr().err
    warnings = [line for line in err.splitlines() if "a damaged build-tm shard" in line]
    assert len(warnings) == 1 and warnings[0].startswith(f"aligner: {damaged}: a damaged build-tm shard (")
    assert warnings[0].endswith("the documents it lost are aligned again")
    assert f"{lost} newly aligned, {4 - lost} resumed" in err
    assert (tmp_path / "tm.tsv").read_text(encoding="utf-8") == memory
    assert main(command) == 0  # the repaired state resumes every document
    err = capsys.readouterr().err
    assert "a damaged build-tm shard" not in err and "0 newly aligned, 4 resumed" in err
    assert (tmp_path / "tm.tsv").read_text(encoding="utf-8") == memory


@pytest.mark.parametrize(("damage", "said", "counts"), [
    (lambda state: _misplace(state, "web", shard="../../../../etc/passwd"),
     "the build-tm shard '../../../../etc/passwd' is missing; the documents it held are aligned again",
     "1 newly aligned, 3 resumed"),
    # the line before it still holds the document
    (lambda state: _misplace(state, "web", segments="x"), "1 line of the state file is damaged and ignored",
     "0 newly aligned, 4 resumed"),
], ids=["entry-points-elsewhere", "entry-garbled"])
def test_a_state_entry_pointing_nowhere_or_garbled_is_said(built, tmp_path, capsys, damage, said, counts):
    """Regression (hostile sweep, 2026-12-04): a state entry naming a shard outside the
    build, or one whose fields are garbage, was dropped and its document aligned again
    without a word, though the README says a warning names the file."""
    shutil.copytree(built, tmp_path, dirs_exist_ok=True)
    damage(tmp_path / "tm.tsv.state.jsonl")
    memory = (built / "tm.tsv").read_text(encoding="utf-8")
    assert main(["build-tm", str(tmp_path / "docs.jsonl"), "-o", str(tmp_path / "tm.tsv"), "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert said in err and counts in err
    assert (tmp_path / "tm.tsv").read_text(encoding="utf-8") == memory


def test_reading_back_a_damaged_shard_is_an_input_error(built, tmp_path):
    """Regression (hostile audit): reading a build's documents back (the review page) from
    a state entry pointing elsewhere was a JSONDecodeError."""
    shutil.copytree(built, tmp_path, dirs_exist_ok=True)
    _misplace(tmp_path / "tm.tsv.state.jsonl", "web", offset=5)
    with pytest.raises(InputError, match=r"\.jsonl: a damaged build-tm shard \(document web: .*rerun build-tm"):
        list(aligned_documents(read_manifest(tmp_path / "docs.jsonl"), tmp_path / "tm.tsv.state.jsonl", Settings()))


def test_the_driver_writes_the_shards_a_worker_cannot_see(corpus, use_encoder, monkeypatch):
    """A Ray node without the driver's file system sends its shard back; the memory is the same."""
    specs = read_manifest(corpus / "docs.jsonl")[1:]
    build_tm(specs, corpus / "shared.tsv", jobs=1)
    from aligner.building.shards import ShardStore

    monkeypatch.setattr(ShardStore, "visible", lambda self: False)
    build_tm(specs, corpus / "apart.tsv", jobs=1)
    assert (corpus / "apart.tsv").read_text(encoding="utf-8") == (corpus / "shared.tsv").read_text(encoding="utf-8")


_TEXTS = st.sampled_from(["가", "나 다", "나  다", "라", "마\t바"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(docs=st.lists(st.lists(st.tuples(_TEXTS, st.sampled_from(["a", "b c", " b c", "d"]),
                                        st.sampled_from([0.1, 0.5, 0.9])), max_size=6), max_size=10),
       order=st.randoms(use_true_random=False), batch=st.integers(1, 4), min_score=st.sampled_from([0.0, 0.5]),
       tasks=st.integers(1, 5))
def test_keyed_deduplication_keeps_what_one_in_memory_set_keeps(tmp_path_factory, docs, order, batch, min_score, tasks):
    """The keyed pass over shards (any shard layout, any number of bucket ranges) keeps the
    same pairs, in the same order, as TranslationMemory fed the documents in manifest order."""
    from aligner.building import build
    from aligner.building.engines import InlineEngine
    from aligner.building.memory import TranslationMemory
    from aligner.building.shards import ShardStore, encode_shard, pair_row
    from aligner.building.state import DocState
    from aligner.records import Pair, Segment

    def pair(ko: str, en: str, score: float) -> Pair:
        return Pair((Segment(ko, "ko", 0, len(ko), 0),), (Segment(en, "en", 0, len(en), 0),), score)

    expected = TranslationMemory(dedupe=True, min_score=min_score)
    for number, rows in enumerate(docs):
        expected.add([pair(*row) for row in rows], doc_id=f"d{number}")
    store = ShardStore.open(tmp_path_factory.mktemp("shards") / "s")
    layout = list(range(len(docs)))
    order.shuffle(layout)  # shards need not follow the manifest
    current: list = [None] * len(docs)
    for start in range(0, len(layout), batch):
        members = layout[start:start + batch]
        records = [(slot, {"id": f"d{m}", "pairs": [pair_row(pair(*row)) for row in docs[m]], "unpaired": []})
                   for slot, m in enumerate(members)]
        content = encode_shard(records)
        store.save(f"s{start}", content)
        for (slot, offset, length), m in zip(content.lines, members):
            current[m] = DocState(f"d{m}", "k", "ok", shard=f"s{start}", slot=slot, offset=offset, length=length,
                                  pairs=len(docs[m]))
    engine = InlineEngine()
    engine.workers = tasks
    dropped = build._dedupe(current, store, engine, str(store.scratch("x")), min_score)
    counts = {BELOW_MIN_SCORE: [0, 0], DUPLICATE: [0, 0]}
    specs = [DocumentSpec(f"d{m}", bilingual="x") for m in range(len(docs))]
    rows = list(build._rows(specs, current, store, build.dropped_ordinals(dropped), min_score, counts))
    assert [(d, p.ko_text, p.en_text, p.score) for d, p in rows] == \
        [(d, p.ko_text, p.en_text, p.score) for d, p in expected]
    assert (counts[BELOW_MIN_SCORE][0], counts[DUPLICATE][0]) == (expected.skipped_low_score, expected.skipped_duplicates)


# ---------------------------------------------------------------- the engine runs any job


@dataclass(frozen=True)
class _Square:
    """A job that is not alignment: the engine is generic."""

    def setup(self) -> None:
        _SETUPS.append(os.getpid())

    def __call__(self, task: int) -> tuple[int, int, int]:
        return task * task, os.getpid(), _SETUPS.count(os.getpid())


_SETUPS: list[int] = []


def test_any_job_runs_on_the_local_engine_set_up_once_per_worker():
    from aligner.building.engines import LocalEngine

    with LocalEngine(2) as engine:
        results = dict(engine.map(_Square(), iter(range(30))))
    assert sorted(results) == list(range(30)) and all(results[i][0] == i * i for i in range(30))
    assert all(r[1] != os.getpid() and r[2] == 1 for r in results.values())


class _Killed:
    """A job whose worker is killed from outside (as the out-of-memory killer does)."""

    def setup(self) -> None:
        pass

    def __call__(self, task: int) -> int:
        os.kill(os.getpid(), signal.SIGKILL)
        return task


def test_a_worker_killed_from_outside_is_a_one_line_error_not_a_bug():
    """Regression (an integrity audit): a worker killed during build-tm gave "internal
    error: BrokenProcessPool", exit 1; it says what happened and how to go on, exit 5."""
    from aligner.building.engines import LocalEngine
    from aligner.errors import UnavailableError

    with pytest.raises(UnavailableError, match="worker process ended without a word.*rerun to resume"):
        with LocalEngine(2) as engine:
            dict(engine.map(_Killed(), iter(range(4))))


def test_more_jobs_than_cores_or_documents_start_no_more_workers(corpus, monkeypatch):
    """Regression (hostile audit): ``--jobs 100000`` forked every worker it asked for (a
    worker loads its own models), 13 minutes for a 4-document manifest. The local engine
    starts at most one worker per core, and a build at most one per document."""
    from aligner.building import build, engines

    assert getattr(engines.open_engine("local", 100_000), "workers", 1) == (os.cpu_count() or 1)
    asked = []
    monkeypatch.setattr(build, "open_engine", lambda kind, jobs, address=None: asked.append(jobs)
                        or engines.InlineEngine())
    specs = read_manifest(corpus / "docs.jsonl")
    build_tm(specs, corpus / "tm.tsv", jobs=100_000, state=False)
    assert asked == [len(specs)]


def test_a_state_of_the_engine_before_shards_is_refused_with_a_way_out(corpus, capsys):
    """A version-1 state (pairs inside, no input hashes) cannot say whether an input changed."""
    state = corpus / "tm.tsv.state.jsonl"
    state.write_text('{"aligner_state": 1, "settings": {"encoder": "use"}}\n{"id": "rates", "status": "ok"}\n',
                     encoding="utf-8")
    assert main(["build-tm", str(corpus / "docs.jsonl"), "-o", str(corpus / "tm.tsv")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "another aligner version" in err and "--fresh" in err


@pytest.mark.skipif(not Path("/dev/stdin").exists(), reason="needs /dev/stdin")
def test_a_tsv_manifest_read_from_standard_input_is_read_as_tsv(corpus, monkeypatch):
    """Regression (an exports and build audit): `cat m.tsv | aligner build-tm /dev/stdin`
    failed, "line 1 is not JSON": the format came from the name's suffix only."""
    monkeypatch.chdir(corpus)
    (corpus / "m.tsv").write_text("id\tko\ten\nrates\trates.ko.txt\trates.en.txt\n", encoding="utf-8")
    with open(corpus / "m.tsv", "rb") as manifest:
        proc = subprocess.run([sys.executable, "-c", "from aligner import read_manifest; "
                               "print([(s.id, s.en) for s in read_manifest('/dev/stdin')])"], stdin=manifest,
                              capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "[('rates', 'rates.en.txt')]", proc.stderr
