"""The review page in a real headless Chromium, end to end through the CLI: open the
seed's page, check its pairs and colours, reject a pair and link two segments with the
keyboard and the mouse, export corrections.json and the TMX (real downloads), feed the
corrections to ``aligner align --anchors`` and check the new alignment honours them.

Runs where Chromium, its driver and Selenium are installed; skipped elsewhere unless
ALIGNER_REQUIRE_BROWSER is set (CI sets it, so there it must run).
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import time
from pathlib import Path

import pytest
from conftest import DTD, SEEDS

BENCH = Path(__file__).parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import review_load  # the benchmark's Chromium set-up, shared

from aligner.cli import main

SEED = SEEDS / "000_30438d9c0b7e7081.txt"
# The page's colours (review.css) for each confidence band.
BAND_COLOURS = {"high": "rgba(230, 244, 234, 1)", "mid": "rgba(254, 247, 224, 1)", "low": "rgba(252, 232, 230, 1)"}


def _browser_missing() -> str | None:
    if importlib.util.find_spec("selenium") is None:
        return "selenium is not installed (pip install '.[test]')"
    for path in (review_load.CHROMIUM, review_load.CHROMEDRIVER):
        if not os.path.exists(path):
            return f"{path} is missing (apt-get install chromium chromium-driver)"
    return None


@pytest.fixture(scope="module")
def browser_downloads(tmp_path_factory):
    missing = _browser_missing()
    if missing:
        if os.environ.get("ALIGNER_REQUIRE_BROWSER", "") not in ("", "0"):
            pytest.fail(f"ALIGNER_REQUIRE_BROWSER is set but {missing}")
        pytest.skip(missing)
    folder = tmp_path_factory.mktemp("downloads")
    with review_load.chromium(str(folder)) as driver:
        yield driver, folder


def downloaded(folder: Path, name: str, timeout: float = 15.0) -> Path:
    path = folder / name
    end = time.monotonic() + timeout
    while not path.exists() or any(folder.glob("*.crdownload")):
        assert time.monotonic() < end, f"{name} was not downloaded: {os.listdir(folder)}"
        time.sleep(0.05)
    return path


def test_review_round_trip_in_a_browser(tmp_path, capsys, browser_downloads, use_encoder):
    from selenium.webdriver.common.by import By

    driver, folder = browser_downloads
    page = tmp_path / "review.html"
    assert main(["align", str(SEED), "-o", str(tmp_path / "seed.jsonl"), "--review", str(page)]) == 0
    before = [json.loads(line) for line in (tmp_path / "seed.jsonl").read_text(encoding="utf-8").splitlines()]

    driver.get(page.as_uri())
    review_load.wait_ready(driver)

    # pairs and colours: one row per pair, coloured by its confidence band
    rows = driver.find_elements(By.CSS_SELECTOR, ".row.pair")
    assert len(rows) == len(before) == 28
    bands = [next(c[5:] for c in row.get_attribute("class").split() if c.startswith("band-")) for row in rows]
    expected = ["high" if p["score"] >= 0.8 else "mid" if p["score"] >= 0.5 else "low" for p in before]
    assert bands == expected
    assert [row.value_of_css_property("background-color") for row in rows] == [BAND_COLOURS[b] for b in bands]
    assert len(driver.find_elements(By.CSS_SELECTOR, ".row.seg")) == 24 + 1  # unpaired, and the date

    # reject the first article's last pair: click the one before it, j to move, r to reject
    body = driver.find_element(By.TAG_NAME, "body")
    rejected = before[13]
    rows[12].click()
    body.send_keys("j")
    assert "current" in driver.find_elements(By.CSS_SELECTOR, ".row.pair")[13].get_attribute("class")
    # the evidence's summary is a live region, said as the cursor moves (regression: the
    # panel was rebuilt silently, so a screen reader never heard a pair's confidence)
    summary = driver.find_element(By.ID, "evidence-summary")
    assert summary.get_attribute("aria-live") == "polite"
    assert summary.text == f"{len(rejected['ko_ids'])}–{len(rejected['en_ids'])} pair, pending, confidence {rejected['score']:.2f} ({expected[13]})"
    body.send_keys("r")
    assert "Rejected" in driver.find_element(By.ID, "message").text
    assert len(driver.find_elements(By.CSS_SELECTOR, ".row.pair")) == 27

    # link its Korean sentence (the cursor is on it now) with the copyright line that follows
    body.send_keys("l")
    copyright_row = next(r for r in driver.find_elements(By.CSS_SELECTOR, ".row.seg")
                         if "All Copy Rights Reserved" in r.text)
    copyright_row.click()
    body.send_keys("l")
    assert driver.find_element(By.ID, "message").text == "Linked."
    assert driver.execute_script("return alignerReview.state()")["pairs"] == 28
    made = driver.find_element(By.CSS_SELECTOR, ".row.pair.band-user")
    assert rejected["ko"] in made.text and "All Copy Rights Reserved" in made.text

    # export both, for real: the files land in the download folder
    driver.find_element(By.ID, "export-corrections").click()
    corrections = downloaded(folder, "corrections.json")
    driver.find_element(By.ID, "export-tmx").click()
    tmx = downloaded(folder, "000_30438d9c0b7e7081.reviewed.tmx")
    lxml = pytest.importorskip("lxml.etree")
    tree = lxml.parse(str(tmx))
    assert lxml.DTD(str(DTD)).validate(tree) and len(tree.findall(".//tu")) == 28
    decisions = json.loads(corrections.read_text(encoding="utf-8"))["documents"][0]["links"]
    assert sorted((d["decision"], d["origin"]) for d in decisions) == [("link", "link"), ("reject", "aligner")]

    # back in: the link is kept (confidence 1.0), the rejected pair is not made again
    assert main(["align", str(SEED), "-o", str(tmp_path / "after.jsonl"), "--anchors", str(corrections),
                 "--unpaired", str(tmp_path / "left.tsv")]) == 0
    after = [json.loads(line) for line in (tmp_path / "after.jsonl").read_text(encoding="utf-8").splitlines()]
    link = next(p for p in after if p["ko_ids"] == rejected["ko_ids"])
    assert link["en"].startswith("All Copy Rights Reserved") and link["score"] == 1.0
    joined = {(k, e) for p in after for k in p["ko_ids"] for e in p["en_ids"]}
    assert not joined & {(k, e) for k in rejected["ko_ids"] for e in rejected["en_ids"]}
    left = (tmp_path / "left.tsv").read_text(encoding="utf-8")
    assert all(f"en\t{e}\t" in left for e in rejected["en_ids"])
    # the rest is realigned around them: here, into the same pairs
    assert [(p["ko_ids"], p["en_ids"]) for p in after if p != link] == \
        [(p["ko_ids"], p["en_ids"]) for p in before if p != rejected]


def _rates_page(driver, tmp_path: Path):
    """The review page of the two small rates files, open and ready; its body, for keys."""
    from selenium.webdriver.common.by import By

    data = Path(__file__).parent / "data"
    page = tmp_path / "rates.html"
    assert main(["align", str(data / "rates.ko.txt"), str(data / "rates.en.txt"), "-o", str(tmp_path / "r.tsv"),
                 "--review", str(page), "-q"]) == 0
    driver.get(page.as_uri())
    review_load.wait_ready(driver)
    return driver.find_element(By.TAG_NAME, "body")


def test_merge_split_undo_link_checks_and_filter(tmp_path, browser_downloads, use_encoder):
    """The editing keys on two small files: what each does, what the page refuses, and
    that what it exports is read back and resolved by the aligner."""
    from selenium.webdriver.common.by import By

    from aligner.pipeline import align_texts
    from aligner.review import parse_corrections
    from aligner.review.anchors import resolve

    driver, _ = browser_downloads
    body = _rates_page(driver, tmp_path)

    def rows() -> list[str]:
        return driver.execute_script("""
            return Array.from(document.querySelectorAll('#rows .row')).map(el => el.textContent);""")

    def message() -> str:
        return driver.find_element(By.ID, "message").text

    def state() -> dict:
        return driver.execute_script("return alignerReview.state()")

    assert state()["pairs"] == 5 and state()["rows"] == 6
    unpaired = next(r for r in driver.find_elements(By.CSS_SELECTOR, ".row.seg") if "두 번째 인하다" in r.text)
    unpaired.click()
    body.send_keys("m")  # with the next row, the pair of the second Korean paragraph's first sentence
    assert message() == "Merged into one 2–1 pair." and state()["pairs"] == 5 and state()["rows"] == 5
    body.send_keys("s")  # the longer side is Korean: its last sentence comes off
    assert message().startswith("Split off: 한은은 성명에서") and state()["rows"] == 6
    body.send_keys("z")
    body.send_keys("z")
    assert message() == "Undone." and state()["rows"] == 6 and "두 번째 인하다" in rows()[1]

    pairs = driver.find_elements(By.CSS_SELECTOR, ".row.pair")
    pairs[3].click()
    body.send_keys("r")  # free the last but one pair's sentences
    driver.find_elements(By.CSS_SELECTOR, ".row.seg")[0].click()  # the unpaired second Korean sentence
    body.send_keys("l")
    english = next(r for r in driver.find_elements(By.CSS_SELECTOR, ".row.seg") if "Governor" in r.text)
    english.click()
    body.send_keys("l")
    assert message().startswith("Cannot link: it would cross pair 2"), message()
    body.send_keys("r")  # on the rejected English sentence: the rejection is lifted, the pair is back
    assert message() == "Rejection lifted: the pair is back, pending." and state()["pairs"] == 5
    driver.find_elements(By.CSS_SELECTOR, ".row.pair")[0].click()
    body.send_keys("a")
    body.send_keys("s")
    assert "cannot be split" in message()

    driver.execute_script("""const t = document.getElementById('threshold'); t.value = '1';
                             t.dispatchEvent(new Event('change'));""")
    body.send_keys("f")  # all rows -> pending pairs below 1
    assert len(driver.find_elements(By.CSS_SELECTOR, ".row.pair")) == 4  # the accepted one is hidden
    assert not driver.find_elements(By.CSS_SELECTOR, ".row.seg")

    exported = parse_corrections(driver.execute_script("return alignerReview.corrections()"), "page")
    doc = exported.documents[0]
    assert [i.role for i in doc.inputs] == ["ko", "en"] and [link.decision for link in doc.links] == ["accept"]
    data = Path(__file__).parent / "data"
    result = align_texts((data / "rates.ko.txt").read_text(encoding="utf-8"),
                         (data / "rates.en.txt").read_text(encoding="utf-8"), encoder=use_encoder)
    spans, forbidden = resolve(result.ko_segments, result.en_segments, doc)
    assert spans == [(0, 1, 0, 1)] and not forbidden


def test_a_pair_you_made_is_never_dropped_from_the_corrections(tmp_path, browser_downloads):
    """Regression (a review-page audit, 2026-12-04): ``a`` on a pair you made toggled it to
    pending, and lifting the rejection of one did too: the page still showed and exported it,
    but corrections.json left it out, so --anchors lost the merge. Rejecting a pair you made
    forbade every pairing of its sentences, the aligner's right ones too. Now ``a`` keeps it,
    ``r`` takes it back; under a filter the cursor goes on to the next row shown."""
    from selenium.webdriver.common.by import By

    driver, _ = browser_downloads
    body = _rates_page(driver, tmp_path)

    def message() -> str:
        return driver.find_element(By.ID, "message").text

    def links() -> list[dict]:
        return driver.execute_script("return alignerReview.corrections()")["documents"][0]["links"]

    driver.find_elements(By.CSS_SELECTOR, ".row.pair")[0].click()
    body.send_keys("m")
    assert message().startswith("Merged into one") and [link["decision"] for link in links()] == ["link"]
    body.send_keys("a")
    assert message().startswith("A pair you made is kept as it is") and [link["decision"] for link in links()] == ["link"]
    body.send_keys("r")
    assert message().startswith("Your pair is removed") and links() == []  # no rejection of its sentences
    body.send_keys("z")
    assert [link["decision"] for link in links()] == ["link"]

    # the threshold field refuses what is no confidence, and says so
    driver.execute_script("""const t = document.getElementById('threshold'); t.value = '5';
                             t.dispatchEvent(new Event('change'));""")
    assert message() == "the threshold is a number from 0 to 1"
    assert driver.find_element(By.ID, "threshold").get_attribute("value") == "0.5"

    # under the filter of pending pairs, accepting one goes on to the next row shown
    driver.execute_script("""const t = document.getElementById('threshold'); t.value = '1';
                             t.dispatchEvent(new Event('change'));""")
    body.send_keys("f")
    shown = driver.find_elements(By.CSS_SELECTOR, ".row.pair")
    second, third = shown[1].get_attribute("data-key"), shown[2].get_attribute("data-key")
    shown[1].click()
    body.send_keys("a")
    assert driver.execute_script("return document.querySelector('.row.current').dataset.key") == third != second
    # the selected row is the list's active option, for screen readers (it was an outline only)
    selected = driver.execute_script("""const rows = document.getElementById('rows');
        return [rows.getAttribute('role'), rows.getAttribute('aria-activedescendant'),
                Array.from(rows.querySelectorAll('[aria-selected="true"]')).map(el => el.id)]""")
    assert selected == ["listbox", f"row-{third}", [f"row-{third}"]]


def test_keys_work_with_hangul_input_and_after_a_filter_chosen_with_the_mouse(tmp_path, browser_downloads):
    """Regression (a review-page audit): with Hangul input on, the J key sends "ㅓ" (or
    "Process" while the IME composes) and did nothing, and so did "J" under Caps Lock; after
    the filter was chosen with the mouse the focus stayed on it and the keys were dead."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver, _ = browser_downloads
    body = _rates_page(driver, tmp_path)
    # a listbox holds options only (a document's heading is one that cannot be chosen)
    assert driver.execute_script("return Array.from(document.getElementById('rows').children)"
                                 ".every(el => el.getAttribute('role') === 'option')")
    driver.find_elements(By.CSS_SELECTOR, ".row.pair")[0].click()
    for key in ("ㅓ", "Process", "J"):
        before = driver.execute_script("return alignerReview.state().cursor")
        driver.execute_script("document.dispatchEvent(new KeyboardEvent('keydown', {key: arguments[0], code: 'KeyJ'}))",
                              key)
        assert driver.execute_script("return alignerReview.state().cursor") != before, key
    select = driver.find_element(By.ID, "filter")
    select.click()
    Select(select).select_by_value("attention")  # pairs below the threshold, and the unpaired sentence
    assert driver.execute_script("return document.activeElement.id") != "filter"
    body.send_keys("p")  # a letter no longer picks a filter by its first letter ("pairs below")
    assert select.get_attribute("value") == "attention"
    body.send_keys("f")  # the page's own key: the next filter
    assert select.get_attribute("value") == "all"


