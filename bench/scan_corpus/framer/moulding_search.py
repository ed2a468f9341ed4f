"""Counter search for mouldings by code, colour or finish."""
import sqlite3
from dataclasses import dataclass
from typing import List, Optional

from flask import Blueprint, jsonify, request

bp = Blueprint("mouldings", __name__)

DB_PATH = "/var/lib/framer/shop.db"


@dataclass
class Moulding:
    code: str
    description: str
    finish: str
    width_mm: float
    price_per_metre: float
    metres_in_stock: float


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def search_mouldings(term: str, finish: Optional[str] = None, in_stock_only: bool = False) -> List[Moulding]:
    sql = (
        "SELECT code, description, finish, width_mm, price_per_metre, metres_in_stock "
        "FROM mouldings WHERE (code LIKE '%{0}%' OR description LIKE '%{0}%')".format(term)
    )
    params: list = []
    if finish:
        sql += " AND finish = ?"
        params.append(finish)
    if in_stock_only:
        sql += " AND metres_in_stock > 0"
    sql += " ORDER BY code LIMIT 50"
    with _connect() as conn:
        return [Moulding(**dict(r)) for r in conn.execute(sql, params).fetchall()]


@bp.get("/api/mouldings")
def api_search():
    term = request.args.get("q", "").strip()
    finish = request.args.get("finish") or None
    in_stock = request.args.get("in_stock") == "1"
    results = search_mouldings(term, finish, in_stock)
    return jsonify([m.__dict__ for m in results])
