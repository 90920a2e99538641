"""Teaching material's Korean–English versions: a middle-school English textbook unit and
its teacher's guide (dialogues "A: … B: …" and named speakers, a vocabulary list "word —
뜻", a grammar point, exercises with blanks "____", choices "① … ⑤", an answer key and a tip
Korean only, page numbers), a university syllabus (EDU 305: course information, grading
percentages, a weekly schedule table, office hours, policies, a note each side only), a
science exam with an English version for international students (numbered questions with
points, a <보기> box, a passage for two questions, blank answer lines, page numbers), a
lecture deck with speaker notes, and a school's letter to parents about a field trip (a
greeting, "label: value" details, a Korean-only note, a reply slip of blanks and check
boxes) (``gold.py``), in ten layouts (two text files; the textbook page with the Korean
gloss on the English line; the syllabus as Word files with tables and as text; the slides
as PowerPoint; the exam as PDFs and as one bilingual file either language first; the
letter as a school site's web pages and as text: ``make.py``); scored on units found whole
or as their fair readings, one-sided lines and chrome kept out of pairs, and text lost
(``score.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
