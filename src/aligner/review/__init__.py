"""Review: the review page a translator corrects an alignment on, and the corrections
it exports, fed back with ``aligner align --anchors``.

- :func:`write_review` writes the page (``page.py``; template, style and script in ``assets/``);
- :func:`pair_evidence` says what each pair's score rests on (``evidence.py``);
- :func:`load_corrections` reads a ``corrections.json`` (``corrections.py``, which documents
  the schema); ``aligner.align_document(text, anchors=...)`` aligns around it (``anchors.py``).
"""

from .corrections import (
    Corrections,
    DocumentCorrections,
    InputIdentity,
    Link,
    SegmentRef,
    load_corrections,
    parse_corrections,
    write_corrections,
)
from .evidence import Evidence, pair_evidence
from .page import ReviewDocument, review_data, write_review

__all__ = [
    "Corrections",
    "DocumentCorrections",
    "Evidence",
    "InputIdentity",
    "Link",
    "ReviewDocument",
    "SegmentRef",
    "load_corrections",
    "pair_evidence",
    "parse_corrections",
    "review_data",
    "write_corrections",
    "write_review",
]
