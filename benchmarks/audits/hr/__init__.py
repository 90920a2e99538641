"""A recruiting agency's and an HR department's Korean–English material: two job postings
(a fintech's careers page, a recruiting agency's job board) with bullet fragments, salary
ranges and deadlines, a résumé in label–value form with romanized names, date ranges and
achievements with numbers, a cover letter (자기소개서) with a looser English version, an
employment contract excerpt with a signature block, and an HR notice of the annual leave
policy with its table of years of service against days (``gold.py``), in ten layouts (two
web pages with site chrome; the résumé as Word tables and as text; the cover letter as two
text files and as one bilingual file either language first; the contract as two PDFs; the
notice as text; the leave table as a .csv sheet: ``make.py``); scored on units found whole
or as their fair readings, one-sided lines and chrome kept out of pairs, and text lost
(``score.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
