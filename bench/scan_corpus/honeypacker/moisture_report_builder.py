"""Sortable moisture-test report for the QC manager's dashboard."""
from __future__ import annotations

import os
from dataclasses import dataclass

import psycopg
from psycopg.rows import dict_row
from flask import Flask, jsonify, request

app = Flask(__name__)

SORTABLE_COLUMNS = {
    "tested": "t.tested_at",
    "moisture": "t.moisture_pct",
    "batch": "t.batch_code",
    "supplier": "s.supplier_code",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass
class ReportQuery:
    supplier_code: str | None = None
    failed_only: bool = False
    sort: str = "tested"
    direction: str = "desc"
    limit: int = 200


def build_report(q: ReportQuery) -> tuple[str, list]:
    where, params = [], []
    if q.supplier_code:
        where.append("s.supplier_code = %s")
        params.append(q.supplier_code)
    if q.failed_only:
        where.append("t.moisture_pct > %s")
        params.append(18.6)
    order_col = SORTABLE_COLUMNS.get(q.sort, SORTABLE_COLUMNS["tested"])
    order_dir = DIRECTIONS.get(q.direction, "DESC")
    sql = (
        "SELECT t.test_id, t.batch_code, t.moisture_pct, t.tested_at, s.supplier_code "
        "FROM moisture_tests t JOIN suppliers s ON s.id = t.supplier_id"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY {} {} LIMIT %s".format(order_col, order_dir)
    params.append(q.limit)
    return sql, params


@app.get("/qc/moisture")
def moisture_report():
    limit = request.args.get("limit", "200")
    q = ReportQuery(
        supplier_code=request.args.get("supplier") or None,
        failed_only=request.args.get("failed") == "1",
        sort=request.args.get("sort", "tested"),
        direction=request.args.get("dir", "desc").lower(),
        limit=min(int(limit), 1000) if limit.isdigit() else 200,
    )
    sql, params = build_report(q)
    with psycopg.connect(os.environ["QC_DATABASE_URL"], row_factory=dict_row) as conn:
        rows = conn.execute(sql, params).fetchall()
    return jsonify(results=rows, count=len(rows))
