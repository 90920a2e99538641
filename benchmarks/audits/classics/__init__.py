"""Texts with their own numbering (``gold.py``): an invented scripture-style book (chapter
and verse numbers, section headings in brackets, footnote letters, a verse the English
gives as two sentences, two verses the Korean joins, "그리고 그가 말하였다." / "And he said,"
again and again, a verse repeated word for word), an invented master's sayings in classical
Chinese with a Korean reading and an English translation ("1.1", commentary, Hanja lines to
be left unpaired or taken into their reading's pair), a Korean district court's civil
judgment and its English translation (caption, ORDER, REASONS, "1." / "가." / "1)", long
sentences the English splits in two or three), and a small bilingual collection of sijo and
a quatrain in Hanja; laid out in eleven ways (``make.py``: two ``.txt`` with verse numbers
"1:3" or superscripts glued to the first word; bilingual files verse by verse, entry by
entry in three lines, paragraph by paragraph, stanza by stanza; the judgment as two Word
files and two PDFs; one read presegmented); scored by position (``score.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
