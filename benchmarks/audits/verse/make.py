"""The verse set's layouts and their gold (``gold.py``'s works).

A layout's gold is by *position*, not by text (a chorus sung three times is three gold pairs,
each to be found at its own occurrence): ``{"lines": [(file, side, text, bead), …],
"beads": [(kind, ko line numbers, en line numbers), …]}``, every non-blank line of the files
in the order the files hold them (``file``: 0, or 1 for the English file of two), ``bead``
its item in the work. The scorer finds each line in the text the aligner reads, in that
order, so each occurrence of a repeated line has its own span.

The layouts: ``song_two``, the song's lyrics page and its translation as two ``.txt`` files,
blank lines between stanzas; ``song_flat``, the same without blank lines; ``song_srt``, the
lyric video's two ``.srt`` files (the English cues 0.4 s late and of other lengths, one cue
for the two Korean lines it joins); ``song_bi``, one bilingual file, each Korean line then
its English line, stanzas apart; ``poems_bi``, the poems as one bilingual file, each
Korean line then its English line, stanzas apart; ``poems_stanza_en``, one bilingual file,
each English stanza then its Korean stanza; ``webtoon_two``, two files; ``webtoon_bi_en``,
one file, each English line then its Korean line, no blank lines; ``book_stanza_ko``, one
file, each Korean page then its English page; ``book_flat``, two files without blank
lines; ``folk_two``, two files with the verses' second lines indented; ``folk_preseg``, the
same read ``--presegmented``.
"""

from __future__ import annotations

from layout import Layout

from .gold import BOOK, FOLK, POEMS, SONG, SONG_SRT, WEBTOON


def lines_of(side_text) -> list[str]:
    """An item side's lines (a line, or a tuple of them)."""
    return [side_text] if isinstance(side_text, str) else list(side_text)


def sides(item) -> tuple[list[str], list[str]]:
    """An item's Korean lines and English lines."""
    kind = item[0]
    if kind == "K":
        return lines_of(item[1]), []
    if kind == "E":
        return [], lines_of(item[1])
    return lines_of(item[1]), lines_of(item[2])


class Builder:
    """Files written line by line, each line recorded with its side and bead."""

    def __init__(self, items, n_files: int):
        self.items = [it for it in items if it is not None]
        self.out = [[] for _ in range(n_files)]
        self.lines = []  # (file, side, text, bead)
        self.ko, self.en = {}, {}  # bead -> line numbers

    def put(self, f: int, side: str, text: str, bead: int, prefix: str = "") -> None:
        self.out[f].append(prefix + text)
        (self.ko if side == "ko" else self.en).setdefault(bead, []).append(len(self.lines))
        self.lines.append((f, side, text, bead))

    def blank(self, f: int) -> None:
        if self.out[f] and self.out[f][-1] != "":
            self.out[f].append("")

    def gold(self) -> dict:
        beads = [(it[0], self.ko.get(b, []), self.en.get(b, [])) for b, it in enumerate(self.items)]
        return {"lines": self.lines, "beads": beads}

    def texts(self) -> list[str]:
        return ["\n".join(lines).strip("\n") + "\n" for lines in self.out]


def stanzas(items) -> list[list[tuple[int, tuple]]]:
    """The items as stanzas of (bead, item)."""
    out, bead = [[]], 0
    for it in items:
        if it is None:
            out.append([])
        else:
            out[-1].append((bead, it))
            bead += 1
    return [s for s in out if s]


def two_files(items, blank=True, indent=lambda text: "") -> Builder:
    b = Builder(items, 2)
    for stanza in stanzas(items):
        for bead, it in stanza:
            ko, en = sides(it)
            for line in ko:
                b.put(0, "ko", line, bead, indent(line))
            for line in en:
                b.put(1, "en", line, bead, indent(line))
        if blank:
            b.blank(0)
            b.blank(1)
    return b


def bilingual_lines(items, ko_first=True, blank=True) -> Builder:
    """One file: each bead's first-language lines, then its other-language lines."""
    b = Builder(items, 1)
    for stanza in stanzas(items):
        for bead, it in stanza:
            ko, en = sides(it)
            order = [("ko", ko), ("en", en)] if ko_first else [("en", en), ("ko", ko)]
            for side, lines in order:
                for line in lines:
                    b.put(0, side, line, bead)
        if blank:
            b.blank(0)
    return b


def bilingual_stanzas(items, ko_first=True) -> Builder:
    """One file: each stanza in the first language, a blank line, the stanza in the other."""
    b = Builder(items, 1)
    for stanza in stanzas(items):
        for side in ("ko", "en") if ko_first else ("en", "ko"):
            for bead, it in stanza:
                for line in sides(it)[side == "en"]:
                    b.put(0, side, line, bead)
            b.blank(0)
    return b


def _time(t: float) -> str:
    ms = round(t * 1000)
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def srt_files(items) -> Builder:
    """The lyric video's subtitles: a cue a line; the English ones 0.4 s later and a little
    longer, one English cue over the time of the two Korean lines it joins; a credit cue on
    each side at the start."""
    b = Builder(items, 2)
    cues = [[], []]
    t = 1.0
    for bead, it in enumerate(b.items):
        ko, en = sides(it)
        start = t
        for line in ko:
            cues[0].append((t, t + 2.6, line))
            b.put(0, "ko", line, bead)
            t += 3.0
        if not ko:
            t += 3.0
        span = t - start
        for k, line in enumerate(en):
            a = start + 0.4 + k * span / len(en)
            cues[1].append((a, a + span / len(en) - 0.1, line))
            b.put(1, "en", line, bead)
    for f in (0, 1):
        b.out[f] = [f"{n}\n{_time(a)} --> {_time(z)}\n{text}\n" for n, (a, z, text) in enumerate(cues[f], 1)]
    return b


def _folk_indent(line: str) -> str:
    """A verse's second line and the refrain's second line indented, as hymnals print them."""
    return "" if line[:1].isdigit() or line.startswith(("(후렴)", "Refrain", "(", "※")) else "   "


def layout(name, builder: Builder, files, presegmented=False) -> Layout:
    return Layout(name, dict(zip(files, builder.texts())), builder.gold(), presegmented)


def layouts() -> list[Layout]:
    two = ("ko.txt", "en.txt")
    return [
        layout("song_two", two_files(SONG), two),
        layout("song_flat", two_files(SONG, blank=False), two),
        layout("song_srt", srt_files(SONG_SRT), ("ko.srt", "en.srt")),
        layout("song_bi", bilingual_lines(SONG, ko_first=True), ("lyrics.txt",)),
        layout("poems_bi", bilingual_lines(POEMS, ko_first=True), ("poems.txt",)),
        layout("poems_stanza_en", bilingual_stanzas(POEMS, ko_first=False), ("poems.txt",)),
        layout("webtoon_two", two_files(WEBTOON), two),
        layout("webtoon_bi_en", bilingual_lines(WEBTOON, ko_first=False, blank=False), ("webtoon.txt",)),
        layout("book_stanza_ko", bilingual_stanzas(BOOK, ko_first=True), ("book.txt",)),
        layout("book_flat", two_files(BOOK, blank=False), two),
        layout("folk_two", two_files(FOLK, indent=_folk_indent), two),
        layout("folk_preseg", two_files(FOLK, indent=_folk_indent), two, presegmented=True),
    ]
