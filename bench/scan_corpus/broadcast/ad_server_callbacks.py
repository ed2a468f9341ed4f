"""Receives delivery callbacks from the ad decision server (SSAI impressions, quartiles)."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("ad_callbacks", __name__, url_prefix="/hooks/ads")
log = logging.getLogger(__name__)

MAX_SKEW_SECONDS = 300
KNOWN_EVENTS = {"impression", "start", "firstQuartile", "midpoint", "thirdQuartile", "complete"}


def _signing_secret() -> bytes:
    return os.environ["ADS_CALLBACK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes, timestamp: str) -> str:
    mac = hmac.new(_signing_secret(), timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def _signature_ok(body: bytes, timestamp: str, presented: str) -> bool:
    return _expected_signature(body, timestamp) == presented


@bp.post("/events")
def receive_events():
    body = request.get_data()
    timestamp = request.headers.get("X-Ads-Timestamp", "")
    signature = request.headers.get("X-Ads-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        abort(400)
    if not _signature_ok(body, timestamp, signature):
        abort(401)

    events = json.loads(body)
    store = current_app.extensions["impression_store"]
    accepted = 0
    for event in events:
        if event.get("type") not in KNOWN_EVENTS:
            continue
        store.record(
            creative_id=event["creative_id"],
            break_id=event["break_id"],
            event_type=event["type"],
            stream_session=event.get("session"),
            occurred_at=event["ts"],
        )
        accepted += 1
    log.info("ad callback: %d/%d events accepted", accepted, len(events))
    return jsonify({"accepted": accepted})
