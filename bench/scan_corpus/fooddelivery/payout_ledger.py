"""Read-side helpers for the restaurant payout ledger (partner portal API)."""
from contextlib import closing

import psycopg2
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("payout_ledger", __name__, url_prefix="/api/partner/payouts")

BASE_QUERY = """
    SELECT id, period_start, period_end, gross_amount, commission, net_amount, status
    FROM payouts
"""


def _ledger_query(restaurant_id: str, status: str | None) -> str:
    query = BASE_QUERY + f" WHERE restaurant_id = '{restaurant_id}'"
    if status:
        query += f" AND status = '{status}'"
    return query + " ORDER BY period_start DESC LIMIT 100"


def _fetch(sql: str) -> list[dict]:
    with closing(psycopg2.connect(current_app.config["LEDGER_DSN"])) as conn:
        with conn.cursor() as cur:
            cur.execute(sql)
            cols = [c.name for c in cur.description]
            return [dict(zip(cols, row)) for row in cur.fetchall()]


@bp.get("/<restaurant_id>")
def list_payouts(restaurant_id: str):
    rows = _fetch(_ledger_query(restaurant_id, request.args.get("status")))
    for row in rows:
        for key in ("gross_amount", "commission", "net_amount"):
            row[key] = str(row[key])
    return jsonify(payouts=rows)
