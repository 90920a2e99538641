"""Travel and heritage material: a palace museum gallery's wall panel and object labels
(hanja titles, "조선 19세기, 비단에 채색" period and material lines, dimensions, credits, a
sentence Korean only, Chinese and Japanese QR lines), a city tour bus brochure (itinerary
times, bus numbers, fares, a Korean-only notice), a hotel's guest information (Wi-Fi and
password, floor directory, Japanese and Chinese lines), subway and airport announcements in
four languages (short lines repeated), wayfinding signs with both languages on one line, an
audio guide track as subtitles, and a travel blog post with photo captions (``gold.py``), in
eleven layouts (two text files; one Word table of Korean and English cells; two web pages
with a municipal site's chrome; two PDFs; one bilingual file either language first; one
four-language script; signs on one line; two SRT files: ``make.py``); scored by position:
repeated lines with their own occurrence, Chinese and Japanese text and one-sided lines in no
pair, chrome in no pair but a translated menu item (``score.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
