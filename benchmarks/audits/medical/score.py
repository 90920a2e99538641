"""The medical set's scoring.

Texts are compared as *keys*: white space, zero-width marks, table separators ("|", tabs)
left out, a leading list mark ("•", "-", not a step's "1.") and the dashes at their ends.
Each gold unit has its fair readings (a table row whole, or its cells that differ and hold
letters; a Word checkbox row whole or as its three cells): it is *exact* when every pair of
one reading is among the pairs made (each made pair serves one unit); the pairs left are
*debatable* when a debatable pair's, else *wrong*; a unit no reading of which is made is
*missed*. *Not unpaired*: a text the gold leaves unpaired (a line one side only: a legal
footnote, a trademark line, a staff line), or one of its sentences, inside a pair.
*Chrome paired*: a string of the web page's chrome (menu, breadcrumbs, buttons, previous
and next posts, survey, footer) inside a wrong pair. *Offset errors*, *text lost*, *chars
doubled*: on each file's text as the aligner's reader extracts it (``docs/score.py``'s checks).
"""

from __future__ import annotations

import functools
import re

from hr.score import COLUMNS, ZERO_WIDTH
from hr.score import score as shared_score

__all__ = ["COLUMNS", "key", "score"]


def key(text: str) -> str:
    """What a text is compared by."""
    text = re.sub(r"[\s|]+", "", text.translate(ZERO_WIDTH))
    return re.sub(r"^[-•·*]", "", text).strip("-–—")


score = functools.partial(shared_score, key=key)
