"""A hospital's, a pharmacy's and a public health centre's Korean–English material: a
children's ibuprofen suspension's patient leaflet (mg/kg doses, "1일 3~4회", a dosage table
by age and weight, ※ warnings, bullet lists of contraindications and side effects, a
reporting line Korean only, a trademark line English only) and its carton's short
warnings, an international clinic's pre-op and discharge instructions (numbered steps, "오전
6시" / "6 a.m.", "NPO after midnight"), a surgical consent form (blanks, checkbox lines "□
동의함 □ 동의하지 않음", signature lines, a legal footnote Korean only), a health centre's
flu vaccination notice (a table of groups, birth dates, doses and dates), and a lab report
and prescription (codes, units, reference ranges, Latin drug names the same on both sides)
(``gold.py``), in ten layouts (two text files; two PDFs; both languages on one line; one
bilingual file either language first; two Word files with tables; two web pages with a
district site's chrome; tab-separated tables: ``make.py``); scored on units found whole or
as their fair readings, one-sided lines and chrome kept out of pairs, and text lost
(``score.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
