"""The command line: outputs, the summary, and bad input (one line, exit code, no file)."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DTD, SEEDS

from aligner.cli import main

SEED = SEEDS / "000_30438d9c0b7e7081.txt"
DATA = Path(__file__).parent / "data"


def run_main(args, capsys) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_align_seed_to_tmx_tsv_jsonl(tmp_path, capsys, use_encoder):
    for ext in ("tmx", "tsv", "jsonl"):
        code, _, err = run_main(["align", SEED, "-o", tmp_path / f"seed.{ext}"], capsys)
        assert code == 0
        assert "read 28 ko + 54 en segments" in err and "wrote 28 pairs" in err
    lines = (tmp_path / "seed.tsv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 28 and all(len(line.split("\t")) == 3 for line in lines)
    rows = [json.loads(line) for line in (tmp_path / "seed.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows[6]["en_ids"] == [11, 12] and rows[6]["ko_ids"] == [6]
    text = SEED.read_text(encoding="utf-8")
    assert all(text[a:b] in r["ko"] for r in rows for a, b in r["ko_spans"])
    lxml = pytest.importorskip("lxml.etree")
    assert lxml.DTD(str(DTD)).validate(lxml.parse(str(tmp_path / "seed.tmx")))


def test_dedupe_min_score_header_and_stdout(capsys, use_encoder):
    code, out, _ = run_main(["align", SEED, "--dedupe", "--header"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "ko\ten\tscore" and len(lines) == 1 + 14
    code, out, _ = run_main(["align", SEED, "--min-score", "0.9999", "--format", "jsonl"], capsys)
    assert code == 0 and all(json.loads(line)["score"] >= 0.9999 for line in out.splitlines())


def test_two_files_in_either_order_and_unpaired_file(tmp_path, capsys, use_encoder):
    ko, en = DATA / "rates.ko.txt", DATA / "rates.en.txt"
    code, out_a, err = run_main(["align", en, ko, "--unpaired", tmp_path / "u.tsv"], capsys)
    assert code == 0 and f"Korean: {ko}; English: {en}" in err
    code, out_b, _ = run_main(["align", ko, en], capsys)
    assert out_a == out_b and len(out_a.splitlines()) == 5
    assert (tmp_path / "u.tsv").read_text(encoding="utf-8") == (
        "ko\t1\t40\t63\t이는 지난 10월에 이은 두 번째 인하다.\tno-counterpart\n")  # the reason column: issue 10


def test_nothing_paired_says_why(tmp_path, capsys, use_encoder):
    """Regression (hostile audit): a side whose every segment is never paired (a translator's
    note, a byline, a number) was said not to "look like translations" of the other."""
    (tmp_path / "ko.txt").write_text("(역주: 이 책은 초판이다.)\n홍길동 기자\n2024\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("The treaty was signed.\n", encoding="utf-8")
    code, _, err = run_main(["align", tmp_path / "ko.txt", tmp_path / "en.txt", "-o", tmp_path / "o.tsv"], capsys)
    assert code == 0 and "no sentence was paired: every Korean segment is one never paired (boilerplate, " \
        "no-letters, translator-note): see --unpaired" in err
    code, _, err = run_main(["align", DATA / "rates.ko.txt", SEEDS / "004_74f08cedf350ee19.txt", "-o",
                             tmp_path / "o2.tsv"], capsys)
    assert "no sentence was paired: the inputs do not look like translations of each other" in err


def test_a_bilingual_file_given_as_one_of_two_files_is_named(tmp_path, capsys, use_encoder):
    """Of two files each segment takes its file's language, so a bilingual file given as
    the Korean one pairs its English lines with their copies in the English file (hostile
    audit: "Yes." <-> "Yes.", every Korean line unpaired). The run says so, once per file."""
    (tmp_path / "ko.txt").write_text("네.\nYes.\n아니요.\nNo.\n감사합니다!\nThanks!\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("Yes.\nNo.\nThanks!\n", encoding="utf-8")
    code, _, err = run_main(["align", tmp_path / "ko.txt", tmp_path / "en.txt"], capsys)
    assert code == 0
    assert err.count("segments are English") == 1
    assert f"{tmp_path / 'ko.txt'}: 3 of its 6 segments are English" in err
    code, _, err = run_main(["align", DATA / "rates.ko.txt", DATA / "rates.en.txt"], capsys)
    assert code == 0 and "segments are" not in err
    # regression (office-files audit): names left in English in a Korean spec sheet are no
    # sentences of the other language, and the advice to align the file alone was wrong
    (tmp_path / "spec.ko.txt").write_text("운영체제\nWindows 11\n프로세서\nIntel Core i5\n메모리\n16GB RAM\n"
                                          "이 노트북은 가볍다.\n", encoding="utf-8")
    (tmp_path / "spec.en.txt").write_text("Operating system\nWindows 11\nProcessor\nIntel Core i5\nMemory\n"
                                          "16GB RAM\nThis laptop is light.\n", encoding="utf-8")
    code, _, err = run_main(["align", tmp_path / "spec.ko.txt", tmp_path / "spec.en.txt"], capsys)
    assert code == 0 and "segments are" not in err


def test_two_bilingual_files_are_told_to_be_aligned_each_alone(tmp_path, capsys):
    """Regression (a hostile sweep): the seed and its copy given as two files were "both
    English", which misleads: each is a bilingual document (exit 4, as before)."""
    seed = SEEDS / "000_30438d9c0b7e7081.txt"
    code, _, err = run_main(["align", seed, seed.parent / "000_30438d9c0b7e7081.txt"], capsys)
    assert code in (2, 4)  # the same file twice may be refused first
    (tmp_path / "copy.txt").write_bytes(seed.read_bytes())
    code, _, err = run_main(["align", seed, tmp_path / "copy.txt"], capsys)
    assert code == 4 and "each hold both Korean and English: align each bilingual file alone" in err
    (tmp_path / "en2.txt").write_text("Another English text, a long one, with one place named in Korean, 서울, "
                                      "the capital, where the long story of this text takes place.\n", encoding="utf-8")
    (tmp_path / "en1.txt").write_text("An English text.\n", encoding="utf-8")
    code, _, err = run_main(["align", tmp_path / "en1.txt", tmp_path / "en2.txt"], capsys)
    assert code == 4 and "are both English" in err


