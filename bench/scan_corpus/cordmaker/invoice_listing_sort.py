"""Invoice listing for the trade portal with user-selectable sorting."""
from flask import Blueprint, g, jsonify, request
from psycopg import sql

from cordmaker.db import get_connection

bp = Blueprint("invoices", __name__, url_prefix="/portal/invoices")

SORTABLE = {
    "date": "issued_at",
    "due": "due_at",
    "amount": "total_gross",
    "number": "invoice_no",
}
DIRECTIONS = {"asc": sql.SQL("ASC"), "desc": sql.SQL("DESC")}


def listing_query(sort_key: str, direction: str) -> sql.Composed:
    column = SORTABLE.get(sort_key, "issued_at")
    order = DIRECTIONS.get(direction, DIRECTIONS["desc"])
    return sql.SQL(
        "SELECT invoice_no, issued_at, due_at, total_gross, status"
        " FROM invoice WHERE account_id = %s ORDER BY {col} {dir} LIMIT %s OFFSET %s"
    ).format(col=sql.Identifier(column), dir=order)


@bp.get("")
def list_invoices():
    page = max(int(request.args.get("page", 1)), 1)
    size = min(int(request.args.get("size", 25)), 100)
    query = listing_query(request.args.get("sort", "date"), request.args.get("dir", "desc"))
    with get_connection() as conn, conn.cursor() as cur:
        cur.execute(query, (g.account_id, size, (page - 1) * size))
        rows = cur.fetchall()
    return jsonify(
        [
            {"number": r[0], "issued": r[1].isoformat(), "due": r[2].isoformat(),
             "total": str(r[3]), "status": r[4]}
            for r in rows
        ]
    )
