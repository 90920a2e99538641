"""Exports: TMX valid against the TMX 1.4b DTD and readable by translate-toolkit,
TSV that never breaks its columns, JSONL with ids and offsets."""

from __future__ import annotations

import io
import json

import pytest
from conftest import DTD
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner import Pair, Segment, TranslationMemory
from aligner.records import MinedPair
from aligner.formats.writers import clean, write_jsonl, write_tmx, write_tsv


def pair(ko: str, en: str, score: float = 0.9, ids: tuple[int, int] = (0, 0)) -> Pair:
    return Pair((Segment(ko, "ko", 0, len(ko), 0, ids[0]),), (Segment(en, "en", 0, len(en), 0, ids[1]),), score)


NASTY = [
    pair("A & B < C > D \"quoted\" 'single'", "Tom & Jerry <b>bold</b>"),
    pair("탭\t과 줄바꿈\n이 있는 문장", "a tab\tand a\r\nline break"),
    pair("제어 문자\x00\x01\x1b 포함", "control \x0b\x0c chars and \ufffe \uffff"),
    pair("서로게이트 \ud800 하나", "lone \udfff surrogate"),
    pair("이모지 😀 와 한자 漢字", "emoji 😀 and CJK"),
]


# Any Unicode, with lone surrogates and control characters, which Hypothesis leaves out by default.
ANY_TEXT = st.text(st.characters(codec=None, categories=["Cs", "Cc", "Cf", "Zs", "Zl", "Zp", "Lo", "Ll", "Lu", "Po", "So", "Nd"]))


def tmx_text(rows, **options) -> str:
    out = io.StringIO()
    write_tmx(rows, out, **options)
    return out.getvalue()


def test_tmx_is_valid_against_the_tmx14_dtd():
    lxml = pytest.importorskip("lxml.etree")
    rows = [(None, p) for p in NASTY] + [("doc-1", NASTY[0])]
    doc = lxml.fromstring(tmx_text(rows, signature="aligner:0.1.0|encoder:use|presegmented:no").encode("utf-8"))
    dtd = lxml.DTD(str(DTD))
    assert dtd.validate(doc), dtd.error_log.filter_from_errors()
    header = doc.find("header").attrib
    assert header["srclang"] == "ko" and header["segtype"] == "sentence" and header["datatype"] == "plaintext"
    assert header["creationtool"] == "aligner" and header["o-tmf"] and header["adminlang"]
    langs = [tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in doc.iter("tuv")]
    assert set(langs) == {"ko", "en"}
    assert [p.text for p in doc.iter("prop") if p.get("type") == "x-score"][0] == "0.9000"
    assert doc.find("header/prop").text == "aligner:0.1.0|encoder:use|presegmented:no"


def test_tmx_round_trips_through_translate_toolkit(tmp_path):
    tmx = pytest.importorskip("translate.storage.tmx")
    path = tmp_path / "m.tmx"
    tm = TranslationMemory(dedupe=False)
    tm.add(NASTY)
    tm.write(path)
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    store = tmx.tmxfile.parsefile(str(path))
    assert [(u.source, u.target) for u in store.units] == [(clean(p.ko_text), clean(p.en_text)) for p in NASTY]
    assert store.getsourcelanguage() == "ko"
    for unit in store.units:
        langs = [t.get("{http://www.w3.org/XML/1998/namespace}lang") for t in unit.xmlelement.iter("{*}tuv")]
        assert langs == ["ko", "en"]


