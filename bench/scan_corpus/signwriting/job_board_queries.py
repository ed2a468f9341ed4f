"""Queries behind the workshop job board (what is cutting, printing, fitting)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

SORT_COLUMNS = {
    "due": "j.due_date",
    "customer": "c.name",
    "stage": "j.stage",
    "created": "j.created_at",
}
SORT_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}
STAGES = ("artwork", "proofing", "cutting", "printing", "finishing", "install", "done")


@dataclass
class BoardJob:
    id: int
    customer: str
    title: str
    stage: str
    due_date: date | None


class JobBoard:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def jobs(
        self,
        stage: str | None = None,
        sort: str = "due",
        direction: str = "asc",
        search: str | None = None,
    ) -> list[BoardJob]:
        order_col = SORT_COLUMNS.get(sort, SORT_COLUMNS["due"])
        order_dir = SORT_DIRECTIONS.get(direction.lower(), "ASC")
        where = ["j.archived = 0"]
        params: list[object] = []
        if stage in STAGES:
            where.append("j.stage = ?")
            params.append(stage)
        if search:
            where.append("(j.title LIKE ? OR c.name LIKE ?)")
            params.extend([f"%{search}%", f"%{search}%"])
        sql = (
            "SELECT j.id, c.name, j.title, j.stage, j.due_date "
            "FROM jobs j JOIN customers c ON c.id = j.customer_id "
            f"WHERE {' AND '.join(where)} ORDER BY {order_col} {order_dir}"
        )
        rows = self.conn.execute(sql, params).fetchall()
        return [
            BoardJob(r[0], r[1], r[2], r[3], date.fromisoformat(r[4]) if r[4] else None)
            for r in rows
        ]

    def move(self, job_id: int, stage: str) -> None:
        if stage not in STAGES:
            raise ValueError(f"unknown stage {stage!r}")
        self.conn.execute("UPDATE jobs SET stage = ? WHERE id = ?", (stage, job_id))
        self.conn.commit()
