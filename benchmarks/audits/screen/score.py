"""The screen set's scoring (``hr/score.py``'s, for this set's gold).

Texts are compared as *keys*: ``hr/score.py``'s (white space and zero-width marks left out,
a leading list mark or speaker's dash and the dashes and bars at the ends), with the song
marks "♪" left out too. Each gold unit has its fair readings (a cue's text whole or its
sentences or speakers apart; a speech with or without its speaker's name and parenthetical;
a paragraph whole or by sentences): it is *exact* when every pair of one reading is among
the pairs made; the pairs left are *debatable* when a debatable pair's, else *wrong*; a
unit no reading of which is made is *missed*. *Not unpaired*: a text the gold leaves
unpaired (an insert title or sound description Korean only, a translator's credit, "CUT
TO:", a writer's note, a language line), or one of its sentences, inside a pair. *Chrome
paired*: a string of the festival site's chrome inside a wrong pair. *Offset errors*, *text
lost*, *chars doubled*: ``docs/score.py``'s checks on the reader's text.
"""

from __future__ import annotations

import functools

from hr.score import COLUMNS
from hr.score import key as hr_key
from hr.score import score as shared_score


def key(text: str) -> str:
    """What a text is compared by."""
    return hr_key(text.replace("♪", ""))


score = functools.partial(shared_score, key=key)

__all__ = ["COLUMNS", "key", "score"]
