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
