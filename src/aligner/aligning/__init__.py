"""Aligning: bead scores, the monotone DP search, and refinement of its beads."""

from .refine import refine_gaps
from .scoring import Bead, Params, Side, english_shortfall, partner_blocks
from .search import align_sides

__all__ = ["Bead", "Params", "Side", "align_sides", "english_shortfall", "partner_blocks", "refine_gaps"]
