"""Auction results report for the sales team: hammer prices by sale and lot."""
import csv
import io
import os

import psycopg2
from flask import Blueprint, Response, request

bp = Blueprint("auction_reports", __name__, url_prefix="/reports")


def _connect():
    return psycopg2.connect(os.environ["MAPSELLER_PG_DSN"])


def fetch_results(sale_id: int, order_by: str, descending: bool):
    direction = "DESC" if descending else "ASC"
    query = (
        "SELECT l.lot_no, s.title, s.cartographer, l.estimate_low, l.estimate_high, "
        "       l.hammer_price, l.buyer_premium, l.status "
        "FROM lots l JOIN stock s ON s.ref = l.stock_ref "
        "WHERE l.sale_id = %s "
        "ORDER BY " + order_by + " " + direction
    )
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(query, (sale_id,))
        cols = [c.name for c in cur.description]
        return cols, cur.fetchall()


def _summary(rows) -> dict:
    sold = [r for r in rows if r[7] == "sold"]
    hammer = sum(r[5] or 0 for r in sold)
    return {"lots": len(rows), "sold": len(sold), "hammer_total": hammer}


@bp.get("/sales/<int:sale_id>/results.csv")
def results_csv(sale_id: int):
    order_by = request.args.get("sort", "l.lot_no")
    descending = request.args.get("dir", "asc").lower() == "desc"
    cols, rows = fetch_results(sale_id, order_by, descending)

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(cols)
    writer.writerows(rows)
    totals = _summary(rows)
    writer.writerow([])
    writer.writerow(["lots", totals["lots"], "sold", totals["sold"], "hammer", totals["hammer_total"]])
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=sale-{sale_id}-results.csv"},
    )
