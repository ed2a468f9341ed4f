"""Query helpers for the clock inventory used by the office and the portal."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Clock:
    id: int
    name: str
    maker: str
    movement: str
    installed_year: int | None
    location: str
    owner_account_id: int


COLUMNS = "id, name, maker, movement, installed_year, location, owner_account_id"


class ClockInventory:
    def __init__(self, db_path: Path):
        self.conn = sqlite3.connect(db_path)
        self.conn.row_factory = sqlite3.Row

    @staticmethod
    def _to_clock(row: sqlite3.Row) -> Clock:
        return Clock(**{key: row[key] for key in row.keys()})

    def search(self, location: str = "", maker: str = "", limit: int = 50) -> list[Clock]:
        sql = f"SELECT {COLUMNS} FROM clocks WHERE location LIKE ? ESCAPE '\\'"
        escaped = location.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params: list = [f"%{escaped}%"]
        if maker:
            sql += " AND maker = ?"
            params.append(maker)
        sql += " ORDER BY name LIMIT ?"
        params.append(limit)
        return [self._to_clock(r) for r in self.conn.execute(sql, params)]

    def for_account(self, account_id: int) -> list[Clock]:
        rows = self.conn.execute(
            f"SELECT {COLUMNS} FROM clocks WHERE owner_account_id = ? ORDER BY name",
            (account_id,),
        )
        return [self._to_clock(r) for r in rows]

    def get(self, clock_id: int) -> Clock | None:
        row = self.conn.execute(f"SELECT {COLUMNS} FROM clocks WHERE id = ?", (clock_id,)).fetchone()
        return self._to_clock(row) if row else None

    def add(self, clock: Clock) -> int:
        cur = self.conn.execute(
            "INSERT INTO clocks (name, maker, movement, installed_year, location, owner_account_id) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (clock.name, clock.maker, clock.movement, clock.installed_year, clock.location,
             clock.owner_account_id),
        )
        self.conn.commit()
        return cur.lastrowid
