"""Search helpers for the bespoke commissions back office."""
import sqlite3
from dataclasses import dataclass
from typing import Iterable, Optional

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("commissions", __name__, url_prefix="/commissions")


@dataclass
class CommissionRow:
    ref: str
    customer_name: str
    piece_type: str
    metal: str
    stage: str
    quoted_pence: int


class CommissionRepository:
    def __init__(self, db_path: str):
        self.db_path = db_path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def search(self, customer: str, stage: Optional[str] = None) -> Iterable[CommissionRow]:
        sql = (
            "SELECT ref, customer_name, piece_type, metal, stage, quoted_pence "
            "FROM commissions WHERE customer_name LIKE '%" + customer + "%'"
        )
        params: list = []
        if stage:
            sql += " AND stage = ?"
            params.append(stage)
        sql += " ORDER BY created_at DESC LIMIT 100"
        with self._connect() as conn:
            for row in conn.execute(sql, params):
                yield CommissionRow(**dict(row))


def _repo() -> CommissionRepository:
    return CommissionRepository(current_app.config["COMMISSIONS_DB"])


@bp.get("/search")
def search_commissions():
    customer = request.args.get("customer", "").strip()
    stage = request.args.get("stage") or None
    if len(customer) < 2:
        return jsonify(error="enter at least two letters of the customer name"), 400
    rows = [r.__dict__ for r in _repo().search(customer, stage)]
    return jsonify(results=rows, count=len(rows))
