"""Housing and daily life for foreign residents: a standard residential lease
(주택임대차표준계약서) with its label–value rows, deposit and rent in words and figures,
articles, numbered special terms and a signature block; four notices of an apartment
management office (water shut-off, elevator inspection, recycling day, noise), each signed
by the office's director; a real-estate portal's listing page with its chrome; a
maintenance-fee statement; messages between the landlord and the tenant; and a moving
checklist (``gold.py``), in eight layouts (the lease as two PDFs with ruled form tables and
as two Word files with tables; the notices as one bilingual text file, Korean block first
and English block first; the listing as two portal pages; the fee statement as a
``key,ko,en`` sheet; the chat and the checklist as two text files: ``make.py``); scored on
units found whole or as their fair readings, one-sided lines and chrome kept out of pairs,
and text lost (``score.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
