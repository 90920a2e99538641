"""The recipes set's layouts and their gold (``gold.py``'s documents).

A layout's gold is a dict of texts: ``pairs`` (ko, en) to find (a text twice in a document
is gold twice), ``debatable`` pairs that may be made or not, ``unpaired`` texts no pair may
hold, ``never_paired`` page chrome no pair may hold (see ``score.py``). A debatable line of
fields apart by " | " (a review's "user | date | option" line, a byline) may also pair field
by field.

The layouts: ``recipe_txt`` and ``label_txt``, the Korean file and the English file, a line
each; ``reviews_bi_ko`` and ``reviews_bi_en``, one bilingual file, each review its Korean
lines then its English lines (or the English first), a blank line between reviews;
``mealkit_wrap``, the Korean card a line an item, the English hard-wrapped at 60 columns
(short lines, the list's items, kept); ``shop_html``, the Korean page and the English page;
``options_csv``, one sheet with a header row ``code, ko, en`` as Python's csv module
writes it; ``label_docx``, the label as two Word files (a paragraph a line, the headings in
Heading 2): files of bytes, which the runner writes as they are.
"""

from __future__ import annotations

import csv
import io
import textwrap

from layout import Layout

from .gold import D, LABEL, MEALKIT, OPTIONS, RECIPE, REVIEWS, REVIEWS_HEAD, SHOP_EN, SHOP_GOLD, SHOP_KO

WRAP = 60


def _gold() -> dict[str, list]:
    return {"pairs": [], "debatable": [], "unpaired": [], "never_paired": []}


def lines_of(entries: list, gold: dict) -> tuple[list[str], list[str]]:
    """The Korean lines and the English lines of a document's entries, its gold added to ``gold``."""
    ko, en = [], []
    for entry in entries:
        match entry:
            case ("P", units):
                for k, e, *flag in units:
                    if not (k and e):
                        if not flag:
                            gold["unpaired"].append(k or e)
                        continue
                    gold["debatable" if flag == [D] else "pairs"].append((k, e))
                    if flag == [D] and k.count(" | ") == e.count(" | ") > 0:
                        # a line of fields ("user | date | option"): cut at its bars, its
                        # fields may pair one to one as well (added after the first run)
                        gold["debatable"] += list(zip(k.split(" | "), e.split(" | ")))
                k = " ".join(u[0] for u in units if u[0])
                e = " ".join(u[1] for u in units if u[1])
                ko += [k] if k else []
                en += [e] if e else []
            case ("K", text):
                ko.append(text)
                gold["unpaired"].append(text)
            case ("E", text):
                en.append(text)
                gold["unpaired"].append(text)
            case ("X", k, e, pairs):
                ko += k
                en += e
                for a, b, *flag in pairs:
                    gold["debatable" if flag == [D] else "pairs"].append((a, b))
    return ko, en


def text(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def two_files(name: str, entries: list) -> Layout:
    gold = _gold()
    ko, en = lines_of(entries, gold)
    return Layout(name, {f"{name}.ko.txt": text(ko), f"{name}.en.txt": text(en)}, gold)


def reviews(name: str, ko_first: bool) -> Layout:
    """The reviews as one bilingual file: the page's head, then each review's two blocks."""
    gold = _gold()
    ko, en = lines_of(REVIEWS_HEAD, gold)
    out = [line for k, e in zip(ko, en) for line in ((k, e) if ko_first else (e, k))] + [""]
    for review in REVIEWS:
        ko, en = lines_of(review, gold)
        out += (ko + en if ko_first else en + ko) + [""]
    return Layout(name, {f"{name}.txt": "\n".join(out)}, gold)


def mealkit() -> Layout:
    gold = _gold()
    ko, en = lines_of(MEALKIT, gold)
    wrapped = [textwrap.fill(line, WRAP) for line in en]
    return Layout("mealkit_wrap", {"mealkit.ko.txt": text(ko), "mealkit.en.txt": text(wrapped)}, gold)


def options() -> Layout:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(("code", "ko", "en"))
    writer.writerows(OPTIONS)
    gold = _gold()
    for _, k, e in OPTIONS:
        if k and e and k != e:
            gold["pairs"].append((k, e))
        elif k and e:
            gold["debatable"].append((k, e))
        else:
            gold["unpaired"].append(k or e)
    gold["never_paired"] = [code for code, _, _ in OPTIONS]
    return Layout("options_csv", {"options.csv": out.getvalue()}, gold)


def docx(lines: list[str], headings: set[str]) -> bytes:
    """A Word file, a paragraph a line, the headings in Heading 2."""
    import docx as python_docx

    document = python_docx.Document()
    for line in lines:
        if line in headings:
            document.add_heading(line, level=2)
        else:
            document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def label_docx() -> Layout:
    """The label as a pair of Word files, its section titles Word headings."""
    gold = _gold()
    ko, en = lines_of(LABEL, gold)
    heads = {"영양정보", "조리방법", "Nutrition Facts", "Cooking directions"}
    return Layout("label_docx", {"label.ko.docx": docx(ko, heads), "label.en.docx": docx(en, heads)}, gold)


def layouts() -> list[Layout]:
    """The set's eight layouts: seven of text, the label as Word files."""
    return [two_files("recipe_txt", RECIPE),
            two_files("label_txt", LABEL),
            reviews("reviews_bi_ko", True),
            reviews("reviews_bi_en", False),
            mealkit(),
            Layout("shop_html", {"shop.ko.html": SHOP_KO, "shop.en.html": SHOP_EN}, SHOP_GOLD),
            options(),
            label_docx()]
