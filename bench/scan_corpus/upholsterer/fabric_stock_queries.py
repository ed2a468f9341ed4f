"""Stock queries for fabric rolls and swatch cards held in the workshop store."""
import sqlite3
from dataclasses import dataclass
from typing import Iterable, Sequence


@dataclass
class RollStock:
    fabric_code: str
    roll_id: str
    metres_left: float
    location: str


class FabricStock:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def rolls_for(self, fabric_codes: Sequence[str], min_metres: float = 0.0) -> list[RollStock]:
        codes = list(dict.fromkeys(c.strip().upper() for c in fabric_codes if c.strip()))
        if not codes:
            return []
        placeholders = ",".join("?" * len(codes))
        cur = self.conn.execute(
            "SELECT fabric_code, roll_id, metres_left, location FROM rolls "
            f"WHERE fabric_code IN ({placeholders}) AND metres_left >= ? "
            "ORDER BY fabric_code, metres_left DESC",
            (*codes, min_metres),
        )
        return [RollStock(*row) for row in cur.fetchall()]

    def search_names(self, fragment: str, limit: int = 25) -> list[tuple[str, str]]:
        escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        cur = self.conn.execute(
            "SELECT code, name FROM fabrics WHERE name LIKE ? ESCAPE '\\' ORDER BY name LIMIT ?",
            (f"%{escaped}%", limit),
        )
        return cur.fetchall()

    def allocate(self, job_id: int, roll_id: str, metres: float) -> bool:
        with self.conn:
            cur = self.conn.execute(
                "UPDATE rolls SET metres_left = metres_left - ? "
                "WHERE roll_id = ? AND metres_left >= ?",
                (metres, roll_id, metres),
            )
            if cur.rowcount != 1:
                return False
            self.conn.execute(
                "INSERT INTO roll_allocations (job_id, roll_id, metres) VALUES (?, ?, ?)",
                (job_id, roll_id, metres),
            )
        return True


def shortfall(stock: FabricStock, needs: Iterable[tuple[str, float]]) -> dict[str, float]:
    needs = list(needs)
    rolls = stock.rolls_for([code for code, _ in needs])
    available: dict[str, float] = {}
    for roll in rolls:
        available[roll.fabric_code] = available.get(roll.fabric_code, 0.0) + roll.metres_left
    return {code: round(m - available.get(code, 0.0), 2)
            for code, m in needs if m > available.get(code, 0.0)}
