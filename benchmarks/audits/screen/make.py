"""The screen set's layouts and their gold (``gold.py``'s documents).

A layout's gold is a dict (``hr/score.py``'s): ``items``, the gold units, each a list of its
fair readings (a reading: the (ko, en) pairs that make it); ``debatable`` pairs that may be
made or not; ``unpaired`` texts no pair may hold; ``never_paired`` the festival site's
chrome, per language, that no wrong pair may hold.

The layouts: ``terminal_srt``, the feature's scene as a Korean and an English .srt timed
apart (the English splits and merges cues, starts each a little later, drops the insert
title and sound cues, adds its translator's credit); ``terminal_dual_srt``, the same as one
dual .srt, each Korean cue with the English cues that start in it on the lines below (a
language learner's file); ``ward_ass``, the series scene as one .ass of two styles (Default
Korean, Eng English, the speaker in the Name field, a typeset sign "{\\an8\\pos(…)}", a
Comment line); ``ward_vtt``, the same as two .vtt with cue settings ("line:85%
position:50% align:center"), voice tags "<v 은비>", a class "<c.yellow>", a STYLE block and
"Kind:" / "Language:" headers; ``script_txt``, the script scene as two text files (the
Korean drama form with a tab after the speaker; the English as a screenwriting program's
text export, indented by spaces); ``script_docx``, the same as two Word files (the English
in Courier with the screenplay's indents); ``synopsis_bi_ko`` and ``synopsis_bi_en``, the
catalogue page as one bilingual text file, each line's Korean then its English with a
blank line between, or the English first and no blank lines; ``synopsis_html``, the same
as the festival site's two pages with their chrome; ``credits_txt``, the end credits as
two text files, columns apart by two spaces.
"""

from __future__ import annotations

import html
import io
import itertools
import re

from layout import Layout

from .gold import (
    CHROME_BOTTOM,
    CHROME_TOP,
    CREDITS,
    SCRIPT,
    SYNOPSIS,
    TERMINAL,
    WARD,
    D,
)


def _gold() -> dict:
    return {"items": [], "debatable": [], "unpaired": [], "never_paired": {"ko": [], "en": []}}


# ---------------------------------------------------------------- subtitles
_GLUED_DASH = re.compile(r"(?:^|\s)-(?=\S)")


def plain(cue: str) -> str:
    """A cue's text as gold: tags, the sign mark and speakers' dashes left out, lines joined."""
    text = re.sub(r"</?i>", "", cue).lstrip("^")
    lines = [_GLUED_DASH.sub(" ", re.sub(r"^- ", "", line)).strip() for line in text.split("\n")]
    return " ".join(lines)


def subtitle_gold(units, speakers: bool = False) -> dict:
    gold = _gold()
    for unit in units:
        if speakers:
            unit = unit[2:]
        ko, en, *alts = unit
        k, e = " ".join(map(plain, ko)), " ".join(map(plain, en))
        if not (k and e):
            gold["unpaired"].append(k or e)
            continue
        gold["items"].append([[(k, e)], *alts])
    return gold


def timed(units, speakers: bool = False):
    """Each unit's Korean and English cues with their times (seconds): the Korean cues one
    after another, the English spread over the same stretch, starting a little later."""
    t, out = 62.0, []
    for unit in units:
        if speakers:
            unit = unit[2:]
        ko, en = unit[0], unit[1]
        start, kcues = t, []
        for cue in ko:
            d = min(5.5, max(1.2, 1.0 + 0.12 * len(plain(cue))))
            kcues.append((t, t + d, cue))
            t += d + 0.4
        end = t - 0.4 if ko else t + 2.0
        ecues, span = [], (end - start - 0.25) / max(1, len(en))
        for i, cue in enumerate(en):
            a = start + 0.2 + i * span
            ecues.append((a, a + span - 0.08, cue))
        out.append((kcues, ecues))
        t = end + 0.9
    return out


def _srt_time(s: float) -> str:
    ms = round(s * 1000)
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def _srt(cues) -> str:
    return "".join(f"{n}\n{_srt_time(a)} --> {_srt_time(b)}\n{text}\n\n" for n, (a, b, text) in enumerate(cues, 1))


