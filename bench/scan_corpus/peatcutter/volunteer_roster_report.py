"""Volunteer roster export for event coordinators.

Coordinators download a CSV of everyone booked on a restoration day, with
their role and check-in status, optionally filtered by name to find a
particular group quickly on the day.
"""

import csv
import io

from flask import Blueprint, Response, request
from flask_login import login_required
from sqlalchemy import text

from peatcutter.db import engine

bp = Blueprint("rosters", __name__, url_prefix="/coordinators")

ROSTER_COLUMNS = ["full_name", "email", "role", "checked_in"]


def roster_statement(event_id: int, name_filter: str):
    sql = (
        "SELECT v.full_name, v.email, s.role, s.checked_in "
        "FROM shift_signups s JOIN volunteers v ON v.id = s.volunteer_id "
        "WHERE s.event_id = :event_id"
    )
    if name_filter:
        sql += " AND v.full_name ILIKE '%" + name_filter + "%'"
    sql += " ORDER BY v.full_name"
    return text(sql), {"event_id": event_id}


def rows_to_csv(rows) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(ROSTER_COLUMNS)
    for row in rows:
        writer.writerow([row.full_name, row.email, row.role, "yes" if row.checked_in else "no"])
    return buffer.getvalue()


@bp.get("/events/<int:event_id>/roster.csv")
@login_required
def roster_csv(event_id: int):
    stmt, params = roster_statement(event_id, request.args.get("name", "").strip())
    with engine.connect() as conn:
        rows = conn.execute(stmt, params).all()
    return Response(
        rows_to_csv(rows),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=roster-{event_id}.csv"},
    )
