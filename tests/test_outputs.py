"""Outputs translators and MT people expect: TMX language tags with a region, a header
line on every TSV, line-parallel Moses files (both or neither), and an XLSX workbook."""

from __future__ import annotations

import logging
import os
import re
import tempfile
from pathlib import Path

import pytest
from conftest import DTD

from aligner import Pair, Segment, TranslationMemory
from aligner.cli import main
from aligner.errors import OutputError, UsageError
from aligner.formats.writers import check_output_folders, format_for, language_tag, output_paths, write_output
from aligner.records import NO_COUNTERPART, Unpaired

DATA = Path(__file__).parent / "data"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def pair(ko: str, en: str, score: float = 0.9) -> Pair:
    return Pair((Segment(ko, "ko", 0, len(ko), 0),), (Segment(en, "en", 0, len(en), 0),), score)


PAIRS = [pair("첫 문장입니다.", "The first sentence."), pair("탭\t과 줄\n바꿈", "a tab\tand a\r\nbreak", 0.5),
         pair("=1+1 은 수식이 아니다", "=SUM(A1) is no formula", 0.25)]


def memory(doc_id: str | None = None) -> TranslationMemory:
    tm = TranslationMemory(dedupe=False)
    tm.add(PAIRS, doc_id=doc_id)
    return tm


# ---------------------------------------------------------------- TMX language tags


def test_tmx_language_tags_with_region_are_valid_against_the_dtd(tmp_path):
    lxml = pytest.importorskip("lxml.etree")
    out = tmp_path / "m.tmx"
    memory().write(out, ko_lang="ko-KR", en_lang="en-US")
    doc = lxml.parse(str(out))
    assert lxml.DTD(str(DTD)).validate(doc)
    assert doc.find("header").get("srclang") == "ko-KR"
    assert [t.get(XML_LANG) for t in doc.iter("tuv")][:2] == ["ko-KR", "en-US"]


@pytest.mark.parametrize(("tag", "lang", "ok"), [
    ("ko", "ko", True), ("ko-KR", "ko", True), ("kor", "ko", True), ("ko-Kore-KR", "ko", True),
    ("en-US", "en", True), ("en-GB", "en", True), ("en-US", "ko", False), ("ko_KR", "ko", False),
    ("", "en", False), ("en US", "en", False), ('en"><x', "en", False),
])
def test_language_tags_are_checked(tag, lang, ok):
    if ok:
        assert language_tag(tag, lang) == tag
    else:
        with pytest.raises(UsageError):
            language_tag(tag, lang)


def test_cli_bad_language_tag_is_a_usage_error_before_any_work(tmp_path, capsys):
    code = main(["align", str(DATA / "rates.ko.txt"), str(DATA / "rates.en.txt"), "--en-lang", "ko-KR",
                 "-o", str(tmp_path / "a.tmx")])
    assert code == 2 and "English side" in capsys.readouterr().err and not (tmp_path / "a.tmx").exists()


# ---------------------------------------------------------------- TSV header lines


def test_tsv_header_names_the_columns_the_rows_have(tmp_path):
    memory().write(tmp_path / "a.tsv", header=True)
    memory("doc-1").write(tmp_path / "b.tsv", header=True)
    a = (tmp_path / "a.tsv").read_text(encoding="utf-8").splitlines()
    b = (tmp_path / "b.tsv").read_text(encoding="utf-8").splitlines()
    assert a[0] == "ko\ten\tscore" and b[0] == "ko\ten\tscore\tdoc"
    assert len(a) == 4 and all(line.count("\t") == 2 for line in a)
    assert a[2] == "탭 과 줄 바꿈\ta tab and a break\t0.5000"


