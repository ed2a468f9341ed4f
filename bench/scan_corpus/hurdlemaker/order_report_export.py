"""CSV export of hurdle orders for the office, with a choice of sort order."""
from __future__ import annotations

import csv
import io
import os
from datetime import date

import psycopg
from flask import Blueprint, Response, abort, request
from flask_login import login_required

bp = Blueprint("order_export", __name__, url_prefix="/admin/export")

SORT_COLUMNS = {
    "newest": "created_at DESC",
    "oldest": "created_at ASC",
    "customer": "customer_name ASC, created_at DESC",
    "value": "total_pence DESC",
    "delivery": "delivery_date ASC NULLS LAST",
}

EXPORT_FIELDS = ("order_ref", "customer_name", "panel_style", "quantity", "total_pence", "status", "delivery_date")


def _fetch(start: date, end: date, sort_key: str) -> list[tuple]:
    order_by = SORT_COLUMNS.get(sort_key, SORT_COLUMNS["newest"])
    sql = (
        f"SELECT {', '.join(EXPORT_FIELDS)} FROM hurdle_orders "
        f"WHERE created_at::date BETWEEN %s AND %s ORDER BY {order_by}"
    )
    with psycopg.connect(os.environ["WORKSHOP_DATABASE_URL"]) as conn:
        return conn.execute(sql, (start, end)).fetchall()


@bp.get("/orders.csv")
@login_required
def export_orders():
    try:
        start = date.fromisoformat(request.args["from"])
        end = date.fromisoformat(request.args["to"])
    except (KeyError, ValueError):
        abort(400, "from and to must be YYYY-MM-DD")
    rows = _fetch(start, end, request.args.get("sort", "newest"))

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(EXPORT_FIELDS)
    writer.writerows(rows)
    filename = f"hurdle-orders-{start:%Y%m%d}-{end:%Y%m%d}.csv"
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
