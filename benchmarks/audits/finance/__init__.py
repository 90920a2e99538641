"""Retail finance for foreign customers, as Korean banks, card companies, insurers, asset
managers and brokers publish it: a time deposit's product guide (rate tables "연 3.50%" /
"3.50% p.a.", "※ 세전 기준", early-withdrawal rates, "단, …", the 예금자보호 disclaimer
Korean only), a card statement explained (billing periods, minimum payment, 리볼빙, fees),
a travel insurance summary of cover (a benefits table, exclusions as a numbered list), a
fund factsheet (returns by period, "총보수 연 0.85%", risk grade, an English benchmark
name on both sides), a securities app's risk disclosure, a bank app's UI strings and push
messages ("이체 완료", "₩1,250,000", "123-****-5678", OTP), and a bank web page
(``gold.py``), in ten layouts: text files, Word with tables, two bilingual files (either
language first), the strings as CSV and Excel, the factsheet as PDF and as text, a
hard-wrapped English text, and web pages with a bank site's chrome (``make.py``); scored
on readings of each gold unit (``score.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