def _srt_text(cue: str) -> str:
    return cue.lstrip("^") if not cue.startswith("^") else "{\\an8}" + cue[1:]


def terminal_srt() -> Layout:
    cues = timed(TERMINAL)
    ko = [(a, b, _srt_text(c)) for kc, _ in cues for a, b, c in kc]
    en = [(a, b, _srt_text(c)) for _, ec in cues for a, b, c in ec]
    return Layout("terminal_srt", {"terminal.ko.srt": _srt(ko), "terminal.en.srt": _srt(en)}, subtitle_gold(TERMINAL))


def terminal_dual_srt() -> Layout:
    out = []
    for kc, ec in timed(TERMINAL):
        english = "\n".join(c for _, _, c in ec)
        if not kc:
            out.append((ec[0][0], ec[-1][1], english))
            continue
        for i, (a, b, c) in enumerate(kc):
            out.append((a, b, c + ("\n" + english if i == 0 and english else "")))
    return Layout("terminal_dual_srt", {"terminal.ko-en.srt": _srt(out)}, subtitle_gold(TERMINAL))


_ASS_HEAD = """[Script Info]
; Script generated by Aegisub 3.2.2
; http://www.aegisub.org/
Title: Night Ward E03 [KOR+ENG]
ScriptType: v4.00+
WrapStyle: 0
ScaledBorderAndShadow: yes
YCbCr Matrix: TV.709
PlayResX: 1920
PlayResY: 1080

[Aegisub Project Garbage]
Last Style Storage: Default
Video File: Night.Ward.E03.1080p.WEB-DL.mkv

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding
Style: Default,Noto Sans KR Medium,72,&H00FFFFFF,&H000000FF,&H00000000,&H64000000,0,0,0,0,100,100,0,0,1,3.5,1,2,60,60,110,129
Style: Eng,Arial,56,&H00E6E6E6,&H000000FF,&H00000000,&H64000000,0,0,0,0,100,100,0,0,1,3,1,2,60,60,40,1

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Comment: 0,0:00:00.00,0:00:00.00,Default,,0,0,0,,TL 메모: 302호 환자 이름 확인 필요 / check patient name
"""


def _ass_time(s: float) -> str:
    cs = round(s * 100)
    return f"{cs // 360000}:{cs // 6000 % 60:02d}:{cs // 100 % 60:02d}.{cs % 100:02d}"


def _ass_text(cue: str, lang: str) -> str:
    if cue.startswith("^"):
        cue = ("{\\an8\\pos(960,90)}" if lang == "ko" else "{\\an8\\pos(960,160)\\fs44}") + cue[1:]
    return cue.replace("<i>", "{\\i1}").replace("</i>", "{\\i0}").replace("\n", "\\N")


def ward_ass() -> Layout:
    events = []
    for unit, (kc, ec) in zip(WARD, timed(WARD, speakers=True)):
        sk, se = unit[0], unit[1].title()
        events += [(a, 0, f"Dialogue: 0,{_ass_time(a)},{_ass_time(b)},Default,{sk},0,0,0,,{_ass_text(c, 'ko')}")
                   for a, b, c in kc]
        events += [(a, 1, f"Dialogue: 0,{_ass_time(a)},{_ass_time(b)},Eng,{se},0,0,0,,{_ass_text(c, 'en')}")
                   for a, b, c in ec]
    text = _ASS_HEAD + "".join(line + "\n" for *_, line in sorted(events))
    return Layout("ward_ass", {"Night.Ward.E03.ass": text}, subtitle_gold(WARD, speakers=True))


