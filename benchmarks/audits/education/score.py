"""The education set's scoring (as ``hr/score.py``'s).

Texts are compared as *keys*: white space and zero-width marks left out, a leading list
mark ("•", "-", "1." not before a digit) and the dashes, bars and parentheses at their ends
(a gloss in parentheses, "(좀 도와줄까?)", is its text). Each gold unit has its fair
readings (a label–value line whole or its label and value apart, a table row whole or its
cells, a line of choices whole or choice by choice, a glossed line whole or sentence by
sentence): it is *exact* when every pair of one reading is among the pairs made (each made
pair serves one unit); the pairs left are *debatable* when a debatable pair's, else
*wrong*; a unit no reading of which is made is *missed*. *Not unpaired*: a text the gold
leaves unpaired (a line one side only: an answer key, a tip, a note; or one of its
sentences) inside a pair. *Chrome paired*: a string of the school site's chrome inside a
wrong pair. *Offset errors*, *text lost*, *chars doubled*: on each file's text as the
aligner's reader extracts it (``docs/score.py``'s checks; the brackets around a gloss,
which the segmenter leaves out of every segment by design, are not text lost).
"""

from __future__ import annotations

import functools
import re

from hr.score import COLUMNS, ZERO_WIDTH
from hr.score import score as shared_score

__all__ = ["COLUMNS", "key", "score"]
ENDS = "-–—•·|()"


def key(text: str) -> str:
    """What a text is compared by."""
    text = re.sub(r"\s+", "", text.translate(ZERO_WIDTH))
    return re.sub(r"^(?:\d+\.(?!\d)|[-•·*])", "", text).strip(ENDS)


score = functools.partial(shared_score, key=key)
