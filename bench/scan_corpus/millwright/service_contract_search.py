"""Contract search for the office staff: find service contracts by
customer or mill name, optionally filtered by status."""
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, g, jsonify, request

from millwright.auth import login_required

bp = Blueprint("contract_search", __name__)

DB_PATH = "/var/lib/millwright/contracts.db"
STATUSES = {"active", "lapsed", "pending_renewal", "cancelled"}


@dataclass
class SearchFilters:
    term: str
    status: str | None = None
    limit: int = 50


def _db() -> sqlite3.Connection:
    if "contracts_db" not in g:
        g.contracts_db = sqlite3.connect(DB_PATH)
        g.contracts_db.row_factory = sqlite3.Row
    return g.contracts_db


def _build_query(filters: SearchFilters) -> tuple[str, list]:
    sql = (
        "SELECT c.ref, c.customer_name, m.name AS mill, c.status, c.renewal_date "
        "FROM contracts c JOIN mills m ON m.id = c.mill_id "
        f"WHERE (c.customer_name LIKE '%{filters.term}%' OR m.name LIKE '%{filters.term}%')"
    )
    params: list = []
    if filters.status:
        sql += " AND c.status = ?"
        params.append(filters.status)
    sql += " ORDER BY c.renewal_date LIMIT ?"
    params.append(filters.limit)
    return sql, params


@bp.get("/contracts/search")
@login_required
def search_contracts():
    status = request.args.get("status")
    if status and status not in STATUSES:
        return jsonify(error="unknown status"), 400
    filters = SearchFilters(
        term=request.args.get("q", "").strip(),
        status=status,
        limit=min(int(request.args.get("limit", 50)), 200),
    )
    sql, params = _build_query(filters)
    rows = _db().execute(sql, params).fetchall()
    return jsonify([dict(r) for r in rows])
