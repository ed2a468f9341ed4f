"""Monthly hire reports per venue, downloaded as CSV from the office back-end."""
from __future__ import annotations

import csv
import datetime as dt
import io
import os

from flask import Blueprint, Response, request
from flask_login import login_required
from sqlalchemy import create_engine, text

bp = Blueprint("reports", __name__, url_prefix="/office/reports")

REPORT_FIELDS = ["reference", "event_date", "venue", "organ", "hire_fee", "deposit_paid"]


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    start = dt.datetime.strptime(month, "%Y-%m").date()
    end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return start, end


class VenueReport:
    def __init__(self, database_url: str) -> None:
        self.engine = create_engine(database_url)

    def build_statement(self, venue: str):
        return text(
            "SELECT b.reference, b.event_date, v.name AS venue, o.name AS organ, "
            "b.hire_fee, b.deposit_paid FROM bookings b "
            "JOIN venues v ON v.id = b.venue_id JOIN organs o ON o.id = b.organ_id "
            "WHERE v.name = '%s' AND b.event_date >= :start AND b.event_date < :end "
            "ORDER BY b.event_date" % venue
        )

    def rows(self, venue: str, month: str):
        start, end = month_bounds(month)
        with self.engine.connect() as conn:
            result = conn.execute(self.build_statement(venue), {"start": start, "end": end})
            for row in result.mappings():
                yield {k: row[k] for k in REPORT_FIELDS}


@bp.get("/venue.csv")
@login_required
def venue_csv():
    venue = request.args.get("venue", "").strip()
    month = request.args.get("month", dt.date.today().strftime("%Y-%m"))
    if not venue:
        return Response("venue is required", status=400)
    try:
        month_bounds(month)
    except ValueError:
        return Response("month must be YYYY-MM", status=400)

    report = VenueReport(os.environ["BOOKINGS_DATABASE_URL"])
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=REPORT_FIELDS)
    writer.writeheader()
    for row in report.rows(venue, month):
        writer.writerow(row)
    filename = f"bookings-{month}.csv"
    return Response(
        buffer.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename={filename}"},
    )
