"""Peak memory and time of ``aligner align`` on large inputs, one line or many.

Inputs are made from the development data (``scale.corpus_lines``: park, its North Korean
variant and jhe-koen), cycled with the cycle number appended so that no text repeats, to
a Korean file and an English file of the given size each (UTF-8 bytes):

- ``many-line``: one corpus line per line, as the corpus has it;
- ``one-line``: the same text on one line (a whole document without line breaks);
- ``no-punct``: one line with the sentence punctuation removed (one "sentence" of the
  whole size; the case that once took 4.5 minutes and 19.5 GB).

and the worst case for memory per byte: ``tiny-lines``, as many one-word lines per side as the limit allows (``가17`` and
``A17.``, 40,000 each; memory grows with the number of sentences, not bytes).

Each run is the installed command, with its default settings, in a fresh process
(``python -m aligner align KO EN -o out.tsv -q``); its peak resident memory comes from the kernel's accounting
for that child (``os.wait4``), and its wall time from this script. "encode once" is the
time to embed every segment of the many-line input once with the same encoder, in this
process, so the ratio compares the whole run with its unavoidable part on the same
machine at the same moment. The baseline row is the same command on a two-line input
(the interpreter, numpy, kiwipiepy and the encoder loaded).

    python benchmarks/memory.py                          # 0.5, 1, 2 MB; all three shapes
    python benchmarks/memory.py --sizes 0.5 --shapes many-line
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scale import corpus_lines

SHAPES = ("many-line", "one-line", "no-punct", "tiny-lines")
_PUNCT = re.compile(r"[.!?。…]")


def make_inputs(megabytes: float, shape: str, folder: Path) -> tuple[Path, Path]:
    """A Korean and an English file of about ``megabytes`` each (the Korean one decides
    how many lines; both sides hold the same lines)."""
    base = corpus_lines()
    target = int(megabytes * 1_000_000)
    ko, en, size, i = [], [], 0, 0
    while size < target:
        k, e = base[i % len(base)]
        suffix = f" ({i // len(base)})" if i >= len(base) else ""
        ko.append(k + suffix)
        en.append(e + suffix)
        size += len(ko[-1].encode("utf-8")) + 1
        i += 1
    paths = []
    for lang, lines in (("ko", ko), ("en", en)):
        if shape == "many-line":
            text = "\n".join(lines) + "\n"
        elif shape == "one-line":
            text = " ".join(lines) + "\n"
        else:
            text = _PUNCT.sub("", " ".join(lines)) + "\n"
        path = folder / f"{shape}-{megabytes:g}.{lang}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


def tiny_lines(folder: Path) -> tuple[Path, Path]:
    """As many one-word lines per side as the default input limit allows."""
    from aligner.formats.text import DEFAULT_MAX_INPUT_MB, SEGMENTS_PER_MB

    n = int(SEGMENTS_PER_MB * DEFAULT_MAX_INPUT_MB)
    ko, en = folder / "tiny.ko.txt", folder / "tiny.en.txt"
    ko.write_text("".join(f"가{i}\n" for i in range(n)), encoding="utf-8")
    en.write_text("".join(f"A{i}.\n" for i in range(n)), encoding="utf-8")
    return ko, en


def measure(ko: Path, en: Path, out: Path) -> tuple[float, float, int]:
    """(peak RSS in MiB, wall seconds, exit code) of one ``aligner align`` run."""
    cmd = [sys.executable, "-m", "aligner", "align", str(ko), str(en), "-o", str(out), "-q"]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        print(f"  failed ({proc.returncode}): {err.strip()[-300:]}", file=sys.stderr)
    return usage.ru_maxrss / 1024, seconds, proc.returncode


def encode_once(ko: Path, en: Path) -> float:
    """Seconds to embed every segment of both files once (the default encoder)."""
    from aligner.embed import get_encoder
    from aligner.segmenting import Segmenter

    model = get_encoder("use")
    model.encode(["warm-up"])
    texts = [s.text for s in Segmenter().segment(ko.read_text(encoding="utf-8"), lang="ko")]
    texts += [s.text for s in Segmenter().segment(en.read_text(encoding="utf-8"), lang="en")]
    unique = list(dict.fromkeys(texts))
    started = time.perf_counter()
    for i in range(0, len(unique), 2048):
        model.encode(unique[i:i + 2048])
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1.0, 2.0], help="MB per file")
    parser.add_argument("--shapes", nargs="+", choices=SHAPES, default=list(SHAPES))
    parser.add_argument("--no-encode-once", action="store_true", help="skip the encode-once reference")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tiny_ko, tiny_en = folder / "tiny.ko.txt", folder / "tiny.en.txt"
        tiny_ko.write_text("조약이 서명되었다.\n발효되었다.\n", encoding="utf-8")
        tiny_en.write_text("The treaty was signed.\nIt is in force.\n", encoding="utf-8")
        rss, seconds, _ = measure(tiny_ko, tiny_en, folder / "out.tsv")
        print("| input | MB per file | Korean chars | peak RSS (MiB) | wall (s) | encode once (s) | ratio |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        print(f"| baseline: two short lines | 0 | 0 | {rss:.0f} | {seconds:.1f} |  |  |", flush=True)
        for shape in args.shapes:
            if shape == "tiny-lines":
                ko, en = tiny_lines(folder)
                rss, seconds, code = measure(ko, en, folder / "out.tsv")
                status = "" if code == 0 else f" (exit {code})"
                size = ko.stat().st_size / 1_000_000
                print(f"| tiny-lines, default limit{status} | {size:.2f} | {len(ko.read_text(encoding='utf-8')):,} "
                      f"| {rss:.0f} | {seconds:.1f} |  |  |", flush=True)
                continue
            for mb in args.sizes:
                ko, en = make_inputs(mb, shape, folder)
                chars = len(ko.read_text(encoding="utf-8"))
                rss, seconds, code = measure(ko, en, folder / "out.tsv")
                once = ""
                if shape == "many-line" and not args.no_encode_once:
                    once = f"{encode_once(ko, en):.1f}"
                ratio = f"{seconds / float(once):.2f}×" if once else ""
                status = "" if code == 0 else f" (exit {code})"
                print(f"| {shape}{status} | {mb:g} | {chars:,} | {rss:.0f} | {seconds:.1f} | {once} | {ratio} |",
                      flush=True)
                for path in (ko, en):
                    path.unlink()


if __name__ == "__main__":
    main()
