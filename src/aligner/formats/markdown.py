"""Reading Markdown (.md, .markdown): a README, a documentation site's page.

Parsed as CommonMark with GitHub's tables and strikethrough (markdown-it-py), then read as
the HTML page it renders to (:mod:`aligner.formats.html`): headings, paragraphs, list
items, block quotes and table cells each a line (a Korean/English table by those two
columns), a paragraph's wrapped lines one line, a hard break (two spaces, a backslash,
``<br>``) a new one; of the inline text what a reader sees: emphasis marks, links'
addresses and images dropped, a link's text and inline code kept (`pip install` in a
sentence is part of it). Raw HTML in the file (a README's centred ``<p align="center">``
banner, ``<details>``) is read as HTML is.

Not read: code blocks, fenced or indented (code is not translated, and the same code on
both sides would be paired: counted in ``metadata["code_blocks"]``), footnotes as GitHub
and Pandoc write them (``[^1]`` and the ``[^1]: …`` paragraph), headings' attributes
(``## Usage {#usage}``, as MkDocs and Pandoc write them), the keyword that opens a
documentation site's callout or tab (MkDocs's ``!!! note "Title"`` and ``=== "macOS"``,
whose indented body is read as text, not code; Docusaurus's ``:::tip Title``: its title
is read), and front matter (a
static site generator's YAML between ``---`` lines, or TOML between ``+++``, at the top;
its ``title`` is kept as the document's title).
"""

from __future__ import annotations

import re

from ..errors import InputError
from .html import extract
from .readers import Document, headed_document
from .text import decode

# Front matter: YAML (---, closed by --- or ...) or TOML (+++), from the first line
_FRONT_MATTER = re.compile(r"\A(?:---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)|\+\+\+[ \t]*\r?\n(.*?)^\+\+\+)[ \t]*(?:\r?\n|\Z)",
                           re.DOTALL | re.MULTILINE)
_TITLE = re.compile(r"""^title[ \t]*[:=][ \t]*(["']?)(.*?)\1[ \t]*\r?$""", re.MULTILINE)


# Footnotes as GitHub and Pandoc write them (not CommonMark): a reference "[^1]" in the
# text, a definition "[^1]: …" as a paragraph of its own; code is left alone
_CODE = re.compile(r"(<pre>.*?</pre>|<code>.*?</code>)", re.DOTALL)
_NOTE_DEFINITION = re.compile(r"<p>\[\^[^\]\s<>]+\]:.*?</p>", re.DOTALL)
_NOTE_REFERENCE = re.compile(r"\[\^[^\]\s<>]+\]")


# A heading's attributes as MkDocs, Pandoc and kramdown write them: "## Usage {#usage .wide}"
_HEADING_ATTRIBUTES = re.compile(r"\s*\{[#.][^{}<>\n]*\}(?=</h[1-6]>)")


def _without_notes_and_attributes(page: str) -> str:
    """The rendered page without footnotes (not read, as in Word documents and EPUBs) and
    without headings' attributes."""
    parts = _CODE.split(page)
    for k in range(0, len(parts), 2):  # the parts outside code
        parts[k] = _HEADING_ATTRIBUTES.sub("", _NOTE_REFERENCE.sub("", _NOTE_DEFINITION.sub("", parts[k])))
    return "".join(parts)


# Documentation sites' callouts and tabs: MkDocs's (Python-Markdown's admonitions, pymdownx's
# details and tabs: "!!! note "Title"", "??? tip", "=== "macOS"", the body indented four
# spaces under it, which CommonMark reads as code) and Docusaurus's (":::tip Title" … ":::")
_INDENTED_BLOCK = re.compile(r"""([ \t]*)(?:!!!|\?\?\?\+?|===)[ \t]*[\w-]*(?:[ \t]+"([^"\n]*)")?[ \t]*""")
_FENCED_CALLOUT = re.compile(r"[ \t]*:::[ \t]*[\w-]*(?:[ \t]+(.*?))?[ \t]*")


def _callouts_as_text(text: str) -> str:
    """``text`` with each callout's and tab's title a paragraph of its own and its body
    unindented, so that it is read as text (its opening line's keyword is none: "!!! note")."""
    out: list[str] = []
    body = None  # the indentation of the body of the block being read, or None
    for line in text.split("\n"):
        if body is not None:
            if line.startswith(body) or not line.strip():
                out.append(line[:len(body) - 4] + line[len(body):] if line.strip() else line)
                continue
            body = None
        opening = _INDENTED_BLOCK.fullmatch(line)
        fenced = None if opening else _FENCED_CALLOUT.fullmatch(line)
        if opening:
            out += [opening[1] + (opening[2] or ""), ""]
            body = opening[1] + "    "
        elif fenced:
            out += [fenced[1] or "", ""]
        else:
            out.append(line)
    return "\n".join(out)


# Strong emphasis closed before a Korean particle after punctuation ("**저장...**을",
# "**`config.yaml`**을"): CommonMark's flanking rules close no emphasis between punctuation
# and a letter, and the marks stayed in the text; written as HTML, it is emphasis
# (the emphasized text holds no mark of its kind and is short: a line of "**a " repeated
# took 17 s with any text between the marks)
_STRONG_BEFORE_HANGUL = re.compile(r"(\*\*|__)(?=\S)((?:(?!\1)[^\n]){1,200}?)(?<=\S)\1(?=[\uac00-\ud7a3])")


def read_markdown(data: bytes, name: str, encoding: str | None = None) -> Document:
    """A Markdown file's text, a block a line; see the module's docstring."""
    from markdown_it import MarkdownIt

    text, used = decode(data, name, encoding)
    title = None
    front = _FRONT_MATTER.match(text)
    if front:
        found = _TITLE.search(front[1] or front[2] or "")
        title = found[2].strip() if found and found[2].strip() else None
        text = text[front.end():]
    text = _STRONG_BEFORE_HANGUL.sub(r"<strong>\2</strong>", _callouts_as_text(text))
    code_blocks = 0

    def skipped(renderer, tokens, idx, options, env) -> str:
        nonlocal code_blocks
        code_blocks += 1
        return "\n"

    # No nesting limit: markdown-it drops what lies deeper than its own (20 levels: a quote
    # in a list in a quote ...) without a word; Python's recursion limit stops a hostile
    # file instead, with an error
    md = MarkdownIt("commonmark", {"html": True, "maxNesting": 10**9}).enable(["table", "strikethrough"])
    md.add_render_rule("fence", skipped)
    md.add_render_rule("code_block", skipped)
    try:
        page = _without_notes_and_attributes(md.render(text))
    except RecursionError:
        raise InputError(f"{name}: cannot read the Markdown file: its quotes, lists or links are nested too "
                         "deep (a broken or hostile file)") from None
    lines, _, _, (tables, cells) = extract(f"<!DOCTYPE html><html><body><article>{page}</article></body></html>", name)
    if not lines:
        raise InputError(f"{name}: the Markdown file has no text outside its code blocks")
    metadata = {"encoding": used, "title": title, "code_blocks": code_blocks, "bilingual_tables": tables,
                "cells_not_read": cells}
    return headed_document(lines, "md", name, {k: v for k, v in metadata.items() if v or k == "encoding"})
