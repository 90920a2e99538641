"""The diplomacy set's scoring: ``hr/score.py``'s scorer, for this set's gold.

Texts are compared as *keys* (white space and zero-width marks left out, a leading list
mark "1." / "-" and the dashes and bars at their ends). Each gold unit has its fair
readings (a paragraph of a side-by-side layout whole or its sentences; a row of the two
signature blocks whole or its cells): it is *exact* when every pair of one reading is
among the pairs made; pairs left over are *debatable* when the gold allows them (romanized
names, site chrome that translates its counterpart), else *wrong*; a unit none of whose
readings is made is *missed*. *Not unpaired*: a text one side only ("(박수)", "(웃음)",
"/끝/", "Check against delivery", a question the English left out, reference notes) or one
of its sentences inside a pair. *Chrome paired*: the ministry site's menus, breadcrumbs,
buttons or footer inside a wrong pair. *Offset errors*, *text lost*, *chars doubled*:
``docs/score.py``'s checks.
"""

from hr.score import COLUMNS, score

__all__ = ["COLUMNS", "score"]