def test_a_sentence_s_direction_marks_stay_in_it(tmp_path, browser_downloads):
    """Regression (a review-page audit): a right-to-left override (U+202E) in one sentence
    reversed the sentences after it in a merged pair ("Emoji such as" shown as "sa hcus
    ijomE"), and in a file name the inputs after it. Each text is isolated now."""
    from selenium.webdriver.common.by import By

    driver, _ = browser_downloads
    ko, en = tmp_path / "ko\u202e.txt", tmp_path / "en.txt"
    ko.write_text("오늘은 \u202e날씨가 맑다.\n내일은 비가 온다.\n번역되지 않은 문장이 하나 있다.\n", encoding="utf-8")
    en.write_text("It is sunny today.\nIt will rain tomorrow.\n", encoding="utf-8")
    page = tmp_path / "bidi.html"
    assert main(["align", str(ko), str(en), "-o", str(tmp_path / "o.tsv"), "--review", str(page), "-q"]) == 0
    driver.get(page.as_uri())
    review_load.wait_ready(driver)
    driver.find_elements(By.CSS_SELECTOR, ".row.pair")[0].click()
    driver.find_element(By.TAG_NAME, "body").send_keys("m")  # the two pairs merged: two sentences a side
    isolated = driver.execute_script("""
        const texts = document.querySelectorAll('.sent, .row.seg bdi, .doc-head bdi, .inputs');
        return [texts.length, Array.from(texts).every(el => getComputedStyle(el).unicodeBidi === 'isolate')]""")
    assert isolated[0] >= 5 and isolated[1], isolated


