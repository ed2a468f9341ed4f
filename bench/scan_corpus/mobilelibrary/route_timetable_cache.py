"""Conditional GET support for the published van route timetable.

The county website and the borrower app poll the timetable every few
minutes; an ETag lets them skip the download when nothing has changed.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3

from flask import Flask, Response, jsonify, request

app = Flask(__name__)
ROUTES_DB = os.environ.get("ROUTES_DB", "/var/lib/mobilelibrary/routes.sqlite3")


def load_timetable() -> list[dict]:
    with sqlite3.connect(ROUTES_DB) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(
            "SELECT r.route_code, s.name, s.town, v.weekday, v.arrives, v.departs "
            "FROM visits v JOIN stops s ON s.id = v.stop_id "
            "JOIN routes r ON r.id = v.route_id WHERE r.active = 1 "
            "ORDER BY r.route_code, v.weekday, v.arrives"
        ).fetchall()
    return [dict(r) for r in rows]


def timetable_etag(timetable: list[dict]) -> str:
    canonical = json.dumps(timetable, sort_keys=True, separators=(",", ":"))
    return '"' + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32] + '"'


@app.get("/api/timetable")
def timetable() -> Response:
    data = load_timetable()
    etag = timetable_etag(data)
    client_etag = request.headers.get("If-None-Match", "").strip()
    if client_etag == etag:
        resp = Response(status=304)
    else:
        resp = jsonify({"routes": data})
    resp.headers["ETag"] = etag
    resp.headers["Cache-Control"] = "public, max-age=300"
    return resp


@app.get("/api/timetable/<route_code>")
def route_timetable(route_code: str) -> Response:
    rows = [r for r in load_timetable() if r["route_code"] == route_code.upper()]
    if not rows:
        return jsonify({"error": "unknown route"}), 404
    return jsonify({"route": route_code.upper(), "visits": rows})