def _vtt_time(s: float) -> str:
    ms = round(s * 1000)
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def _vtt(cues, lang: str) -> str:
    out = [f"WEBVTT\nKind: captions\nLanguage: {lang}\n\nSTYLE\n::cue(.yellow) {{ color: #ffe14d; }}\n"]
    for n, (a, b, cue, speaker) in enumerate(cues, 1):
        sign = cue.startswith("^")
        where = "line:10% position:50% align:center" if sign else "line:85% position:50% align:center"
        cue = cue.lstrip("^")
        if sign and lang == "ko":
            body = "\n".join(f"<c.yellow>{line}</c>" for line in cue.split("\n"))
        elif cue.startswith(("-", "<i>", "[")) or not speaker:
            body = cue
        else:
            first, *rest = cue.split("\n")
            body = "\n".join([f"<v {speaker}>{first}", *rest])
        out.append(f"{lang}-{n}\n{_vtt_time(a)} --> {_vtt_time(b)} {where}\n{body}\n")
    return "\n".join(out)


def ward_vtt() -> Layout:
    ko, en = [], []
    for unit, (kc, ec) in zip(WARD, timed(WARD, speakers=True)):
        ko += [(a, b, c, unit[0]) for a, b, c in kc]
        en += [(a, b, c, unit[1].title()) for a, b, c in ec]
    return Layout("ward_vtt", {"ward.ko.vtt": _vtt(ko, "ko"), "ward.en.vtt": _vtt(en, "en")},
                  subtitle_gold(WARD, speakers=True))


# ---------------------------------------------------------------- shared: readings
def partitions(pairs):
    """A run of sentence pairs' fair readings: every way of joining neighbours, the same on
    both sides (whole, one by one, and between)."""
    n = len(pairs)
    out = []
    for cuts in itertools.product((0, 1), repeat=n - 1):
        reading, start = [], 0
        for i, cut in enumerate(list(cuts) + [1]):
            if cut:
                part = pairs[start:i + 1]
                reading.append((" ".join(k for k, _ in part), " ".join(e for _, e in part)))
                start = i + 1
        out.append(reading)
    return sorted(out, key=len)


# ---------------------------------------------------------------- the script scene
_SENTENCES = re.compile(r"(?<=[.!?…])(?<!Dr\.)\s+")


def script_gold() -> dict:
    gold = _gold()
    for entry in SCRIPT:
        kind = entry[0]
        if kind == "H":
            gold["items"].append([[(entry[1], entry[2])]])
        elif kind == "A":
            gold["items"].append(partitions(entry[1]))
        elif kind in "KE":
            gold["unpaired"].append(entry[1])
        else:
            (kn, kp, kl), (en, ep, el) = entry[1], entry[2]
            kos = [" ".join(filter(None, (kn, kp, kl))), " ".join(filter(None, (kp, kl))), kl]
            ens = [" ".join(filter(None, (en, ep, el))), " ".join(filter(None, (ep, el))), el]
            readings = [[(k, e)] for k in dict.fromkeys(kos) for e in dict.fromkeys(ens)]
            readings += [[(kn, en), (k, e)] for k in dict.fromkeys(kos[1:]) for e in dict.fromkeys(ens[1:])]
            # a speech of as many sentences on each side: by sentences too, the name and
            # parenthetical with the first or apart (added after the first run: as fair)
            ks, es = _SENTENCES.split(kl), _SENTENCES.split(el)
            if len(ks) == len(es) > 1:
                for part in partitions(list(zip(ks, es)))[1:]:
                    (k1, e1), rest = part[0], part[1:]
                    for k in dict.fromkeys(kos):
                        for e in dict.fromkeys(ens):
                            readings.append([(k[: len(k) - len(kl)] + k1, e[: len(e) - len(el)] + e1), *rest])
                    readings.append([(kn, en), (" ".join(filter(None, (kp, k1))), " ".join(filter(None, (ep, e1)))), *rest])
            gold["items"].append(readings)
            gold["debatable"] += [(kn, en)] + ([(kp, ep), (f"{kn} {kp}", f"{en} {ep}")] if kp and ep else [])
    return gold


