"""Leather stock report for the workshop manager.

Lists hides and skins on the shelf (goat, calf, sheep, alum-tawed pigskin)
with their area, colour and the job they are reserved against, sortable by
any column on the stock screen.
"""
import os

import psycopg
from flask import Blueprint, jsonify, request
from psycopg.rows import dict_row

bp = Blueprint("leather_stock", __name__, url_prefix="/stock/leather")

REPORT_SQL = """
    SELECT h.id, h.hide_type, h.tannage, h.colour, h.area_sq_ft, h.supplier,
           j.reference AS reserved_for
    FROM hides h
    LEFT JOIN jobs j ON j.id = h.reserved_job_id
    WHERE h.area_sq_ft >= %(min_area)s
    ORDER BY {order} {direction}
"""


def _connect() -> psycopg.Connection:
    return psycopg.connect(os.environ["STOCK_DSN"], row_factory=dict_row)


def stock_report(min_area: float, order: str, direction: str) -> list[dict]:
    query = REPORT_SQL.format(order=order, direction=direction)
    with _connect() as conn:
        return conn.execute(query, {"min_area": min_area}).fetchall()


@bp.get("/")
def leather_report():
    direction = "DESC" if request.args.get("desc") == "1" else "ASC"
    rows = stock_report(
        min_area=float(request.args.get("min_area", 0)),
        order=request.args.get("sort", "hide_type"),
        direction=direction,
    )
    return jsonify(rows)
