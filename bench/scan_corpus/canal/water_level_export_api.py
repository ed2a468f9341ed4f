"""Public CSV export of daily water levels with conditional GET support."""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io

from flask import Flask, Response, abort, request

from hydrology.repository import daily_levels

app = Flask(__name__)


def render(pound: str, day: dt.date) -> bytes:
    rows = daily_levels(pound, day)
    if rows is None:
        abort(404)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["sensor_id", "time", "level_mm"])
    writer.writerows(rows)
    return buf.getvalue().encode()


def entity_tag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


@app.get("/open-data/levels/<pound>/<day>.csv")
def export_levels(pound: str, day: str) -> Response:
    try:
        date = dt.date.fromisoformat(day)
    except ValueError:
        abort(400)
    body = render(pound, date)
    etag = entity_tag(body)
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})
    return Response(
        body,
        mimetype="text/csv",
        headers={
            "ETag": etag,
            "Cache-Control": "public, max-age=900",
            "Content-Disposition": f'inline; filename="{pound}-{date.isoformat()}.csv"',
        },
    )
