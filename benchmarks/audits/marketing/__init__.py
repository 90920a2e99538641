"""A skincare brand's marketing copy, transcreated rather than translated: a landing page (a
slogan whose pun the English replaces, "✓ 피부 진정" bullets, ingredient call-outs, a call to
action "지금 구매하기" / "Shop now", reviews one side only, hashtags), a launch press kit
(headline, subhead, a CEO quote in one Korean sentence and two English ones, a sentence
Korean only, "###", "About" boilerplate, media contact), a loose brand story (sentences
merged, reordered inside a bead, dropped), five Instagram captions (emoji, line breaks inside
a sentence, @mentions, "링크는 프로필에" / "Link in bio", rules one side only), an e-mail
newsletter (hidden preheader, product cards, an editor's note merged and split, a footer
with 수신거부 Korean only and unsubscribe English only) and a 30-second TV commercial script
(scene headings, bracketed directions, "NA:" / "VO:", "자막:" / "SUPER:", agency notes one
side only) (``gold.py``), in nine layouts (the landing page as two saved .html pages and as
two .txt; the press kit as two .docx; the story as two .txt; the captions as one bilingual
file, Korean first with a rule between posts, or English first; the newsletter as two
e-mail .html files; the script as one .docx two-column table and as two .txt:
``make.py``); scored on units found whole or as their fair readings, one-sided lines and
page chrome kept out of pairs, and text lost (``score.py``, ``hr/score.py``'s)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
