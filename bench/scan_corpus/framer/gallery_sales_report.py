"""Back-office report of online gallery sales per artwork."""
from datetime import date

import psycopg2
import psycopg2.extras
from flask import Blueprint, current_app, render_template, request

bp = Blueprint("sales_report", __name__, url_prefix="/admin/reports")

REPORT_SQL = """
    SELECT a.id, a.title, ar.name AS artist, COUNT(ol.id) AS units,
           SUM(ol.price_pence) AS revenue_pence, MAX(o.placed_at) AS last_sold
    FROM order_lines ol
    JOIN gallery_orders o ON o.id = ol.order_id
    JOIN artworks a ON a.id = ol.artwork_id
    JOIN artists ar ON ar.id = a.artist_id
    WHERE o.placed_at >= %(start)s AND o.placed_at < %(end)s AND o.status = 'paid'
    GROUP BY a.id, a.title, ar.name
    ORDER BY {order_by} {direction}
"""


def _conn():
    return psycopg2.connect(current_app.config["DATABASE_URL"])


def fetch_sales(start: date, end: date, order_by: str, descending: bool):
    sql = REPORT_SQL.format(order_by=order_by, direction="DESC" if descending else "ASC")
    with _conn() as conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, {"start": start, "end": end})
        return cur.fetchall()


@bp.get("/sales")
def sales():
    start = date.fromisoformat(request.args.get("from", date.today().replace(day=1).isoformat()))
    end = date.fromisoformat(request.args.get("to", date.today().isoformat()))
    sort = request.args.get("sort", "revenue_pence")
    rows = fetch_sales(start, end, sort, request.args.get("dir", "desc") == "desc")
    total = sum(r["revenue_pence"] or 0 for r in rows)
    return render_template("admin/sales.html", rows=rows, total_pence=total, start=start, end=end, sort=sort)
