"""build-tm throughput: a corpus made from the development data, local engine vs Ray.

The corpus: korean-english-park and its North Korean variant cut into documents of 100
lines (a Korean and an English file each, one paragraph per line), and jhe-koen in
documents of 120 lines: 26 documents, 2,720 line pairs. Each engine runs the real CLI
in a fresh process (model loading and worker start-up included) on an empty state.

    python benchmarks/build_speed.py [--engines local-1 local-2 ray-2]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from kep import DATA, LICENSE

OUT = Path(__file__).parent / "out" / "corpus"
SOURCES = [("korean-english-park.dev.ko", "korean-english-park.dev.en", 100, "kep"),
           ("northkorean-english.dev.nk", "northkorean-english.dev.en", 100, "nk"),
           ("jhe-koen-dev.ko", "jhe-koen-dev.en", 120, "jhe")]
ENGINES = {"local-1": ["--jobs", "1"], "local-2": ["--jobs", "2"], "ray-2": ["--engine", "ray", "--jobs", "2"]}


def make_corpus(out: Path = OUT) -> Path:
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    (out / "LICENSE").write_text(LICENSE, encoding="utf-8")
    rows = []
    for ko_name, en_name, size, tag in SOURCES:
        ko = (DATA / ko_name).read_text(encoding="utf-8").replace("\r\n", "\n").splitlines()
        en = (DATA / en_name).read_text(encoding="utf-8").splitlines()
        for d, start in enumerate(range(0, len(ko), size)):
            doc = f"{tag}{d:02d}"
            (out / f"{doc}.ko.txt").write_text("\n".join(ko[start:start + size]) + "\n", encoding="utf-8")
            (out / f"{doc}.en.txt").write_text("\n".join(en[start:start + size]) + "\n", encoding="utf-8")
            rows.append({"id": doc, "ko": f"{doc}.ko.txt", "en": f"{doc}.en.txt"})
    manifest = out / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return manifest


def run(manifest: Path, engine: str) -> dict:
    output = manifest.parent / f"tm-{engine}.tsv"
    for stale in (output, Path(f"{output}.state.jsonl")):
        stale.unlink(missing_ok=True)
    shutil.rmtree(f"{output}.state.shards", ignore_errors=True)
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "aligner", "build-tm", str(manifest), "-o", str(output),
                           *ENGINES[engine]], capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{engine}: exit {proc.returncode}: {proc.stderr.strip()}")
    summary = proc.stderr.strip().splitlines()[-1]
    docs, segs, pairs = (int(x) for x in re.search(r"(\d+) documents.*?(\d+) segments; wrote (\d+) pairs", summary).groups())
    return {"engine": engine, "docs": docs, "segments": segs, "pairs": pairs, "seconds": seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", nargs="+", default=list(ENGINES), choices=list(ENGINES))
    args = parser.parse_args()
    manifest = make_corpus()
    print("| engine | documents | sentences | pairs written | wall time (s) | pairs/s | sentences/s |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for engine in args.engines:
        r = run(manifest, engine)
        print(f"| {engine} | {r['docs']} | {r['segments']:,} | {r['pairs']:,} | {r['seconds']:.1f} "
              f"| {r['pairs'] / r['seconds']:.0f} | {r['segments'] / r['seconds']:.0f} |", flush=True)


if __name__ == "__main__":
    main()