def test_tmx_date_follows_source_date_epoch_and_no_date(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    assert 'creationdate="19700101T000000Z"' in tmx_text([])
    assert "creationdate" not in tmx_text([], no_date=True)


@pytest.mark.parametrize("epoch", ["253402300800", "99999999999999", "abc", "-5", "1.5", "١٢"])
def test_a_source_date_epoch_tmx_cannot_write_is_refused(monkeypatch, epoch):
    """Regression (hostile audit): SOURCE_DATE_EPOCH=99999999999999 wrote creationdate
    "31708431107T094639Z" (not TMX's YYYYMMDDThhmmssZ), and a malformed value was
    silently replaced by the time now; the reproducible-builds specification asks for an
    error. The last second of the year 9999 is still a date."""
    from aligner.errors import UsageError

    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    with pytest.raises(UsageError, match="SOURCE_DATE_EPOCH"):
        tmx_text([])
    assert "creationdate" not in tmx_text([], no_date=True)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "253402300799")
    assert 'creationdate="99991231T235959Z"' in tmx_text([])


def test_clean_removes_what_xml_forbids_and_counts_it():
    from aligner.formats.writers import ExportStats

    stats = ExportStats()
    assert clean("a\x00b\x1bc\ud800d\ufffe", stats) == "abcd"
    assert stats.removed_chars == 4
    assert clean("one\ttwo\r\nthree \n four") == "one two three four"


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT, ANY_TEXT)
def test_tsv_is_always_one_line_of_three_columns(ko, en):
    out = io.StringIO()
    write_tsv([(None, pair(ko, en))], out)
    line = out.getvalue()
    assert line.endswith("\n") and line.count("\n") == 1
    assert len(line[:-1].split("\t")) == 3
    line.encode("utf-8")  # no lone surrogate survives


@settings(max_examples=100, deadline=None)
@given(ANY_TEXT, ANY_TEXT)
def test_tmx_always_parses(ko, en):
    lxml = pytest.importorskip("lxml.etree")
    root = lxml.fromstring(tmx_text([(None, pair(ko, en))]).encode("utf-8"))
    segs = [s.text or "" for s in root.iter("seg")]
    assert segs == [clean(ko), clean(en)]


@settings(max_examples=100, deadline=None)
@given(ANY_TEXT, ANY_TEXT)
def test_jsonl_is_always_one_valid_utf8_line(ko, en):
    out = io.StringIO()
    write_jsonl([(None, pair(ko, en))], out)
    line = out.getvalue()
    assert line.count("\n") == 1
    assert json.loads(line.encode("utf-8").decode("utf-8"))["ko"] == clean(ko)


def test_tsv_header_and_document_column():
    out = io.StringIO()
    write_tsv([("doc1", pair("가", "a"))], out, header=True)
    assert out.getvalue() == "ko\ten\tscore\tdoc\n가\ta\t0.9000\tdoc1\n"


def test_jsonl_document_fields_are_cleaned_as_in_the_other_formats():
    """Regression (hostile audit): a memory's document id and a mined pair's source files
    went into JSONL raw: a manifest id with U+2028, U+0085 or U+001C (which
    ``str.splitlines`` counts as line ends) and a file name's undecodable byte (a lone
    surrogate), where TSV and TMX write them cleaned."""
    name = "a\u2028b\x85c\x1cd\x0be"
    out = io.StringIO()
    write_jsonl([(name, pair("가", "a"))], out)
    ko, en = pair("나", "b").ko, pair("나", "b").en
    write_jsonl([(None, MinedPair(ko, en, 0.9, "ko/lat\udce9.txt", "en/b.txt"))], out)
    first, second = (json.loads(line) for line in out.getvalue().split("\n")[:2])
    assert first["doc"] == clean(name) == "a b c d e"
    assert (second["ko_doc"], second["en_doc"]) == ("ko/lat.txt", "en/b.txt")
    assert len(out.getvalue().splitlines()) == 2


def test_jsonl_has_ids_and_offsets():
    ko = (Segment("첫째.", "ko", 10, 13, 2, 4), Segment("둘째.", "ko", 14, 17, 2, 5))
    en = (Segment("First and second.", "en", 30, 47, 3, 7),)
    out = io.StringIO()
    write_jsonl([(None, Pair(ko, en, 0.875))], out)
    assert json.loads(out.getvalue()) == {
        "ko": "첫째. 둘째.", "en": "First and second.", "score": 0.875,
        "ko_ids": [4, 5], "en_ids": [7], "ko_spans": [[10, 13], [14, 17]], "en_spans": [[30, 47]],
    }