def script_lines(lang: str) -> list[tuple[str, str]]:
    """(kind, text) lines: "heading", "action", "name", "paren", "speech", "speech_ko",
    "transition", "note", "blank"."""
    out = []
    for entry in SCRIPT:
        kind = entry[0]
        if kind == "H":
            out += [("heading", entry[1] if lang == "ko" else entry[2]), ("blank", "")]
        elif kind == "A":
            out += [("action", " ".join(p[lang == "en"] for p in entry[1])), ("blank", "")]
        elif kind == "K" and lang == "ko":
            out += [("note", entry[1]), ("blank", "")]
        elif kind == "E" and lang == "en":
            out += [("transition", entry[1]), ("blank", "")]
        elif kind == "D" and lang == "ko":
            name, paren, line = entry[1]
            if out and out[-1][0] == "blank" and len(out) > 1 and out[-2][0] == "speech_ko":
                out.pop()  # Korean speeches run on without blank lines
            out += [("speech_ko", f"{name}\t" + " ".join(filter(None, (paren, line)))), ("blank", "")]
        elif kind == "D":
            name, paren, line = entry[2]
            out += [("name", name)] + ([("paren", paren)] if paren else []) + [("speech", line), ("blank", "")]
    return out


_INDENT = {"name": 25, "paren": 19, "speech": 10, "transition": 50}


