"""Season summary of hedge laid per parish and style.

Reconciles the metres claimed under stewardship agreements against the
job sheets at the end of each laying season (October to March).
"""
from __future__ import annotations

import csv
import io
import os

from flask import Flask, Response, abort, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine(os.environ["OFFICE_DATABASE_URL"])

SORT_COLUMNS = {
    "metres": "metres",
    "jobs": "jobs",
    "parish": "parish",
    "stakes": "stakes_used",
}


def season_bounds(season: str) -> tuple[str, str]:
    try:
        start_year = int(season.split("/")[0])
    except ValueError:
        abort(400, "season must look like 2024/25")
    return f"{start_year}-10-01", f"{start_year + 1}-03-31"


@app.get("/reports/hedge-summary")
def hedge_summary():
    start, end = season_bounds(request.args.get("season", "2024/25"))
    order_column = SORT_COLUMNS.get(request.args.get("sort", "metres"), "metres")
    direction = "ASC" if request.args.get("dir") == "asc" else "DESC"

    query = text(
        "SELECT parish, style, count(*) AS jobs, sum(metres) AS metres, "
        "sum(stakes_used) AS stakes_used "
        "FROM job_sheets WHERE completed_on BETWEEN :start AND :end "
        "GROUP BY parish, style "
        f"ORDER BY {order_column} {direction}"
    )
    with engine.connect() as conn:
        rows = conn.execute(query, {"start": start, "end": end}).all()

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["parish", "style", "jobs", "metres", "stakes_used"])
    writer.writerows(rows)
    return Response(buf.getvalue(), mimetype="text/csv")
