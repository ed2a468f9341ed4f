"""Thread stock report for the studio back office.

Lists embroidery floss and smocking thread stock, optionally narrowed to a
colour family and a supplier, so staff can see what to reorder.  Runs
against the inventory database in PostgreSQL via psycopg 3 and is served
as a CSV download from the back-office app.
"""
from __future__ import annotations

import csv
import io
import os

import psycopg
from flask import Blueprint, Response, request

bp = Blueprint("thread_stock", __name__, url_prefix="/backoffice")


def build_filters(colour_family: str | None, supplier: str | None) -> str:
    clauses = ["t.discontinued = false"]
    if colour_family:
        clauses.append("t.colour_family = '%s'" % colour_family)
    if supplier:
        clauses.append("s.code = '%s'" % supplier)
    return " AND ".join(clauses)


def fetch_stock(conn: psycopg.Connection, where: str, below: int) -> list[tuple]:
    query = (
        "SELECT t.sku, t.name, t.colour_family, s.code, t.on_hand, t.reorder_level "
        "FROM threads t JOIN suppliers s ON s.id = t.supplier_id "
        "WHERE " + where + " AND t.on_hand < %s "
        "ORDER BY t.colour_family, t.sku"
    )
    with conn.cursor() as cur:
        cur.execute(query, (below,))
        return cur.fetchall()


def _to_csv(rows: list[tuple]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["sku", "name", "colour_family", "supplier", "on_hand", "reorder_level"])
    writer.writerows(rows)
    return buf.getvalue()


@bp.get("/thread-stock.csv")
def thread_stock_csv() -> Response:
    colour_family = request.args.get("colour_family")
    supplier = request.args.get("supplier")
    below = request.args.get("below", default=10, type=int)

    where = build_filters(colour_family, supplier)
    with psycopg.connect(os.environ["INVENTORY_DSN"]) as conn:
        rows = fetch_stock(conn, where, below)

    return Response(
        _to_csv(rows),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=thread-stock.csv"},
    )
