"""The certificates set's scoring: ``hr/score.py``'s scorer, for this set's gold.

Texts are compared as *keys* (white space and zero-width marks left out, a leading list
mark and the dashes and bars at their ends). Each gold unit has its fair readings (a table
row whole, or its cells that hold letters on both sides cell by cell; a note of two
sentences whole or sentence by sentence): it is *exact* when every pair of one reading is
among the pairs made (each made pair serves one unit); pairs left over are *debatable*
when the gold allows them (figures-only cells such as masked ID numbers and balances, a
repeated header row, a registration number the same on both sides), else *wrong*; a unit
none of whose readings is made is *missed*. *Not unpaired*: a text one side only (a page
footer, the online-issue notice, a translator's note, the translator's certification, the
notary's block) or one of its sentences inside a pair. *Chrome paired*: the PDF's
watermark or page footer inside a wrong pair. *Offset errors*, *text lost*, *chars
doubled*: ``docs/score.py``'s checks.
"""

from __future__ import annotations

import functools

from hr.score import key
from hr.score import score as shared_score

COLUMNS = ("debatable", "not unpaired", "chrome paired", "offset errors", "text lost", "chars doubled")
score = functools.partial(shared_score, key=key, chrome_column="chrome paired")
