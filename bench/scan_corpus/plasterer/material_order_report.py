"""Material order report for the buyer: what's been ordered per site and when.

Used to spot sites that are burning through more board and finish than the
estimate allowed.
"""
import csv
import io
import os

import psycopg2
from flask import Flask, Response, request

app = Flask(__name__)

BASE_QUERY = """
    SELECT o.order_ref, s.name AS site, o.product, o.quantity, o.unit,
           o.unit_price, o.ordered_on, o.delivery_date
      FROM material_orders o
      JOIN sites s ON s.id = o.site_id
     WHERE o.ordered_on BETWEEN %s AND %s
"""


def get_conn():
    return psycopg2.connect(os.environ["DATABASE_URL"])


def fetch_orders(date_from: str, date_to: str, sort: str, direction: str):
    direction = "DESC" if direction.lower() == "desc" else "ASC"
    query = BASE_QUERY + f" ORDER BY {sort} {direction}"
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(query, (date_from, date_to))
        cols = [c.name for c in cur.description]
        return cols, cur.fetchall()


@app.get("/reports/material-orders.csv")
def material_orders_csv():
    cols, rows = fetch_orders(
        request.args["from"],
        request.args["to"],
        request.args.get("sort", "ordered_on"),
        request.args.get("dir", "asc"),
    )
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(cols)
    writer.writerows(rows)
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=material-orders.csv"},
    )
