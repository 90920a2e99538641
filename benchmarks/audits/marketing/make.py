"""The marketing set's layouts and their gold (``gold.py``'s documents).

A layout's gold is a dict: ``items``, the gold units to find, each a list of its fair
readings (a reading: the (ko, en) pairs that make it; a line whole or its sentences; an
Instagram caption's broken lines one by one or together); ``debatable`` pairs that may be
made or not; ``unpaired`` texts no pair may hold; ``never_paired`` page chrome (menus,
social links) no wrong pair may hold, per language (``hr/score.py`` scores it).

The layouts: ``landing_html``, the landing page as two saved pages (a site header with its
``<nav>``, an announcement bar, the hero with a ``<a class="btn">`` call to action and a
wish-list ``<button>``, ``<span class="check">✓</span>`` bullets in a ``<ul>``, ingredient
cards with images, the steps as an ``<ol>`` (no typed numbers), reviews with inline star
spans, hashtag links, analytics scripts, a tracking pixel, the site ``<footer>``);
``landing_txt``, the same page copied as text (numbers typed, the footer's lines kept);
``press_docx``, the press kit as two Word files (headings, bold labels, a small-type
boilerplate); ``story_txt``, the brand story as two text files, a paragraph a line;
``insta_bi_ko``, the five captions as one file, each post's Korean caption, a blank line,
its English caption, posts parted by a rule line; ``insta_bi_en``, the English caption
first and the Korean straight under it, posts parted by a blank line; ``newsletter_html``,
the newsletter as two e-mail HTML files (table layout, the subject in ``<title>``, a hidden
preheader padded with ``&zwnj;&nbsp;``, product cards three to a row, a footer cell with
the legal lines, social links, a tracking pixel); ``cf_docx``, the commercial script as one
Word file, a two-column table "국문 | English" (a row a line; a note one column only);
``cf_txt``, the script as two text files.
"""

from __future__ import annotations

import html
import io

from business.make import _gold, entry_lines
from layout import Layout

from .gold import (
    COMMERCIAL,
    INSTAGRAM,
    LANDING,
    LANDING_FOOTER,
    LANDING_NAV,
    NEWSLETTER,
    NEWSLETTER_FOOTER,
    NEWSLETTER_PREHEADER,
    NEWSLETTER_SUBJECT,
    PRESS,
    STORY,
)

esc = html.escape


