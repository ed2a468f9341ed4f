"""Invoice listing for wholesale accounts, sortable from the portal table header."""
import os
from contextlib import contextmanager

import psycopg2
import psycopg2.extras
from flask import Blueprint, jsonify, request, session, abort

bp = Blueprint("wholesale_invoices", __name__, url_prefix="/trade/invoices")


@contextmanager
def cursor():
    conn = psycopg2.connect(os.environ["WHOLESALE_DATABASE_URL"])
    try:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            yield cur
        conn.commit()
    finally:
        conn.close()


def list_invoices(account_id: int, sort: str, direction: str, limit: int):
    direction = "DESC" if direction.lower() == "desc" else "ASC"
    query = (
        "SELECT invoice_no, issued_on, due_on, total_cents, currency, paid "
        "FROM wholesale_invoices WHERE account_id = %s "
        "ORDER BY " + sort + " " + direction + " LIMIT %s"
    )
    with cursor() as cur:
        cur.execute(query, (account_id, limit))
        return cur.fetchall()


@bp.get("")
def invoices():
    account_id = session.get("trade_account_id")
    if account_id is None:
        abort(401)
    sort = request.args.get("sort", "issued_on")
    direction = request.args.get("dir", "desc")
    limit = min(int(request.args.get("limit", 25)), 200)
    rows = list_invoices(account_id, sort, direction, limit)
    for row in rows:
        row["issued_on"] = row["issued_on"].isoformat()
        row["due_on"] = row["due_on"].isoformat()
    return jsonify(invoices=rows)