def test_presegmented_keeps_lines(tmp_path, capsys, use_encoder):
    (tmp_path / "k").write_text("첫째 문장이다. 둘째 문장이다.\n날씨가 좋다.\n", encoding="utf-8")
    (tmp_path / "e").write_text("This is the first sentence. This is the second.\nThe weather is nice.\n", encoding="utf-8")
    code, out, _ = run_main(["align", tmp_path / "k", tmp_path / "e", "--presegmented", "--format", "jsonl"], capsys)
    assert code == 0
    assert [(r["ko_ids"], r["en_ids"]) for r in map(json.loads, out.splitlines())] == [([0], [0]), ([1], [1])]


def test_cp949_utf16_and_crlf_copies_align_like_the_utf8_original(tmp_path, capsys, use_encoder):
    text = (DATA / "web_page_ko_first.txt").read_text(encoding="utf-8").replace("©", "(c)")  # © is not in CP949
    original = tmp_path / "utf-8.txt"
    original.write_text(text, encoding="utf-8")
    _, expected, _ = run_main(["align", original], capsys)
    assert len(expected.splitlines()) == 6
    variants = {
        "cp949": text.encode("cp949"),
        "euc-kr": text.encode("euc-kr"),
        "utf-16": text.encode("utf-16"),
        "utf-16-be": codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        "utf-8-bom": codecs.BOM_UTF8 + text.encode("utf-8"),
        "crlf": text.replace("\n", "\r\n").encode("utf-8"),
        "lone-cr": text.replace("\n", "\r").encode("utf-8"),
    }
    for name, data in variants.items():
        path = tmp_path / f"{name}.txt"
        path.write_bytes(data)
        code, out, err = run_main(["align", path], capsys)
        assert (code, out) == (0, expected), (name, err)
        if name in ("cp949", "euc-kr", "utf-16", "utf-16-be"):
            assert "read as" in err, name


def test_short_korean_cp949_file_is_detected(tmp_path):
    from aligner.formats.text import read_text

    path = tmp_path / "short.txt"
    path.write_bytes("안녕하세요.".encode("cp949"))
    assert read_text(path) == ("안녕하세요.", "cp949")


def test_iso_2022_kr_file_is_detected_not_called_binary(tmp_path):
    """Regression (hostile audit): ISO-2022-KR (7-bit Korean of old e-mail, shifted in and
    out with control characters) was refused as "a binary file (many control characters)"."""
    from aligner.formats.text import read_text

    path = tmp_path / "mail.txt"
    text = "조약이 서명되었다.\n조약은 오늘 발효되었다. The treaty entered into force.\n"
    path.write_bytes(text.encode("iso2022_kr"))
    assert read_text(path) == (text, "iso2022_kr")


