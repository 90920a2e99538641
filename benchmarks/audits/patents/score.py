"""The patents set's scoring (``hr/score.py``'s, with this set's key).

Texts are compared as *keys*: ``hr/score.py``'s (white space and zero-width marks left out,
a leading list mark such as a claim's "1.", the dashes and bars at the ends), and a leading
paragraph number "[0001]" left out too (a number may go with its paragraph or stay alone:
the two sides' numbers differ by design). Each gold unit has its fair readings (a claim with
or without its "【청구항 n】" label, a label–value line whole or apart, the formula with its
"where" sentence or not): it is *exact* when every pair of one reading is among the pairs
made; the pairs left are *debatable* when a debatable pair's, else *wrong*; a unit no
reading of which is made is *missed*. *Not unpaired*: a text the gold leaves unpaired (the
prior-art list, Korean-only headings and reference signs, the cross-reference paragraph,
acknowledgements, a translator's note), or one of its sentences, inside a pair. *Chrome
paired*: the journal site's chrome inside a wrong pair. *Offset errors*, *text lost*,
*chars doubled*: ``docs/score.py``'s checks on the text the aligner's reader extracts.
"""

from __future__ import annotations

import functools
import re

from hr.score import COLUMNS
from hr.score import key as hr_key
from hr.score import score as shared_score

__all__ = ["COLUMNS", "key", "score"]


def key(text: str) -> str:
    """What a text is compared by: ``hr``'s key, a leading paragraph number dropped."""
    return hr_key(re.sub(r"^\s*(?:\[\d{4}\]\s*)+", "", text))


score = functools.partial(shared_score, key=key)
