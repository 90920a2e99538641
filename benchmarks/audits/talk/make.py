"""The talk's files in the forms a user meets (transcripts, caption lines, SRT, WebVTT,
automatic captions) and the gold of each: its *pieces*, (sentence id, visible text) in
reading order, by which the scorer maps any output text back to gold sentences."""

from __future__ import annotations

import itertools
import re

from layout import Layout

from .talk import TALK, sentences

EN, KO, BEADS = sentences()
FILES = {}  # file name -> (text, pieces)


def para_sents(side):
    """Per paragraph, the sentence dicts of one side."""
    sents = EN if side == "en" else KO
    out = [[] for _ in TALK]
    for s in sents:
        out[s["para"]].append(s)
    return out


def labels(side):
    """Per paragraph, its speaker label in the transcript (None for the main talk), first turn
    of a speaker full name, later ones short (English initials, Korean given name)."""
    seen, out = set(), []
    for p in TALK:
        spk = p.get("spk")
        if spk is None:
            out.append(None)
            continue
        full, short, ko_full, ko_short = spk
        if side == "en":
            out.append(full if full not in seen else short)
        else:
            out.append(ko_full if full not in seen else ko_short)
        seen.add(full)
    return out


def ko_drop_period(s):
    """TED Korean volunteers: many sentences without a full stop (a deterministic third)."""
    return s["id"] % 3 == 1 and s["text"].endswith(".") and not s["tag"]


def write(name, text, pieces):
    """Keep one file's text and pieces (in ``FILES``)."""
    FILES[name] = (text, pieces)


# ---------------------------------------------------------------- a) transcripts
def transcript(side, nostop=False, name=None):
    paras, labs = para_sents(side), labels(side)
    blocks, pieces = [], []
    merge_next = set()
    if side == "ko":
        merge_next = {9}  # the Korean volunteer joined paragraphs 9 and 10
    cur = []
    for p, sents in enumerate(paras):
        words = []
        for i, s in enumerate(sents):
            t = s["text"]
            if side == "ko" and (ko_drop_period(s) or nostop and t.endswith(".") and not s["tag"] and not t.endswith("...")):
                t = t[:-1]
            if i == 0 and labs[p]:
                words.append((s["id"], labs[p] + ":"))
            words.append((s["id"], t))
        cur.extend(words)
        if p in merge_next:
            continue
        blocks.append(" ".join(t for _, t in cur))
        pieces.extend(cur)
        cur = []
    sep = "\n\n" if side == "en" else "\n"
    write(name or f"{side}.transcript.txt", sep.join(blocks) + "\n", pieces)


# ---------------------------------------------------------------- b) caption lines
def tokens(side, label_style="transcript", strip=None):
    """Word tokens (sid, word, flags) of one side; flags: 'start' a sentence start,
    'para' a paragraph start, 'tag' a sound tag."""
    paras, labs = para_sents(side), labels(side)
    out = []
    for p, sents in enumerate(paras):
        for i, s in enumerate(sents):
            words = s["text"].split()
            if i == 0 and labs[p] and label_style == "transcript":
                words = [labs[p] + ":"] + words
            for w_i, w in enumerate(words):
                out.append({"sid": s["id"], "w": w, "start": w_i == 0, "para": (i == 0 and w_i == 0),
                                "tag": s["tag"], "spk": TALK[p].get("spk")})
    return out


def lines_of(toks, maxlen, side):
    """Greedy subtitle lines: sound tags on their own line, a new line at a sentence start
    when the current line is at least half full, at a paragraph start always."""
    lines, cur = [], []
    length = lambda ws: sum(len(t["w"]) for t in ws) + max(0, len(ws) - 1)
    for t in toks:
        new = cur and (t["para"] or t["tag"] != cur[-1]["tag"] or (t["tag"] and t["start"])
                       or (t["start"] and length(cur) >= maxlen * 0.5)
                       or length(cur) + 1 + len(t["w"]) > maxlen)
        if new:
            lines.append(cur)
            cur = []
        cur.append(t)
    if cur:
        lines.append(cur)
    # Korean captions: no full stop at a line's end
    if side == "ko":
        for ln in lines:
            last = ln[-1]
            if last["w"].endswith(".") and not last["w"].endswith("..."):
                ln[-1] = dict(last, w=last["w"][:-1])
    return lines


def render_lines(lines):
    text, pieces = [], []
    for ln in lines:
        text.append(" ".join(t["w"] for t in ln))
        pieces.extend((t["sid"], t["w"]) for t in ln)
    return text, pieces


def captions():
    for side, maxlen in (("en", 42), ("ko", 17)):
        lines = lines_of(tokens(side), maxlen, side)
        text, pieces = render_lines(lines)
        write(f"{side}.captions.txt", "\n".join(text) + "\n", pieces)


