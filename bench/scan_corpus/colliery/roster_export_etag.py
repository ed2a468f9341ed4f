"""CSV export of the published shift roster with conditional GET support.

Payroll and the bus contractor both poll the roster export every few
minutes. The export carries a strong ETag so unchanged rosters are answered
with 304 Not Modified instead of being regenerated and re-sent.
"""
import csv
import hashlib
import io
from datetime import date

from flask import Blueprint, Response, request
from flask_login import login_required

from colliery.rosters import published_roster

bp = Blueprint("roster_export", __name__)

COLUMNS = ("check_number", "name", "section", "shift", "start", "end", "role")


def _render_csv(rows: list[dict]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _etag_for(payload: bytes) -> str:
    return '"' + hashlib.sha256(payload).hexdigest()[:32] + '"'


@bp.get("/rosters/<section>/<week>.csv")
@login_required
def export_roster(section: str, week: str) -> Response:
    week_start = date.fromisoformat(week)
    payload = _render_csv(published_roster(section, week_start))
    etag = _etag_for(payload)
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})
    return Response(
        payload,
        mimetype="text/csv",
        headers={
            "ETag": etag,
            "Cache-Control": "private, max-age=0, must-revalidate",
            "Content-Disposition": f'attachment; filename="roster-{section}-{week_start}.csv"',
        },
    )