def test_unpaired_tsv_gets_the_header_too(tmp_path, capsys, use_encoder):
    unpaired = tmp_path / "u.tsv"
    assert main(["align", str(DATA / "rates.ko.txt"), str(DATA / "rates.en.txt"), "--header",
                 "--unpaired", str(unpaired)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "ko\ten\tscore"
    assert unpaired.read_text(encoding="utf-8").splitlines() == [
        "lang\tindex\tstart\tend\ttext\treason", "ko\t1\t40\t63\t이는 지난 10월에 이은 두 번째 인하다.\tno-counterpart"]


# ---------------------------------------------------------------- what the writers say they changed


@pytest.fixture
def said(caplog, monkeypatch):
    """The warnings logged, also after a CLI run in this process (which gives the
    package's logger its own handler, on a standard error since closed)."""
    package = logging.getLogger("aligner")
    monkeypatch.setattr(package, "handlers", [caplog.handler])
    monkeypatch.setattr(package, "propagate", False)  # one record each, whether a CLI ran or not
    caplog.set_level(logging.WARNING, logger="aligner")
    return lambda: [record.getMessage() for record in caplog.records]


NOT_TEXT = "removed 1 character that is not text (control characters, lone surrogates, noncharacters such as U+FFFE)"


@pytest.mark.parametrize("name, fmt, message", [
    ("o.tmx", None, "{out}: removed 1 character that XML 1.0 forbids or discourages"),
    ("o.xlsx", None, "{out}: removed 1 character that XML 1.0 forbids or discourages"),
    ("o.tsv", None, "{out}: " + NOT_TEXT),
    ("o.jsonl", None, "{out}: " + NOT_TEXT),
    ("o", "moses", "{out}.ko and {out}.en: " + NOT_TEXT),
])
def test_removed_characters_are_said_in_the_words_of_each_format(tmp_path, said, name, fmt, message):
    """Regression: every format said "removed 1 characters that XML 1.0 forbids", also
    TSV and JSONL, where XML has nothing to do with it (they remove them too, so that a
    pair reads the same in every format); the message names the file and is singular for 1."""
    out = tmp_path / name
    write_output([(None, pair("날씨가\x01 좋다.", "The weather is nice."))], out, fmt)
    assert said() == [message.format(out=out)]
    for path in output_paths(out, fmt):
        if not path.endswith(".xlsx"):
            assert "\x01" not in Path(path).read_text(encoding="utf-8")


@pytest.mark.parametrize("control", ["\x7f", "\x80", "\x9f", "\ufdd0", "\U0001fffe", "\U0010ffff"])
def test_delete_and_c1_control_characters_are_removed_in_every_format_too(tmp_path, said, control):
    """Regression (hostile audits): DEL (and the C1 controls) stayed in every output,
    though the README says control characters are removed in all formats; so did the
    noncharacters XML 1.0 discourages beyond U+FFFE/U+FFFF (U+FDD0, U+1FFFE, U+10FFFF)."""
    for name, fmt in (("o.tsv", None), ("o.tmx", None), ("o.jsonl", None), ("m", "moses")):
        out = tmp_path / name
        write_output([(None, pair(f"날씨가{control} 좋다.", "The weather is nice."))], out, fmt)
        for path in output_paths(out, fmt):
            assert control not in Path(path).read_text(encoding="utf-8"), (name, path)
    assert len(said()) == 4


def test_a_removed_character_at_a_segment_s_end_leaves_no_space_there(tmp_path):
    """Regression (hostile audit): "\U0010ffff 그는 웃었다." was written " 그는 웃었다.": the
    character went, the space after it stayed at the segment's start."""
    out = tmp_path / "o.tsv"
    write_output([(None, pair("\U0010ffff 그는 웃었다.", "He laughed. \x7f"))], out)
    assert out.read_text(encoding="utf-8").split("\t")[:2] == ["그는 웃었다.", "He laughed."]


def test_one_long_segment_is_said_in_the_singular(tmp_path, said):
    write_output([(None, pair("가" * 2001, "Ga."))], tmp_path / "o.tsv")
    assert said() == [f"{tmp_path / 'o.tsv'}: 1 segment is longer than 2,000 characters; some CAT tools reject them"]


# ---------------------------------------------------------------- Moses


@pytest.mark.parametrize("given", ["corpus", "corpus.ko", "corpus.en"])
def test_moses_writes_line_parallel_ko_and_en_files(tmp_path, given):
    memory().write(tmp_path / given, "moses" if given == "corpus" else None)
    ko = (tmp_path / "corpus.ko").read_text(encoding="utf-8").split("\n")
    en = (tmp_path / "corpus.en").read_text(encoding="utf-8").split("\n")
    assert ko[-1] == en[-1] == "" and len(ko) == len(en) == len(PAIRS) + 1
    assert ko[1] == "탭 과 줄 바꿈" and en[1] == "a tab and a break"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus.en", "corpus.ko"]


def test_moses_and_xlsx_need_files_not_standard_output():
    for fmt in ("moses", "xlsx"):
        with pytest.raises(UsageError):
            format_for("-", fmt)
    assert format_for("out.xlsx") == "xlsx" and format_for("train.ko") == "moses"
    assert output_paths("train.en") == ["train.ko", "train.en"] and output_paths("x.tmx") == ["x.tmx"]


def test_moses_is_all_or_none_when_the_writer_fails(tmp_path):
    (tmp_path / "c.ko").write_text("old ko\n", encoding="utf-8")

    def rows():
        yield None, PAIRS[0]
        raise RuntimeError("interrupted in the middle")

    with pytest.raises(RuntimeError):
        write_output(rows(), tmp_path / "c", "moses")
    assert (tmp_path / "c.ko").read_text(encoding="utf-8") == "old ko\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.ko"]


def test_moses_is_all_or_none_when_the_second_rename_fails(tmp_path, monkeypatch):
    (tmp_path / "c.ko").write_text("old ko\n", encoding="utf-8")
    (tmp_path / "c.en").write_text("old en\n", encoding="utf-8")
    real_replace = os.replace

    def replace(src, dst):
        if str(dst).endswith("c.en"):
            raise PermissionError(13, "Permission denied")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OutputError, match="cannot write"):
        write_output([(None, p) for p in PAIRS], tmp_path / "c", "moses")
    monkeypatch.setattr(os, "replace", real_replace)
    assert (tmp_path / "c.ko").read_text(encoding="utf-8") == "old ko\n"
    assert (tmp_path / "c.en").read_text(encoding="utf-8") == "old en\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.en", "c.ko"]


