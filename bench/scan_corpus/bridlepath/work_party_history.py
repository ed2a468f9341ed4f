"""Work-party history for a volunteer's profile page (current season or archive)."""
from __future__ import annotations

from enum import Enum

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.shortcuts import render


class PartyTable(str, Enum):
    CURRENT = "workparties_session"
    ARCHIVE = "workparties_session_archive"


HISTORY_SQL = """
    SELECT s.id, s.title, s.held_on, s.route_code, a.hours
    FROM {table} s
    JOIN workparties_attendance a ON a.session_id = s.id
    WHERE a.volunteer_id = %s AND s.held_on >= %s
    ORDER BY s.held_on DESC
"""


def volunteer_history(volunteer_id: int, since, table: PartyTable) -> list[dict]:
    sql = HISTORY_SQL.format(table=table.value)
    with connection.cursor() as cur:
        cur.execute(sql, [volunteer_id, since])
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


def total_hours(rows: list[dict]) -> float:
    return round(sum(float(r["hours"] or 0) for r in rows), 1)


@login_required
def my_work_parties(request):
    volunteer = request.user.volunteer
    table = PartyTable.ARCHIVE if request.GET.get("archive") == "1" else PartyTable.CURRENT
    since = request.GET.get("since") or "2000-01-01"
    rows = volunteer_history(volunteer.id, since, table)
    return render(
        request,
        "workparties/my_history.html",
        {
            "rows": rows,
            "total_hours": total_hours(rows),
            "showing_archive": table is PartyTable.ARCHIVE,
        },
    )
