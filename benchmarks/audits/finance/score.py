"""The finance set's scoring: ``business/score.py``'s scorer, for this set's gold.

Texts are compared as *keys* (white space and zero-width marks left out, a leading list
mark). Each gold unit has its fair readings (a table row whole or its cells that hold
letters on both sides; a strings row of two sentences whole or sentence by sentence): it
is *exact* when every pair of one reading is among the pairs made; pairs left over are
*debatable* when the gold allows them (figures-only cells, header rows, page chrome that
translates its counterpart), else *wrong*; a unit none of whose readings is made is
*missed*. *Not unpaired*: a text one side only (예금자보호 and compliance lines, mandated
warnings, "the Korean prevails") or one of its sentences inside a pair. *Headers paired*
(here: chrome or sheet keys paired): page chrome or a strings key inside a wrong pair.
*Offset errors*, *text lost*, *chars doubled*: ``docs/score.py``'s checks.
"""

from business.score import COLUMNS, score

__all__ = ["COLUMNS", "score"]
