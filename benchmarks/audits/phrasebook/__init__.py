"""A phrase book: 115 short pairs (dialogue turns, replies, numbered examples, grammar
patterns, vocabulary, instructions, answer keys, questions, prices and times, polite and
casual forms, alternatives); 24 layouts of textbooks and phrase books (``make.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
