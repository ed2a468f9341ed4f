"""Commission report for club trophies.

Used by the office to see which club trophy commissions are in progress,
their deadlines and deposit status. The sort column is picked in the UI.
"""
from datetime import date
from enum import Enum

import psycopg2
import psycopg2.extras
from flask import Blueprint, current_app, render_template, request
from flask_login import login_required

bp = Blueprint("trophy_reports", __name__, url_prefix="/office/trophies")


class SortKey(str, Enum):
    deadline = "c.deadline"
    club = "cl.name"
    value = "c.quoted_total"
    status = "c.status"


BASE_QUERY = """
    SELECT c.id, cl.name AS club, c.title, c.status, c.deadline,
           c.quoted_total, c.deposit_paid
      FROM trophy_commissions c
      JOIN clubs cl ON cl.id = c.club_id
     WHERE c.deadline BETWEEN %s AND %s
"""


def fetch_commissions(dsn, start: date, end: date, sort: SortKey, descending: bool, status=None):
    sql = BASE_QUERY
    params: list = [start, end]
    if status:
        sql += " AND c.status = %s"
        params.append(status)
    direction = "DESC" if descending else "ASC"
    sql += f" ORDER BY {sort.value} {direction}, c.id"
    with psycopg2.connect(dsn) as conn:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(sql, params)
            return cur.fetchall()


@bp.get("/")
@login_required
def commission_report():
    try:
        sort = SortKey[request.args.get("sort", "deadline")]
    except KeyError:
        sort = SortKey.deadline
    today = date.today()
    start = date.fromisoformat(request.args.get("from", today.replace(day=1).isoformat()))
    end = date.fromisoformat(request.args.get("to", date(today.year, 12, 31).isoformat()))
    rows = fetch_commissions(
        current_app.config["OFFICE_DB_DSN"],
        start,
        end,
        sort,
        request.args.get("dir") == "desc",
        request.args.get("status") or None,
    )
    return render_template("office/trophy_report.html", rows=rows, sort=sort.name)
