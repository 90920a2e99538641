"""What every audit set gives the runner (``benchmarks/audits.py``): its layouts."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Layout:
    """One way of laying out a set's text as input files, with the gold for exactly those
    files (character spans, or the visible text of each gold sentence: each set's own).

    ``files`` maps a file name to its text: one bilingual file, or the Korean file then the
    English one. The name's extension is what the command line reads the file by
    (``.srt``, ``.vtt``, else text).
    """

    name: str
    files: dict[str, str]
    gold: object = field(repr=False)
    presegmented: bool = False

    def text(self, lang: str) -> str:
        """The text of the file that holds ``lang`` (the one file of a bilingual layout)."""
        texts = list(self.files.values())
        return texts[0] if len(texts) == 1 else texts[lang == "en"]


def overlaps(a: int, b: int, c: int, d: int) -> bool:
    """Whether the character spans [a, b) and [c, d) share a character."""
    return a < d and c < b