def test_english_cp1252_file_with_curly_quotes_is_read(tmp_path):
    from aligner.formats.text import read_text

    path = tmp_path / "win.txt"
    path.write_bytes("He said \u201cyes\u201d \u2014 twice.".encode("cp1252"))
    text, used = read_text(path)
    assert text == "He said \u201cyes\u201d \u2014 twice." and used != "utf-8"


def test_english_saved_as_cp949_with_curly_quotes_is_read_as_cp949(tmp_path):
    """Regression (an encoding audit): English saved as "ANSI" on Korean Windows (CP949)
    was read as cp1252: "Seoul¡¯s", and "Copyright ¨Ï 2025" no longer boilerplate. Its
    CP949 reading has symbols only beyond ASCII (’ “ ” ⓒ); cp1252's own curly quotes
    still read as cp1252, and EUC-KR's eight-byte syllables as the syllable."""
    from aligner.formats.text import read_text

    text = "Seoul’s restaurants are busy.\n“Rent is the problem,” she said.\nCopyright ⓒ 2025 Seoul Daily.\n"
    path = tmp_path / "ansi.txt"
    path.write_bytes(text.encode("cp949"))
    assert read_text(path) == (text, "cp949")
    path.write_bytes("He said “yes” — Seoul’s twice.".encode("cp1252"))
    assert read_text(path) == ("He said “yes” — Seoul’s twice.", "cp1252")
    path.write_bytes("이태원에서 똠얌꿍을 파는 식당에는 줄이 늘어선다. 손님이 많다.".encode("euc-kr"))  # 똠: eight bytes
    assert read_text(path) == ("이태원에서 똠얌꿍을 파는 식당에는 줄이 늘어선다. 손님이 많다.", "euc-kr")
    # a subtitle file's English in CP949 with a Korean font name in its header (a SAMI audit)
    smi = '<SAMI><STYLE>P {font-family:굴림;}</STYLE><SYNC Start=1000><P Class=ENCC>“The tide’s good,” she says. ♪'
    path.write_bytes(smi.encode("cp949"))
    assert read_text(path) == (smi, "cp949")
    path.write_bytes("똠방각하 이야기입니다.".encode("cp949"))  # called euc-kr, as browsers call CP949
    assert read_text(path, encoding="euc-kr") == ("똠방각하 이야기입니다.", "cp949 (for euc-kr)")


@pytest.mark.parametrize("text", ["Müller and Søren met the fans. It was 25 °C.",
                                  "Señor García visited the café in São Paulo; the niño smiled.",
                                  # a hostile run: over a tenth accented, read as cp1250 ("naďve", "Seńor")
                                  "The café was naïve. Señor Müller signed."])
def test_english_cp1252_file_with_accented_names_keeps_its_letters(tmp_path, text):
    """charset-normalizer, left to guess, read the first as cp1250: "Sřren". English in a
    legacy encoding is read as cp1252 when it is mostly ASCII letters."""
    from aligner.formats.text import read_text

    path = tmp_path / "win.txt"
    path.write_bytes(text.encode("cp1252"))
    assert read_text(path) == (text, "cp1252")


def test_cyrillic_cp1251_is_not_taken_for_english(tmp_path):
    from aligner.errors import InputError
    from aligner.formats.text import read_text

    path = tmp_path / "ru.txt"
    path.write_bytes("Привет, как дела? Это тест на кодировку текста.".encode("cp1251"))
    with pytest.raises(InputError, match="neither Korean nor English"):
        read_text(path)


def run_cli(*args, stdin: bytes = b"") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run([sys.executable, "-m", "aligner", *map(str, args)], input=stdin,
                          capture_output=True, env=env, timeout=300)


