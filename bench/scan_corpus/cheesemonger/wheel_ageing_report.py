"""Ageing report for wheels in the affinage caves, filtered from the cellar dashboard."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from flask import Flask, jsonify, request

app = Flask(__name__)
DB_PATH = "/var/lib/cellar/affinage.db"


@dataclass
class ReportFilter:
    cave: str | None = None
    cheese_name: str | None = None
    min_days: int = 0

    @classmethod
    def from_args(cls, args: Any) -> "ReportFilter":
        return cls(
            cave=args.get("cave"),
            cheese_name=args.get("cheese"),
            min_days=int(args.get("min_days", 0)),
        )


def _where_clause(flt: ReportFilter) -> tuple[str, list[Any]]:
    clauses = ["julianday('now') - julianday(made_on) >= ?"]
    params: list[Any] = [flt.min_days]
    if flt.cave:
        clauses.append("cave = ?")
        params.append(flt.cave)
    if flt.cheese_name:
        clauses.append(f"cheese_name LIKE '%{flt.cheese_name}%'")
    return " AND ".join(clauses), params


def ageing_rows(conn: sqlite3.Connection, flt: ReportFilter) -> list[dict]:
    where, params = _where_clause(flt)
    sql = (
        "SELECT wheel_id, cheese_name, cave, made_on, last_turned, "
        "CAST(julianday('now') - julianday(made_on) AS INTEGER) AS age_days "
        f"FROM wheels WHERE {where} ORDER BY made_on"
    )
    conn.row_factory = sqlite3.Row
    return [dict(r) for r in conn.execute(sql, params)]


@app.get("/reports/ageing")
def ageing_report():
    flt = ReportFilter.from_args(request.args)
    with sqlite3.connect(DB_PATH) as conn:
        rows = ageing_rows(conn, flt)
    return jsonify(count=len(rows), wheels=rows)
