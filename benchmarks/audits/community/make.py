"""The community set's layouts and their gold (``gold.py``'s texts).

A layout's gold is by *position*: ``{"pieces": [(file, side, text, bead), …], "beads":
[(kind, ko piece numbers, en piece numbers, owner), …]}``. A piece is a stretch of one line (a
chat line is two: its speaker-and-time prefix, an ``M`` bead whose ``owner`` is the message's
bead, and the message); pieces are listed in the order the files hold them (``file``: 0, or 1
for the English file of two), and the scorer finds each in the text the aligner reads, so
each occurrence of a repeated line ("ㅋㅋㅋ", "잠시만 기다려 주세요.") has its own span.

The layouts, each the Korean file then the English one unless one file:

- ``kakao_two``: the chat as KakaoTalk's PC export and its English export, two ``.txt``;
- ``kakao_bi``: one ``.txt``, each Korean line of the export followed by its English line
  (a message continuing on lines of its own: its Korean lines, then its English lines);
- ``kakao_phone_two``: the same chat as KakaoTalk's phone export, a date and time before
  each line ("2026년 11월 28일 오후 3:15, 김민지 : …" / "Nov 28, 2026 at 3:15 PM, Kim Minji : …"),
  two ``.txt``;
- ``whatsapp_two``: as WhatsApp's export on a Korean and an English phone ("2026. 11. 28. 오후
  3:15 - 김민지: …" / "28/11/2026, 15:15 - Kim Minji: …", media as "<미디어 파일 없음>" /
  "<Media omitted>", no header), two ``.txt``;
- ``line_two``: the same chat as a LINE/WhatsApp-like export ("2026/11/28 15:15 김민지: …"),
  two ``.txt``;
- ``qa_html``: the Q&A thread as two saved pages with their sites' chrome (the Korean
  question's body lines apart by ``<br>``, the English one in ``<p>``s);
- ``forum_two``: the forum thread as two ``.txt``; ``forum_bi_en``: one ``.txt``, each
  English line (or comment) then its Korean, blank lines between comments;
- ``support_preseg``: the support chat as two ``.txt`` read ``--presegmented``;
  ``support_two``: the same files read as plain text.
"""

from __future__ import annotations

import datetime
import html

from layout import Layout

from .gold import (
    AGENT,
    CHAT,
    CHAT_NAME,
    CHAT_SAVED,
    CUSTOMER,
    FORUM,
    QA,
    SPEAKERS,
    SUPPORT,
    SUPPORT_HEAD,
    SUPPORT_NOTICE,
)


def lines_of(text) -> list[str]:
    if text is None:
        return []
    return [text] if isinstance(text, str) else list(text)


class Builder:
    """Files written line by line, each line made of pieces recorded with their side and bead."""

    def __init__(self, n_files: int):
        self.out = [[] for _ in range(n_files)]
        self.pieces = []  # (file, side, text, bead)
        self.beads = []  # [kind, ko pieces, en pieces, owner]

    def bead(self, kind: str, owner: int | None = None) -> int:
        self.beads.append([kind, [], [], owner])
        return len(self.beads) - 1

    def piece(self, f: int, side: str, text: str, bead: int) -> str:
        self.beads[bead][1 if side == "ko" else 2].append(len(self.pieces))
        self.pieces.append((f, side, text, bead))
        return text

    def line(self, f: int, *parts) -> None:
        """A line of pieces (side, text, bead), apart by a space; a raw string is written as it is."""
        texts = []
        for part in parts:
            if isinstance(part, str):
                texts.append(part)
            elif part[1]:
                texts.append(self.piece(f, *part))
        self.out[f].append(" ".join(texts))

    def raw(self, f: int, text: str) -> None:
        self.out[f].append(text)

    def blank(self, f: int) -> None:
        if self.out[f] and self.out[f][-1] != "":
            self.out[f].append("")

    def gold(self) -> dict:
        return {"pieces": self.pieces, "beads": [tuple(b) for b in self.beads]}

    def texts(self) -> list[str]:
        return ["\n".join(lines).strip("\n") + "\n" for lines in self.out]


# --- the chat -------------------------------------------------------------------------------

KO_DAYS = "월화수목금토일"


def ko_date(iso: str) -> str:
    d = datetime.date.fromisoformat(iso)
    return f"{d.year}년 {d.month}월 {d.day}일 {KO_DAYS[d.weekday()]}요일"


def en_date(iso: str) -> str:
    d = datetime.date.fromisoformat(iso)
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}"


def ko_clock(hhmm: str) -> str:
    h, m = map(int, hhmm.split(":"))
    return f"{'오전' if h < 12 else '오후'} {(h - 1) % 12 + 1}:{m:02d}"


