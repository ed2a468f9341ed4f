"""Dispatch board: what's leaving the workshop this week and on which van.

The board can be sorted by any of the visible columns; the column names the
browser sends are mapped onto real SQL expressions here.
"""
import os
from datetime import date, timedelta
from enum import Enum

import psycopg2
from flask import Blueprint, render_template, request

bp = Blueprint("dispatch", __name__, url_prefix="/dispatch")


class SortColumn(str, Enum):
    date = "d.dispatch_date"
    job = "j.reference"
    van = "v.registration"
    postcode = "j.site_postcode"
    product = "d.product"


def _connection():
    return psycopg2.connect(os.environ["DISPATCH_DATABASE_URL"])


def dispatches(week_start: date, sort: SortColumn, descending: bool) -> list[tuple]:
    direction = "DESC" if descending else "ASC"
    sql = f"""
        SELECT d.id, d.dispatch_date, j.reference, d.product, v.registration, j.site_postcode
          FROM dispatches d
          JOIN jobs j ON j.id = d.job_id
          LEFT JOIN vans v ON v.id = d.van_id
         WHERE d.dispatch_date >= %s AND d.dispatch_date < %s
         ORDER BY {sort.value} {direction}, d.id
    """
    with _connection() as conn, conn.cursor() as cur:
        cur.execute(sql, (week_start, week_start + timedelta(days=7)))
        return cur.fetchall()


def _sort_from(arg: str | None) -> SortColumn:
    try:
        return SortColumn[arg] if arg else SortColumn.date
    except KeyError:
        return SortColumn.date


@bp.get("/")
def board():
    today = date.today()
    week_start = today - timedelta(days=today.weekday())
    sort = _sort_from(request.args.get("sort"))
    rows = dispatches(week_start, sort, request.args.get("dir") == "desc")
    return render_template("dispatch/board.html", rows=rows, sort=sort.name)