# ---------------------------------------------------------------- times
def times():
    """Start/end time of each sentence on both sides (speech clock)."""
    t, en_t = 3.0, {}
    last_para = 0
    for s in EN:
        if s["para"] != last_para:
            t += 0.8
            last_para = s["para"]
        dur = 2.2 if s["tag"] else max(0.9, len(s["text"]) / 14.0)
        en_t[s["id"]] = (t, t + dur)
        t += dur + 0.25
    ko_t = {}
    for e_ids, k_ids in BEADS:
        if not k_ids:
            continue
        a, b = en_t[e_ids[0]][0], en_t[e_ids[-1]][1]
        total = sum(len(KO[k]["text"]) for k in k_ids)
        x = a
        for k in k_ids:
            d = (b - a) * len(KO[k]["text"]) / total
            ko_t[k] = (x, x + d)
            x += d
    return en_t, ko_t


def word_times(toks, sent_t):
    """Per token, (start, end) by its character position in its sentence."""
    by_sid = {}
    for i, t in enumerate(toks):
        by_sid.setdefault(t["sid"], []).append(i)
    out = [None] * len(toks)
    for sid, idx in by_sid.items():
        a, b = sent_t[sid]
        lens = [len(toks[i]["w"]) + 1 for i in idx]
        total, x = sum(lens), 0
        for i, n in zip(idx, lens):
            out[i] = (a + (b - a) * x / total, a + (b - a) * (x + n) / total)
            x += n
    return out


def cues_of(lines, max_lines, joinable):
    """Group lines into cues of at most max_lines; a sound tag is a cue alone; no cue spans
    a paragraph start unless joinable(prev_line, line)."""
    cues, cur = [], []
    for ln in lines:
        if cur and (len(cur) >= max_lines or ln[0]["tag"] or cur[-1][0]["tag"]
                    or (ln[0]["para"] and not joinable(cur[-1], ln))):
            cues.append(cur)
            cur = []
        cur.append(ln)
    if cur:
        cues.append(cur)
    return cues


def fmt_time(x, vtt=False):
    h, rem = divmod(x, 3600)
    m, s = divmod(rem, 60)
    ms = round((s - int(s)) * 1000)
    sec = int(s)
    if ms == 1000:
        sec, ms = sec + 1, 0
    sep = "." if vtt else ","
    return f"{int(h):02d}:{int(m):02d}:{sec:02d}{sep}{ms:03d}"


def timed_cues(side, label_style, maxlen, max_lines, offset=0.0):
    en_t, ko_t = times()
    toks = tokens(side, label_style)
    wt = word_times(toks, en_t if side == "en" else ko_t)
    for i, t in enumerate(toks):
        t["i"] = i
    lines = lines_of(toks, maxlen, side)
    cues = cues_of(lines, max_lines, lambda a, b: False)
    out = []
    for c in cues:
        first, last = c[0][0], c[-1][-1]
        out.append({"lines": c, "start": wt[first["i"]][0] + offset, "end": wt[last["i"]][1] + 0.4 + offset})
    for a, b in itertools.pairwise(out):
        a["end"] = min(a["end"], b["start"] - 0.05)
    return out


# ---------------------------------------------------------------- c) SRT
def srt(side, offset=0.0, name=None):
    maxlen = 42 if side == "en" else 22
    cues = timed_cues(side, "transcript", maxlen, 2, offset)
    blocks, pieces = [], []
    if side == "ko":
        cues = dash_cue(cues)
    for n, c in enumerate(cues, 1):
        text_lines = []
        for ln in c["lines"]:
            if isinstance(ln, str):  # a prepared dash line
                text_lines.append(ln)
                continue
            text_lines.append(" ".join(t["w"] for t in ln))
        for ln in c["lines"]:
            if isinstance(ln, str):
                pieces.extend(c["pieces"][c["lines"].index(ln)])
            else:
                pieces.extend((t["sid"], t["w"]) for t in ln)
        blocks.append(f"{n}\n{fmt_time(c['start'])} --> {fmt_time(c['end'])}\n" + "\n".join(text_lines))
    write(name or f"{side}.srt", "\n\n".join(blocks) + "\n", pieces)


def dash_cue(cues):
    """Korean SRT: the short exchange 'And your ankle? Is it okay now?' / 'It's fine.' as one
    cue of two speakers with dashes and no labels (as Korean subtitlers write it)."""
    q = next(s for s in KO if s["text"] == "발목은 이제 괜찮으세요?")
    a = next(s for s in KO if s["text"] == "괜찮아요.")
    idx = [i for i, c in enumerate(cues) if any(t["sid"] in (q["id"], a["id"]) for ln in c["lines"] for t in ln)]
    rest_tokens = []
    for i in idx:
        for ln in cues[i]["lines"]:
            for t in ln:
                if t["sid"] not in (q["id"], a["id"]):
                    rest_tokens.append(t)
    dash = {"lines": ["-발목은 이제 괜찮으세요?", "-괜찮아요"], "start": cues[idx[0]]["start"],
            "end": cues[idx[-1]]["end"] if not rest_tokens else cues[idx[-1]]["start"] + 2.0,
            "pieces": [[(q["id"], "발목은 이제 괜찮으세요?")], [(a["id"], "괜찮아요")]]}
    out = cues[:idx[0]] + [dash]
    if rest_tokens:
        out.append({"lines": [rest_tokens], "start": dash["end"] + 0.05, "end": cues[idx[-1]]["end"]})
    return out + cues[idx[-1] + 1:]


