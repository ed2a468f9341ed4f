"""Public JSON feed of ride status (open, closed for weather, under inspection) for the app.

Responses carry an ETag so that phones polling the board every few seconds
get a cheap 304 when nothing has changed.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import datetime, timezone

import redis
from flask import Flask, Response, request

app = Flask(__name__)
cache = redis.Redis.from_url(os.environ.get("STATUS_REDIS_URL", "redis://localhost:6379/2"))

STATUS_KEY = "ride-status:{fair}"
VALID_STATES = {"open", "closed_weather", "closed_fault", "inspection", "queue_full"}


def load_board(fair_code: str) -> dict:
    raw = cache.hgetall(STATUS_KEY.format(fair=fair_code))
    rides = {
        ride.decode(): state.decode()
        for ride, state in raw.items()
        if state.decode() in VALID_STATES
    }
    return {"fair": fair_code, "rides": dict(sorted(rides.items()))}


def etag_for(board: dict) -> str:
    body = json.dumps(board, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


@app.get("/fairs/<fair_code>/rides/status")
def ride_status(fair_code: str):
    board = load_board(fair_code)
    etag = etag_for(board)
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})
    payload = dict(board, generated_at=datetime.now(timezone.utc).isoformat())
    response = Response(json.dumps(payload), mimetype="application/json")
    response.headers["ETag"] = etag
    response.headers["Cache-Control"] = "public, max-age=5"
    return response