def test_a_transaction_commits_its_outputs_together_or_none(tmp_path):
    from aligner.formats.writers import atomic_output, output_transaction

    a, b = tmp_path / "a.tsv", tmp_path / "b.tsv"
    a.write_text("old a\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with output_transaction():
            with atomic_output(a) as out:
                out.write("new a\n")
            assert a.read_text(encoding="utf-8") == "old a\n"  # written, not yet in place
            raise RuntimeError("the second output failed")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.tsv"]
    assert a.read_text(encoding="utf-8") == "old a\n"
    with output_transaction():
        for path in (a, b):
            with atomic_output(path) as out:
                out.write(f"new {path.stem}\n")
    assert [p.read_text(encoding="utf-8") for p in (a, b)] == ["new a\n", "new b\n"]


def test_a_replaced_output_keeps_its_permissions_and_long_names_are_written(tmp_path):
    private = tmp_path / "private.tsv"
    private.write_text("old\n", encoding="utf-8")
    private.chmod(0o600)
    write_output([(None, p) for p in PAIRS], private)
    assert private.stat().st_mode & 0o777 == 0o600  # was widened to what the umask allows
    # 244 bytes: a valid name, but the temporary ".NAME.XXXXXXXX.tmp" beside it would not be
    long = tmp_path / ("가" * 80 + ".tsv")
    write_output([(None, p) for p in PAIRS], long)
    assert long.read_text(encoding="utf-8").count("\n") == len(PAIRS)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([private.name, long.name])


def test_a_file_name_that_is_not_utf8_is_escaped_in_an_output(tmp_path):
    """mine's document column and the review page's input names crashed the run after the
    work (UnicodeEncodeError: surrogates not allowed)."""
    from aligner.formats.writers import atomic_output

    name = os.fsdecode(b"caf\xe9.txt")  # '\udce9' stands for the byte 0xE9
    with atomic_output(tmp_path / "out.tsv") as out:
        out.write(f"{name}\n")
    assert (tmp_path / "out.tsv").read_text(encoding="utf-8") == "caf\\udce9.txt\n"


def test_cli_moses_summary_names_both_files(tmp_path, capsys, use_encoder):
    assert main(["align", str(DATA / "rates.ko.txt"), str(DATA / "rates.en.txt"), "-o", str(tmp_path / "t.ko")]) == 0
    assert f"{tmp_path / 't.ko'} and {tmp_path / 't.en'}" in capsys.readouterr().err
    assert len((tmp_path / "t.en").read_text(encoding="utf-8").splitlines()) == 5
    assert main(["align", str(DATA / "rates.ko.txt"), "--format", "moses"]) == 2


# ---------------------------------------------------------------- XLSX


def test_xlsx_holds_pairs_and_unpaired_sheets_with_text_never_formulas(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "review.xlsx"
    left = [Unpaired(Segment("Byline", "en", 0, 6, 0, 0), NO_COUNTERPART),
            Unpaired(Segment("=HYPERLINK(\"x\")", "en", 7, 22, 1, 1), NO_COUNTERPART)]
    memory("doc-1").write(out, unpaired=left)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["pairs", "unpaired"]
    rows = list(book["pairs"].iter_rows(values_only=True))
    assert rows[0] == ("ko", "en", "score", "doc")
    assert rows[1] == ("첫 문장입니다.", "The first sentence.", 0.9, "doc-1")
    assert rows[3][:2] == ("=1+1 은 수식이 아니다", "=SUM(A1) is no formula")
    assert all(cell.data_type == "s" for cell in book["pairs"][4][:2])  # strings, not formulas
    unpaired = list(book["unpaired"].iter_rows(values_only=True))
    assert unpaired == [("lang", "index", "start", "end", "text", "reason"), ("en", 0, 0, 6, "Byline", NO_COUNTERPART),
                        ("en", 1, 7, 22, '=HYPERLINK("x")', NO_COUNTERPART)]


def test_a_segment_longer_than_an_excel_cell_is_an_output_error_not_a_cut(tmp_path, monkeypatch):
    """Regression (hostile audit): the workbook cut any text over 32,767 characters (Excel's
    cell limit) to that length, a pair's or an unpaired segment's, without a word, exit 0.
    Regression: the failed write left each sheet's temporary file in the temp folder."""
    pytest.importorskip("xlsxwriter")
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    long = "가" * 40_000
    for rows, unpaired in (([(None, pair(long, "Ga."))], None),
                           ([(None, PAIRS[0])], [Unpaired(Segment(long, "ko", 0, 40_000, 0, 0), NO_COUNTERPART)])):
        out = tmp_path / "o.xlsx"
        with pytest.raises(OutputError, match=r"o\.xlsx: a segment of 40,000 characters is longer than an Excel cell"):
            write_output(rows, out, unpaired=unpaired)
        assert not out.exists() and not list(tmp_path.glob(".o.xlsx.*"))
        assert not list(temp.iterdir())
    write_output([(None, pair("가" * 32_767, "Ga."))], out)  # the limit itself fits


def test_more_pairs_than_an_excel_sheet_holds_is_an_output_error_not_a_cut(tmp_path, monkeypatch):
    """Regression (an integrity audit): XlsxWriter ignores a row past 1,048,576, and a
    memory of more pairs lost the rest while counting them as written, exit 0."""
    pytest.importorskip("xlsxwriter")
    from aligner.formats import writers

    monkeypatch.setattr(writers, "_XLSX_ROWS", 4)  # the header and three rows
    out = tmp_path / "o.xlsx"
    with pytest.raises(OutputError, match=r"o\.xlsx: more pairs than an Excel sheet holds \(3 rows"):
        write_output([(None, PAIRS[0])] * 4, out)
    assert not out.exists() and not list(tmp_path.glob(".o.xlsx.*"))
    unpaired = [Unpaired(Segment("가", "ko", 0, 1, 0, k), NO_COUNTERPART) for k in range(4)]
    with pytest.raises(OutputError, match=r"more unpaired segments than an Excel sheet holds"):
        write_output([(None, PAIRS[0])], out, unpaired=unpaired)
    assert write_output([(None, PAIRS[0])] * 3, out).pairs == 3 and out.exists()


def test_xlsx_from_the_cli_and_a_failed_write_leaves_no_file(tmp_path, capsys, use_encoder):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "a.xlsx"
    assert main(["align", str(DATA / "rates.ko.txt"), str(DATA / "rates.en.txt"), "-o", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    assert book["pairs"].max_row == 6 and book["unpaired"].max_row == 2

    def rows():
        yield None, PAIRS[0]
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_output(rows(), tmp_path / "b.xlsx")
    assert not (tmp_path / "b.xlsx").exists() and not list(tmp_path.glob(".b.xlsx.*"))


def test_a_dangling_link_as_output_names_the_missing_folder_it_points_into(tmp_path, monkeypatch):
    """Regression (hostile audit): ``-o d.tsv``, a symbolic link to a file in a missing
    folder, was refused as "the folder . does not exist"."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.tsv").symlink_to(tmp_path / "nodir" / "x.tsv")
    with pytest.raises(OutputError, match=f"d.tsv: cannot write: it is a symbolic link into the folder "
                                          f"{tmp_path / 'nodir'}, which does not exist"):
        check_output_folders("d.tsv")
    with pytest.raises(OutputError, match="the folder nodir does not exist"):
        check_output_folders("nodir/x.tsv")


@pytest.mark.parametrize("rows, message", [
    ([PAIRS[0]], "rows[0] must be a (document id or None, Pair) tuple, not Pair"),
    ([("d", "x")], "rows[0][1] must be a Pair, not str"),
    ([(None, PAIRS[0]), (True, PAIRS[0])], "rows[1]: a document id must be None or a str, not bool"),
])
def test_rows_to_write_are_checked_and_a_bad_one_writes_nothing(tmp_path, rows, message):
    """Regression (library audit): a list of pairs instead of (doc, pair) rows was
    "'Pair' object is not subscriptable" inside a writer, a string for a pair "'str' object
    has no attribute 'score'"; a memory's whole-number id failed in TMX alone."""
    for name in ("o.tmx", "o.tsv", "o.jsonl"):
        with pytest.raises(TypeError, match=re.escape(message)):
            write_output(rows, tmp_path / name)
        assert not (tmp_path / name).exists()
    write_output([(5, PAIRS[0])], tmp_path / "ok.tmx")
    assert '<prop type="x-document">5</prop>' in (tmp_path / "ok.tmx").read_text(encoding="utf-8")
