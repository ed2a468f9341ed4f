"""Fitting schedule report for the office and site managers.

Lists upcoming site fits (staircases, sash windows, kitchens) with the
assigned fitter team, sortable from the schedule screen.
"""
import os
from datetime import date, timedelta

import psycopg2
import psycopg2.extras
from flask import Blueprint, render_template, request

bp = Blueprint("schedule", __name__, url_prefix="/schedule")

BASE_QUERY = """
    SELECT f.id, f.fit_date, f.product, j.reference, j.site_postcode,
           t.name AS team, f.duration_days, f.status
      FROM site_fits f
      JOIN jobs j ON j.id = f.job_id
      LEFT JOIN fitter_teams t ON t.id = f.team_id
     WHERE f.fit_date BETWEEN %s AND %s
"""


def _connection():
    return psycopg2.connect(
        os.environ["SCHEDULE_DATABASE_URL"],
        cursor_factory=psycopg2.extras.RealDictCursor,
    )


def upcoming_fits(start: date, end: date, order_by: str, descending: bool) -> list[dict]:
    direction = "DESC" if descending else "ASC"
    sql = BASE_QUERY + f" ORDER BY {order_by} {direction}, f.id"
    with _connection() as conn, conn.cursor() as cur:
        cur.execute(sql, (start, end))
        return cur.fetchall()


def _parse_date(value: str | None, default: date) -> date:
    try:
        return date.fromisoformat(value) if value else default
    except ValueError:
        return default


@bp.get("/")
def schedule_view():
    today = date.today()
    start = _parse_date(request.args.get("from"), today)
    end = _parse_date(request.args.get("to"), today + timedelta(weeks=6))
    sort = request.args.get("sort", "f.fit_date")
    descending = request.args.get("dir") == "desc"
    fits = upcoming_fits(start, end, sort, descending)
    return render_template(
        "schedule/list.html", fits=fits, start=start, end=end, sort=sort
    )
