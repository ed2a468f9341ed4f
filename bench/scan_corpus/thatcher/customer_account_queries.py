"""Customer account listing for the accounts clerk.

Shows customers with outstanding balances (deposits taken, final invoices
unpaid, retention held on heritage jobs) and lets the clerk sort by name,
balance or the date of the last payment.
"""

import os

import psycopg
from psycopg import sql
from flask import Blueprint, jsonify, request

bp = Blueprint("customer_accounts", __name__)

SORT_COLUMNS = {
    "name": "c.surname",
    "balance": "balance_pence",
    "last_payment": "last_paid_on",
}


def _dsn() -> str:
    return os.environ["THATCHER_DSN"]


def outstanding_accounts(min_balance_pence: int, sort: str, descending: bool, limit: int) -> list[tuple]:
    column = SORT_COLUMNS.get(sort, "c.surname")
    direction = sql.SQL("DESC" if descending else "ASC")
    query = sql.SQL(
        """
        SELECT c.id, c.first_name, c.surname, c.postcode,
               SUM(i.amount_pence - i.paid_pence) AS balance_pence,
               MAX(p.paid_on) AS last_paid_on
        FROM customers c
        JOIN invoices i ON i.customer_id = c.id
        LEFT JOIN payments p ON p.invoice_id = i.id
        GROUP BY c.id
        HAVING SUM(i.amount_pence - i.paid_pence) >= %s
        ORDER BY {column} {direction}
        LIMIT %s
        """
    ).format(column=sql.SQL(column), direction=direction)
    with psycopg.connect(_dsn()) as conn, conn.cursor() as cur:
        cur.execute(query, (min_balance_pence, limit))
        return cur.fetchall()


@bp.get("/accounts/outstanding")
def list_outstanding():
    rows = outstanding_accounts(
        min_balance_pence=int(request.args.get("min", 1)),
        sort=request.args.get("sort", "name"),
        descending=request.args.get("dir") == "desc",
        limit=min(int(request.args.get("limit", 100)), 500),
    )
    keys = ("id", "first_name", "surname", "postcode", "balance_pence", "last_paid_on")
    return jsonify([dict(zip(keys, r)) for r in rows])
