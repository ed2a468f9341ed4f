"""Back-office search over bulk club orders."""
import sqlite3
from dataclasses import dataclass
from typing import Iterable

from flask import Blueprint, current_app, jsonify, request

from .auth import staff_required

bp = Blueprint("order_search", __name__)

PAGE_SIZE = 50


@dataclass
class OrderRow:
    reference: str
    club_name: str
    quantity: int
    status: str


class OrderSearchRepository:
    def __init__(self, db_path: str):
        self.db_path = db_path

    def _rows(self, sql: str, params: Iterable = ()) -> list[sqlite3.Row]:
        conn = sqlite3.connect(self.db_path)
        conn.row_factory = sqlite3.Row
        try:
            return conn.execute(sql, tuple(params)).fetchall()
        finally:
            conn.close()

    def by_club(self, club_fragment: str, status: str, page: int = 0) -> list[OrderRow]:
        sql = (
            "SELECT reference, club_name, quantity, status FROM club_orders "
            f"WHERE club_name LIKE '%{club_fragment}%' AND status = ? "
            "ORDER BY created_at DESC LIMIT ? OFFSET ?"
        )
        rows = self._rows(sql, (status, PAGE_SIZE, page * PAGE_SIZE))
        return [OrderRow(r["reference"], r["club_name"], r["quantity"], r["status"]) for r in rows]


@bp.get("/backoffice/orders/search")
@staff_required
def search_orders():
    repo = OrderSearchRepository(current_app.config["ORDERS_DB"])
    club = request.args.get("club", "").strip()
    status = request.args.get("status", "awaiting_proof")
    page = request.args.get("page", 0, type=int)
    results = repo.by_club(club, status, page)
    return jsonify(
        [
            {"reference": o.reference, "club": o.club_name, "qty": o.quantity, "status": o.status}
            for o in results
        ]
    )
