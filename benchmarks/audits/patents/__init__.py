"""A university lab's patent and research material in Korean and English: a Korean patent
application in KIPO's bracket style (【발명의 명칭】 with the English title in braces,
【기술분야】, paragraph numbers [0001] …, a formula and its "where" sentence, reference
numerals "(110)", "도 1은 … 단면도이다.", a prior-art list and reference signs Korean only)
and its US-style English (a cross-reference paragraph English only, so the numbers drift;
one Korean paragraph as two English ones; "What is claimed is:"), its eight claims (long
single-sentence claims, "제1항에 있어서," / "The hydrogen sensor of claim 1, wherein") and
abstract; a nursing research article (structured abstract, keywords, methods with units
and statistics "p < 0.01", "n = 48", a table, a figure caption, acknowledgements Korean
only, funding, references in English on both sides); the journal's abstract page; a KIPO
notice of preliminary rejection and its English (label–value lines, cited inventions,
guidance Korean only, a translator's note English only) (``gold.py``), in eight layouts
(the patent as filed, KIPO style against US style, as plain paragraphs and as Word files;
the claims as one bilingual file either language first; the article as two-column PDFs
with running heads, page numbers and a table; the abstract page as two HTML pages with the
site's chrome; the office action as text: ``make.py``); scored on units found whole or as
their fair readings, one-sided lines and chrome kept out of pairs, and text lost
(``score.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
