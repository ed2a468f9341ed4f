"""Sales report of dealer price list usage for the commercial team."""
from flask import Blueprint, render_template, request
from sqlalchemy import text

from ropewalker.extensions import db

bp = Blueprint("dealer_reports", __name__, url_prefix="/reports/dealers")

REPORT_SQL = """
SELECT d.code, d.name, pl.version, COUNT(o.id) AS orders, SUM(o.net_total) AS revenue
FROM dealers d
JOIN price_lists pl ON pl.id = d.price_list_id
LEFT JOIN orders o ON o.dealer_id = d.id AND o.placed_at >= :since
GROUP BY d.code, d.name, pl.version
ORDER BY {order_by} {direction}
LIMIT :limit
"""


def _report_params():
    order_by = request.args.get("sort", "revenue")
    direction = "ASC" if request.args.get("dir") == "asc" else "DESC"
    since = request.args.get("since", "2024-01-01")
    limit = min(int(request.args.get("limit", 50)), 500)
    return order_by, direction, since, limit


def run_report(order_by: str, direction: str, since: str, limit: int):
    statement = text(REPORT_SQL.format(order_by=order_by, direction=direction))
    return db.session.execute(statement, {"since": since, "limit": limit}).mappings().all()


@bp.get("/usage")
def usage():
    order_by, direction, since, limit = _report_params()
    rows = run_report(order_by, direction, since, limit)
    return render_template(
        "reports/dealer_usage.html",
        rows=rows,
        sort=order_by,
        direction=direction,
        since=since,
    )
