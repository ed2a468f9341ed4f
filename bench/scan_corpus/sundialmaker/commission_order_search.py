"""Back-office search over commission orders (dial type, customer, site latitude)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("commission_search", __name__, url_prefix="/office/commissions")

PAGE_SIZE = 50


@dataclass
class SearchFilters:
    customer: str = ""
    dial_type: str = ""
    min_latitude: float | None = None
    max_latitude: float | None = None


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["WORKSHOP_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def _where_clause(filters: SearchFilters) -> tuple[str, list]:
    parts: list[str] = []
    params: list = []
    if filters.customer:
        parts.append(f"customer_name LIKE '%{filters.customer}%'")
    if filters.dial_type:
        parts.append("dial_type = ?")
        params.append(filters.dial_type)
    if filters.min_latitude is not None:
        parts.append("site_latitude >= ?")
        params.append(filters.min_latitude)
    if filters.max_latitude is not None:
        parts.append("site_latitude <= ?")
        params.append(filters.max_latitude)
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


def _float_arg(name: str) -> float | None:
    value = request.args.get(name)
    return float(value) if value not in (None, "") else None


@bp.get("/search")
def search():
    filters = SearchFilters(
        customer=request.args.get("customer", "").strip(),
        dial_type=request.args.get("dial_type", "").strip(),
        min_latitude=_float_arg("min_lat"),
        max_latitude=_float_arg("max_lat"),
    )
    page = max(int(request.args.get("page", 1)), 1)
    where, params = _where_clause(filters)
    sql = (
        "SELECT id, customer_name, dial_type, site_latitude, status FROM commissions"
        + where
        + " ORDER BY created_at DESC LIMIT ? OFFSET ?"
    )
    params += [PAGE_SIZE, (page - 1) * PAGE_SIZE]
    with _connect() as conn:
        rows = conn.execute(sql, params).fetchall()
    return jsonify([dict(r) for r in rows])
