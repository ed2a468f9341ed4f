"""Receives signed telemetry bursts from the lantern-room controllers.

Each controller posts lamp current, rotation speed, lens temperature and
mains/battery status every few minutes, signed with its per-station key.
"""
import hashlib
import hmac
import json

from flask import Blueprint, abort, jsonify, request

from lighthousekeeper.settings import settings
from lighthousekeeper.telemetry.store import record_readings

bp = Blueprint("telemetry_ingest", __name__, url_prefix="/telemetry")


class BurstVerifier:
    header = "X-Lamp-Signature"

    def __init__(self, keys: dict[str, bytes]):
        self._keys = keys

    def expected(self, station_id: str, body: bytes) -> str:
        key = self._keys.get(station_id)
        if key is None:
            abort(403)
        return hmac.new(key, body, hashlib.sha256).hexdigest()

    def check(self, station_id: str, body: bytes, presented: str) -> bool:
        return self.expected(station_id, body) == presented.strip().lower()


verifier = BurstVerifier(settings.LAMP_STATION_KEYS)


@bp.post("/<station_id>/burst")
def ingest_burst(station_id: str):
    body = request.get_data(cache=False)
    if len(body) > settings.TELEMETRY_MAX_BURST_BYTES:
        abort(413)
    presented = request.headers.get(BurstVerifier.header, "")
    if not verifier.check(station_id, body, presented):
        abort(401)
    payload = json.loads(body)
    count = record_readings(station_id, payload.get("readings", []))
    return jsonify(station=station_id, accepted=count), 202
