"""The docs set's layouts and their gold (``gold.py``'s pages, changelogs and UI strings).

A layout's gold is a dict of texts (see ``gold.py``): the scorer compares texts. The layouts
(named as in the audit), each the Korean file then the English one, but the strings, one
sheet with a column for each: ``md``, the Markdown page; ``html``, the same as HTML;
``md2``, the page with MkDocs and Docusaurus extensions; ``rel``, the changelog as
Markdown; ``rel2``, the release notes as text; ``ui_csv`` and ``ui_tsv``, the strings as a
CSV (as Python's csv module writes it, CR LF) and a TSV sheet with a header row ``key, ko,
en``. (The audit's copy of the changelog as text is not made: its gold is the Markdown's
text, without the marks "#", "-" and "`" that text keeps.)
"""

from __future__ import annotations

import csv
import io

from layout import Layout

from .gold import (CHANGELOG_EN, CHANGELOG_KO, EXTENDED_EN, EXTENDED_KO, GOLD, GUIDE_EN, GUIDE_KO, NOTES_EN,
                   NOTES_KO, SITE_EN, SITE_KO, STRINGS, STRINGS_TOKENS)

HEADER = ("key", "ko", "en")


def strings_csv() -> str:
    """The strings as a CSV sheet."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    writer.writerows(STRINGS)
    return out.getvalue()


def strings_tsv() -> str:
    """The strings as a TSV sheet."""
    return "".join("\t".join(row) + "\n" for row in [HEADER, *STRINGS])


def strings_gold() -> dict[str, list]:
    """The strings' gold: a row translated is a pair; a cell whose row has no other side, or
    the same text on both, is left unpaired."""
    return {"pairs": [(ko, en) for _, ko, en in STRINGS if ko and en and ko != en],
            "unpaired": [text for _, ko, en in STRINGS if not ko or not en or ko == en for text in (ko, en) if text],
            "tokens": STRINGS_TOKENS}


def layouts() -> list[Layout]:
    """The audit's seven layouts, in its order."""
    ui = strings_gold()
    return [Layout("md", {"ko_guide.md": GUIDE_KO, "en_guide.md": GUIDE_EN}, GOLD["md"]),
            Layout("html", {"ko.html": SITE_KO, "en.html": SITE_EN}, GOLD["html"]),
            Layout("md2", {"ko.md": EXTENDED_KO, "en.md": EXTENDED_EN}, GOLD["md2"]),
            Layout("rel", {"ko.md": CHANGELOG_KO, "en.md": CHANGELOG_EN}, GOLD["rel"]),
            Layout("rel2", {"ko.txt": NOTES_KO, "en.txt": NOTES_EN}, GOLD["rel2"]),
            Layout("ui_csv", {"strings.csv": strings_csv()}, ui),
            Layout("ui_tsv", {"strings.tsv": strings_tsv()}, ui)]
