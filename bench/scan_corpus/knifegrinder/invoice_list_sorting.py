"""Paged invoice list for the restaurant account page.

Kitchen managers can sort their invoices by any column in the table
header and filter by payment status.
"""
import sqlite3
from typing import Optional

from flask import Blueprint, g, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("invoice_list", __name__)

SORTABLE = {
    "number": "i.number",
    "issued": "i.issued_on",
    "due": "i.due_on",
    "total": "i.gross_total",
    "status": "i.status",
}
PAGE_SIZE = 25


def _order_clause(sort: str, direction: str) -> str:
    column = SORTABLE.get(sort, SORTABLE["issued"])
    dir_sql = "ASC" if direction.lower() == "asc" else "DESC"
    return f"ORDER BY {column} {dir_sql}, i.id DESC"


def list_invoices(conn: sqlite3.Connection, account_id: int, status: Optional[str], sort: str, direction: str, page: int):
    sql = "SELECT i.id, i.number, i.issued_on, i.due_on, i.gross_total, i.status FROM invoices i WHERE i.account_id = ?"
    params: list = [account_id]
    if status:
        sql += " AND i.status = ?"
        params.append(status)
    sql += " " + _order_clause(sort, direction) + " LIMIT ? OFFSET ?"
    params.extend([PAGE_SIZE, max(page - 1, 0) * PAGE_SIZE])
    return [dict(r) for r in conn.execute(sql, params)]


@bp.get("/account/invoices")
@login_required
def invoices():
    rows = list_invoices(
        g.db,
        current_user.account_id,
        request.args.get("status"),
        request.args.get("sort", "issued"),
        request.args.get("dir", "desc"),
        request.args.get("page", 1, type=int),
    )
    return jsonify(invoices=rows, page_size=PAGE_SIZE)
