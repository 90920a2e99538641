"""The housing set's scoring (``hr/score.py``'s, with this set's key).

Texts are compared as *keys*: ``hr/score.py``'s key (white space and zero-width marks left
out, a leading list mark, the dashes and bars at the ends) with, further, a form's colons
and bars and a checklist's boxes left out, so that a form row read as "label value",
"label: value" or "label | value" is the same text. Each gold unit has its fair readings (a
form row whole or its cells in contiguous groups; a 2-2 bead whole or its sentences): it is
*exact* when every pair of one reading is among the pairs made (each made pair serves one
unit); the pairs left are *debatable* when a debatable pair's, else *wrong*; a unit no
reading of which is made is *missed*. *Not unpaired*: a text the gold leaves unpaired (a
line one side only: a courtesy-translation note, a line the translation left out, a tip
one side only, an untranslated sheet cell), or one of its sentences, inside a pair.
*Chrome paired*: a string of the listing portal's chrome (menus, buttons, similar
listings, footer) inside a wrong pair. *Offset errors*, *text lost*, *chars doubled*: on
each file's text as the aligner's reader extracts it (``docs/score.py``'s checks).
"""

from __future__ import annotations

import functools
import re

from hr.score import key as hr_key
from hr.score import score as shared_score

COLUMNS = ("debatable", "not unpaired", "chrome paired", "offset errors", "text lost", "chars doubled")


def key(text: str) -> str:
    """What a text is compared by (see the module's docstring)."""
    return hr_key(re.sub(r"[:|☐□]", "", text))


score = functools.partial(shared_score, key=key, chrome_column="chrome paired")