def lines(doc: list, gold: dict) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The Korean and the English lines of a document as (tag, text), its gold added to
    ``gold`` (see ``gold.py`` for the entries: the business set's kinds)."""
    ko, en = [], []
    for entry in doc:
        if not entry_lines(entry, gold, ko, en):
            raise ValueError(f"no entry of this set: {entry[0]!r}")
    return ko, en


# ---------------------------------------------------------------- text files

_RUN = ("li", "step", "footer", "contact", "label", "review", "reviewer")  # lines with no blank line between


def _txt(side: list[tuple[str, str]]) -> str:
    out, last = [], None
    for tag, text in side:
        if out and not (tag == last and tag in _RUN):
            out.append("")
        out.append(text)
        last = tag
    return "\n".join(out) + "\n"


def two_txt(name: str, doc: list, blank: bool = True) -> Layout:
    gold = _gold()
    ko, en = lines(doc, gold)
    if blank:
        files = {f"{name}.ko.txt": _txt(ko), f"{name}.en.txt": _txt(en)}
    else:
        files = {f"{name}.ko.txt": "\n".join(t for _, t in ko) + "\n", f"{name}.en.txt": "\n".join(t for _, t in en) + "\n"}
    return Layout(name, files, gold)


# ---------------------------------------------------------------- the landing page as HTML

_HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta property="og:title" content="{title}">
<link rel="stylesheet" href="/assets/css/landing.min.css?v=20260310">
<style>.sr-only{{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}}
.check{{color:#2a8fbd;font-weight:700}} .btn-primary{{background:#0d3b66;color:#fff}}</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-MGL2026"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-MGL2026');</script>
</head>
"""


def _landing_page(side: list[tuple[str, str]], lang: str) -> str:
    nav = LANDING_NAV[lang]
    out = [_HEAD.format(lang=lang, title="배리어 워터 크림 | 물결랩" if lang == "ko" else "Barrier Water Cream | Mulgyeol Lab"),
           "<body class=\"page-landing\">",
           "<header class=\"site-header\">",
           "  <a class=\"logo\" href=\"/\"><img src=\"/assets/img/logo.svg\" alt=\"MULGYEOL LAB\"></a>",
           "  <nav class=\"gnb\"><ul>" + "".join(f"<li><a href=\"/{i}\">{esc(t)}</a></li>" for i, t in enumerate(nav[:3]))
           + "</ul></nav>",
           "  <div class=\"util\"><a href=\"/login\">" + esc(nav[3]) + "</a> <a href=\"/cart\">" + esc(nav[4])
           + " <span class=\"count\">0</span></a></div>",
           "</header>",
           "<main id=\"content\">"]
    reviews_open = False
    i = 0
    while i < len(side):
        tag, text = side[i]
        t = esc(text)
        if tag == "topbar":
            out.append(f"<div class=\"topbar\"><a href=\"/signup\">{t}</a></div>")
            out.append("<section class=\"hero\">")
        elif tag == "eyebrow":
            out.append(f"  <span class=\"eyebrow\">{t}</span>")
        elif tag == "h1":
            out.append(f"  <h1 class=\"hero-title\">{t}</h1>")
        elif tag == "sub":
            out.append(f"  <p class=\"hero-sub\">{t}</p>")
        elif tag == "price":
            size, _, price = text.partition(" · ")
            out.append(f"  <p class=\"price\"><span class=\"size\">{esc(size)}</span> · <strong>{esc(price)}</strong></p>")
        elif tag == "cta":
            wish = "♡ 찜하기" if lang == "ko" else "♡ Save"
            out.append(f"  <div class=\"cta-row\"><a href=\"/products/barrier-water-cream?utm_source=landing\" "
                       f"class=\"btn btn-primary\" data-gtm=\"cta_buy\">{t}</a>"
                       f"<button type=\"button\" class=\"btn-wish\">{wish}</button></div>")
            out.append("  <img class=\"hero-img\" src=\"/assets/img/bwc-hero@2x.jpg\" alt=\"\">")
            out.append("</section>")
        elif tag == "h2":
            if reviews_open:
                out.append("</section>")
                reviews_open = False
            if text.startswith(("리뷰", "Reviews")):
                out.append(f"<section class=\"reviews\"><h2>{t}</h2>")
                reviews_open = True
            else:
                out.append(f"<section><h2>{t}</h2>")
        elif tag == "li":
            items = []
            while i < len(side) and side[i][0] == "li":
                mark, _, rest = side[i][1].partition(" ")
                items.append(f"<li><span class=\"check\" aria-hidden=\"true\">{esc(mark)}</span> {esc(rest)}</li>")
                i += 1
            out.append("  <ul class=\"benefits\">" + "".join(items) + "</ul></section>")
            continue
        elif tag == "h3":
            out.append(f"  <div class=\"ingredient-card\"><img src=\"/assets/img/ing-{i}.png\" alt=\"\" loading=\"lazy\">"
                       f"<h3>{t}</h3>")
        elif tag == "p":
            out.append(f"    <p>{t}</p></div>")
        elif tag == "small":
            out.append(f"  <p class=\"disclaimer\"><small>{t}</small></p></section>")
        elif tag == "step":
            items = []
            while i < len(side) and side[i][0] == "step":
                items.append(f"<li>{esc(side[i][1].partition('. ')[2])}</li>")
                i += 1
            out.append("  <ol class=\"steps\">" + "".join(items) + "</ol></section>")
            continue
        elif tag == "review":
            stars, _, body = text.partition(" ")
            out.append(f"  <div class=\"review\"><p class=\"review-body\"><span class=\"stars\">{esc(stars)}</span> "
                       f"{esc(body)}</p>")
        elif tag == "reviewer":
            out.append(f"    <div class=\"review-meta\">{t}</div></div>")
        elif tag == "tags":
            if reviews_open:
                out.append("</section>")
                reviews_open = False
            links = "".join(f"<a href=\"/tag/{esc(h[1:])}\">{esc(h)}</a> " for h in text.split())
            out.append(f"<div class=\"hashtags\">{links.strip()}</div>")
        elif tag == "footer":
            rows = []
            while i < len(side) and side[i][0] == "footer":
                rows.append(f"  <p>{esc(side[i][1])}</p>")
                i += 1
            out += ["</main>", "<footer class=\"site-footer\">"] + rows + ["</footer>"]
            continue
        i += 1
    out.append("<img src=\"https://t.mulgyeol.com/px.gif?e=landing_view\" width=\"1\" height=\"1\" alt=\"\" "
               "style=\"display:none\">")
    out.append("<script src=\"/assets/js/landing.min.js\" defer></script>")
    out.append("</body>\n</html>\n")
    return "\n".join(out)


def landing_html() -> Layout:
    gold = _gold()
    ko, en = lines(LANDING + LANDING_FOOTER, gold)
    for lang in ("ko", "en"):
        gold["never_paired"][lang] += LANDING_NAV[lang]
    return Layout("landing_html", {"landing.ko.html": _landing_page(ko, "ko"), "landing.en.html": _landing_page(en, "en")},
                  gold)


# ---------------------------------------------------------------- the press kit as Word

def _docx(side: list[tuple[str, str]]) -> bytes:
    import docx as python_docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = python_docx.Document()
    for tag, text in side:
        if tag == "h1":
            document.add_heading(text, level=1)
        elif tag == "h2" and not text.startswith("-"):
            document.add_heading(text, level=2)
        else:
            paragraph = document.add_paragraph(text)
            if tag in ("label", "h2"):
                paragraph.runs[0].bold = True
            if tag in ("small", "caption", "contact"):
                for run in paragraph.runs:
                    run.font.size = Pt(9)
            if tag == "caption":
                paragraph.runs[0].italic = True
            if tag == "end":
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def press_docx() -> Layout:
    gold = _gold()
    ko, en = lines(PRESS, gold)
    return Layout("press_docx", {"presskit.ko.docx": _docx(ko), "presskit.en.docx": _docx(en)}, gold)


# ---------------------------------------------------------------- Instagram captions as one file

def insta(name: str, ko_first: bool) -> Layout:
    gold = _gold()
    posts = []
    for post in INSTAGRAM:
        ko, en = lines(post, gold)
        k, e = "\n".join(t for _, t in ko), "\n".join(t for _, t in en)
        posts.append(f"{k}\n\n{e}" if ko_first else f"{e}\n{k}")
    joined = "\n\n━━━━━━━━━━\n\n".join(posts) if ko_first else "\n\n".join(posts)
    return Layout(name, {f"{name}.txt": joined + "\n"}, gold)


# ---------------------------------------------------------------- the newsletter as e-mail HTML

def _newsletter(side: list[tuple[str, str]], lang: str) -> str:
    subject = NEWSLETTER_SUBJECT[lang == "en"]
    pre = NEWSLETTER_PREHEADER[lang == "en"]
    cell = "style=\"padding:0 32px;font-family:'Apple SD Gothic Neo','Malgun Gothic',Arial,sans-serif;color:#1d2b36\""
    body = []
    i = 0
    while i < len(side):
        tag, text = side[i]
        t = esc(text)
        if tag == "web":
            lead = text.rpartition(" 웹에서 보기" if lang == "ko" else " View it in your browser")[0]
            word = text[len(lead) + 1:]
            body.append(f"<tr><td align=\"center\" style=\"font-size:11px;color:#8a96a0;padding:8px\">{esc(lead)} "
                        f"<a href=\"https://mulgyeol.com/mail/view/{{{{id}}}}\" style=\"color:#8a96a0\">{esc(word)}</a></td></tr>")
            body.append("<tr><td align=\"center\" style=\"padding:24px\"><img src=\"https://cdn.mulgyeol.com/mail/logo.png\" "
                        "width=\"140\" alt=\"MULGYEOL LAB\" style=\"display:block\"></td></tr>")
            body.append("<tr><td><img src=\"https://cdn.mulgyeol.com/mail/2603/hero.jpg\" width=\"600\" alt=\"\" "
                        "style=\"display:block;width:100%\"></td></tr>")
        elif tag == "h1":
            body.append(f"<tr><td {cell}><h1 style=\"font-size:28px;margin:24px 0 8px\">{t}</h1></td></tr>")
        elif tag == "p":
            body.append(f"<tr><td {cell}><p style=\"font-size:15px;line-height:24px\">{t}</p></td></tr>")
        elif tag == "cta":
            body.append("<tr><td align=\"center\" style=\"padding:16px\"><table role=\"presentation\"><tr>"
                        "<td style=\"background:#0d3b66;border-radius:4px\"><a href=\"https://mulgyeol.com/sale?"
                        f"utm_source=newsletter&amp;utm_campaign=spring26\" style=\"color:#fff;display:inline-block;"
                        f"padding:14px 28px;text-decoration:none\">{t}</a></td></tr></table></td></tr>")
        elif tag == "h2":
            body.append(f"<tr><td {cell}><h2 style=\"font-size:20px;margin:32px 0 12px\">{t}</h2></td></tr>")
        elif tag == "name":
            cards = []
            while i < len(side) and side[i][0] in ("name", "price"):
                name, price = side[i][1], side[i + 1][1]
                old, _, new = price.partition(" → ")
                cards.append(f"<td width=\"33%\" valign=\"top\" style=\"padding:8px\"><img src=\"https://cdn.mulgyeol.com/"
                             f"mail/p{len(cards)}.jpg\" width=\"160\" alt=\"\"><p style=\"font-size:14px\">{esc(name)}</p>"
                             f"<p style=\"font-size:14px\"><s style=\"color:#8a96a0\">{esc(old)}</s> → "
                             f"<strong>{esc(new)}</strong></p></td>")
                i += 2
            body.append("<tr><td style=\"padding:0 24px\"><table role=\"presentation\" width=\"100%\"><tr>"
                        + "".join(cards) + "</tr></table></td></tr>")
            continue
        elif tag == "footer":
            rows = []
            while i < len(side) and side[i][0] == "footer":
                text = side[i][1]
                if "[수신거부]" in text:
                    a, _, b = text.partition("[수신거부]")
                    line = f"{esc(a)}<a href=\"{{{{unsubscribe_url}}}}\">[수신거부]</a>{esc(b)}"
                elif "Unsubscribe" in text:
                    a, _, b = text.partition("Unsubscribe")
                    line = f"{esc(a)}<a href=\"{{{{unsubscribe_url}}}}\">Unsubscribe</a>{esc(b)}"
                else:
                    line = esc(text)
                rows.append(f"<p style=\"margin:0 0 8px\">{line}</p>")
                i += 1
            social = ("<a href=\"https://instagram.com/mulgyeol.lab\">인스타그램</a> · <a href=\"https://youtube.com/@mulgyeol\">"
                      "유튜브</a> · <a href=\"https://pf.kakao.com/_mgl\">카카오톡 채널</a>") if lang == "ko" else (
                      "<a href=\"https://instagram.com/mulgyeol.lab\">Instagram</a> · <a href=\"https://youtube.com/@mulgyeol\">"
                      "YouTube</a> · <a href=\"https://tiktok.com/@mulgyeol\">TikTok</a>")
            body.append(f"<tr><td class=\"footer\" style=\"font-size:11px;line-height:17px;color:#8a96a0;padding:32px\">"
                        f"<p style=\"margin:0 0 12px\">{social}</p>" + "".join(rows) + "</td></tr>")
            continue
        else:
            body.append(f"<tr><td {cell}><p>{t}</p></td></tr>")
        i += 1
    padding = "&zwnj;&nbsp;" * 40
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(subject)}</title>
<style type="text/css">body{{margin:0;padding:0}} table{{border-collapse:collapse}} @media only screen and (max-width:600px){{.col{{display:block!important;width:100%!important}}}}</style>
</head>
<body style="margin:0;padding:0;background:#eef3f6">
<div style="display:none;font-size:1px;color:#eef3f6;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden">{esc(pre)}{padding}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#eef3f6"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">
{chr(10).join(body)}
</table>
</td></tr></table>
<img src="https://t.mulgyeol.com/open.gif?u={{{{subscriber_id}}}}&amp;c=spring26" width="1" height="1" alt="" style="display:block;border:0">
</body>
</html>
"""


def newsletter_html() -> Layout:
    gold = _gold()
    ko, en = lines(NEWSLETTER + NEWSLETTER_FOOTER, gold)
    # the line "웹에서 보기" whole may pair too; the social links translate each other but for
    # one network (KakaoTalk / TikTok): they may pair or not, as the share links elsewhere
    web = NEWSLETTER[0][1]
    gold["debatable"].append((" ".join(u[0] for u in web), " ".join(u[1] for u in web)))
    gold["debatable"].append(("인스타그램 · 유튜브 · 카카오톡 채널", "Instagram · YouTube · TikTok"))
    return Layout("newsletter_html", {"newsletter.ko.html": _newsletter(ko, "ko"),
                                      "newsletter.en.html": _newsletter(en, "en")}, gold)


# ---------------------------------------------------------------- the commercial script as a Word table

def cf_docx() -> Layout:
    import docx as python_docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    gold = _gold()
    document = python_docx.Document()
    title, meta, *rest = COMMERCIAL
    ko, en = lines([title], gold)
    document.add_paragraph(ko[0][1]).runs[0].bold = True
    document.add_paragraph(en[0][1]).runs[0].bold = True
    ko, en = lines([meta], gold)
    document.add_paragraph(f"{ko[0][1]} / {en[0][1]}").runs[0].font.size = Pt(9)
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    for c, head in enumerate(("국문", "English")):
        table.cell(0, c).text = head
        table.cell(0, c).paragraphs[0].runs[0].bold = True
    for entry in rest:
        k, e = lines([entry], gold)
        row = table.add_row()
        row.cells[0].text = k[0][1] if k else ""
        row.cells[1].text = e[0][1] if e else ""
        tag = (k or e)[0][0]
        if tag == "scene":
            for c in row.cells:
                c.paragraphs[0].runs[0].bold = True
                shade = OxmlElement("w:shd")
                shade.set(qn("w:val"), "clear")
                shade.set(qn("w:fill"), "D9E2F3")
                c._tc.get_or_add_tcPr().append(shade)
        elif tag == "action":
            for c in row.cells:
                if c.paragraphs[0].runs:
                    c.paragraphs[0].runs[0].italic = True
    # the meta line is one paragraph of both languages: its halves may pair (a debatable pair), or not
    out = io.BytesIO()
    document.save(out)
    return Layout("cf_docx", {"cf_script.docx": out.getvalue()}, gold)


def layouts() -> list[Layout]:
    """The set's nine layouts: the landing page as HTML and as text, the press kit as Word,
    the brand story as text, the captions as one file two ways, the newsletter as e-mail
    HTML, the commercial script as a Word table and as text."""
    return [landing_html(),
            two_txt("landing_txt", LANDING + LANDING_FOOTER),
            press_docx(),
            two_txt("story_txt", STORY, blank=False),
            insta("insta_bi_ko", ko_first=True),
            insta("insta_bi_en", ko_first=False),
            newsletter_html(),
            cf_docx(),
            two_txt("cf_txt", COMMERCIAL)]
