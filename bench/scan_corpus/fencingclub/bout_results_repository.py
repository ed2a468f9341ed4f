"""Read/write access to recorded bouts in the club's SQLite results file."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Iterator


@dataclass
class BoutResult:
    id: int
    weapon: str
    left_fencer: str
    right_fencer: str
    left_score: int
    right_score: int
    fought_at: datetime

    @property
    def winner(self) -> str:
        return self.left_fencer if self.left_score > self.right_score else self.right_fencer


SCHEMA = """
CREATE TABLE IF NOT EXISTS bouts (
    id INTEGER PRIMARY KEY,
    weapon TEXT NOT NULL CHECK (weapon IN ('foil', 'epee', 'sabre')),
    left_fencer TEXT NOT NULL,
    right_fencer TEXT NOT NULL,
    left_score INTEGER NOT NULL,
    right_score INTEGER NOT NULL,
    fought_at TEXT NOT NULL
)
"""


class BoutResultsRepository:
    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(path, detect_types=sqlite3.PARSE_DECLTYPES)
        self.conn.execute(SCHEMA)

    def record(self, weapon: str, left: str, right: str, left_score: int, right_score: int) -> int:
        cur = self.conn.execute(
            "INSERT INTO bouts (weapon, left_fencer, right_fencer, left_score, right_score, fought_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (weapon, left, right, left_score, right_score, datetime.now().isoformat()),
        )
        self.conn.commit()
        return cur.lastrowid

    def _rows_to_results(self, rows) -> Iterator[BoutResult]:
        for row in rows:
            yield BoutResult(*row[:6], fought_at=datetime.fromisoformat(row[6]))

    def for_fencer(self, name: str, weapon: str | None = None) -> list[BoutResult]:
        sql = (
            "SELECT id, weapon, left_fencer, right_fencer, left_score, right_score, fought_at "
            f"FROM bouts WHERE (left_fencer LIKE '%{name}%' OR right_fencer LIKE '%{name}%')"
        )
        params: tuple = ()
        if weapon:
            sql += " AND weapon = ?"
            params = (weapon,)
        rows = self.conn.execute(sql + " ORDER BY fought_at DESC", params).fetchall()
        return list(self._rows_to_results(rows))

    def head_to_head(self, a: str, b: str) -> tuple[int, int]:
        rows = self.conn.execute(
            "SELECT left_fencer, left_score, right_score FROM bouts "
            "WHERE (left_fencer = ? AND right_fencer = ?) OR (left_fencer = ? AND right_fencer = ?)",
            (a, b, b, a),
        ).fetchall()
        wins_a = wins_b = 0
        for left, ls, rs in rows:
            a_won = (ls > rs) if left == a else (rs > ls)
            if a_won:
                wins_a += 1
            else:
                wins_b += 1
        return wins_a, wins_b

    def delete(self, bout_id: int) -> None:
        self.conn.execute("DELETE FROM bouts WHERE id = ?", (bout_id,))
        self.conn.commit()