# ---------------------------------------------------------------- d) WebVTT
def vtt(side, name=None):
    maxlen = 42 if side == "en" else 22
    cues = timed_cues(side, "none", maxlen, 2)
    head = ["WEBVTT", "Kind: captions", f"Language: {side}", "",
            "NOTE", "Transcript: TED-style talk \"The elevator behind the vending machine\"",
            "Translator: volunteer; Reviewer: volunteer" if side == "en" else "번역: 자원봉사자 / 검토: 자원봉사자", ""]
    blocks, pieces = ["\n".join(head)], []
    for n, c in enumerate(cues, 1):
        first = c["lines"][0][0]
        spk = first["spk"]
        if spk is None:
            voice = "Jiwoo Han" if side == "en" else "한지우"
        else:
            voice = spk[0] if side == "en" else spk[2]
        text_lines = []
        for j, ln in enumerate(c["lines"]):
            words = [t["w"] for t in ln]
            s = " ".join(words)
            if ln[0]["tag"]:
                s = f"<i>{s}</i>"
            text_lines.append(s)
            pieces.extend((t["sid"], t["w"]) for t in ln)
        text_lines[0] = f"<v {voice}>" + text_lines[0]
        text_lines[-1] = text_lines[-1] + "</v>"
        settings = " align:center line:85%" if n % 2 else " position:50% align:start"
        blocks.append(f"{n}\n{fmt_time(c['start'], True)} --> {fmt_time(c['end'], True)}{settings}\n" + "\n".join(text_lines))
        if n == 40:
            blocks.append("NOTE\nSegment 2: the interview with the riders")
    write(name or f"{side}.vtt", "\n\n".join(blocks) + "\n", pieces)


# ---------------------------------------------------------------- e) English automatic captions
def auto_vtt():
    """YouTube-style automatic English captions: lower case, no punctuation, [Laughter]."""
    en_t, _ = times()
    toks = tokens("en", "none")
    wt = word_times(toks, en_t)
    out_toks = []
    for i, t in enumerate(toks):
        w = t["w"]
        if t["tag"]:
            w = "[" + w.strip("()") + "]"
        else:
            w = re.sub(r"(?<!\d)[.,!?;:\"]|[.,!?;:\"](?!\d)", "", w).lower()
            w = w.replace("u.s", "us").replace("a.m", "am").replace("p.m", "pm")
        if w:
            out_toks.append(dict(t, w=w, i=i))
    blocks, pieces = ["WEBVTT\nKind: captions\nLanguage: en\n"], []
    # cues of 7 words (a tag alone)
    cur, cues = [], []
    for t in out_toks:
        if cur and (len(cur) >= 7 or t["tag"] != cur[-1]["tag"]):
            cues.append(cur)
            cur = []
        cur.append(t)
    cues.append(cur)
    for c in cues:
        a, b = wt[c[0]["i"]][0], wt[c[-1]["i"]][1]
        blocks.append(f"{fmt_time(a, True)} --> {fmt_time(b, True)}\n" + " ".join(t["w"] for t in c))
        pieces.extend((t["sid"], t["w"]) for t in c)
    write("en.auto.vtt", "\n\n".join(blocks) + "\n", pieces)


def tag_first():
    """The English transcript with each sound tag that ends a paragraph opening the next
    one instead (as some transcripts print it); the same pieces."""
    text, pieces = FILES["en.transcript.txt"]
    write("en.transcript_tagfirst.txt", re.sub(r" (\((?:Laughter|Applause)\))\n\n", r"\n\n\1 ", text), pieces)


# The audit's runs: (name, Korean file, English file).
RUNS = [("transcript", "ko.transcript.txt", "en.transcript.txt"),
        ("nostop", "ko.transcript_nostop.txt", "en.transcript.txt"),
        ("tagfirst", "ko.transcript.txt", "en.transcript_tagfirst.txt"),
        ("captions", "ko.captions.txt", "en.captions.txt"),
        ("srt", "ko.srt", "en.srt"),
        ("srtshift", "ko.shift.srt", "en.srt"),
        ("vtt", "ko.vtt", "en.vtt"),
        ("mixed", "ko.srt", "en.transcript.txt"),
        ("auto", "ko.srt", "en.auto.vtt")]


def layouts() -> list[Layout]:
    """Each run's two files; its gold, each file's pieces (``{"ko": …, "en": …}``)."""
    FILES.clear()
    transcript("en"); transcript("ko"); transcript("ko", nostop=True, name="ko.transcript_nostop.txt")
    tag_first()
    captions()
    srt("en"); srt("ko"); srt("ko", offset=1.5, name="ko.shift.srt")
    vtt("en"); vtt("ko")
    auto_vtt()
    return [Layout(name, {ko: FILES[ko][0], en: FILES[en][0]}, {"ko": FILES[ko][1], "en": FILES[en][1]})
            for name, ko, en in RUNS]
