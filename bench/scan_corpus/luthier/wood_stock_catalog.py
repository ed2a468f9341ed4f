"""Public catalogue of tonewood sets for sale to other builders.

Visitors can filter by species and grade and sort the listing by a few
columns. Sorting goes through a fixed mapping of column names.
"""
import sqlite3
from contextlib import closing

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("catalog", __name__, url_prefix="/catalog")

SORT_COLUMNS = {
    "price": "price",
    "species": "species",
    "grade": "grade",
    "newest": "received_on",
}
GRADES = ("AAAA", "AAA", "AA", "A")
PAGE_SIZE = 40


def query_sets(species: str, grade: str, sort: str, descending: bool, page: int):
    order_col = SORT_COLUMNS.get(sort, "species")
    order_dir = "DESC" if descending else "ASC"
    sql = (
        "SELECT id, species, grade, set_type, price, received_on FROM tonewood_sets "
        "WHERE listed = 1 AND species LIKE ? "
    )
    params = [f"%{species}%"]
    if grade in GRADES:
        sql += "AND grade = ? "
        params.append(grade)
    sql += f"ORDER BY {order_col} {order_dir} LIMIT ? OFFSET ?"
    params += [PAGE_SIZE, PAGE_SIZE * max(page - 1, 0)]
    with closing(sqlite3.connect(current_app.config["STOCK_DB"])) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]


@bp.get("/sets")
def list_sets():
    args = request.args
    rows = query_sets(
        species=args.get("species", ""),
        grade=args.get("grade", ""),
        sort=args.get("sort", "species"),
        descending=args.get("order") == "desc",
        page=args.get("page", 1, type=int),
    )
    return jsonify({"results": rows, "page": args.get("page", 1, type=int)})
