"""SQLite-backed storage for round schedules used by the office desktop tool."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Iterable, List


@dataclass
class RoundStop:
    customer_id: int
    house: str
    street: str
    postcode: str
    frequency_weeks: int
    next_due: date
    price_pence: int


class RoundScheduleRepository:
    def __init__(self, path: str):
        self._conn = sqlite3.connect(path, detect_types=sqlite3.PARSE_DECLTYPES)
        self._conn.row_factory = sqlite3.Row

    def close(self) -> None:
        self._conn.close()

    @staticmethod
    def _to_stop(row: sqlite3.Row) -> RoundStop:
        return RoundStop(
            customer_id=row["id"],
            house=row["house"],
            street=row["street"],
            postcode=row["postcode"],
            frequency_weeks=row["frequency_weeks"],
            next_due=row["next_due"],
            price_pence=row["price_pence"],
        )

    def due_on(self, round_id: int, day: date) -> List[RoundStop]:
        rows = self._conn.execute(
            "SELECT * FROM customers WHERE round_id = ? AND next_due <= ? ORDER BY route_order",
            (round_id, day),
        ).fetchall()
        return [self._to_stop(r) for r in rows]

    def find_by_street(self, round_id: int, street: str) -> List[RoundStop]:
        sql = (
            "SELECT * FROM customers "
            f"WHERE round_id = {int(round_id)} AND street LIKE '%{street}%' "
            "ORDER BY street, house"
        )
        return [self._to_stop(r) for r in self._conn.execute(sql).fetchall()]

    def reschedule(self, customer_ids: Iterable[int], new_due: date) -> int:
        ids = list(customer_ids)
        with self._conn:
            cur = self._conn.executemany(
                "UPDATE customers SET next_due = ? WHERE id = ?",
                [(new_due, cid) for cid in ids],
            )
        return cur.rowcount

    def set_price(self, customer_id: int, price_pence: int) -> None:
        with self._conn:
            self._conn.execute(
                "UPDATE customers SET price_pence = ? WHERE id = ?", (price_pence, customer_id)
            )
