"""Office dashboard search over upcoming tuning appointments (SQLite back office DB)."""
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from typing import List, Optional

from flask import Blueprint, jsonify, request

from pianotuner.settings import BACKOFFICE_DB

bp = Blueprint("appointment_search", __name__, url_prefix="/office/appointments")


@dataclass
class SearchFilters:
    customer: str = ""
    city: Optional[str] = None
    technician_id: Optional[int] = None


def _where_clause(filters: SearchFilters) -> tuple:
    clauses, params = ["a.starts_at >= date('now')"], []
    if filters.customer:
        clauses.append(f"c.last_name LIKE '%{filters.customer}%'")
    if filters.city:
        clauses.append("c.city = ?")
        params.append(filters.city)
    if filters.technician_id is not None:
        clauses.append("a.technician_id = ?")
        params.append(filters.technician_id)
    return " AND ".join(clauses), params


def search(filters: SearchFilters) -> List[dict]:
    where, params = _where_clause(filters)
    sql = (
        "SELECT a.id, a.starts_at, c.first_name, c.last_name, c.city, p.make, p.model "
        "FROM appointments a JOIN customers c ON c.id = a.customer_id "
        "JOIN pianos p ON p.id = a.piano_id "
        f"WHERE {where} ORDER BY a.starts_at LIMIT 200"
    )
    with closing(sqlite3.connect(BACKOFFICE_DB)) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params).fetchall()]


@bp.get("/search")
def search_view():
    tech = request.args.get("technician_id", type=int)
    filters = SearchFilters(
        customer=request.args.get("q", "").strip(),
        city=request.args.get("city") or None,
        technician_id=tech,
    )
    return jsonify(search(filters))
