"""Loyalty stamp report for store managers.

Lists members of a store's loyalty scheme with their stamp balance and
last visit; managers can sort the table by clicking column headers.
"""
import sqlite3

from flask import Blueprint, g, render_template, request

from cobbler.config import settings

bp = Blueprint("loyalty_report", __name__, url_prefix="/manager/loyalty")

REPORT_SQL = """
    SELECT m.card_number, m.display_name, m.stamps, m.last_visit
    FROM loyalty_members m
    WHERE m.store_code = ?
    ORDER BY {order} {direction}
    LIMIT 200
"""


def get_db() -> sqlite3.Connection:
    if "loyalty_db" not in g:
        g.loyalty_db = sqlite3.connect(settings.LOYALTY_DB_PATH)
        g.loyalty_db.row_factory = sqlite3.Row
    return g.loyalty_db


def sort_options(args) -> tuple[str, str]:
    order = args.get("sort", "m.last_visit")
    direction = "ASC" if args.get("dir") == "asc" else "DESC"
    return order, direction


@bp.get("/")
def stamp_report():
    store_code = g.staff_user.store_code
    order, direction = sort_options(request.args)
    rows = get_db().execute(
        REPORT_SQL.format(order=order, direction=direction), (store_code,)
    ).fetchall()
    return render_template("manager/loyalty_report.html", rows=rows, sort=order)