def _hostile_cases(tmp: Path) -> list[tuple[str, list, int, str]]:
    """(name, arguments, exit code, text the one-line error must contain)."""
    def file(name: str, data: bytes) -> Path:
        path = tmp / name
        path.write_bytes(data)
        return path

    en = file("en.txt", b"The treaty was signed. It is in force.\n")
    good_utf8 = "한국어 문장입니다. English sentence.\n".encode() * 5
    ko = file("ko.txt", "조약이 서명되었다. 발효되었다.\n".encode())
    return [
        ("missing file", [tmp / "nope.txt"], 3, "no such file"),
        ("directory", [tmp], 3, "is a directory"),
        ("empty file", [file("empty.txt", b"")], 3, "empty"),
        ("only white space", [file("blank.txt", b" \n\t\r\n")], 3, "empty"),
        ("PDF renamed to .txt", [file("doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")], 3, "--input-format pdf"),
        ("DOCX renamed", [file("doc2.txt", b"PK\x03\x04\x14\x00\x06\x00")], 3, "ZIP archive (DOCX/XLSX/ODT?), not a "
                                                                                   "text file; export it as plain text "
                                                                                   "first; if it is a .docx file, give "
                                                                                   "--input-format docx"),
        ("binary with NUL bytes", [file("bin.txt", bytes(range(256)) * 4)], 3, "binary"),
        ("control characters", [file("ctl.txt", b"\x01\x02\x03\x04\x05\x06\x07\x08" * 20 + b"abc")], 3, "binary"),
        ("broken UTF-8", [file("broken.txt", good_utf8 + b"\xff\xfe\xfd oops\n")], 3, f"offset {len(good_utf8)}"),
        ("unknown --encoding", [en, ko, "--encoding", "klingon"], 2, "unknown text encoding"),
        ("no text --encoding", [en, ko, "--encoding", "hex"], 2, "unknown text encoding"),
        ("wrong --encoding", [file("k.txt", "한국어".encode()), en, "--encoding", "ascii"], 3, "offset 0"),
        ("two English files", [en, file("en2.txt", b"Another English text.\n")], 4, "both English"),
        ("two Korean files", [ko, file("ko2.txt", "또 다른 한국어 글.\n".encode())], 4, "both Korean"),
        ("a file with no letters", [ko, file("digits.txt", b"2024-10-18 16:13\n")], 4, "no Korean or English"),
        ("bilingual with only English", [en], 4, "no Korean"),
        ("bilingual with only Korean", [ko], 4, "no English"),
        ("three inputs", [en, ko, en], 2, "one bilingual file"),
        ("unknown encoder", [en, ko, "--encoder", "st:/no/such/model"], 5, "model"),
        ("output into a missing folder", [en, ko, "-o", tmp / "no" / "such" / "out.tmx"], 6, "cannot write"),
        ("bad option", [en, "--min-score", "high"], 2, "invalid float"),
        ("unknown output extension", [en, ko, "-o", tmp / "memory.xml"], 2, "cannot tell the output format"),
    ]


def test_hostile_inputs_fail_with_one_line_an_exit_code_and_no_output(tmp_path):
    out = tmp_path / "out.tmx"
    for name, args, code, message in _hostile_cases(tmp_path):
        assert not (tmp_path / "memory.xml").exists()
        if "-o" not in args:
            args = [*args, "-o", out]
        result = run_cli("align", *args)
        err = result.stderr.decode()
        assert result.returncode == code, (name, err)
        assert "Traceback" not in err, name
        assert message in err, (name, err)
        lines = [line for line in err.splitlines() if line.startswith("aligner: error") or "error:" in line]
        assert len(lines) == 1, (name, err)
        assert not out.exists(), name
        assert not list(tmp_path.glob(".out.tmx.*")), name


def test_failed_run_keeps_the_previous_output(tmp_path):
    out = tmp_path / "out.tsv"
    out.write_text("previous\n", encoding="utf-8")
    result = run_cli("align", tmp_path / "missing.txt", "-o", out)
    assert result.returncode == 3
    assert out.read_text(encoding="utf-8") == "previous\n"


def test_stdin_input(capsys):
    result = run_cli("align", "-", stdin=b"")
    assert result.returncode == 3 and "<stdin>: the file is empty" in result.stderr.decode()


def test_reruns_are_byte_identical(tmp_path, capsys, use_encoder, monkeypatch):
    for fmt in ("tmx", "tsv", "jsonl"):
        run_main(["align", SEED, "-o", tmp_path / f"a.{fmt}", "--no-date"], capsys)
        run_main(["align", SEED, "-o", tmp_path / f"b.{fmt}", "--no-date"], capsys)
        assert (tmp_path / f"a.{fmt}").read_bytes() == (tmp_path / f"b.{fmt}").read_bytes()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    run_main(["align", SEED, "-o", tmp_path / "c.tmx"], capsys)
    run_main(["align", SEED, "-o", tmp_path / "d.tmx"], capsys)
    assert (tmp_path / "c.tmx").read_bytes() == (tmp_path / "d.tmx").read_bytes()
    assert b'creationdate="20231114T221320Z"' in (tmp_path / "c.tmx").read_bytes()


