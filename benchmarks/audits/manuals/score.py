"""The manuals set's scoring.

Texts are compared as *keys*: white space, zero-width marks, table separators ("|",
tabs) and Markdown's code marks (the reader renders `code` as code: made so after the first
run, whose gold kept them in the Markdown layout) left out, a leading list mark ("•", "-", "·") or step number ("3.", not "3.5"), a
step number after a sentence's end (a Korean step that is two English steps: "… the dock.
4. Plug …") and the dashes at their ends. Each gold unit has its fair readings (a table row
whole, or its cells that differ and hold letters; a precautionary statement whole or as its
sentences): it is *exact* when every pair of one reading is among the pairs made (each made
pair serves one unit); the pairs left are *debatable* when a debatable pair's, else
*wrong*; a unit no reading of which is made is *missed*. *Not unpaired*: a text the gold
leaves unpaired (the FCC statement, the KC block, a regulation line one side only), or one
of its sentences, inside a pair. *Header paired*: the PDF's running header ("RV-7200K User
Manual") inside a wrong pair. *Offset errors*, *text lost*, *chars doubled*: on each file's
text as the aligner's reader extracts it (``docs/score.py``'s checks), through
``hr/score.py``'s scorer.
"""

from __future__ import annotations

import functools
import re

from hr.score import ZERO_WIDTH
from hr.score import score as shared_score

COLUMNS = ("debatable", "not unpaired", "header paired", "offset errors", "text lost", "chars doubled")

__all__ = ["COLUMNS", "key", "score"]


def key(text: str) -> str:
    """What a text is compared by."""
    text = re.sub(r"[\s|`]+", "", text.translate(ZERO_WIDTH))
    text = re.sub(r"^(?:\d+\.(?!\d)|[-•·*])", "", text)
    text = re.sub(r"(?<=[.!?:])\d+\.(?!\d)", "", text)
    return text.strip("-–—")


score = functools.partial(shared_score, key=key, chrome_column="header paired")
