"""ETag support for cacheable journey planner responses.

Departure boards and stop lists are requested thousands of times a minute
by stop displays and apps. We attach a content hash as a weak ETag so the
CDN and clients can revalidate cheaply with ``If-None-Match``.
"""
import hashlib
import json

from flask import Response, request

from .app import app
from .boards import departures_for_stop, stops_for_route


def _etag_for(payload: dict) -> str:
    body = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode("utf-8")
    digest = hashlib.sha1(body, usedforsecurity=False).hexdigest()
    return f'W/"{digest}"'


def cached_json(payload: dict, max_age: int) -> Response:
    etag = _etag_for(payload)
    if etag in request.if_none_match:
        resp = Response(status=304)
    else:
        resp = app.json.response(payload)
    resp.headers["ETag"] = etag
    resp.headers["Cache-Control"] = f"public, max-age={max_age}"
    return resp


@app.get("/stops/<stop_id>/departures")
def stop_departures(stop_id: str):
    return cached_json({"stop": stop_id, "departures": departures_for_stop(stop_id)}, max_age=15)


@app.get("/routes/<route_id>/stops")
def route_stops(route_id: str):
    return cached_json({"route": route_id, "stops": stops_for_route(route_id)}, max_age=3600)
