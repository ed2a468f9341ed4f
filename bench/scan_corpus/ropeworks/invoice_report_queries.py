"""Invoice listing for the dealer portal's billing page.

Supports sorting by a handful of columns; the sort column and direction
are mapped through fixed tables and all values are bound parameters.
"""
from datetime import date

import psycopg
from flask import Blueprint, current_app, g, jsonify, request

from ropeworks.portal.auth import login_required

bp = Blueprint("invoice_report", __name__, url_prefix="/api/invoices")

SORT_COLUMNS = {
    "number": "i.number",
    "issued": "i.issued_on",
    "due": "i.due_on",
    "total": "i.total",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@bp.get("")
@login_required
def list_invoices():
    sort_col = SORT_COLUMNS.get(request.args.get("sort", "issued"), "i.issued_on")
    direction = DIRECTIONS.get(request.args.get("dir", "desc").lower(), "DESC")
    since = request.args.get("since")
    params = {"dealer": g.dealer_id, "since": date.fromisoformat(since) if since else date(2000, 1, 1)}
    sql = (
        "SELECT i.number, i.issued_on, i.due_on, i.total, i.currency, i.paid "
        "FROM invoices i "
        "WHERE i.dealer_id = %(dealer)s AND i.issued_on >= %(since)s "
        f"ORDER BY {sort_col} {direction} LIMIT 200"
    )
    with psycopg.connect(current_app.config["DATABASE_URL"]) as conn:
        rows = conn.execute(sql, params).fetchall()
    return jsonify(
        [
            {
                "number": number,
                "issued_on": issued.isoformat(),
                "due_on": due.isoformat(),
                "total": str(total),
                "currency": currency,
                "paid": paid,
            }
            for number, issued, due, total, currency, paid in rows
        ]
    )
