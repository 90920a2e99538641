"""The civic set's scoring: by position, ``tourism/score.py``'s scorer, so that an
alert sent twice word for word pairs with its own occurrence (a pair of its Korean with the
other copy's English is *cross*, wrong).

Each gold line or sentence is found, in its file's order, in the text the aligner's reader
extracts (white space ignored: a PDF's wrapped lines, a table row's tab). A pair is *exact*
when its lines are one bead's and it covers them (or pairs within one bead cover it all:
*as sentences*, also exact: a Hangul or PDF table row paired cell by cell); *debatable* for
a bead that may pair or not (a figures-only value cell) or page chrome that translates its
counterpart; *merged* / *split* for coarser or finer beads; else *wrong* (*chrome paired*:
a pair touching no gold line). *Not unpaired*: a line one side only (a legal basis line,
the untranslated missing-person alert, a helpline line) inside a pair. *Text lost* /
*chars doubled*: runs of the read text no pair or unpaired segment covers, characters two
cover. *Out of order*: gold lines the reader put before a line ahead of them (a PDF
table read column by column), found from the file's start.
"""

from tourism.score import COLUMNS, score

__all__ = ["COLUMNS", "score"]
