"""build-tm at scale: driver peak memory and throughput with 1k / 5k / 10k small documents.

The corpus: 10,000 small synthetic documents, each a Korean and an English file of 2 to 6
line pairs drawn (fixed seed) from the 2,720 line pairs of ../shared/data/ko-en
(korean-english-park, its North Korean variant, jhe-koen); the 1k and 5k manifests are
the first documents of the same list. Four lines in five carry their document's number
(so the memory grows with the corpus); the fifth recurs across documents unchanged, so
deduplication has work to do. Each run is the real CLI in a fresh process on an empty state; a small
wrapper records the driver process's own peak resident memory (``ru_maxrss`` of the
process running ``aligner build-tm``: worker processes and Ray's processes are not
counted). ``--pythonpath OLD/src`` runs another checkout of the package with the same
wrapper (used to measure the engine before shards: git archive of the earlier commit).

    python benchmarks/build_scale.py [--sizes 1000 5000 10000] [--engines local-2 ray-2]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from kep import DATA, LICENSE

OUT = Path(__file__).parent / "out" / "scale-corpus"
SOURCES = [("korean-english-park.dev.ko", "korean-english-park.dev.en"),
           ("northkorean-english.dev.nk", "northkorean-english.dev.en"),
           ("jhe-koen-dev.ko", "jhe-koen-dev.en")]
ENGINES = {"local-1": ["--jobs", "1"], "local-2": ["--jobs", "2"], "ray-2": ["--engine", "ray", "--jobs", "2"]}
WRAPPER = """
import resource, sys
from aligner.cli import main
try:
    code = main(sys.argv[2:])
finally:
    with open(sys.argv[1], "w") as fh:
        fh.write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
sys.exit(code)
"""


def make_corpus(n_docs: int, out: Path = OUT, seed: int = 12) -> Path:
    """``n_docs`` documents and one manifest per size asked for later (prefixes)."""
    if (out / f"manifest-{n_docs}.jsonl").exists() and (out / "seed.txt").read_text() == str(seed):
        return out
    shutil.rmtree(out, ignore_errors=True)
    (out / "docs").mkdir(parents=True)
    (out / "LICENSE").write_text(LICENSE, encoding="utf-8")
    (out / "seed.txt").write_text(str(seed))
    pairs = []
    for ko_name, en_name in SOURCES:
        ko = (DATA / ko_name).read_text(encoding="utf-8").replace("\r\n", "\n").splitlines()
        en = (DATA / en_name).read_text(encoding="utf-8").splitlines()
        pairs += [(k, e) for k, e in zip(ko, en) if k.strip() and e.strip()]
    rng = random.Random(seed)
    rows = []
    for d in range(n_docs):
        start = rng.randrange(len(pairs))
        lines = [pairs[(start + i) % len(pairs)] for i in range(rng.randint(2, 6))]
        # Most lines carry the document's number (the memory grows with the corpus); one in
        # five is left as it is and recurs across documents (boilerplate, for the deduplication).
        lines = [(k, e) if rng.random() < 0.2 else (f"{k} ({d})", f"{e} ({d})") for k, e in lines]
        name = f"d{d:05d}"
        (out / "docs" / f"{name}.ko.txt").write_text("\n".join(k for k, _ in lines) + "\n", encoding="utf-8")
        (out / "docs" / f"{name}.en.txt").write_text("\n".join(e for _, e in lines) + "\n", encoding="utf-8")
        rows.append(json.dumps({"id": name, "ko": f"docs/{name}.ko.txt", "en": f"docs/{name}.en.txt"}) + "\n")
    for size in sorted({1000, 5000, n_docs}):
        if size <= n_docs:
            (out / f"manifest-{size}.jsonl").write_text("".join(rows[:size]), encoding="utf-8")
    return out


def run(corpus: Path, size: int, engine: str, pythonpath: str | None, tag: str) -> dict:
    output = corpus / f"tm-{tag}-{engine}-{size}.tsv"
    for stale in (output, Path(f"{output}.state.jsonl")):
        stale.unlink(missing_ok=True)
    shutil.rmtree(f"{output}.state.shards", ignore_errors=True)
    peak_file = corpus / "peak.txt"
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", WRAPPER, str(peak_file), "build-tm",
                           str(corpus / f"manifest-{size}.jsonl"), "-o", str(output), *ENGINES[engine]],
                          capture_output=True, text=True, env=env, check=False)
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{engine}: exit {proc.returncode}: {proc.stderr.strip()[-2000:]}")
    summary = proc.stderr.strip().splitlines()[-1]
    segs, pairs = (int(x) for x in re.search(r"(\d+) segments; wrote (\d+) pairs", summary).groups())
    return {"size": size, "engine": engine, "segments": segs, "pairs": pairs, "seconds": seconds,
            "peak_mib": int(peak_file.read_text()) / 1024,
            "lines": sum(1 for _ in output.open(encoding="utf-8"))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[1000, 5000, 10000])
    parser.add_argument("--engines", nargs="+", default=["local-2", "ray-2"], choices=list(ENGINES))
    parser.add_argument("--pythonpath", help="run another checkout's package (its src folder)")
    parser.add_argument("--tag", default="this", help="a name for the checkout measured, in the table")
    args = parser.parse_args()
    corpus = make_corpus(max(args.sizes))
    print("| code | engine | documents | sentences | pairs written | wall time (s) | documents/s | pairs/s "
          "| driver peak RSS (MiB) |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for size in args.sizes:
        for engine in args.engines:
            r = run(corpus, size, engine, args.pythonpath, args.tag)
            print(f"| {args.tag} | {engine} | {size:,} | {r['segments']:,} | {r['pairs']:,} | {r['seconds']:.1f} "
                  f"| {size / r['seconds']:.1f} | {r['pairs'] / r['seconds']:.0f} | {r['peak_mib']:.0f} |",
                  flush=True)


if __name__ == "__main__":
    main()
