"""The marketing set's scoring (``hr/score.py``'s, for this set's gold).

Texts are compared as *keys*: white space and zero-width marks left out, a leading list
mark ("•", "-", a "✓" that the page's ``aria-hidden`` icon hides, a typed step number "1."
that an HTML ``<ol>`` does not show) and the dashes
and bars at their ends. Each gold unit has its fair readings (a line whole or its sentences;
a caption's broken lines one by one or together): it is *exact* when every pair of one
reading is among the pairs made (each made pair serves one unit); the pairs left are
*debatable* when a debatable pair's (prices, hashtags, reviewer lines, contact and footer
lines), else *wrong*; a unit no reading of which is made is *missed*. *Not unpaired*: a text
the gold leaves unpaired (a review, a footer line, a giveaway rule, an agency note one side
only, a dropped sentence), or one of its sentences, inside a pair. *Chrome paired*: a menu
item or the social links inside a wrong pair. *Offset errors*, *text lost*, *chars doubled*:
on each file's text as the aligner's reader extracts it (``docs/score.py``'s checks).
"""

from __future__ import annotations

import functools
import re

from hr.score import COLUMNS
from hr.score import key as hr_key
from hr.score import score as shared_score

__all__ = ["COLUMNS", "key", "score"]


def key(text: str) -> str:
    """What a text is compared by: ``hr/score.py``'s key, a leading check mark left out."""
    return hr_key(re.sub(r"^\s*[✓✔]\ufe0f?\s*", "", text))


score = functools.partial(shared_score, key=key)
