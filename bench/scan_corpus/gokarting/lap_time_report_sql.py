"""Driver lap history report for the member area.

Members can sort their lap history by date, best lap or average lap and
filter by track layout.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from flask import Flask, abort, jsonify, request
from flask_login import current_user, login_required

app = Flask(__name__)
DB_PATH = "/var/lib/kartcentre/timing.db"

SORT_COLUMNS = {
    "date": "s.session_date",
    "best": "best_ms",
    "average": "avg_ms",
}
SORT_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass
class ReportQuery:
    driver_id: int
    layout: str | None
    sort: str
    direction: str

    def sql(self) -> tuple[str, list]:
        order_col = SORT_COLUMNS[self.sort]
        order_dir = SORT_DIRECTIONS[self.direction]
        params: list = [self.driver_id]
        where = "l.driver_id = ?"
        if self.layout:
            where += " AND s.layout = ?"
            params.append(self.layout)
        sql = (
            "SELECT s.id, s.session_date, s.layout, MIN(l.lap_ms) AS best_ms, "
            "AVG(l.lap_ms) AS avg_ms, COUNT(*) AS laps "
            "FROM laps l JOIN sessions s ON s.id = l.session_id "
            f"WHERE {where} GROUP BY s.id ORDER BY {order_col} {order_dir}"
        )
        return sql, params


def run_report(query: ReportQuery) -> list[dict]:
    sql, params = query.sql()
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params).fetchall()]
    finally:
        conn.close()


@app.get("/me/laps")
@login_required
def my_laps():
    sort = request.args.get("sort", "date")
    direction = request.args.get("dir", "desc")
    if sort not in SORT_COLUMNS or direction not in SORT_DIRECTIONS:
        abort(400)
    query = ReportQuery(
        driver_id=current_user.id,
        layout=request.args.get("layout") or None,
        sort=sort,
        direction=direction,
    )
    return jsonify(run_report(query))