def en_clock(hhmm: str) -> str:
    h, m = map(int, hhmm.split(":"))
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


SYS_TIME = "15:14"  # the invitation, just before the first message


def ko_stamp(iso: str, hhmm: str) -> str:
    """A message's date and time in KakaoTalk's phone export: "2026년 11월 28일 오후 3:15"."""
    d = datetime.date.fromisoformat(iso)
    return f"{d.year}년 {d.month}월 {d.day}일 {ko_clock(hhmm)}"


def en_stamp(iso: str, hhmm: str) -> str:
    """The same in the English app: "Nov 28, 2026 at 3:15 PM"."""
    d = datetime.date.fromisoformat(iso)
    return f"{d.strftime('%b')} {d.day}, {d.year} at {en_clock(hhmm)}"


def wa_ko(iso: str, hhmm: str) -> str:
    """WhatsApp's (Android, Korean) stamp: "2026. 11. 28. 오후 3:15"."""
    d = datetime.date.fromisoformat(iso)
    return f"{d.year}. {d.month}. {d.day}. {ko_clock(hhmm)}"


def wa_en(iso: str, hhmm: str) -> str:
    """WhatsApp's (Android, English) stamp: "28/11/2026, 15:15"."""
    d = datetime.date.fromisoformat(iso)
    return f"{d.day:02d}/{d.month:02d}/{d.year}, {hhmm}"


WA_MEDIA = {"사진": "<미디어 파일 없음>", "Photo": "<Media omitted>", "이모티콘": "<미디어 파일 없음>",
            "Emoticon": "<Media omitted>", "동영상": "<미디어 파일 없음>", "Video": "<Media omitted>",
            "삭제된 메시지입니다.": "삭제된 메시지입니다", "This message was deleted.": "This message was deleted"}

LINE_MEDIA = {"사진": "[사진]", "Photo": "[Photo]", "이모티콘": "[이모티콘]", "Emoticon": "[Sticker]",
              "동영상": "[동영상]", "Video": "[Video]"}


def chat(style: str, bilingual: bool) -> Builder:
    """The chat as KakaoTalk's PC export (``style`` "kakao"), its phone export ("mobile") or a
    LINE-like export ("line"): two files, or
    one with each Korean line (a message's lines) followed by its English."""
    b = Builder(1 if bilingual else 2)
    fk, fe = 0, 0 if bilingual else 1

    def both(kind, ko_lines, en_lines, prefix=None, owner_kind=None):
        """An entry: its Korean lines, then its English lines; ``prefix``: (ko, en) before the first line."""
        bead = b.bead(kind if ko_lines or en_lines else "D")  # an empty message: nothing to pair
        m = b.bead("M", bead) if prefix else None
        for f, side, lines, k in ((fk, "ko", ko_lines, 0), (fe, "en", en_lines, 1)):
            if prefix and not lines:
                lines = [""]
            for i, text in enumerate(lines):
                if i == 0 and prefix:
                    b.line(f, (side, prefix[k], m), (side, text, bead))
                else:
                    b.line(f, (side, text, bead))

    if style == "kakao":
        both("D", [f"{CHAT_NAME[0]} 님과 카카오톡 대화"], [f"KakaoTalk Chats with {CHAT_NAME[1]}"])
        both("D", [f"저장한 날짜 : {CHAT_SAVED}"], [f"Saved on: {CHAT_SAVED}"])
    elif style == "mobile":
        both("D", [f"{CHAT_NAME[0]} 님과 카카오톡 대화"], [f"{CHAT_NAME[1]} KakaoTalk Chats"])
        day, hhmm = CHAT_SAVED.split()
        both("D", [f"저장한 날짜 : {ko_stamp(day, hhmm)}"], [f"Date Saved : {en_stamp(day, hhmm)}"])
    elif style == "whatsapp":  # no header: the export opens on its first line
        pass
    else:
        both("D", [f"[LINE] {CHAT_NAME[0][:-2]}의 대화"], [f"[LINE] Chat history in {CHAT_NAME[1][:-2]}"])
        both("D", [f"저장한 날짜: {CHAT_SAVED.replace('-', '/')}"], [f"Saved on: {CHAT_SAVED.replace('-', '/')}"])
    b.blank(fk)
    b.blank(fe)
    day = None
    for entry in CHAT:
        if entry[0] == "date":
            day = entry[1]
            if style == "kakao":
                dash = "-" * 15
                both("D", [f"{dash} {ko_date(day)} {dash}"], [f"{dash} {en_date(day)} {dash}"])
            elif style == "mobile":
                both("D", [ko_date(day)], [en_date(day)])
        elif entry[0] == "sys":
            _, kind, ko, en = entry
            if kind == "K" and style in ("line", "whatsapp"):
                continue  # an open chat's notice: KakaoTalk's only
            if style == "whatsapp" and kind == "P":
                both(kind, lines_of(ko), lines_of(en), (f"{wa_ko(day, SYS_TIME)} -", f"{wa_en(day, SYS_TIME)} -"))
            elif style == "mobile" and kind == "P":  # a system line has its time on the phone
                both(kind, lines_of(ko), lines_of(en), (f"{ko_stamp(day, SYS_TIME)},", f"{en_stamp(day, SYS_TIME)},"))
            else:
                both(kind, lines_of(ko), lines_of(en))
        else:
            _, who, hhmm, ko, en, *kind = entry
            ko_name, en_name = SPEAKERS[who]
            ko_lines, en_lines = lines_of(ko), lines_of(en)
            if style == "kakao":
                prefix = (f"[{ko_name}] [{ko_clock(hhmm)}]", f"[{en_name}] [{en_clock(hhmm)}]")
            elif style == "whatsapp":
                prefix = (f"{wa_ko(day, hhmm)} - {ko_name}:", f"{wa_en(day, hhmm)} - {en_name}:")
                ko_lines = [WA_MEDIA.get(t, t) for t in ko_lines]
                en_lines = [WA_MEDIA.get(t, t) for t in en_lines]
            elif style == "mobile":
                prefix = (f"{ko_stamp(day, hhmm)}, {ko_name} :", f"{en_stamp(day, hhmm)}, {en_name} :")
            else:
                stamp = f"{day.replace('-', '/')} {hhmm}"
                prefix = (f"{stamp} {ko_name}:", f"{stamp} {en_name}:")
                ko_lines = [LINE_MEDIA.get(t, t) for t in ko_lines]
                en_lines = [LINE_MEDIA.get(t, t) for t in en_lines]
            both(kind[0] if kind else "P", [t for t in ko_lines if t], [t for t in en_lines if t], prefix)
    return b


