"""Search API over past firing logs (cone, peak temperature, kiln, member)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Optional

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("firing_logs", __name__, url_prefix="/api/firing-logs")


@dataclass
class LogQuery:
    kiln: Optional[str] = None
    cone: Optional[str] = None
    limit: int = 50


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["FIRING_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def _kiln_clause(kiln: str) -> str:
    return f"k.name = '{kiln}'"


def _build_sql(query: LogQuery) -> tuple[str, list]:
    clauses = ["1 = 1"]
    params: list = []
    if query.kiln:
        clauses.append(_kiln_clause(query.kiln))
    if query.cone:
        clauses.append("f.target_cone = ?")
        params.append(query.cone)
    sql = (
        "SELECT f.id, k.name AS kiln, f.target_cone, f.peak_c, f.started_at "
        "FROM firings f JOIN kilns k ON k.id = f.kiln_id WHERE "
        + " AND ".join(clauses)
        + " ORDER BY f.started_at DESC LIMIT ?"
    )
    params.append(query.limit)
    return sql, params


@bp.get("/")
def search_logs():
    try:
        limit = min(int(request.args.get("limit", 50)), 200)
    except ValueError:
        limit = 50
    query = LogQuery(
        kiln=request.args.get("kiln"),
        cone=request.args.get("cone"),
        limit=limit,
    )
    sql, params = _build_sql(query)
    rows = get_db().execute(sql, params).fetchall()
    return jsonify([dict(row) for row in rows])
