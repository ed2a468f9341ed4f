"""Lookup of blasting permits for the quarry manager's permit register.

Each blast needs a permit listing the bench, the shot-firer, the exclusion
zone and the neighbours notified. The register screen filters permits by
status and bench and sorts by the column the manager picks.
"""

import sqlite3
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("permit_register", __name__)

SORTABLE = {
    "planned": "planned_for",
    "bench": "bench_code",
    "firer": "shot_firer_licence",
    "status": "status",
}
STATUSES = {"draft", "approved", "fired", "cancelled"}


@dataclass
class PermitQuery:
    statuses: list[str]
    bench: str | None = None
    since: date | None = None
    sort: str = "planned"
    descending: bool = True


def build_sql(q: PermitQuery) -> tuple[str, list]:
    clauses, params = [], []
    if q.statuses:
        marks = ", ".join("?" for _ in q.statuses)
        clauses.append(f"status IN ({marks})")
        params.extend(q.statuses)
    if q.bench:
        clauses.append("bench_code = ?")
        params.append(q.bench)
    if q.since:
        clauses.append("planned_for >= ?")
        params.append(q.since.isoformat())
    where = " AND ".join(clauses) or "1 = 1"
    order_col = SORTABLE.get(q.sort, "planned_for")
    order_dir = "DESC" if q.descending else "ASC"
    sql = (
        "SELECT permit_no, bench_code, shot_firer_licence, planned_for, status, exclusion_m "
        f"FROM blast_permits WHERE {where} ORDER BY {order_col} {order_dir}"
    )
    return sql, params


@bp.get("/permits")
def list_permits():
    requested = [s for s in request.args.getlist("status") if s in STATUSES]
    since = request.args.get("since")
    q = PermitQuery(
        statuses=requested,
        bench=request.args.get("bench"),
        since=date.fromisoformat(since) if since else None,
        sort=request.args.get("sort", "planned"),
        descending=request.args.get("dir", "desc") != "asc",
    )
    sql, params = build_sql(q)
    conn = sqlite3.connect(current_app.config["PERMITS_DB"])
    conn.row_factory = sqlite3.Row
    rows = conn.execute(sql, params).fetchall()
    return jsonify(permits=[dict(r) for r in rows])
