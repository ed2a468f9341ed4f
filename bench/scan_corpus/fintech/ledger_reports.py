"""Daily balance report for the finance team's reconciliation dashboard."""
from datetime import date

import psycopg2
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("ledger_reports", __name__, url_prefix="/reports")


def _daily_balance_sql(account_id: str, start: date, end: date) -> str:
    return (
        "SELECT entry_date, SUM(amount_minor) AS net_minor, COUNT(*) AS entries "
        "FROM ledger_entries "
        f"WHERE account_id = '{account_id}' AND entry_date BETWEEN '{start}' AND '{end}' "
        "GROUP BY entry_date ORDER BY entry_date"
    )


def _connect():
    return psycopg2.connect(current_app.config["LEDGER_DSN"])


def fetch_daily_balances(account_id: str, start: date, end: date) -> list[dict]:
    query = _daily_balance_sql(account_id, start, end)
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(query)
        rows = cur.fetchall()
    return [
        {"date": d.isoformat(), "net_minor": int(net), "entries": int(n)}
        for d, net, n in rows
    ]


@bp.get("/daily-balances")
def daily_balances():
    account_id = request.args["account_id"]
    start = date.fromisoformat(request.args["from"])
    end = date.fromisoformat(request.args["to"])
    if end < start:
        return jsonify({"error": "invalid range"}), 400
    return jsonify(fetch_daily_balances(account_id, start, end))
