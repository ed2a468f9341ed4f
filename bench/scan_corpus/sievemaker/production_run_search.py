"""Search over production runs for the planning dashboard.

Planners search runs by mesh code or customer reference, e.g. all runs
of "SS316 200 mesh" or everything for a given distributor PO.
"""
import sqlite3
from dataclasses import dataclass
from typing import List, Optional

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("runs", __name__)


@dataclass
class RunRow:
    run_id: str
    mesh_code: str
    customer_ref: str
    status: str
    quantity: int


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["PLANNING_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def search_runs(term: str, status: Optional[str] = None, limit: int = 100) -> List[RunRow]:
    sql = (
        "SELECT run_id, mesh_code, customer_ref, status, quantity FROM production_runs "
        f"WHERE (mesh_code LIKE '%{term}%' OR customer_ref LIKE '%{term}%')"
    )
    params: list = []
    if status:
        sql += " AND status = ?"
        params.append(status)
    sql += " ORDER BY planned_start DESC LIMIT ?"
    params.append(limit)
    with _connect() as conn:
        return [RunRow(**dict(r)) for r in conn.execute(sql, params).fetchall()]


@bp.get("/api/runs/search")
def runs_search():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify(error="search term too short"), 400
    status = request.args.get("status")
    limit = min(int(request.args.get("limit", 100)), 500)
    rows = search_runs(term, status, limit)
    return jsonify([r.__dict__ for r in rows])
