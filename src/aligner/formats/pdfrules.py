"""Ruled tables on PDF pages: the rules a page draws, the tables they make, and a table's
text read cell by cell, row by row.

pdfminer groups a page's text lines into boxes by distance alone. In a table, the lines of a
column's cells (as close as a paragraph's lines) were one box, a row's cells close together
one line, and a table whose corner cell is empty (a header over columns of figures) was read
column by column: "Fund Benchmark Excess return", then "1 month 1.24% 0.98% 0.26%p" (a
finance audit's factsheet; a tax notice's label–value table and a leaflet's dosage table
alike). So the straight rules a page paints are kept (a stroked path's horizontal and
vertical segments, a rectangle's edges, and a filled shape's as thin as a rule; not a
highlight's or a shading's, nor a clipping path's), rules that
touch make a grid, and a grid of two cells or more is a table (see :func:`tables`): a text
line is split where one of its vertical rules crosses it, a box where one of its horizontal
rules runs between two of its lines, and its boxes are read row by row, left to right,
each cell's in reading order. A rule that touches no other (an underlined link, a rule
under a heading) and a lone frame (a box round a warning, a page's border) make no table,
and a page's text outside its tables is read as before. A page that paints more than
:data:`RULES` segments (a chart, a map) keeps none.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field

import numpy as np

RULES = 5_000  # straight segments one page may keep
THIN = 3.0  # points: a filled shape this thin (a rule drawn as a rectangle) is a rule; wider, an area
_TOUCH = 2.0  # points: rules this close touch (half a thick rule's width, a producer's rounding)
_LEVEL = 0.5  # points a horizontal rule may rise along its length (a vertical one lean)
_SHORTEST = 3.0  # points: a shorter segment is no rule (a thin filled rule's ends)
_PAIRS = 250_000  # horizontal rules times vertical ones compared, at most
_COLUMNS = 100  # a grid of more vertical rules (after joining) is no table
_ROWS = 1_000  # ... nor one of more horizontal rules


class Rules:
    """The horizontal and vertical segments a page paints, as (position, start, end)."""

    def __init__(self) -> None:
        self.horizontal: list[tuple[float, float, float]] = []  # (y, x0, x1)
        self.vertical: list[tuple[float, float, float]] = []  # (x, y0, y1)
        self.overflow = False

    def add(self, segments: list[tuple[tuple[float, float], tuple[float, float]]]) -> None:
        for (x0, y0), (x1, y1) in segments:
            if self.overflow:
                return
            if abs(y1 - y0) <= _LEVEL and abs(x1 - x0) >= _SHORTEST:
                self.horizontal.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
            elif abs(x1 - x0) <= _LEVEL and abs(y1 - y0) >= _SHORTEST:
                self.vertical.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))
            if len(self.horizontal) + len(self.vertical) > RULES:
                self.overflow = True
                self.horizontal, self.vertical = [], []


@dataclass
class Table:
    """A grid of rules: its horizontal rules ((y, x0, x1), by y) and vertical ones ((x, y0,
    y1), by x), the heights of its row rules from the top down and its column rules' places
    left to right."""

    horizontal: list[tuple[float, float, float]]
    vertical: list[tuple[float, float, float]]
    bbox: tuple[float, float, float, float] = field(init=False)
    row_tops: list[float] = field(init=False)  # negated y, ascending: top rule first
    column_lefts: list[float] = field(init=False)

    def __post_init__(self) -> None:
        xs = [x for _, x0, x1 in self.horizontal for x in (x0, x1)] + [x for x, _, _ in self.vertical]
        ys = [y for y, _, _ in self.horizontal] + [y for _, y0, y1 in self.vertical for y in (y0, y1)]
        self.bbox = (min(xs), min(ys), max(xs), max(ys))
        self.row_tops = sorted(-y for y, _, _ in self.horizontal)
        self.column_lefts = [x for x, _, _ in self.vertical]

    def holds(self, box) -> bool:
        x, y = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
        x0, y0, x1, y1 = self.bbox
        return x0 < x < x1 and y0 < y < y1

    def cell(self, box) -> tuple[int, int]:
        """The (row, column) of the cell a box's middle lies in, counted from the top left:
        the row of the nearest rule above it that runs over it (a cell spanning rows, a
        form's party cell with its text set down their middle, is read in its first row: a
        housing audit's lease) and the column of the nearest rule left of it that runs down
        by it (a cell spanning columns is one cell)."""
        x, y = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
        k = bisect.bisect(self.horizontal, (y, np.inf, np.inf))
        top = next((at for at, x0, x1 in self.horizontal[k:] if x0 - _TOUCH <= x <= x1 + _TOUCH), y)
        k = bisect.bisect(self.vertical, (x, np.inf, np.inf))
        left = next((at for at, y0, y1 in reversed(self.vertical[:k]) if y0 - _TOUCH <= y <= y1 + _TOUCH), x)
        return bisect.bisect(self.row_tops, -top - _LEVEL), bisect.bisect(self.column_lefts, left + _LEVEL)


def tables(rules: Rules) -> list[Table]:
    """The tables ``rules`` make: groups of rules joined by touching, of two horizontal and two
    vertical rules at least and three of one kind (two cells: a lone frame is none), none
    too big to be a table. Collinear rules that touch are one first (a table drawn cell by cell)."""
    horizontal, vertical = _joined(rules.horizontal), _joined(rules.vertical)
    if not horizontal or not vertical or len(horizontal) * len(vertical) > _PAIRS:
        return []
    hy, hx0, hx1 = np.array(horizontal).T
    vx, vy0, vy1 = np.array(vertical).T
    touching = ((hx0[:, None] - _TOUCH <= vx) & (vx <= hx1[:, None] + _TOUCH)
                & (vy0 - _TOUCH <= hy[:, None]) & (hy[:, None] <= vy1 + _TOUCH))
    parent = list(range(len(horizontal) + len(vertical)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in zip(*np.nonzero(touching)):
        parent[root(int(i))] = root(len(horizontal) + int(j))
    groups: dict[int, tuple[list, list]] = {}
    for i, rule in enumerate(horizontal):
        groups.setdefault(root(i), ([], []))[0].append(rule)
    for j, rule in enumerate(vertical):
        groups.setdefault(root(len(horizontal) + j), ([], []))[1].append(rule)
    return [Table(sorted(across), sorted(down)) for across, down in groups.values()
            if len(across) >= 2 and len(down) >= 2 and max(len(across), len(down)) >= 3
            and len(across) <= _ROWS and len(down) <= _COLUMNS]


def _joined(rules: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Collinear rules (at one position, within :data:`_LEVEL`) that touch or overlap, as one."""
    out: list[tuple[float, float, float]] = []
    ordered = sorted(rules)
    start = 0
    for end in range(1, len(ordered) + 1):
        if end < len(ordered) and ordered[end][0] - ordered[start][0] <= _LEVEL:
            continue
        run = sorted(ordered[start:end], key=lambda rule: rule[1])
        at = run[0][0]
        a, b = run[0][1], run[0][2]
        for _, c, d in run[1:]:
            if c <= b + _TOUCH:
                b = max(b, d)
            else:
                out.append((at, a, b))
                a, b = c, d
        out.append((at, a, b))
        start = end
    return out


def split_lines(lines: list, found: list[Table]) -> list:
    """The page's text lines, those a table's vertical rule runs through split there."""
    from pdfminer.layout import LTTextLineHorizontal

    from .pdf import _split_line

    out = []
    for line in lines:
        middle = (line.y0 + line.y1) / 2
        cuts = sorted({x for table in found for x, y0, y1 in _between(table.vertical, line.x0 + 1, line.x1 - 1)
                       if y0 - _TOUCH <= middle <= y1 + _TOUCH})
        out.extend(_split_line(line, [(x, x) for x in cuts]) if cuts and isinstance(line, LTTextLineHorizontal)
                   else [line])
    return out


def split_boxes(boxes: list, found: list[Table]) -> list:
    """The page's text boxes, those a table's horizontal rule runs through (between two of
    their lines) split there."""
    from pdfminer.layout import LTTextBoxHorizontal

    ruled = sorted(rule for table in found for rule in table.horizontal)
    out = []
    for box in boxes:
        if not isinstance(box, LTTextBoxHorizontal) or len(box) < 2:
            out.append(box)
            continue
        # the lines of one cell, then split where a rule runs between two of them: pdfminer
        # chains lines that line up across a row's cells (a form's "지목" and "면적": a
        # housing audit)
        table = next((table for table in found if table.holds(box)), None)
        cells: dict[tuple[int, int] | None, list] = {}
        for line in sorted(box, key=lambda line: -line.y1):
            cells.setdefault(table.cell(line) if table is not None and table.holds(line) else None, []).append(line)
        parts = []
        for lines in cells.values():
            parts.append([lines[0]])
            for above, below in itertools.pairwise(lines):
                low, high = (below.y0 + below.y1) / 2, (above.y0 + above.y1) / 2
                left, right = max(above.x0, below.x0), min(above.x1, below.x1)
                if any(x0 < right and x1 > left for _, x0, x1 in _between(ruled, low, high)):
                    parts.append([])
                parts[-1].append(below)
        if len(parts) == 1:
            out.append(box)
            continue
        for part in parts:
            cell = LTTextBoxHorizontal()
            for line in part:
                cell.add(line)
            out.append(cell)
    return out


def _between(rules: list[tuple[float, float, float]], low: float, high: float) -> list:
    """The rules (sorted by position) strictly between ``low`` and ``high``."""
    return rules[bisect.bisect_right(rules, (low, np.inf, np.inf)):bisect.bisect_left(rules, (high, -np.inf, -np.inf))]


class TableBox:
    """A table in a page's reading order: one box round its text (not its rules, which
    reach into a gutter a page number may stand in), read as its cells' boxes (see
    :func:`in_reading_order`)."""

    def __init__(self, table: Table, boxes: list) -> None:
        self.table, self.boxes = table, boxes
        self.x0, self.y0 = min(box.x0 for box in boxes), min(box.y0 for box in boxes)
        self.x1, self.y1 = max(box.x1 for box in boxes), max(box.y1 for box in boxes)

    def __iter__(self):  # its lines (_reading_order measures their height)
        return (line for box in self.boxes for line in box)


def with_tables(boxes: list, found: list[Table]) -> list:
    """``boxes`` with those inside a table replaced by one :class:`TableBox` for it."""
    inside: dict[int, list] = {}
    out = []
    for box in boxes:
        k = next((k for k, table in enumerate(found) if table.holds(box)), None)
        if k is None:
            out.append(box)
        else:
            inside.setdefault(k, []).append(box)
    return out + [TableBox(found[k], held) for k, held in inside.items()]


def in_reading_order(ordered: list, order) -> list:
    """``ordered`` with each :class:`TableBox` read as its boxes: row by row, left to right,
    each cell's boxes put in order by ``order``."""
    out = []
    for box in ordered:
        if not isinstance(box, TableBox):
            out.append(box)
            continue
        cells: dict[tuple[int, int], list] = {}
        for held in box.boxes:
            cells.setdefault(box.table.cell(held), []).append(held)
        for key in sorted(cells):
            out.extend(order(cells[key]))
    return out
