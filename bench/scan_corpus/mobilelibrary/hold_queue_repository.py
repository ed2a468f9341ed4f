"""Data access for the reservation (hold) queue served by the library vans."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Iterator


@dataclass(frozen=True)
class Hold:
    id: int
    title_id: str
    card_number: str
    pickup_stop_id: int
    position: int
    placed_on: date


class HoldQueueRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.conn.row_factory = sqlite3.Row

    @staticmethod
    def _to_hold(row: sqlite3.Row) -> Hold:
        return Hold(
            id=row["id"],
            title_id=row["title_id"],
            card_number=row["card_number"],
            pickup_stop_id=row["pickup_stop_id"],
            position=row["position"],
            placed_on=date.fromisoformat(row["placed_on"]),
        )

    def for_title(self, title_id: str) -> list[Hold]:
        rows = self.conn.execute(
            "SELECT * FROM holds WHERE title_id = ? AND status = 'waiting' ORDER BY position",
            (title_id,),
        ).fetchall()
        return [self._to_hold(r) for r in rows]

    def for_borrower(self, card_number: str) -> list[Hold]:
        rows = self.conn.execute(
            "SELECT * FROM holds WHERE card_number = ? AND status IN ('waiting', 'on_van') "
            "ORDER BY placed_on",
            (card_number,),
        ).fetchall()
        return [self._to_hold(r) for r in rows]

    def place(self, title_id: str, card_number: str, pickup_stop_id: int) -> Hold:
        with self.conn:
            (next_pos,) = self.conn.execute(
                "SELECT COALESCE(MAX(position), 0) + 1 FROM holds "
                "WHERE title_id = ? AND status = 'waiting'",
                (title_id,),
            ).fetchone()
            cur = self.conn.execute(
                "INSERT INTO holds (title_id, card_number, pickup_stop_id, position, "
                "placed_on, status) VALUES (?, ?, ?, ?, ?, 'waiting')",
                (title_id, card_number, pickup_stop_id, next_pos, date.today().isoformat()),
            )
        return self.get(cur.lastrowid)

    def get(self, hold_id: int) -> Hold:
        row = self.conn.execute("SELECT * FROM holds WHERE id = ?", (hold_id,)).fetchone()
        if row is None:
            raise LookupError(hold_id)
        return self._to_hold(row)

    def cancel(self, hold_id: int, card_number: str) -> bool:
        with self.conn:
            cur = self.conn.execute(
                "UPDATE holds SET status = 'cancelled' WHERE id = ? AND card_number = ?",
                (hold_id, card_number),
            )
        return cur.rowcount == 1

    def holds_for_stop(self, stop_id: int) -> Iterator[Hold]:
        for row in self.conn.execute(
            "SELECT * FROM holds WHERE pickup_stop_id = ? AND status = 'on_van'", (stop_id,)
        ):
            yield self._to_hold(row)
