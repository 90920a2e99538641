"""Technical documentation as Korean manufacturers and chemical suppliers publish it in both
languages: a robot vacuum's user manual (safety precautions with ⚠ 경고 / WARNING and ⚠ 주의 /
CAUTION boxes, a callout parts list "① 본체", numbered installation steps where a Korean step
is two English steps, a troubleshooting table, a specifications table with units and a model
number, a warranty, an FCC statement English only, a KC certification block Korean only), a
degreaser's safety data sheet in 16 sections (GHS H and P statements with their codes,
"자료없음" / "No data available", CAS numbers), the vacuum's quick-start card and a software
agent's installation guide (commands, paths, versions, inline code) (``gold.py``), in eight
layouts (the manual as two text files, two PDFs of two columns with a running header and
ruled tables, two Word files with tables and list styles; the data sheet as one bilingual
file section by section, either language first; the card with both languages on each line;
the guide as two Markdown and two text files: ``make.py``); scored on units found whole or as
their fair readings, one-sided lines and the PDF's running header kept out of pairs, and
text lost (``score.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
