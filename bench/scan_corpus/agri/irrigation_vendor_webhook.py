"""Receives flow-meter and pump status callbacks from the pivot vendor cloud."""
import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, jsonify, request

from .pumps import record_pump_event

bp = Blueprint("pivot_webhook", __name__)
MAX_SKEW_S = 300


def _expected_signature(timestamp: str, body: bytes) -> str:
    secret = os.environ["PIVOT_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


@bp.post("/hooks/pivot")
def pivot_callback():
    timestamp = request.headers.get("X-Pivot-Timestamp", "")
    signature = request.headers.get("X-Pivot-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_S:
        abort(401)
    if not hmac.compare_digest(signature, _expected_signature(timestamp, request.get_data())):
        abort(401)

    event = request.get_json(force=True)
    if event.get("type") == "ping":
        return jsonify(ok=True)
    record_pump_event(
        pivot_id=event["pivot_id"],
        status=event["status"],
        flow_lpm=event.get("flow_lpm"),
        pressure_kpa=event.get("pressure_kpa"),
        at=event["timestamp"],
    )
    return jsonify(ok=True), 201
