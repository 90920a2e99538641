"""aligner: Korean–English sentence alignment and translation-memory building.

The three calls most users need::

    import aligner
    pairs = aligner.align(korean_text, english_text)      # two texts
    pairs = aligner.align_bilingual(text)                  # one interleaved document
    tm = aligner.TranslationMemory(); tm.add_texts(ko, en, doc_id="a"); tm.write("a.tmx")

and, for a corpus, ``aligner.build_tm(aligner.read_manifest("docs.jsonl"), "memory.tmx")``;
for comparable text, ``aligner.mine(korean_texts, english_texts)`` and ``aligner.pair_documents``.

The names below are imported on first use: ``import aligner`` (and so the command line's
start-up, where Ctrl-C must end quietly) does not load numpy and the models' packages.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)

_WHERE = {
    "AlignerError": ".errors",
    "Alignment": ".records",
    "DocumentPair": ".mining",
    "DocumentSpec": ".building.build",
    "MinedPair": ".records",
    "Pair": ".records",
    "Segment": ".records",
    "TranslationMemory": ".building.memory",
    "Unpaired": ".records",
    "align": ".pipeline",
    "align_bilingual": ".pipeline",
    "align_document": ".pipeline",
    "align_texts": ".pipeline",
    "build_tm": ".building.build",
    "mine": ".mining",
    "pair_documents": ".mining",
    "read_manifest": ".building.build",
}

__all__ = [
    "AlignerError",
    "Alignment",
    "DocumentPair",
    "DocumentSpec",
    "MinedPair",
    "Pair",
    "Segment",
    "TranslationMemory",
    "Unpaired",
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

if TYPE_CHECKING:
    __version__: str
    from .building.build import DocumentSpec, build_tm, read_manifest
    from .building.memory import TranslationMemory
    from .errors import AlignerError
    from .mining import DocumentPair, mine, pair_documents
    from .pipeline import align, align_bilingual, align_document, align_texts
    from .records import Alignment, MinedPair, Pair, Segment, Unpaired


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("aligner")
    except PackageNotFoundError:  # running from a source tree
        return "0.0.0"


def __getattr__(name: str) -> object:
    if name == "__version__":
        globals()[name] = _version()
        return globals()[name]
    if name not in _WHERE:
        raise AttributeError(f"module 'aligner' has no attribute {name!r}")
    value = getattr(importlib.import_module(_WHERE[name], __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))