def test_forbidden_characters_and_long_segments_are_reported(tmp_path, capsys, use_encoder):
    long_ko = "서울시는 공공자전거 요금을 내렸다" + ", 그리고 대여소를 늘렸다" * 170 + "."
    long_en = "Seoul cut bike fees" + ", and added rental stations" * 170 + "."
    (tmp_path / "k.txt").write_text(f"서울시는\x07 요금을 내렸다.\n{long_ko}\n", encoding="utf-8")
    (tmp_path / "e.txt").write_text(f"Seoul\x07 cut the fees.\n{long_en}\n", encoding="utf-8")
    code, _, err = run_main(["align", tmp_path / "k.txt", tmp_path / "e.txt", "-o", tmp_path / "o.tmx"], capsys)
    assert code == 0
    assert "removed 2 characters that XML 1.0 forbids" in err
    assert "2 segments are longer than 2,000 characters" in err
    assert b"\x07" not in (tmp_path / "o.tmx").read_bytes()


# One pair, three lines that are only addresses, a date, and a Korean line without counterpart.
ONE_PAIR = ("서울시는 공공자전거 요금을 내렸다.\nSeoul cut public bike fees.\nwww.visitkorea.or.kr\n"
            "cskim@yna.co.kr\nhttps://example.com/a\n2024. 3. 1.\n자세한 내용은 누리집 참고\n")


def test_a_line_that_is_only_an_address_is_unpaired_as_address_only(tmp_path, capsys, use_encoder):
    """Regression (message audit): lines holding only a web or e-mail address were listed
    and counted as `no-letters`, which they are not; and the summary called them "without letters"."""
    (tmp_path / "doc.txt").write_text(ONE_PAIR, encoding="utf-8")
    code, _, err = run_main(["align", tmp_path / "doc.txt", "-o", tmp_path / "o.tsv", "--unpaired", tmp_path / "u.tsv"],
                            capsys)
    assert code == 0
    rows = [line.split("\t") for line in (tmp_path / "u.tsv").read_text(encoding="utf-8").splitlines()]
    assert [(r[0], r[4], r[5]) for r in rows] == [
        ("none", "www.visitkorea.or.kr", "address-only"), ("none", "cskim@yna.co.kr", "address-only"),
        ("none", "https://example.com/a", "address-only"), ("none", "2024. 3. 1.", "no-letters"),
        ("ko", "자세한 내용은 누리집 참고", "no-counterpart")]
    assert ("(+4 in neither language)" in err
            and "unpaired: 1 ko, 0 en, 4 other (1 no-counterpart, 1 no-letters, 3 address-only)" in err), err


@pytest.mark.parametrize("text, reason", [
    ("大韓民國", "other-script"), ("漢字 — www.hanja.kr", "other-script"), ("Москва", "other-script"),
    ("2024. 3. 1.", "no-letters"), ("※ — ①", "no-letters"), ("www.visitkorea.or.kr", "address-only"),
])
def test_a_segment_in_neither_language_is_unpaired_for_a_true_reason(text, reason):
    """Regression (audit): a heading in Hanja (大韓民國) has letters, of another script, yet
    was unpaired as `no-letters`."""
    from aligner.pipeline import no_language_reason

    assert no_language_reason(text) == reason


