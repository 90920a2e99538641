"""Mining: translation pairs from comparable text, and documents paired by content."""

from .documents import DocumentPair, pair_documents, pair_sides
from .mine import MiningParams, mine, mine_sides, read_side

__all__ = ["DocumentPair", "MiningParams", "mine", "mine_sides", "pair_documents", "pair_sides", "read_side"]
