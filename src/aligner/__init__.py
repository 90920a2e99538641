"""aligner: Korean–English sentence alignment and translation-memory building.

The three calls most users need::

    import aligner
    pairs = aligner.align(korean_text, english_text)      # two texts
    pairs = aligner.align_bilingual(text)                  # one interleaved document
    tm = aligner.TranslationMemory(); tm.add_texts(ko, en, doc_id="a"); tm.write("a.tmx")

and, for a corpus, ``aligner.build_tm(aligner.read_manifest("docs.jsonl"), "memory.tmx")``;
for comparable text, ``aligner.mine(korean_texts, english_texts)`` and ``aligner.pair_documents``.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("aligner")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

from .building.build import DocumentSpec, build_tm, read_manifest
from .building.memory import TranslationMemory
from .errors import AlignerError
from .mining import DocumentPair, mine, pair_documents
from .pipeline import align, align_bilingual, align_document, align_texts
from .records import Alignment, MinedPair, Pair, Segment

__all__ = [
    "AlignerError",
    "Alignment",
    "DocumentPair",
    "DocumentSpec",
    "MinedPair",
    "Pair",
    "Segment",
    "TranslationMemory",
    "__version__",
    "align",
    "align_bilingual",
    "align_document",
    "align_texts",
    "build_tm",
    "mine",
    "pair_documents",
    "read_manifest",
]