# --- the Q&A thread -------------------------------------------------------------------------

KO_PAGE = """<!DOCTYPE html>
<html lang="ko">
<head><meta charset="utf-8"><title>D-10 구직비자에서 E-7으로 바꿀 때 꼭 출국해야 하나요? : 지식iN</title>
<script>window.__INIT__ = {{"svc": "kin", "docId": 481920377}};</script></head>
<body>
<div id="wrap">
{body}
</div>
</body>
</html>
"""

EN_PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Do I have to leave Korea to switch from a D-10 job-seeker visa to E-7? - Expat Q&amp;A</title>
<link rel="stylesheet" href="/static/site.css"></head>
<body class="question-page">
{body}
</body>
</html>
"""

KO_TAGS = {"nav": ('<div class="gnb_area">', "</div>"), "crumb": ('<div class="location">', "</div>"),
           "buttons": ('<div class="btn_area">', "</div>"), "ad": ('<div class="ad_banner"><span>', "</span></div>"),
           "footer": ('<div id="footer">', "</div>"), "h1": ('<div class="title_area"><h3 class="title">', "</h3></div>"),
           "meta": ('<div class="info_area"><span>', "</span></div>"), "tags": ('<div class="tag_list">', "</div>"),
           "count": ('<h4 class="answer_count">', "</h4>"), "label": ('<div class="badge_select"><em>', "</em></div>"),
           "byline": ('<div class="profile_card"><span>', "</span></div>"), "sig": ('<div class="signature">', "</div>"),
           "votes": ('<div class="recommend"><span>', "</span></div>"), "quote": ("<blockquote>", "</blockquote>")}

EN_TAGS = {"nav": ('<header class="top-bar"><nav>', "</nav></header>"), "crumb": ('<div class="breadcrumbs">', "</div>"),
           "buttons": ('<div class="post-menu">', "</div>"), "ad": ('<div class="sponsored">', "</div>"),
           "footer": ('<footer class="site-footer">', "</footer>"), "h1": ('<h1 class="question-title">', "</h1>"),
           "meta": ('<div class="question-meta">', "</div>"), "tags": ('<div class="post-tags">', "</div>"),
           "count": ('<h2 class="answers-header">', "</h2>"), "label": ('<div class="accepted-badge">', "</div>"),
           "byline": ('<div class="user-info">', "</div>"), "sig": ('<div class="signature">', "</div>"),
           "votes": ('<div class="vote-count">', "</div>"), "quote": ("<blockquote>", "</blockquote>")}


def qa() -> Builder:
    """The thread's two pages. The Korean question's sentences are lines of one ``div`` apart by
    ``<br>``, an answer's likewise; the English ones ``<p>``s; lists ``<ol>`` on both."""
    b = Builder(2)
    pages = [[], []]
    for f, side, tags in ((0, "ko", KO_TAGS), (1, "en", EN_TAGS)):
        out = pages[f]
        body_open = False  # a run of "p" / "li" blocks is one body
        list_open = False
        for i, (tag, kind, ko, en) in enumerate(QA):
            text = (ko, en)[f]
            if f == 0:
                bead = b.bead(kind)
                QA_BEADS.append(bead)
            else:
                bead = QA_BEADS[i]
            if text is None:
                continue
            if tag in ("p", "li"):
                if not body_open:
                    out.append('<div class="answer_content">' if f == 0 else '<div class="post-body">')
                    body_open, first = True, True
                if tag == "li":
                    if not list_open:
                        out.append("<ol>")
                        list_open = True
                    out.append(f"<li>{html.escape(b.piece(f, side, text, bead))}</li>")
                    continue
                if list_open:
                    out.append("</ol>")
                    list_open = False
                    first = True
                escaped = html.escape(b.piece(f, side, text, bead))
                if f == 0:
                    out.append(("" if first else "<br>\n") + escaped)
                else:
                    out.append(f"<p>{escaped}</p>")
                first = False
                continue
            if list_open:
                out.append("</ol>")
                list_open = False
            if body_open:
                out.append("</div>")
                body_open = False
            start, end = tags[tag]
            if kind == "C" or tag == "tags":  # a link each: a word or a tag
                words = text.split("  ") if kind == "C" else text.split(" ")
                links = " ".join(f'<a href="#">{html.escape(b.piece(f, side, w, bead))}</a>' for w in words)
                out.append(start + links + end)
            else:
                out.append(start + html.escape(b.piece(f, side, text, bead)) + end)
        if list_open:
            out.append("</ol>")
        if body_open:
            out.append("</div>")
    b.out = [[KO_PAGE.format(body="\n".join(pages[0]))], [EN_PAGE.format(body="\n".join(pages[1]))]]
    return b


