"""The business set's scoring (``hr/score.py``'s, for this set's gold).

Texts are compared as *keys*: white space and zero-width marks left out, a leading list
mark ("•", "-", "1." not before a digit) and the dashes and bars at their ends. Each gold
unit has its fair readings (a table row whole or its label cell; a 2-2 bead whole or its
two sentences): it is *exact* when every pair of one reading is among the pairs made (each
made pair serves one unit); the pairs left are *debatable* when a debatable pair's, else
*wrong*; a unit no reading of which is made is *missed*. *Not unpaired*: a text the gold
leaves unpaired (a line one side only: a disclaimer, a banner, quoted lines the translation
left out, an "About" paragraph), or one of its sentences, inside a pair. *Headers paired*:
a mail header line of the .eml files inside a wrong pair. *Offset errors*, *text lost*,
*chars doubled*: on each file's text as the aligner's reader extracts it (``docs/score.py``'s
checks).
"""

from __future__ import annotations

import functools

from hr.score import key
from hr.score import score as shared_score

COLUMNS = ("debatable", "not unpaired", "headers paired", "offset errors", "text lost", "chars doubled")
score = functools.partial(shared_score, key=key, chrome_column="headers paired")
