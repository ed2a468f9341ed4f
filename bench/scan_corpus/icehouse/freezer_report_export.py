"""CSV export of freezer temperature readings for the HACCP binder.

Inspectors and the QA lead download the weekly report from the back-office
site; responses carry an ETag so the browser can revalidate cheaply.
"""
import csv
import hashlib
import io
from datetime import date, timedelta

from flask import Blueprint, Response, abort, request

from .telemetry import readings_between, known_freezers

bp = Blueprint("freezer_reports", __name__, url_prefix="/reports/freezers")

CSV_COLUMNS = ("freezer_id", "recorded_at", "air_temp_c", "product_temp_c", "door_open")


def _render_csv(rows) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        writer.writerow([r.freezer_id, r.recorded_at.isoformat(), r.air_temp_c, r.product_temp_c, int(r.door_open)])
    return buf.getvalue().encode("utf-8")


def _etag_for(payload: bytes) -> str:
    return '"' + hashlib.md5(payload).hexdigest() + '"'


@bp.get("/<freezer_id>/weekly.csv")
def weekly_csv(freezer_id: str):
    if freezer_id not in known_freezers():
        abort(404)
    try:
        week_start = date.fromisoformat(request.args.get("week", ""))
    except ValueError:
        today = date.today()
        week_start = today - timedelta(days=today.weekday())

    rows = readings_between(freezer_id, week_start, week_start + timedelta(days=7))
    payload = _render_csv(rows)
    etag = _etag_for(payload)

    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})

    filename = f"{freezer_id}-{week_start.isoformat()}.csv"
    return Response(
        payload,
        mimetype="text/csv",
        headers={
            "ETag": etag,
            "Cache-Control": "private, max-age=300",
            "Content-Disposition": f'attachment; filename="{filename}"',
        },
    )
