"""Mount board stock checks used when building a framing quote.

A quote can use several boards (double or triple mounts), so the quote
builder asks for all of them in one go.
"""
import sqlite3
from dataclasses import dataclass
from typing import Dict, Iterable, List

SHEET_W_MM = 1120
SHEET_H_MM = 815


@dataclass
class BoardStock:
    code: str
    colour: str
    core: str
    sheets: int
    offcuts: int


class MountBoardRepository:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def by_codes(self, codes: Iterable[str]) -> Dict[str, BoardStock]:
        wanted: List[str] = sorted({c.strip().upper() for c in codes if c.strip()})
        if not wanted:
            return {}
        placeholders = ",".join("?" * len(wanted))
        rows = self.conn.execute(
            f"SELECT code, colour, core, sheets, offcuts FROM mount_boards WHERE code IN ({placeholders})",
            wanted,
        ).fetchall()
        return {r[0]: BoardStock(*r) for r in rows}

    def reserve(self, code: str, sheets: int) -> None:
        with self.conn:
            cur = self.conn.execute(
                "UPDATE mount_boards SET sheets = sheets - ? WHERE code = ? AND sheets >= ?",
                (sheets, code, sheets),
            )
            if cur.rowcount != 1:
                raise LookupError(f"not enough {code} board in stock")


def sheets_needed(width_mm: int, height_mm: int, border_mm: int) -> int:
    outer_w, outer_h = width_mm + 2 * border_mm, height_mm + 2 * border_mm
    fits = (outer_w <= SHEET_W_MM and outer_h <= SHEET_H_MM) or (outer_h <= SHEET_W_MM and outer_w <= SHEET_H_MM)
    return 1 if fits else 2


def check_quote_boards(repo: MountBoardRepository, board_codes: List[str], width_mm: int,
                       height_mm: int, border_mm: int = 60) -> List[str]:
    """Return the codes that cannot be supplied from stock."""
    need = sheets_needed(width_mm, height_mm, border_mm)
    stock = repo.by_codes(board_codes)
    return [c for c in board_codes if c.upper() not in stock or stock[c.upper()].sheets < need]
