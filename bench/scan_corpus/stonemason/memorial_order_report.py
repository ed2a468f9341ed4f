"""Order book report for memorial jobs.

The workshop manager sorts and filters the order book by any of a fixed
set of columns; the chosen column name is spliced into ORDER BY from an
allow-list while the filter values are passed as parameters.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, jsonify, request

report_bp = Blueprint("order_report", __name__, url_prefix="/reports")

SORTABLE = {
    "due": "due_date",
    "customer": "customer_name",
    "cemetery": "cemetery",
    "material": "material",
    "stage": "stage",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass
class ReportQuery:
    sort_key: str = "due"
    direction: str = "asc"
    stage: str | None = None
    cemetery: str | None = None

    def order_by(self) -> str:
        column = SORTABLE.get(self.sort_key, "due_date")
        return f"{column} {DIRECTIONS.get(self.direction, 'ASC')}"


def build_query(q: ReportQuery) -> tuple[str, list]:
    clauses, params = [], []
    if q.stage:
        clauses.append("stage = ?")
        params.append(q.stage)
    if q.cemetery:
        clauses.append("cemetery LIKE ?")
        params.append(f"%{q.cemetery}%")
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    sql = (
        "SELECT job_no, customer_name, cemetery, material, stage, due_date "
        f"FROM memorial_jobs{where} ORDER BY {q.order_by()}"
    )
    return sql, params


@report_bp.get("/order-book")
def order_book():
    q = ReportQuery(
        sort_key=request.args.get("sort", "due"),
        direction=request.args.get("dir", "asc"),
        stage=request.args.get("stage"),
        cemetery=request.args.get("cemetery"),
    )
    sql, params = build_query(q)
    conn = sqlite3.connect(current_app.config["WORKSHOP_DB"])
    conn.row_factory = sqlite3.Row
    try:
        rows = [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()
    return jsonify(jobs=rows, count=len(rows))
