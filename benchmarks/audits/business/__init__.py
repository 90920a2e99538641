"""A Korean parts maker's corporate communication: an e-mail thread (greetings, a reply
over a quoted earlier message under "-----원본 메시지-----" / "-----Original Message-----"
and its header lines, signatures with titles, phone and address lines, a banner in the
Korean signature only, a confidentiality disclaimer in English only, an older message
quoted with ">" in the Korean thread only), a quarterly earnings press release ("매출 3조
2,450억 원" / "KRW 3.245 trillion", "전년 동기 대비 12.3% 증가" / "up 12.3% year on year", a
results table in KRW 100 million against KRW billion, forward-looking-statement boilerplate
whose sentences cross, an IR contact block, an "About" paragraph English only), weekly
management meeting minutes (attendees, numbered agenda, notes by speaker, action items with
owners and due dates), a business card and company profile, and an NDA excerpt with
numbered articles and a signature block (``gold.py``), in ten layouts (the thread as two
.txt, two .eml and two Outlook .html; the release as two .docx and two PDFs; the minutes as
two .txt and the action items as an .xlsx sheet; the card and profile as one bilingual file
either language first; the NDA as two .txt: ``make.py``); scored on units found whole or as
their fair readings, one-sided lines and mail headers kept out of pairs, and text lost
(``score.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
