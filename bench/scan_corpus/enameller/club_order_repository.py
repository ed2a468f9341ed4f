"""Data access for bulk club orders used by the sales team's order desk."""
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date


@dataclass
class ClubOrder:
    reference: str
    club_name: str
    badge_design: str
    quantity: int
    status: str
    due: date


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class ClubOrderRepository:
    def __init__(self, path: str):
        self.path = path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, detect_types=sqlite3.PARSE_DECLTYPES)
        conn.row_factory = sqlite3.Row
        return conn

    def search(self, club_fragment: str, status: str | None = None, limit: int = 50):
        sql = (
            "SELECT reference, club_name, badge_design, quantity, status, due FROM club_orders"
            " WHERE club_name LIKE ? ESCAPE '\\'"
        )
        params: list = [f"%{_escape_like(club_fragment)}%"]
        if status:
            sql += " AND status = ?"
            params.append(status)
        sql += " ORDER BY due LIMIT ?"
        params.append(limit)
        with closing(self._connect()) as conn:
            rows = conn.execute(sql, params).fetchall()
        return [ClubOrder(**dict(r)) for r in rows]

    def update_quantity(self, reference: str, quantity: int) -> bool:
        with closing(self._connect()) as conn, conn:
            cur = conn.execute(
                "UPDATE club_orders SET quantity = ? WHERE reference = ? AND status = 'awaiting_proof'",
                (quantity, reference),
            )
            return cur.rowcount == 1