@pytest.mark.parametrize("presegmented", [False, True])
def test_of_two_files_a_segment_without_letters_is_never_paired(tmp_path, capsys, use_encoder, presegmented):
    """Regression (end-to-end audit): of a Korean and an English PDF or page, the page
    numbers and dates were paired ("1" <-> "1", "2001-08-16" <-> "2001-08-16", 0.99) and
    written into the translation memory; a bilingual document never pairs them. Each
    keeps its file's language and is listed with its reason."""
    (tmp_path / "ko.txt").write_text("첫 번째 문장이다.\n\n1\n\n두 번째 문장이다.\n\n2001-08-16\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("This is the first sentence.\n\n1\n\nThis is the second sentence.\n\n"
                                     "2001-08-16\n", encoding="utf-8")
    code, _, err = run_main(["align", tmp_path / "ko.txt", tmp_path / "en.txt", "-o", tmp_path / "o.tsv",
                             "--unpaired", tmp_path / "u.tsv", *(["--presegmented"] if presegmented else [])], capsys)
    assert code == 0, err
    pairs = [line.split("\t")[:2] for line in (tmp_path / "o.tsv").read_text(encoding="utf-8").splitlines()]
    assert pairs == [["첫 번째 문장이다.", "This is the first sentence."],
                     ["두 번째 문장이다.", "This is the second sentence."]]
    rows = [line.split("\t") for line in (tmp_path / "u.tsv").read_text(encoding="utf-8").splitlines()]
    assert [(r[0], r[4], r[5]) for r in rows] == [("ko", "1", "no-letters"), ("ko", "2001-08-16", "no-letters"),
                                                  ("en", "1", "no-letters"), ("en", "2001-08-16", "no-letters")]
    assert "unpaired: 2 ko, 2 en (4 no-letters)" in err, err


def test_counts_of_one_are_said_in_the_singular(tmp_path, capsys, use_encoder):
    """Regression (message audit): "wrote 1 pairs", "1 documents"."""
    (tmp_path / "doc.txt").write_text(ONE_PAIR, encoding="utf-8")
    code, _, err = run_main(["align", tmp_path / "doc.txt", "-o", tmp_path / "o.tsv"], capsys)
    assert code == 0 and f"wrote 1 pair to {tmp_path / 'o.tsv'};" in err, err
    (tmp_path / "m.jsonl").write_text('{"id": "d", "bilingual": "doc.txt"}\n', encoding="utf-8")
    code, _, err = run_main(["build-tm", tmp_path / "m.jsonl", "-o", tmp_path / "tm.tsv", "--jobs", "1"], capsys)
    assert code == 0
    assert "1 document: 1 newly aligned, 0 resumed, 0 realigned (input changed), 0 failed;" in err, err
    assert f"; wrote 1 pair to {tmp_path / 'tm.tsv'};" in err, err


def test_removed_characters_are_said_for_each_file_they_were_removed_from(tmp_path, capsys, use_encoder):
    """Regression (message audit): a JSONL or TSV output said "removed 1 characters that
    XML 1.0 forbids", and a character removed from the --unpaired TSV went unsaid."""
    (tmp_path / "doc.txt").write_text(ONE_PAIR.replace("Seoul", "Seoul\x01").replace("참고", "참고\x02"),
                                      encoding="utf-8")
    out, left = tmp_path / "o.jsonl", tmp_path / "u.tsv"
    code, _, err = run_main(["align", tmp_path / "doc.txt", "-o", out, "--unpaired", left], capsys)
    assert code == 0
    not_text = "removed 1 character that is not text (control characters, lone surrogates, noncharacters such as U+FFFE)"
    assert f"{out}: {not_text}" in err and f"{left}: {not_text}" in err and "XML" not in err, err
    assert "\x01" not in out.read_text(encoding="utf-8") and "\x02" not in left.read_text(encoding="utf-8")


