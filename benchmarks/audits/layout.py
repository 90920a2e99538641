"""What every audit set gives the runner (``benchmarks/audits.py``): its layouts."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Layout:
    """One way of laying out a set's text as input files, with the gold for exactly those
    files (character spans, or the visible text of each gold sentence: each set's own).

    ``files`` maps a file name to its content: one bilingual file, or the Korean file then
    the English one. A text file is a ``str``; a Word or PDF file, which only a library can
    write, is its ``bytes``. The name's extension is what the command line reads the file by
    (``.srt``, ``.vtt``, ``.html``, ``.docx``, ``.pdf``, …, else text).
    """

    name: str
    files: dict[str, str | bytes]
    gold: object = field(repr=False)
    presegmented: bool = False

    def data(self) -> dict[str, bytes]:
        """Each file's bytes: what the runner writes and the scorers' reader reads (a text
        file in UTF-8, as it is: no line ends changed)."""
        return {name: content if isinstance(content, bytes) else content.encode("utf-8")
                for name, content in self.files.items()}

    def read(self) -> list[str]:
        """Each file's text as the aligner's reader extracts it (what pairs' and unpaired
        segments' offsets index), in the files' order."""
        from aligner.formats.readers import read_document

        return [read_document(name, data=data).text for name, data in self.data().items()]

    def text(self, lang: str) -> str:
        """The text of the file that holds ``lang`` (the one file of a bilingual layout), as
        written. Text files only: a Word or PDF file's text is what the aligner's reader
        extracts from ``data()``."""
        texts = list(self.files.values())
        text = texts[0] if len(texts) == 1 else texts[lang == "en"]
        if isinstance(text, bytes):
            raise TypeError(f"{self.name}: a binary file has no text but what its reader extracts")
        return text


def overlaps(a: int, b: int, c: int, d: int) -> bool:
    """Whether the character spans [a, b) and [c, d) share a character."""
    return a < d and c < b


def uncovered(text: str, spans) -> tuple[list[tuple[int, int]], int]:
    """The runs (start, end) of ``text`` holding more than white space that none of the
    (start, end) ``spans`` covers, and how many of its characters two spans or more cover
    (spans clipped to the text): a scorer's *text lost* and *chars doubled*."""
    cover = [0] * len(text)
    for a, b in spans:
        for i in range(a, min(b, len(text))):
            cover[i] += 1
    runs, i = [], 0
    while i < len(text):
        if cover[i] == 0 and not text[i].isspace():
            j = i
            while j < len(text) and cover[j] == 0:
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs, sum(1 for c in cover if c > 1)


def pdf_fonts(latin: str = "DejaVuSerif") -> tuple[str, str]:
    """Register the fonts the sets' PDFs are set in, and give their names: reportlab's
    built-in Korean CID font (no font file needed; Hangul goes into the text layer) and a
    DejaVu face for the English (``DejaVuSerif`` or ``DejaVuSans``, from the system's fonts)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    pdfmetrics.registerFont(TTFont(latin, f"/usr/share/fonts/truetype/dejavu/{latin}.ttf"))
    return "HYSMyeongJo-Medium", latin
