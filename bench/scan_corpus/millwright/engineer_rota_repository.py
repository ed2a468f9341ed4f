"""Rota storage for field engineers: who is on call for which region,
and which engineers are booked on a given day."""
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Iterator


@dataclass(frozen=True)
class Shift:
    engineer_id: int
    day: date
    region: str
    on_call: bool


class RotaRepository:
    def __init__(self, path: str):
        self.path = path

    @contextmanager
    def _conn(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, detect_types=sqlite3.PARSE_DECLTYPES)
        try:
            yield conn
            conn.commit()
        finally:
            conn.close()

    def shifts_for(self, engineer_ids: Iterable[int], start: date, end: date) -> list[Shift]:
        ids = list(engineer_ids)
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        sql = (
            "SELECT engineer_id, day, region, on_call FROM shifts "
            f"WHERE engineer_id IN ({marks}) AND day BETWEEN ? AND ? "
            "ORDER BY day, engineer_id"
        )
        with self._conn() as conn:
            rows = conn.execute(sql, [*ids, start, end]).fetchall()
        return [Shift(r[0], r[1], r[2], bool(r[3])) for r in rows]

    def book(self, shifts: Iterable[Shift]) -> int:
        with self._conn() as conn:
            cur = conn.executemany(
                "INSERT OR REPLACE INTO shifts (engineer_id, day, region, on_call) "
                "VALUES (?, ?, ?, ?)",
                [(s.engineer_id, s.day, s.region, int(s.on_call)) for s in shifts],
            )
            return cur.rowcount

    def on_call(self, region: str, day: date) -> list[int]:
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT engineer_id FROM shifts WHERE region = ? AND day = ? AND on_call = 1",
                (region, day),
            ).fetchall()
        return [r[0] for r in rows]
