"""Search over a customer's bonded cellar inventory for the account portal."""

import sqlite3
from contextlib import closing

from flask import Blueprint, g, jsonify, request
from flask_login import current_user, login_required

from vintner.config import settings

bp = Blueprint("cellar_search", __name__)

INVENTORY_TABLE = "cellar_inventory"
MAX_RESULTS = 100


def _db() -> sqlite3.Connection:
    if "cellar_db" not in g:
        g.cellar_db = sqlite3.connect(settings.CELLAR_DB_PATH)
        g.cellar_db.row_factory = sqlite3.Row
    return g.cellar_db


def search_inventory(account_id: int, term: str, vintage: int | None) -> list:
    sql = (
        f"SELECT lot_ref, wine_name, producer, vintage, bottles, bay FROM {INVENTORY_TABLE} "
        "WHERE account_id = ? AND (wine_name LIKE ? OR producer LIKE ?)"
    )
    like = f"%{term}%"
    params = [account_id, like, like]
    if vintage is not None:
        sql += " AND vintage = ?"
        params.append(vintage)
    sql += f" ORDER BY wine_name LIMIT {MAX_RESULTS}"
    with closing(_db().cursor()) as cursor:
        cursor.execute(sql, params)
        return [dict(row) for row in cursor.fetchall()]


@bp.get("/cellar/search")
@login_required
def cellar_search():
    term = request.args.get("q", "").strip()
    vintage = request.args.get("vintage", type=int)
    results = search_inventory(current_user.cellar_account_id, term, vintage)
    return jsonify(results=results, count=len(results))
