"""Revenue breakdown per car park and tariff for the finance dashboard."""
from datetime import date

from flask import Blueprint, abort, jsonify, request

from parking.db import get_conn

bp = Blueprint("revenue", __name__, url_prefix="/reports")

SORT_COLUMNS = {
    "revenue": "sum(t.amount_cents)",
    "stays": "count(*)",
    "car_park": "t.car_park",
}


def build_revenue_query(car_parks: list[str], sort: str, descending: bool) -> str:
    order_expr = SORT_COLUMNS[sort]
    placeholders = ", ".join(["%s"] * len(car_parks))
    return (
        "SELECT t.car_park, t.tariff_code, count(*) AS stays, sum(t.amount_cents) AS revenue "
        "FROM parking_transactions t "
        f"WHERE t.car_park IN ({placeholders}) AND t.exit_time >= %s AND t.exit_time < %s "
        "GROUP BY t.car_park, t.tariff_code "
        f"ORDER BY {order_expr} {'DESC' if descending else 'ASC'}"
    )


@bp.get("/revenue")
def revenue_report():
    car_parks = request.args.getlist("car_park")
    sort = request.args.get("sort", "revenue")
    if not car_parks or sort not in SORT_COLUMNS:
        abort(400)
    try:
        start = date.fromisoformat(request.args["from"])
        end = date.fromisoformat(request.args["to"])
    except (KeyError, ValueError):
        abort(400, "from/to must be ISO dates")
    sql = build_revenue_query(car_parks, sort, request.args.get("order") == "desc")
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(sql, [*car_parks, start, end])
        rows = cur.fetchall()
    return jsonify([
        {"car_park": cp, "tariff": tariff, "stays": stays, "revenue": revenue / 100}
        for cp, tariff, stays, revenue in rows
    ])
