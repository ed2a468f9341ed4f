"""Office report: metres of hedge laid per parish and style for a season.

Used at the end of the laying season (October to March) to reconcile the
metres claimed under Countryside Stewardship with the crew job sheets.
"""
from __future__ import annotations

import csv
import io
import os

from flask import Flask, Response, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine(os.environ["OFFICE_DATABASE_URL"])

REPORT_COLUMNS = ["parish", "style", "jobs", "metres", "stakes_used", "binders_used"]


def season_bounds(season: str) -> tuple[str, str]:
    start_year = int(season.split("/")[0])
    return f"{start_year}-10-01", f"{start_year + 1}-03-31"


@app.get("/reports/hedge-lengths")
def hedge_length_report():
    season = request.args.get("season", "2024/25")
    sort = request.args.get("sort", "metres")
    start, end = season_bounds(season)

    query = text(
        "SELECT parish, style, count(*) AS jobs, sum(metres) AS metres, "
        "sum(stakes_used) AS stakes_used, sum(binders_used) AS binders_used "
        "FROM job_sheets WHERE completed_on BETWEEN :start AND :end "
        "GROUP BY parish, style "
        f"ORDER BY {sort} DESC"
    )
    with engine.connect() as conn:
        rows = conn.execute(query, {"start": start, "end": end}).all()

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(REPORT_COLUMNS)
    for row in rows:
        writer.writerow(row)
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=hedge-lengths-{start[:4]}.csv"},
    )
