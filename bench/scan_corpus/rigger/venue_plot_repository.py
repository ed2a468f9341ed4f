"""Repository for venue rigging plots and their hang points."""
import sqlite3
from dataclasses import dataclass
from typing import Optional, Sequence


@dataclass
class HangPoint:
    id: int
    plot_id: int
    label: str
    x_mm: int
    y_mm: int
    swl_kg: float


@dataclass
class VenuePlot:
    id: int
    venue_id: int
    name: str
    revision: int


class VenuePlotRepository:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.conn.row_factory = sqlite3.Row

    def get_plot(self, plot_id: int) -> Optional[VenuePlot]:
        row = self.conn.execute(
            "SELECT id, venue_id, name, revision FROM venue_plots WHERE id = ?", (plot_id,)
        ).fetchone()
        return VenuePlot(**dict(row)) if row else None

    def find_by_name(self, venue_id: int, fragment: str) -> list[VenuePlot]:
        pattern = "%" + fragment.replace("%", r"\%").replace("_", r"\_") + "%"
        rows = self.conn.execute(
            "SELECT id, venue_id, name, revision FROM venue_plots "
            "WHERE venue_id = ? AND name LIKE ? ESCAPE '\\' ORDER BY name",
            (venue_id, pattern),
        ).fetchall()
        return [VenuePlot(**dict(r)) for r in rows]

    def hang_points(self, plot_ids: Sequence[int]) -> list[HangPoint]:
        if not plot_ids:
            return []
        placeholders = ",".join("?" * len(plot_ids))
        rows = self.conn.execute(
            f"SELECT id, plot_id, label, x_mm, y_mm, swl_kg FROM hang_points "
            f"WHERE plot_id IN ({placeholders}) ORDER BY plot_id, label",
            tuple(plot_ids),
        ).fetchall()
        return [HangPoint(**dict(r)) for r in rows]

    def add_hang_point(self, plot_id: int, label: str, x_mm: int, y_mm: int, swl_kg: float) -> int:
        cur = self.conn.execute(
            "INSERT INTO hang_points (plot_id, label, x_mm, y_mm, swl_kg) VALUES (?, ?, ?, ?, ?)",
            (plot_id, label, x_mm, y_mm, swl_kg),
        )
        self.conn.commit()
        return cur.lastrowid
