"""Reference and scholarly text (helperE12): two wiki articles (a person, a place) as saved
Wikipedia pages, as copied text and as Markdown; a journal paper's bilingual abstract page in
one bilingual file, either language first, and as a PDF pair; a thesis chapter excerpt with
note marks, a block quotation and footnotes, as text and as a Word pair; a museum catalogue
record (``gold.py``, ``make.py``); scored on exact pairs, citation marks kept with their
sentence, references and one-sided sentences left unpaired, wiki chrome in no pair
(``score.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
