"""API-key authentication for the chase-vehicle tracker uplink endpoints."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Dict, Optional

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)


@dataclass(frozen=True)
class TrackerKey:
    vehicle_id: str
    key_sha256: str


class TrackerKeyRing:
    """Holds hashed tracker API keys loaded from the provisioning table."""

    header = "X-Tracker-Key"

    def __init__(self, entries: Dict[str, str]) -> None:
        self._by_vehicle = {v: TrackerKey(v, h) for v, h in entries.items()}

    @staticmethod
    def fingerprint(raw_key: str) -> str:
        return hashlib.sha256(raw_key.encode()).hexdigest()

    def match(self, vehicle_id: str, raw_key: str) -> Optional[TrackerKey]:
        entry = self._by_vehicle.get(vehicle_id)
        if entry is None:
            return None
        if hmac.compare_digest(self.fingerprint(raw_key), entry.key_sha256):
            return entry
        return None


keyring = TrackerKeyRing(
    dict(pair.split(":", 1) for pair in os.environ.get("TRACKER_KEY_HASHES", "").split(",") if pair)
)


@app.before_request
def authenticate_tracker() -> None:
    vehicle = request.headers.get("X-Vehicle-Id", "")
    entry = keyring.match(vehicle, request.headers.get(TrackerKeyRing.header, ""))
    if entry is None:
        abort(401)
    g.vehicle_id = entry.vehicle_id


@app.post("/uplink/fix")
def receive_fix():
    fix = request.get_json(force=True)
    if fix.get("vehicle") != g.vehicle_id:
        abort(409)
    return jsonify(accepted=True, vehicle=g.vehicle_id)
