"""aligner: Korean–English sentence alignment and translation-memory building.

The three calls most users need::

    import aligner
    pairs = aligner.align(korean_text, english_text)      # two texts
    pairs = aligner.align_bilingual(text)                  # one interleaved document
    tm = aligner.TranslationMemory(); tm.add_texts(ko, en, doc_id="a"); tm.write("a.tmx")

and, for a corpus, ``aligner.build_tm(aligner.read_manifest("docs.jsonl"), "memory.tmx")``.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("aligner")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

from .build import DocumentSpec, build_tm, read_manifest  # noqa: E402
from .errors import AlignerError  # noqa: E402
from .pipeline import align, align_bilingual, align_document, align_texts  # noqa: E402
from .records import Alignment, Pair, Segment  # noqa: E402
from .tm import TranslationMemory  # noqa: E402

__all__ = [
    "align",
    "align_bilingual",
    "align_texts",
    "align_document",
    "TranslationMemory",
    "build_tm",
    "read_manifest",
    "DocumentSpec",
    "Pair",
    "Segment",
    "Alignment",
    "AlignerError",
    "__version__",
]