def _wrapped(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + [line]


def script_txt() -> Layout:
    ko = "\n".join(text for _, text in script_lines("ko")).rstrip() + "\n"
    en = []
    for kind, text in script_lines("en"):
        width = {"speech": 35, "paren": 25}.get(kind, 60)
        en += [" " * _INDENT.get(kind, 0) + line for line in _wrapped(text, width)] if text else [""]
    return Layout("script_txt", {"night_ward_ep1_s12.ko.txt": ko, "night_ward_ep1_s12.en.txt": "\n".join(en).rstrip() + "\n"},
                  script_gold())


def script_docx() -> Layout:
    import docx as python_docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Inches, Pt

    files = {}
    for lang in ("ko", "en"):
        document = python_docx.Document()
        style = document.styles["Normal"]
        style.font.name = "Courier New" if lang == "en" else "Batang"
        style.font.size = Pt(12 if lang == "en" else 11)
        for kind, text in script_lines(lang):
            if kind == "blank":
                continue
            p = document.add_paragraph()
            fmt = p.paragraph_format
            if kind == "speech_ko":
                name, line = text.split("\t", 1)
                fmt.left_indent, fmt.first_line_indent = Inches(1.0), Inches(-1.0)
                fmt.tab_stops.add_tab_stop(Inches(1.0))
                p.add_run(name).bold = True
                p.add_run("\t" + line)
                continue
            run = p.add_run(text)
            if kind == "heading":
                run.bold = True
            elif kind == "name":
                fmt.left_indent = Inches(2.2)
                fmt.space_after = Pt(0)
            elif kind == "paren":
                fmt.left_indent = Inches(1.6)
                fmt.space_after = Pt(0)
            elif kind == "speech":
                fmt.left_indent, fmt.right_indent = Inches(1.0), Inches(1.5)
            elif kind == "transition":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif kind == "note":
                run.italic = True
        out = io.BytesIO()
        document.save(out)
        files[f"night_ward_ep1_s12.{lang}.docx"] = out.getvalue()
    return Layout("script_docx", files, script_gold())


# ---------------------------------------------------------------- the catalogue page
def synopsis_gold(chrome: bool = False) -> dict:
    gold = _gold()
    for kind, body, *_ in SYNOPSIS:
        if kind in "KE":
            gold["unpaired"].append(body)
        elif kind == "G":
            gold["items"].append([[(" ".join(k for k, _ in body), " ".join(e for _, e in body))]])
        else:
            pairs = [p[:2] for p in body]
            if any(len(p) > 2 and p[2] == D for p in body):
                gold["debatable"] += pairs
            else:
                gold["items"].append(partitions(pairs))
    if chrome:
        for k, e in CHROME_TOP + CHROME_BOTTOM:
            gold["never_paired"]["ko"].append(k)
            gold["never_paired"]["en"].append(e)
            gold["debatable"].append((k, e))
    return gold


def _side(entry, lang: str) -> str:
    kind, body = entry[0], entry[1]
    if kind in "KE":
        return body if (kind == "K") == (lang == "ko") else ""
    return " ".join(p[lang == "en"] for p in body if p[lang == "en"])


def synopsis_bi(name: str, ko_first: bool) -> Layout:
    out = []
    for entry in SYNOPSIS:
        sides = [_side(entry, "ko"), _side(entry, "en")]
        out += [s for s in (sides if ko_first else sides[::-1]) if s]
        if ko_first:
            out.append("")
    return Layout(name, {f"winter_terminal_{name[-2:]}.txt": "\n".join(out).rstrip() + "\n"}, synopsis_gold())


def _page(lang: str) -> str:
    i = lang == "en"
    top = [c[i] for c in CHROME_TOP]
    bottom = [c[i] for c in CHROME_BOTTOM]
    body, in_list = [], False
    for entry in SYNOPSIS:
        text = html.escape(_side(entry, lang))
        if not text:
            continue
        tag = entry[2] if len(entry) > 2 else "p"
        if tag == "li" and not in_list:
            body.append("<ul class=\"list\">")
        if tag != "li" and in_list:
            body.append("</ul>")
        in_list = tag == "li"
        if tag in ("h1", "h2", "h3", "li"):
            body.append(f"<{tag}>{text}</{tag}>")
        else:
            body.append(f"<p class=\"{tag}\">{text}</p>")
    if in_list:
        body.append("</ul>")
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{html.escape(_side(SYNOPSIS[0], lang))} | {html.escape(top[0])}</title>
<link rel="stylesheet" href="/static/css/film.css"></head>
<body>
<header class="gnb"><a class="logo" href="/{lang}/">{html.escape(top[0])}</a>
<nav><ul>{"".join(f'<li><a href="#">{html.escape(t)}</a></li>' for t in top[1:6])}</ul></nav>
<div class="lang"><a href="/ko/">{top[6]}</a> | <a href="/en/">{top[7]}</a></div></header>
<div class="breadcrumb">{html.escape(top[8])}</div>
<main class="film-detail">
<div class="poster"><img src="/upload/film/2024/winter_terminal.jpg" alt=""></div>
{chr(10).join(body)}
<div class="btns"><a class="btn-ticket" href="#">{bottom[0]}</a> <a class="btn-share" href="#">{bottom[1]}</a> <a href="#">{bottom[2]}</a></div>
</main>
<aside class="related"><h4>{bottom[3]}</h4><ul><li><a href="#">{html.escape(bottom[4])}</a></li><li><a href="#">{html.escape(bottom[5])}</a></li></ul></aside>
<footer><p>{html.escape(bottom[6])}</p><p><a href="#">{bottom[7]}</a></p><p>{html.escape(bottom[8])}</p></footer>
<script>window.dataLayer=window.dataLayer||[];</script>
</body></html>
"""


def synopsis_html() -> Layout:
    return Layout("synopsis_html", {"film_2024_0417.ko.html": _page("ko"), "film_2024_0417.en.html": _page("en")},
                  synopsis_gold(chrome=True))


# ---------------------------------------------------------------- the end credits
def credits_txt() -> Layout:
    gold, ko, en = _gold(), [], []
    for k, e, *d in CREDITS:
        if k in ("출연", "도움 주신 분들") or k.startswith("제작  (주)"):
            ko.append("")
            en.append("")
        if k:
            ko.append(k)
        if e:
            en.append(e)
        if not (k and e):
            gold["unpaired"].append(k or e)
        elif d:
            gold["debatable"].append((k, e))
        else:
            gold["items"].append([[(k, e)]])
    return Layout("credits_txt", {"credits.ko.txt": "\n".join(ko) + "\n", "credits.en.txt": "\n".join(en) + "\n"}, gold)


def layouts() -> list[Layout]:
    """The set's ten layouts."""
    return [terminal_srt(), terminal_dual_srt(), ward_ass(), ward_vtt(), script_txt(), script_docx(),
            synopsis_bi("synopsis_bi_ko", True), synopsis_bi("synopsis_bi_en", False), synopsis_html(), credits_txt()]
