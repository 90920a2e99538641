"""A game studio's Korean source and its English localization, as a localization engineer
builds a translation memory from shipped material: v1.4.2 patch notes and a v1.4.3 hotfix
as Markdown, a store event and a maintenance notice as web pages with site chrome, a
quest's dialogue as text (two files, one bilingual file of two blocks, and read
presegmented), 16 achievements (two files, and one file of alternating lines), and an item
and skill string table as CSV and TSV with placeholders ({0}, %d, %%, <color=…>, \\n)
(``gold.py``, ``make.py``); scored on exact pairs, lines without counterpart left
unpaired, chrome never paired and tokens kept whole (``score.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
