"""A statute excerpt in the style of Korea's Personal Information Protection Act and its
official English translation (articles, paragraphs, items and sub-items, provisos,
amendment notes, deleted articles, addenda), and a bilingual service agreement (a clause
Korean only, a signature block; also with its Korean clause headings glued to their first
paragraphs): as two files, one bilingual file and a CSV table, the statute also without its
amendment notes and with its English items ending in "." (``make.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
