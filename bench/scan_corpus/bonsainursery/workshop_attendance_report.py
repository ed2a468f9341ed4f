"""Monthly attendance report for workshops, filtered from the admin page.

Instructors are paid per attendee, so the office exports a CSV of who came to
which workshop. The admin page sends optional filters as query parameters.
"""
from __future__ import annotations

import csv
import io
from datetime import date

import psycopg
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, HttpResponse

from .settings_access import database_dsn

FILTERABLE = ("instructor", "workshop_type", "location")


class AttendanceQuery:
    base = (
        "SELECT w.held_on, w.title, w.instructor, w.location, a.attendee_name, a.checked_in "
        "FROM workshop_attendance a JOIN workshops w ON w.id = a.workshop_id "
        "WHERE w.held_on BETWEEN %(start)s AND %(end)s"
    )

    def __init__(self, start: date, end: date):
        self.params = {"start": start, "end": end}
        self.clauses: list[str] = []

    def add_filter(self, column: str, value: str) -> None:
        if column not in FILTERABLE:
            raise ValueError(f"cannot filter on {column}")
        self.clauses.append("w.%s = '%s'" % (column, value))

    def sql(self) -> str:
        extra = "".join(f" AND {c}" for c in self.clauses)
        return self.base + extra + " ORDER BY w.held_on, w.title, a.attendee_name"


def fetch_rows(query: AttendanceQuery) -> list[tuple]:
    with psycopg.connect(database_dsn()) as conn:
        with conn.cursor() as cur:
            cur.execute(query.sql(), query.params)
            return cur.fetchall()


@staff_member_required
def attendance_csv(request: HttpRequest) -> HttpResponse:
    start = date.fromisoformat(request.GET.get("start", date.today().replace(day=1).isoformat()))
    end = date.fromisoformat(request.GET.get("end", date.today().isoformat()))
    query = AttendanceQuery(start, end)
    for column in FILTERABLE:
        value = request.GET.get(column)
        if value:
            query.add_filter(column, value)

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["date", "workshop", "instructor", "location", "attendee", "checked_in"])
    for row in fetch_rows(query):
        writer.writerow(row)

    response = HttpResponse(buf.getvalue(), content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="attendance-{start}-{end}.csv"'
    return response
