"""Mining: translation pairs from comparable text, and documents paired by content."""

from .mine import MiningParams, mine, mine_sides, read_side

__all__ = ["MiningParams", "mine", "mine_sides", "read_side"]
