"""Public administration for foreign residents, as a city hall, a ministry and a district
office publish it: an alien registration guide (steps, required documents, "수수료: 무료",
office hours "평일 09:00~18:00", a 민원실 phone number, a legal basis line Korean only), a
day's emergency text messages ("[행정안전부] 오늘 14:00 …", one sent twice, short
imperatives, a missing-person alert never translated), a district office's typhoon
evacuation notice (shelters with addresses, a checklist), a property tax notice (amounts
"123,450원" / "₩123,450", "2026. 7. 31.까지", virtual accounts, a Korean-only legal notice), an election
guide for foreign voters with a Q&A, and a garbage-sorting (분리배출) leaflet (pictograms as
words, days, 종량제 봉투, fines) (``gold.py``), in nine layouts (two text files; two Hangul
.hwpx files with a label–value table; the alerts as one file of alternating lines; two web
pages with a district site's chrome; two PDFs with a ruled table; the tax notice copied out
as text; one bilingual file either language first; a leaflet as two text files:
``make.py``); scored by position (``score.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
