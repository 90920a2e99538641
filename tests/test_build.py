"""build-tm: manifests, folders, failures, resume, dedupe across documents, engines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aligner.building.build import (
    DocumentSpec,
    Settings,
    build_tm,
    pair_folders,
    read_manifest,
)
from aligner.cli import main
from aligner.errors import InputError, UsageError

DATA = Path(__file__).parent / "data"
SEED = Path(__file__).parents[1] / "seeds" / "000_30438d9c0b7e7081.txt"


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A folder with a JSONL manifest of four documents, paths relative to it."""
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
])
def test_bad_manifest_entries(tmp_path, line, message):
    (tmp_path / "m.jsonl").write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_manifest(tmp_path / "m.jsonl")


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


def test_build_dedupes_across_documents_and_tags_each_unit(corpus, use_encoder):
    report = build_tm(read_manifest(corpus / "docs.jsonl"), corpus / "tm.jsonl", jobs=1)
    rows = [json.loads(line) for line in (corpus / "tm.jsonl").read_text(encoding="utf-8").splitlines()]
    assert report.failed == [] and report.pairs == len(rows) == 5 + 6 + 4  # web-again adds nothing
    assert [r["doc"] for r in rows].count("web") == 6 and "web-again" not in {r["doc"] for r in rows}


def test_a_failing_document_is_skipped_and_retried_on_resume(corpus, use_encoder):
    (corpus / "docs.jsonl").open("a").write('{"id": "broken", "ko": "missing.txt", "en": "rates.en.txt"}\n')
    specs = read_manifest(corpus / "docs.jsonl")
    report = build_tm(specs, corpus / "tm.tmx", jobs=1)
    assert [doc for doc, _ in report.failed] == ["broken"] and "no such file" in report.failed[0][1]
    assert (corpus / "tm.tmx").exists() and report.pairs == 15
    (corpus / "missing.txt").write_bytes((DATA / "rates.ko.txt").read_bytes())
    report = build_tm(specs, corpus / "tm.tmx", jobs=1)
    assert report.resumed == 4 and report.failed == [] and report.pairs == 15  # rates twice: deduped


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
    assert "4 documents (0 resumed, 0 failed); 55 segments; wrote 15 pairs" in err  # 11 + 18 + 8 + 18
    (corpus / "docs.jsonl").open("a").write('{"id": "broken", "bilingual": "nope.txt"}\n')
    assert main(["build-tm", str(corpus / "docs.jsonl"), "-o", str(corpus / "tm.tmx"), "--jobs", "1"]) == 7
    err = capsys.readouterr().err
    assert "document broken skipped" in err and "4 resumed" in err
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
