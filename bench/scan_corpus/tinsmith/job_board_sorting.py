"""Sortable job board for the workshop TV screens and the foremen's tablets."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, timedelta

import psycopg
from psycopg.rows import dict_row
from fastapi import FastAPI, Query

app = FastAPI(title="job-board")

SORTABLE = {
    "due": "jc.due_date",
    "customer": "a.company_name",
    "cell": "jc.cell",
    "gauge": "jc.gauge_mm",
    "priority": "jc.priority",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass
class BoardQuery:
    cell: str | None
    sort: str = "due"
    direction: str = "asc"

    def order_clause(self) -> str:
        column = SORTABLE.get(self.sort, SORTABLE["due"])
        return f"{column} {DIRECTIONS.get(self.direction, 'ASC')}, jc.job_no"


def fetch_board(q: BoardQuery, today: date) -> list[dict]:
    sql = (
        "SELECT jc.job_no, a.company_name AS customer, jc.cell, jc.operation, "
        "jc.gauge_mm, jc.qty, jc.due_date, jc.priority, jc.status "
        "FROM job_cards jc JOIN trade_accounts a ON a.id = jc.account_id "
        "WHERE jc.status <> 'complete' AND jc.due_date <= %(horizon)s "
        "AND (%(cell)s::text IS NULL OR jc.cell = %(cell)s) "
        f"ORDER BY {q.order_clause()}"
    )
    with psycopg.connect(os.environ["WORKSHOP_DSN"], row_factory=dict_row) as conn:
        return conn.execute(sql, {"horizon": today + timedelta(days=14), "cell": q.cell}).fetchall()


@app.get("/board")
def board(
    cell: str | None = None,
    sort: str = Query("due"),
    direction: str = Query("asc"),
) -> list[dict]:
    return fetch_board(BoardQuery(cell=cell, sort=sort, direction=direction), date.today())
