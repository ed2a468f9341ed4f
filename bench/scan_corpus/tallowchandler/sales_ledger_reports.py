"""Sales ledger listings for the accounts office, sortable by column."""
import sqlite3

from flask import Blueprint, abort, render_template, request

from tallow.config import settings

bp = Blueprint("ledger", __name__, url_prefix="/accounts/ledger")

SORTABLE = {
    "date": "invoice_date",
    "customer": "customer_name",
    "amount": "amount_pence",
    "due": "due_date",
}


def _order_clause(sort_key: str, descending: bool) -> str:
    column = SORTABLE.get(sort_key)
    if column is None:
        abort(400)
    return f"{column} {'DESC' if descending else 'ASC'}"


def ledger_rows(customer_type: str, sort_key: str, descending: bool) -> list[sqlite3.Row]:
    order_by = _order_clause(sort_key, descending)
    sql = (
        "SELECT invoice_no, invoice_date, customer_name, amount_pence, due_date, paid "
        f"FROM sales_ledger WHERE customer_type = ? ORDER BY {order_by} LIMIT 500"
    )
    conn = sqlite3.connect(settings.LEDGER_DB_PATH)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, (customer_type,)).fetchall()
    finally:
        conn.close()


@bp.get("/")
def ledger():
    rows = ledger_rows(
        customer_type=request.args.get("type", "shop"),
        sort_key=request.args.get("sort", "date"),
        descending=request.args.get("dir", "desc") == "desc",
    )
    outstanding = sum(r["amount_pence"] for r in rows if not r["paid"])
    return render_template("accounts/ledger.html", rows=rows, outstanding=outstanding)
