"""Diplomacy and public speeches, as a foreign ministry and a presidential office publish
them in Korean and English: a joint statement on a Strategic Partnership (numbered
paragraphs, items "가." / "(a)", long sentences given as one or two on the other side), a
memorandum of understanding with its final clauses ("DONE in duplicate at Seoul, … both
texts being equally authentic.") and signature blocks side by side, the host's speech at a
state dinner ("존경하는 … 내외분,", "(박수)" one side only, rhetorical repetition, a proverb
translated loosely, a toast), the spokesperson's briefing transcript ("기자:" / "Q:",
"대변인:" / "A:", a question left untranslated, "잠시만요.") on the ministry's site, and a
UN General Assembly statement ("Mr. President," / "의장님,", numbered paragraphs, "Check
against delivery", "/끝/") (``gold.py``), in eight layouts: text files, Word files, two
PDFs, the MOU as ONE Word file and ONE PDF laid out side by side (Korean left, English
right), the speech as one bilingual file either language first, and web pages with the
site's chrome (``make.py``); scored on readings of each gold unit (``score.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
