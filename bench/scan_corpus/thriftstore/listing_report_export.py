"""CSV export of online listing performance for the e-commerce team."""
from __future__ import annotations

import csv
import io
import os
from datetime import date

from flask import Flask, Response, abort, request
from sqlalchemy import create_engine, text

from .auth import require_staff

app = Flask(__name__)
engine = create_engine(os.environ["LISTINGS_DB_URL"], pool_pre_ping=True)

SORTABLE_COLUMNS = {
    "listed": "l.listed_at",
    "price": "l.price_pence",
    "views": "l.view_count",
    "watchers": "l.watcher_count",
    "shop": "s.shop_code",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def build_report_sql(sort_key: str, direction: str) -> str:
    column = SORTABLE_COLUMNS.get(sort_key)
    order = DIRECTIONS.get(direction.lower())
    if column is None or order is None:
        raise ValueError("unsupported sort")
    return (
        "SELECT l.marketplace_ref, l.title, s.shop_code, l.price_pence, l.view_count, "
        "l.watcher_count, l.status, l.listed_at "
        "FROM online_listings l JOIN stock_items s ON s.id = l.stock_item_id "
        "WHERE l.listed_at >= :start AND l.listed_at < :end "
        f"ORDER BY {column} {order}"
    )


@app.get("/reports/listings.csv")
@require_staff
def listings_csv():
    try:
        start = date.fromisoformat(request.args["from"])
        end = date.fromisoformat(request.args["to"])
        sql = build_report_sql(request.args.get("sort", "listed"), request.args.get("dir", "desc"))
    except (KeyError, ValueError):
        abort(400)

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["ref", "title", "shop", "price", "views", "watchers", "status", "listed"])
    with engine.connect() as conn:
        for r in conn.execute(text(sql), {"start": start, "end": end}):
            writer.writerow([
                r.marketplace_ref, r.title, r.shop_code, f"{r.price_pence / 100:.2f}",
                r.view_count, r.watcher_count, r.status, r.listed_at.isoformat(),
            ])
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="listings-{start}-{end}.csv"'},
    )
