"""Search over the fabric store-room ledger (felts, straws, sinamay, trimmings)."""
import sqlite3
from contextlib import closing

from flask import Blueprint, jsonify, request

from hatter.config import settings

bp = Blueprint("fabric_search", __name__, url_prefix="/fabric")

DEFAULT_LIMIT = 50


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(settings.STOREROOM_DB)
    conn.row_factory = sqlite3.Row
    return conn


def _filters(args) -> list[str]:
    clauses = ["archived = 0"]
    material = args.get("material")
    if material:
        clauses.append(f"material = '{material}'")
    if args.get("in_stock") == "1":
        clauses.append("metres_left > 0")
    return clauses


def search_bolts(args) -> list[dict]:
    where = " AND ".join(_filters(args))
    sql = (
        "SELECT sku, material, colour, weight_gsm, metres_left FROM fabric_bolts "
        "WHERE " + where + " ORDER BY colour LIMIT ?"
    )
    with closing(_connect()) as conn:
        rows = conn.execute(sql, (DEFAULT_LIMIT,)).fetchall()
    return [dict(r) for r in rows]


@bp.get("/search")
def search():
    return jsonify(results=search_bolts(request.args))


@bp.get("/low-stock")
def low_stock():
    threshold = float(request.args.get("below", 2.0))
    with closing(_connect()) as conn:
        rows = conn.execute(
            "SELECT sku, colour, metres_left FROM fabric_bolts WHERE metres_left < ? AND archived = 0",
            (threshold,),
        ).fetchall()
    return jsonify(results=[dict(r) for r in rows])
