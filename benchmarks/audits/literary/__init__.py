"""A literary chapter ("The Salt House", chapter three of an imagined novel) and its loose
Korean translation: splits and merges, a reordered pair, an English epigraph, translator's
notes, an untranslated passage, a scene break; eleven layouts (``make.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