QA_BEADS: list[int] = []


# --- the forum thread -----------------------------------------------------------------------

def forum(bilingual: bool, en_first: bool = True) -> Builder:
    b = Builder(1 if bilingual else 2)
    for entry in FORUM:
        if entry is None:
            b.blank(0)
            b.blank(len(b.out) - 1)
            continue
        kind = entry[0]
        ko = lines_of(entry[1]) if kind != "E" else []
        en = lines_of(entry[2]) if kind in "PDC" else lines_of(entry[1]) if kind == "E" else []
        bead = b.bead(kind)
        sides = [("ko", ko, 0), ("en", en, 0 if bilingual else 1)]
        if en_first:
            sides.reverse()
        for side, lines, f in sides:
            for text in lines:
                b.line(f, (side, text, bead))
    return b


# --- the support chat -----------------------------------------------------------------------

def support() -> Builder:
    b = Builder(2)
    head = b.bead("D")
    b.line(0, ("ko", SUPPORT_HEAD[0], head))
    b.line(1, ("en", SUPPORT_HEAD[1], head))
    b.line(0, ("ko", SUPPORT_NOTICE, b.bead("K")))
    b.blank(0)
    b.blank(1)
    for hhmm, who, ko, en, kind in SUPPORT:
        bead = b.bead(kind)
        m = b.bead("M", bead)
        for f, side, text, k in ((0, "ko", ko, 0), (1, "en", en, 1)):
            prefix = f"[{hhmm}]" if who == "S" else f"[{hhmm}] {(AGENT, CUSTOMER)[who == 'C'][k]}:"
            b.line(f, (side, prefix, m), (side, text, bead))
    return b


def layout(name: str, builder: Builder, files, presegmented: bool = False) -> Layout:
    return Layout(name, dict(zip(files, builder.texts())), builder.gold(), presegmented)


def layouts() -> list[Layout]:
    QA_BEADS.clear()
    two = ("ko.txt", "en.txt")
    return [
        layout("kakao_two", chat("kakao", False), ("KakaoTalk_ko.txt", "KakaoTalk_en.txt")),
        layout("kakao_bi", chat("kakao", True), ("KakaoTalk_ko_en.txt",)),
        layout("kakao_phone_two", chat("mobile", False), ("KakaoTalkChats_ko.txt", "KakaoTalkChats_en.txt")),
        layout("line_two", chat("line", False), ("line_ko.txt", "line_en.txt")),
        layout("whatsapp_two", chat("whatsapp", False), ("WhatsApp_ko.txt", "WhatsApp_en.txt")),
        layout("qa_html", qa(), ("kin_ko.html", "kin_en.html")),
        layout("forum_two", forum(False), two),
        layout("forum_bi_en", forum(True, en_first=True), ("thread_en_ko.txt",)),
        layout("support_preseg", support(), two, presegmented=True),
        layout("support_two", support(), two),
    ]
