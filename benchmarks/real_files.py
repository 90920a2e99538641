"""The readers on files the applications themselves wrote: the .odt, .pptx and .hwpx files
that ship in the source distributions of odfpy, python-pptx and python-hwpx (written by
OpenOffice/LibreOffice, PowerPoint and Hancom Office Hangul; fetched from PyPI into
``out/real_files``, nothing of theirs is kept in the repository).

Each file is read with ``read_document``: it must give text or a one-line input error
(a deck of charts only has no text; odfpy's ``nasty.odt`` declares an external entity and
must be refused), never anything else. Hangul's own skeleton document is empty, so a
paragraph is written into its first text run and must come back.

    python benchmarks/real_files.py        # needs pip and the package index
"""

from __future__ import annotations

import io
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

from aligner.errors import AlignerError
from aligner.formats.readers import read_document

OUT = Path(__file__).resolve().parent / "out" / "real_files"
PACKAGES = ("odfpy==1.4.1", "python-pptx==1.0.2", "python-hwpx==6.9.0")
SUFFIXES = (".odt", ".pptx", ".hwpx")


def fetch() -> list[tuple[str, bytes]]:
    """(name, bytes) of every office file in the packages' source distributions."""
    OUT.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:",
                    "-d", str(OUT), *PACKAGES], check=True)
    files = []
    for archive in sorted(OUT.glob("*.tar.gz")):
        with tarfile.open(archive) as tar:
            for member in tar.getmembers():
                if member.isfile() and member.name.lower().endswith(SUFFIXES):
                    files.append((member.name, tar.extractfile(member).read()))
    return files


def with_text(hwpx: bytes, text: str) -> bytes:
    """Hangul's skeleton document with ``text`` in its first text run."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(hwpx)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "Contents/section0.xml":
                data = data.replace(b"<hp:t/>", f"<hp:t>{text}</hp:t>".encode(), 1)
            target.writestr(info, data)
    return out.getvalue()


def main() -> None:
    files = fetch()
    read = refused = 0
    for name, data in files:
        try:
            doc = read_document(name, data=data)
        except AlignerError as err:
            refused += 1
            assert "\n" not in str(err), name
            print(f"- {name}: {str(err).split(': ', 1)[1]}")
            continue
        read += 1
        lines = [line for line in doc.text.splitlines() if line]  # not the blank lines that keep cells apart
        print(f"- {name}: {len(lines)} lines, first {lines[0][:60]!r}")
    print(f"\n{len(files)} files: {read} read, {refused} refused with a one-line error, nothing else raised")
    skeleton = next(data for name, data in files if name.endswith("Skeleton.hwpx"))
    text = "한글로 저장된 문서의 첫 문단입니다."
    doc = read_document("Skeleton.hwpx", data=with_text(skeleton, text))
    print(f"Hangul's skeleton with a paragraph written into it reads back: {doc.text == text + chr(10)}")


if __name__ == "__main__":
    main()
