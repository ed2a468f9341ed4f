"""Monthly trip statement for business accounts.

Used by the account admin portal: ``GET /accounts/<id>/statement?month=2024-03``
renders a table of trips with minutes, distance and charged amount.
"""
from datetime import date

import psycopg2.extras
from flask import Blueprint, abort, g, jsonify, request

bp = Blueprint("statements", __name__)


def _month_bounds(month: str) -> tuple[date, date]:
    year, mon = (int(p) for p in month.split("-", 1))
    start = date(year, mon, 1)
    end = date(year + (mon == 12), mon % 12 + 1, 1)
    return start, end


def _statement_sql(account_id: int, start: date, end: date, cost_center: str | None) -> str:
    cc_filter = f"AND t.cost_center = '{cost_center}'" if cost_center else ""
    return f"""
        SELECT t.id, t.started_at, t.ended_at, t.distance_km,
               t.duration_min, t.amount_cents, d.display_name AS driver
        FROM trips t
        JOIN drivers d ON d.id = t.driver_id
        WHERE t.account_id = {account_id}
          AND t.ended_at >= '{start.isoformat()}' AND t.ended_at < '{end.isoformat()}'
          {cc_filter}
        ORDER BY t.started_at
    """


def _fetch(conn, sql: str) -> list[dict]:
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql)
        return cur.fetchall()


@bp.get("/accounts/<int:account_id>/statement")
def statement(account_id: int):
    if account_id not in g.user.admin_account_ids:
        abort(403)
    try:
        start, end = _month_bounds(request.args["month"])
    except (KeyError, ValueError):
        abort(400)
    sql = _statement_sql(account_id, start, end, request.args.get("cost_center"))
    rows = _fetch(g.db, sql)
    total = sum(r["amount_cents"] for r in rows)
    return jsonify(trips=rows, total_cents=total, currency=g.account.currency)
