"""A localization engineer's material: a software docs page as Markdown and as a docs site's
HTML, a page with MkDocs and Docusaurus extensions, a changelog as Markdown and as text,
release notes hard-wrapped, and a UI strings sheet as CSV and TSV (``make.py``); scored on
exact pairs and on what must stay whole: code and site chrome in no pair, placeholders and
inline code kept (``score.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
