"""Volunteer hours report for funder match-funding claims.

Funders count volunteer time as in-kind match, so the trust exports hours
per volunteer per site, sortable by the reporting officer.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import Blueprint, Response, request
from sqlalchemy import text

from .auth import staff_required
from .db import engine

bp = Blueprint("volunteer_hours", __name__)

REPORT_SQL = """
SELECT v.display_name, s.name AS site, sum(a.hours) AS hours, count(*) AS days
FROM attendance a
JOIN volunteers v ON v.id = a.volunteer_id
JOIN work_parties p ON p.id = a.party_id
JOIN sites s ON s.id = p.site_id
WHERE p.held_on BETWEEN :start AND :end
GROUP BY v.display_name, s.name
ORDER BY {order}
"""


@dataclass
class HoursReportQuery:
    start: date
    end: date
    sort: str = "hours DESC"

    @classmethod
    def from_args(cls, args) -> "HoursReportQuery":
        return cls(
            start=date.fromisoformat(args["start"]),
            end=date.fromisoformat(args["end"]),
            sort=args.get("sort", "hours DESC"),
        )

    def statement(self):
        return text(REPORT_SQL.format(order=self.sort))


def _csv_line(values) -> str:
    return ",".join('"' + str(v).replace('"', '""') + '"' for v in values) + "\n"


@bp.get("/reports/volunteer-hours.csv")
@staff_required
def volunteer_hours_csv():
    query = HoursReportQuery.from_args(request.args)
    with engine.connect() as conn:
        rows = conn.execute(query.statement(), {"start": query.start, "end": query.end}).all()
    body = _csv_line(["volunteer", "site", "hours", "days"])
    body += "".join(_csv_line(r) for r in rows)
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=volunteer-hours.csv"},
    )