def test_default_cpu_path_never_imports_torch(tmp_path):
    """The default encoder is pure numpy: no torch, so no CUDA library, is loaded."""
    code = (
        "import sys; from aligner.cli import main; "
        f"rc = main(['align', r'{DATA / 'notice_mixed_lines.txt'}', '-o', r'{tmp_path / 'o.tsv'}', '-q']); "
        "print(rc, 'torch' in sys.modules, any('cuda' in m for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.stdout.split() == ["0", "False", "False"], result.stderr


def test_every_usage_error_ends_with_a_pointer_to_help(tmp_path, capsys):
    """Regression (hostile audit): argparse's usage errors pointed to ``--help``, the
    command's own checks after it (an input given twice, a language tag for the wrong
    side, three files) did not, though the README says every usage error does."""
    doc = tmp_path / "doc.txt"
    doc.write_text(ONE_PAIR, encoding="utf-8")
    for args in (["align", doc, doc], ["align", doc, "--ko-lang", "en"], ["align", doc, doc, doc],
                 ["align", doc, "-o", tmp_path / "o.tmx", "--format", "tsv"],
                 ["align", doc, "-o", tmp_path / "o.tsv", "--unpaired", tmp_path / "o.tsv"]):
        code, _, err = run_main(args, capsys)
        assert code == 2 and err.count("\n") == 1, err
        assert err.rstrip().endswith("; see 'aligner align --help'"), err


def test_control_characters_in_a_file_name_are_written_escaped(tmp_path, capsys):
    """Regression (hostile audit): a file name's escape sequence (ESC [ 3 1 m) reached the
    terminal raw in an error line; like a line break, it is written escaped."""
    odd = tmp_path / "e\x1b[31mx.txt"
    code, _, err = run_main(["align", odd], capsys)
    assert code == 3 and "\x1b" not in err and "e\\x1b[31mx.txt" in err, err


def test_a_review_page_is_never_written_to_a_file_named_dash(tmp_path, capsys, monkeypatch):
    """Regression (hostile audit): ``--review -`` wrote a file named ``-`` in the current
    folder, where ``-o -`` and ``--unpaired -`` mean standard output."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "doc.txt").write_text(ONE_PAIR, encoding="utf-8")
    for command in (["align", "doc.txt", "-o", "o.tsv"], ["build-tm", "doc.txt", "-o", "o.tsv"]):
        code, _, err = run_main([*command, "--review", "-"], capsys)
        assert code == 2 and "--review: the review page is written to a file" in err, err
    assert not (tmp_path / "-").exists() and not (tmp_path / "o.tsv").exists()


@pytest.mark.parametrize("option", [["align", "k.txt", "e.txt", "--encoder"], ["align", "k.txt", "e.txt", "--device"],
                                    ["align", "k.txt", "e.txt", "--ko-lang"], ["build-tm", "d", "-o", "x.tmx", "--ray-address"]])
def test_an_option_value_that_is_not_utf8_is_a_usage_error(option, tmp_path, capsys, monkeypatch):
    """Regression (a hostile sweep): `--encoder $'use\\xff'` ended in an internal error (exit
    1, "lone surrogate"). A name given as an option is text: one line, exit 2."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "k.txt").write_text("가나다.\n", encoding="utf-8")
    (tmp_path / "e.txt").write_text("Abc.\n", encoding="utf-8")
    assert main([*option, os.fsdecode(b"x\xff")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{option[-1]} x\\xff: not UTF-8 text" in err


def test_each_command_s_help_says_what_its_output_options_do(capsys):
    """Regression (an exports and build audit): build-tm's help said "-o ... '-' (default) is
    standard output" (build-tm writes a file) and "--header (also in --unpaired)", an
    option it has not."""
    helps = {}
    for command in ("align", "build-tm", "mine"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        helps[command] = " ".join(capsys.readouterr().out.split())
    assert "standard output" in helps["align"] and "also in --unpaired" in helps["align"]
    assert "standard output" not in helps["build-tm"] and "--unpaired" not in helps["build-tm"]
    assert "required" in helps["build-tm"] and "always" in helps["build-tm"]
    assert "standard output" in helps["mine"] and "--unpaired" not in helps["mine"]


def test_inline_codes_are_for_tmx_and_a_bad_pattern_is_a_usage_error(tmp_path, capsys):
    doc = tmp_path / "doc.txt"
    doc.write_text(ONE_PAIR, encoding="utf-8")
    for args, message in ((["-o", tmp_path / "o.tsv", "--inline-codes"], "--inline-codes is for TMX output"),
                          (["-o", tmp_path / "o.jsonl", "--code-pattern", "x"], "--code-pattern is for TMX output"),
                          (["-o", tmp_path / "o.tmx", "--code-pattern", "("], "is not a regular expression"),
                          (["-o", tmp_path / "o.tmx", "--code-pattern", "x*"], "matches an empty text")):
        code, _, err = run_main(["align", doc, *args], capsys)
        assert code == 2 and message in err and err.count("\n") == 1, err
    assert not list(tmp_path.glob("o.*"))


def test_inline_codes_on_the_command_line(tmp_path, capsys, use_encoder):
    table = tmp_path / "ui.csv"
    table.write_text("id,ko,en\nsave,<b>저장</b>되었습니다,<b>Saved</b>\n"
                     "del,{0}개 파일을 삭제할까요?,Delete {0} files?\n", encoding="utf-8")
    code, _, err = run_main(["align", table, "-o", tmp_path / "ui.tmx", "--inline-codes"], capsys)
    assert code == 0, err
    text = (tmp_path / "ui.tmx").read_text(encoding="utf-8")
    assert '<seg>Delete <ph x="1">{0}</ph> files?</seg>' in text and '<ept i="1">&lt;/b&gt;</ept>되었습니다' in text