def test_at_200_percent_zoom_the_side_panel_goes_below_and_names_are_spaced(tmp_path, browser_downloads):
    """Regression (a review audit): at 200% zoom (a 1280 x 800 window as 640 x 400 CSS
    pixels) the side panel kept its 320 px, leaving each text column about 53 px, one
    word a line, and stuck at a fixed offset under a header twice as tall; a row's
    accessible name ran a reason into its text ("no-counterpart이번 포럼은") and a pair's
    sentences into each other ("흡수한다.그러나")."""
    from selenium.webdriver.common.by import By

    driver, _ = browser_downloads
    body = _rates_page(driver, tmp_path)
    try:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 640, "height": 400, "deviceScaleFactor": 2, "mobile": False})
        layout = driver.execute_script("""
            return [getComputedStyle(document.getElementById('side')).position,
                    document.querySelector('#rows .row .ko').getBoundingClientRect().width]""")
        assert layout[0] == "static" and layout[1] > 150, layout
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    # the window's own size again: its layout may take a frame or two under load (the media
    # query's change and the panel's offset set on resize)
    deadline = time.monotonic() + 5
    while True:
        side = driver.execute_script("""const s = document.getElementById('side');
            return [getComputedStyle(s).position, parseFloat(s.style.top), document.getElementById('top').offsetHeight]""")
        if (side[0] == "sticky" and side[1] > side[2]) or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert side[0] == "sticky" and side[1] > side[2], side  # below the header, whatever its height
    seg = driver.find_element(By.CSS_SELECTOR, ".row.seg")
    assert " " in seg.text and seg.find_element(By.CSS_SELECTOR, ".tag").text + " " in seg.text
    driver.find_elements(By.CSS_SELECTOR, ".row.pair")[0].click()
    body.send_keys("m")  # two sentences a side: spaced in the row's text
    merged = driver.execute_script("return document.querySelector('#rows .row.pair .ko').textContent")
    assert merged.count(". ") >= 1 or merged.count("다. ") >= 1, merged
