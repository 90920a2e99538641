"""Short-line creative text (``gold.py``): K-pop lyrics (a lyrics site's page and a fan
translation, a chorus three times, English words inside the Korean, ad-libs) and the same
song as a lyric video's subtitles, two poems, a webtoon episode's script, a picture book
and a folk song with numbered verses and a refrain; laid out in twelve ways (``make.py``:
two files with and without blank lines, SRT, bilingual files line by line or stanza by
stanza, either language first, one read presegmented); scored by position, so that each
occurrence of a repeated line must pair with its own (``score.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
