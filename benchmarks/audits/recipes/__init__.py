"""A food and retail client's localization material: a recipe blog post with two recipes, a
frozen-food package label, customer reviews (one left untranslated), a meal-kit card, an
online shop's product page with its chrome, and a product options sheet (``gold.py``), in
eight layouts (two .txt files; a bilingual .txt, Korean or English first; Korean a line
an item against English hard-wrapped; two .html pages; a .csv sheet; the label as two .docx
files); scored on exact pairs, one-sided lines and chrome kept out of pairs, and text lost
(``score.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
