"""How messages word a count: "1 pair", "2 pairs"."""

from __future__ import annotations


def plural(count: int, one: str, many: str | None = None) -> str:
    """``one`` for a count of 1, else ``many`` (by default ``one`` + "s"): the words that
    follow a count in a message, such as ``f"{n} {plural(n, 'pair')}"`` or
    ``plural(n, 'segment is', 'segments are')``."""
    return one if count == 1 else many if many is not None else one + "s"
