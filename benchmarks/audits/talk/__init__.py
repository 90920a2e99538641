"""A TED-style talk ("The elevator behind the vending machine") and its Korean subtitles in
the style of TED's volunteers: sound cues, a host's interview, Korean without many full
stops; nine runs over transcripts, caption lines, SRT, WebVTT and automatic captions
(``make.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
