"""Heartbeat endpoint for field stations.

Stations POST a small JSON heartbeat every 30 s with their latency figures.
The ops dashboard marks a station amber after 2 missed beats and red after 10.
"""
from __future__ import annotations

import hmac
import logging
import time

from flask import Flask, abort, jsonify, request

from ingest.registry import StationRegistry

log = logging.getLogger("ingest.heartbeat")

app = Flask(__name__)
registry = StationRegistry.from_env()

AMBER_AFTER_S = 60
RED_AFTER_S = 300


def _authenticate(station_id: str, token: str) -> bool:
    expected = registry.token_for(station_id)
    return expected is not None and hmac.compare_digest(expected, token)


@app.post("/heartbeat/<station_id>")
def heartbeat(station_id: str):
    token = request.headers.get("X-Station-Token", "")
    if not _authenticate(station_id, token):
        log.warning("rejected heartbeat for %s using token %r from %s",
                    station_id, token, request.remote_addr)
        abort(401)
    beat = request.get_json(force=True)
    registry.record_beat(
        station_id,
        received_at=time.time(),
        data_latency_s=float(beat.get("data_latency", -1)),
        clock_quality=int(beat.get("clock_quality", 0)),
    )
    return jsonify(status="ok")


@app.get("/heartbeat/status")
def status():
    now = time.time()
    out = {}
    for station_id, last in registry.last_beats().items():
        age = now - last
        out[station_id] = "green" if age < AMBER_AFTER_S else "amber" if age < RED_AFTER_S else "red"
    return jsonify(out)
