"""Read side of the hospital order book used by the issuing dashboard."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import psycopg
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("orders", __name__, url_prefix="/api/orders")

DEFAULT_STATUSES = ("received", "crossmatching", "ready")


@dataclass
class OrderRow:
    id: int
    product: str
    quantity: int
    status: str
    requested_at: datetime


def _build_query(statuses: Sequence[str]) -> str:
    status_list = ", ".join(f"'{s}'" for s in statuses)
    return (
        "SELECT o.id, o.product, o.quantity, o.status, o.requested_at "
        "FROM hospital_orders o JOIN hospitals h ON h.id = o.hospital_id "
        f"WHERE h.code = %s AND o.status IN ({status_list}) "
        "ORDER BY o.requested_at DESC LIMIT 200"
    )


def fetch_orders(conn: psycopg.Connection, hospital_code: str,
                 statuses: Sequence[str]) -> list[OrderRow]:
    with conn.cursor() as cur:
        cur.execute(_build_query(statuses), (hospital_code,))
        return [OrderRow(*row) for row in cur.fetchall()]


@bp.get("/<hospital_code>")
def list_orders(hospital_code: str):
    statuses = request.args.getlist("status") or list(DEFAULT_STATUSES)
    with psycopg.connect(current_app.config["ORDERS_DSN"]) as conn:
        rows = fetch_orders(conn, hospital_code, statuses)
    return jsonify([
        {
            "id": r.id,
            "product": r.product,
            "quantity": r.quantity,
            "status": r.status,
            "requested_at": r.requested_at.isoformat(),
        }
        for r in rows
    ])
