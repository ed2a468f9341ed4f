"""Repair and setup job report for the workshop manager.

Lists open jobs with customer, instrument and promised date. The table
in the UI is sortable by clicking the column headers, which sends
?sort=<column>&dir=asc|desc.
"""
from datetime import date

import psycopg2
import psycopg2.extras
from flask import Blueprint, current_app, render_template, request
from flask_login import login_required

bp = Blueprint("reports", __name__, url_prefix="/reports")

BASE_QUERY = """
    SELECT j.id, j.work_type, j.status, j.promised_on, j.quoted_price,
           c.name AS customer, i.kind AS instrument, i.maker
      FROM repair_jobs j
      JOIN customers c ON c.id = j.customer_id
      JOIN instruments i ON i.id = j.instrument_id
     WHERE j.status <> 'collected' AND j.promised_on <= %s
"""


def fetch_open_jobs(until: date, sort: str, direction: str):
    direction = "DESC" if direction.lower() == "desc" else "ASC"
    query = BASE_QUERY + f" ORDER BY {sort} {direction}, j.id"
    with psycopg2.connect(current_app.config["DATABASE_DSN"]) as conn:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(query, (until,))
            return cur.fetchall()


@bp.get("/open-jobs")
@login_required
def open_jobs():
    until_raw = request.args.get("until")
    until = date.fromisoformat(until_raw) if until_raw else date.today()
    jobs = fetch_open_jobs(
        until,
        sort=request.args.get("sort", "j.promised_on"),
        direction=request.args.get("dir", "asc"),
    )
    overdue = sum(1 for j in jobs if j["promised_on"] < date.today())
    return render_template(
        "reports/open_jobs.html",
        jobs=jobs,
        until=until,
        overdue=overdue,
    )
