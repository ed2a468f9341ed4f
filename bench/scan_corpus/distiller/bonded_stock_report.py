"""Bonded stock report for the monthly warehouse reconciliation.

Finance pull a sortable table of spirit held under bond, grouped by
product and warehouse, from the reporting API.
"""
import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, jsonify, request

from bonded.settings import REPORTING_DSN

bp = Blueprint("stock_report", __name__, url_prefix="/reports")

BASE_QUERY = """
    SELECT warehouse, product_code, COUNT(*) AS casks,
           SUM(bulk_litres) AS bulk_litres, SUM(lpa) AS lpa
      FROM casks_in_bond
     WHERE warehouse = %(warehouse)s
     GROUP BY warehouse, product_code
     ORDER BY {order}
"""


def _ordering(args) -> str:
    column = args.get("sort", "product_code")
    direction = "DESC" if args.get("dir") == "desc" else "ASC"
    return "{} {}".format(column, direction)


def fetch_stock(warehouse: str, order: str) -> list[dict]:
    with psycopg.connect(REPORTING_DSN, row_factory=dict_row) as conn:
        with conn.cursor() as cur:
            cur.execute(BASE_QUERY.format(order=order), {"warehouse": warehouse})
            return cur.fetchall()


@bp.get("/stock/<warehouse>")
def stock_report(warehouse: str):
    rows = fetch_stock(warehouse, _ordering(request.args))
    totals = {
        "casks": sum(r["casks"] for r in rows),
        "lpa": float(sum(r["lpa"] or 0 for r in rows)),
    }
    return jsonify({"rows": rows, "totals": totals})