def test_translation_memory_dedupes_across_documents_and_keeps_doc_ids(tmp_path):
    tm = TranslationMemory(min_score=0.5)
    assert tm.add([pair("가", "a"), pair("나", "b")], doc_id="d1") == 2
    assert tm.add([pair("가", "a"), pair("다", "c", score=0.2)], doc_id="d2") == 0
    assert (len(tm), tm.skipped_duplicates, tm.skipped_low_score) == (2, 1, 1)
    tm.write(tmp_path / "tm.jsonl")
    rows = [json.loads(line) for line in (tmp_path / "tm.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["ko"], r["doc"]) for r in rows] == [("가", "d1"), ("나", "d1")]


def test_a_pairs_text_keeps_the_input_glued_where_it_was():
    """Regression (office documents audit): a pair of two segments the input glued
    ("저장되었습니다.{0}개 …", cut by the splitter) was written with a space between them,
    which is not the source text; segments apart in the input are joined by a space."""
    from aligner.records import Pair, Segment

    ko = (Segment("저장되었습니다.", "ko", 0, 8, 0), Segment("{0}개 항목이 변경되었습니다.", "ko", 8, 24, 0))
    en = (Segment("Saved.", "en", 25, 31, 1), Segment("{0} items were changed.", "en", 32, 55, 1))
    pair = Pair(ko, en, 0.9)
    assert pair.ko_text == "저장되었습니다.{0}개 항목이 변경되었습니다." and pair.en_text == "Saved. {0} items were changed."



# Software strings as a localization team's string table holds them (Unity rich text,
# .NET and printf placeholders, escaped line breaks), and what looks like code and is not.
UI_STRINGS = [
    pair("<b>저장</b>되었습니다", "<b>Saved</b>"),
    pair("{0}개 파일을 삭제할까요?", "Delete {0} files?"),
    pair("<color=#ff0000>경고</color>: %d개 남음\\n다시 시도하세요", "<color=#ff0000>Warning</color>: %d left\\nTry again"),
    pair("%1$s님이 %2$s에 가입했습니다", "%1$s joined %2$s"),
    pair("줄<br>바꿈", "line<br/>break"),
    pair("<i>열린 태그", "an open tag<i>"),
]
NOT_CODES = [
    pair("영화 <기생충>은 50% 할인된다", "The film <Parasite> is 50% off"),
    pair("a <b and c > d, 5%d", "x < y > z {count, plural, one {# file}}"),
    pair("C:\\new 폴더에 저장", "Save to C:\\new"),
    pair("data\\raw\\test.csv 파일을 여세요", "Open data\\raw\\test.csv"),  # (an adversarial check)
]


def test_inline_codes_become_tmx_elements_that_match_across_the_pair():
    lxml = pytest.importorskip("lxml.etree")
    doc = lxml.fromstring(tmx_text([(None, p) for p in UI_STRINGS + NOT_CODES], inline_codes=True).encode("utf-8"))
    assert lxml.DTD(str(DTD)).validate(doc)
    segs = [lxml.tostring(s, encoding="unicode") for s in doc.iter("seg")]
    assert segs[:4] == [
        '<seg><bpt i="1" x="1">&lt;b&gt;</bpt>저장<ept i="1">&lt;/b&gt;</ept>되었습니다</seg>',
        '<seg><bpt i="1" x="1">&lt;b&gt;</bpt>Saved<ept i="1">&lt;/b&gt;</ept></seg>',
        '<seg><ph x="1">{0}</ph>개 파일을 삭제할까요?</seg>',
        '<seg>Delete <ph x="1">{0}</ph> files?</seg>',
    ]
    assert segs[5] == ('<seg><bpt i="1" x="1">&lt;color=#ff0000&gt;</bpt>Warning<ept i="1">&lt;/color&gt;</ept>: '
                       '<ph x="2">%d</ph> left<ph x="3">\\n</ph>Try again</seg>')
    assert segs[6:8] == ['<seg><ph x="1">%1$s</ph>님이 <ph x="2">%2$s</ph>에 가입했습니다</seg>',
                         '<seg><ph x="1">%1$s</ph> joined <ph x="2">%2$s</ph></seg>']
    assert segs[8:10] == ['<seg>줄<ph x="1">&lt;br&gt;</ph>바꿈</seg>', '<seg>line<ph x="1">&lt;br/&gt;</ph>break</seg>']
    assert segs[10:12] == ['<seg><it pos="begin" x="1">&lt;i&gt;</it>열린 태그</seg>',
                           '<seg>an open tag<it pos="begin" x="1">&lt;i&gt;</it></seg>']
    assert all(len(s) == 0 for s in list(doc.iter("seg"))[12:])  # titles, percent signs, formulas, paths: text
    rows = UI_STRINGS + NOT_CODES  # the text as written, with or without the elements
    assert ["".join(s.itertext()) for s in doc.iter("seg")] == [t for p in rows for t in (p.ko_text, p.en_text)]


def test_inline_codes_read_back_by_translate_toolkit_as_the_text(tmp_path):
    tmx = pytest.importorskip("translate.storage.tmx")
    tm = TranslationMemory(dedupe=False)
    tm.add(UI_STRINGS)
    tm.write(tmp_path / "ui.tmx", inline_codes=True)
    store = tmx.tmxfile.parsefile(str(tmp_path / "ui.tmx"))
    assert [(u.source, u.target) for u in store.units] == [(p.ko_text, p.en_text) for p in UI_STRINGS]


def test_a_users_code_pattern_marks_its_matches_as_placeholders():
    lxml = pytest.importorskip("lxml.etree")
    rows = [(None, pair("[[이름]]님의 <b>주문</b>", "Order of [[이름]] <b>now</b>"))]
    doc = lxml.fromstring(tmx_text(rows, inline_codes=r"\[\[[^\]]+\]\]").encode("utf-8"))
    assert [lxml.tostring(s, encoding="unicode") for s in doc.iter("seg")] == [
        '<seg><ph x="1">[[이름]]</ph>님의 &lt;b&gt;주문&lt;/b&gt;</seg>',
        '<seg>Order of <ph x="1">[[이름]]</ph> &lt;b&gt;now&lt;/b&gt;</seg>']


CODE_TEXT = st.text(st.sampled_from(list("<>/{}%$\\=#\"' abin0가나")) | st.characters(codec=None), max_size=40)


@settings(max_examples=300, deadline=None)
@given(CODE_TEXT, CODE_TEXT)
def test_tmx_with_inline_codes_is_always_valid_and_reads_as_the_text(ko, en):
    lxml = pytest.importorskip("lxml.etree")
    doc = lxml.fromstring(tmx_text([(None, pair(ko, en))], inline_codes=True).encode("utf-8"))
    assert lxml.DTD(str(DTD)).validate(doc), dtd_errors(doc)
    assert ["".join(s.itertext()) for s in doc.iter("seg")] == [clean(ko), clean(en)]
    for seg in doc.iter("seg"):  # every ept closes a bpt before it, and each i once
        opened = [b.get("i") for b in seg.iter("bpt")]
        assert sorted(e.get("i") for e in seg.iter("ept")) == sorted(opened) and len(set(opened)) == len(opened)


def dtd_errors(doc) -> str:
    import lxml.etree

    dtd = lxml.etree.DTD(str(DTD))
    dtd.validate(doc)
    return str(dtd.error_log.filter_from_errors())
