"""As-run versus ordered spot report for the ad traffic team.

Mounted in the internal reporting app; traffic coordinators pick an advertiser
and a date range and get a CSV of every ordered spot with its air time (if any).
"""
import csv
import io
import os
import sqlite3
from datetime import date

from flask import Blueprint, Response, abort, request

bp = Blueprint("traffic_reports", __name__, url_prefix="/reports")

AS_RUN_DB = os.environ.get("AS_RUN_DB", "/var/lib/playout/asrun.sqlite")
COLUMNS = ["spot_id", "advertiser", "campaign", "ordered_for", "aired_at", "channel"]


def build_as_run_query(advertiser: str, start: date, end: date) -> str:
    return (
        "SELECT s.spot_id, s.advertiser, s.campaign, s.ordered_for, a.aired_at, a.channel "
        "FROM spots s LEFT JOIN as_run a ON a.spot_id = s.spot_id "
        f"WHERE s.advertiser = '{advertiser}' "
        f"AND s.ordered_for BETWEEN '{start.isoformat()}' AND '{end.isoformat()}' "
        "ORDER BY s.ordered_for"
    )


def fetch_rows(sql: str) -> list[tuple]:
    with sqlite3.connect(AS_RUN_DB) as conn:
        return conn.execute(sql).fetchall()


def to_csv(rows: list[tuple]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return buf.getvalue()


@bp.get("/as-run.csv")
def as_run_report():
    advertiser = request.args.get("advertiser", "").strip()
    try:
        start = date.fromisoformat(request.args["from"])
        end = date.fromisoformat(request.args["to"])
    except (KeyError, ValueError):
        abort(400)
    if not advertiser or end < start:
        abort(400)
    rows = fetch_rows(build_as_run_query(advertiser, start, end))
    return Response(
        to_csv(rows),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=as-run.csv"},
    )
