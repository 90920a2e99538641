"""Eight news articles, written in both languages for the audit (sport, an earnings
release, K-pop, health, a festival, an op-ed, baseball, a transit notice): headlines,
bylines, photo captions and credits, copyright lines, untranslated paragraphs and
translator's notes, figures, lists, duplicated blocks, splits, merges and a swap; each in
one bilingual file and in two files, two of them also with a byte-order mark and CRLF, or
with no-break and zero-width spaces (``make.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
