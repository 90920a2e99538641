"""Aligning: bead scores, the monotone DP search, and refinement of its beads."""

from .refine import refine_gaps
from .scoring import Bead, Params, Side, english_shortfall, partner_blocks
from .search import Forbidden, align_sides

__all__ = ["Bead", "Forbidden", "Params", "Side", "align_sides", "english_shortfall", "partner_blocks", "refine_gaps"]
