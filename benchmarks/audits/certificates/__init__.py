"""Korean official documents and their certified English translations, as a translation agency
produces them for visas, immigration and study abroad: a family relation certificate
(가족관계증명서: the 등록기준지 row, a six-column table of members with masked resident
registration numbers "900101-2******", the certifying sentence, "(인)" / "[Seal]", an online
issue notice and page footer Korean only), a basic certificate with its "[label] value"
register entries, a certificate of employment (재직증명서, spaced labels "성    명:"), a
university transcript (course rows by semester, credits, grades, "4.12 / 4.5"), a diploma,
and a bank's certificate of deposit balance, each English followed by a translator's notes
and certification (and for the diploma a notary's block), English only (``gold.py``); in
thirteen layouts: the Korean form as a PDF against the English Word file or PDF, both as
text, the basic certificate as .hwpx against Word and as text, the employment certificate as
one bilingual file either language first and as a Word form, the transcript as two Excel
books, two CSV sheets and a two-column Korean PDF against Word,
the diploma as text, the balance certificate as Word (``make.py``); scored on readings of
each gold unit, one-sided lines left unpaired, and text lost (``score.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
