"""Work-queue queries for the alterations room (hems, bustles, fittings)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date


@dataclass
class QueueItem:
    ticket_id: int
    bride: str
    task: str
    due: date


class AlterationQueue:
    tables = {"open": "alteration_tickets", "archived": "alteration_tickets_archive"}
    sort_columns = {"due": "due_date", "bride": "bride_name", "task": "task"}

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _table(self, state: str) -> str:
        if state not in self.tables:
            raise ValueError(f"unknown queue state {state!r}")
        return self.tables[state]

    def _order(self, sort: str) -> str:
        return self.sort_columns.get(sort, "due_date")

    def list_for(self, seamstress_id: int, state: str = "open", sort: str = "due") -> list[QueueItem]:
        sql = (
            f"SELECT id, bride_name, task, due_date FROM {self._table(state)} "
            f"WHERE seamstress_id = ? ORDER BY {self._order(sort)}"
        )
        rows = self.conn.execute(sql, (seamstress_id,)).fetchall()
        return [QueueItem(r[0], r[1], r[2], date.fromisoformat(r[3])) for r in rows]

    def search(self, bride_fragment: str, state: str = "open") -> list[QueueItem]:
        sql = f"SELECT id, bride_name, task, due_date FROM {self._table(state)} WHERE bride_name LIKE ?"
        rows = self.conn.execute(sql, (f"%{bride_fragment}%",)).fetchall()
        return [QueueItem(r[0], r[1], r[2], date.fromisoformat(r[3])) for r in rows]

    def complete(self, ticket_id: int) -> None:
        self.conn.execute(
            "UPDATE alteration_tickets SET status = 'done', completed_on = ? WHERE id = ?",
            (date.today().isoformat(), ticket_id),
        )
        self.conn.commit()
