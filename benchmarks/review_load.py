"""Load time of the review page for a 2,000-pair document, in headless Chromium.

The document is made as in ``scale.py`` (development line pairs, 5% of the lines deleted
from one side, one sentence a line), aligned with ``use``; the page is written with the
same call the CLI's ``--review`` makes. Reported: the time to align and the time to
write the page (its evidence embeds every pair's joined texts once more), the page's
size, then in a fresh headless Chromium per run: the time from navigation start until
the page's first render is painted (``alignerReview.readyAt``), and the time the page
takes for one action on all rows (accept, reject, merge, undo: each re-renders every
row) and for one move of the cursor.

    python benchmarks/review_load.py                 # 2,100 lines a side (about 2,000 pairs), 5 loads
    python benchmarks/review_load.py --lines 500 --runs 3
    python benchmarks/review_load.py --screenshot docs/review.png   # the README's picture (the seed)

Needs Chromium and its driver (Debian: ``apt-get install chromium chromium-driver``) and
``pip install selenium``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def chromium(download_dir: str | None = None, width: int = 1400, height: int = 900) -> Iterator:
    """A headless Chromium driven by Selenium through the system chromedriver (Selenium
    Manager never runs, nothing is downloaded), with a fresh profile that is removed with
    the browser on exit; files the page downloads land in ``download_dir``."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    with tempfile.TemporaryDirectory(prefix="aligner-chromium-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={profile}", f"--window-size={width},{height}"):
            options.add_argument(arg)
        if download_dir:
            options.add_experimental_option("prefs", {"download.default_directory": download_dir,
                                                      "download.prompt_for_download": False})
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        try:
            yield driver
        finally:
            driver.quit()


def wait_ready(driver, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not driver.execute_script("return !!(window.alignerReview && window.alignerReview.ready)"):
        if time.monotonic() > end:
            raise TimeoutError("the review page did not finish its first render")
        time.sleep(0.02)


# In the page: one action by its key, timed from the key event to the end of the re-render.
_TIMED_KEY = """
const t = performance.now();
document.dispatchEvent(new KeyboardEvent('keydown', {key: arguments[0], bubbles: true}));
return performance.now() - t;
"""


def make_page(lines: int, out: Path) -> dict:
    sys.path.insert(0, str(Path(__file__).parent))
    from scale import long_document

    from aligner.embed import get_encoder
    from aligner.pipeline import align_texts
    from aligner.review import InputIdentity, ReviewDocument, write_review
    from aligner.review.evidence import EmbeddingLog

    ko, en, _ = long_document(lines)
    ko_text, en_text = "\n".join(ko) + "\n", "\n".join(en) + "\n"
    encoder = EmbeddingLog(get_encoder("use"))  # as the CLI's --review does
    encoder.encode(["warm-up"])
    started = time.perf_counter()
    result = align_texts(ko_text, en_text, encoder=encoder, presegmented=True)
    aligned = time.perf_counter() - started
    inputs = (InputIdentity.of("ko", "long.ko", ko_text), InputIdentity.of("en", "long.en", en_text))
    started = time.perf_counter()
    write_review(out, [ReviewDocument("long", result, inputs, presegmented=True)], encoder)
    return {"pairs": len(result.pairs), "unpaired": len(result.unpaired), "align_s": aligned,
            "page_s": time.perf_counter() - started, "mib": out.stat().st_size / 2**20}


def measure(page: Path, runs: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"ready": [], "get": [], "move": [], "accept": [], "reject": [], "undo": [],
                                     "merge": []}
    for _ in range(runs):
        with chromium() as driver:
            started = time.perf_counter()
            driver.get(page.as_uri())
            wait_ready(driver)
            times["get"].append(1000 * (time.perf_counter() - started))
            times["ready"].append(driver.execute_script("return window.alignerReview.readyAt"))
            for _ in range(3):
                driver.execute_script(_TIMED_KEY, "j")
            times["move"].append(driver.execute_script(_TIMED_KEY, "j"))
            for name, key in (("accept", "a"), ("reject", "r"), ("undo", "z"), ("merge", "m")):
                times[name].append(driver.execute_script(_TIMED_KEY, key))
    return times


def screenshot(path: Path) -> None:
    """The README's picture: the seed's page after a few decisions."""
    from aligner.cli import main

    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "review.html"
        seed = ROOT / "seeds" / "000_30438d9c0b7e7081.txt"
        if main(["align", str(seed), "-o", str(Path(tmp) / "seed.tmx"), "--review", str(page), "-q"]) != 0:
            raise SystemExit("aligning the seed failed")
        with chromium(width=1200, height=860) as driver:
            driver.get(page.as_uri())
            wait_ready(driver)
            for key in "jjjjjajajrjj":  # accept two pairs, reject the third, move to one with numbers
                driver.execute_script(_TIMED_KEY, key)
            driver.save_screenshot(str(path))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", type=int, default=2100, help="lines per side before deletions")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--screenshot", type=Path, help="write the README's screenshot here instead")
    args = parser.parse_args()
    if args.screenshot:
        screenshot(args.screenshot)
        return
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "review.html"
        made = make_page(args.lines, page)
        print(f"{made['pairs']} pairs, {made['unpaired']} unpaired segments; aligning {made['align_s']:.1f} s, "
              f"writing the page {made['page_s']:.1f} s; page {made['mib']:.1f} MiB")
        times = measure(page, args.runs)
    print(f"\n| measure ({args.runs} loads) | median (ms) | min | max |\n| --- | --- | --- | --- |")
    labels = {"ready": "navigation start → first render painted", "get": "driver.get → ready (as a user waits)",
              "move": "move the cursor (j)", "accept": "accept (a), all rows re-rendered",
              "reject": "reject (r)", "undo": "undo (z)", "merge": "merge (m)"}
    for key, label in labels.items():
        values = times[key]
        print(f"| {label} | {statistics.median(values):.0f} | {min(values):.0f} | {max(values):.0f} |")


if __name__ == "__main__":
    main()
