"""Receives activity alerts from connected rodent bait stations (IoT sensor vendor)."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, request
from sqlalchemy import insert

from .db import engine
from .tables import sensor_events

bp = Blueprint("bait_sensor_webhook", __name__)

SIGNATURE_HEADER = "X-Sensor-Signature"
TIMESTAMP_HEADER = "X-Sensor-Timestamp"
MAX_SKEW_SECONDS = 300


def _webhook_secret() -> bytes:
    return os.environ["BAIT_SENSOR_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(timestamp: str, body: bytes) -> str:
    mac = hmac.new(_webhook_secret(), timestamp.encode() + b"." + body, hashlib.sha256)
    return mac.hexdigest()


@bp.post("/webhooks/bait-sensors")
def receive_sensor_event():
    body = request.get_data()
    timestamp = request.headers.get(TIMESTAMP_HEADER, "")
    signature = request.headers.get(SIGNATURE_HEADER, "")
    try:
        sent_at = datetime.fromtimestamp(int(timestamp), tz=timezone.utc)
    except ValueError:
        abort(400)
    if abs((datetime.now(timezone.utc) - sent_at).total_seconds()) > MAX_SKEW_SECONDS:
        abort(400)
    if signature != _expected_signature(timestamp, body):
        abort(401)

    event = json.loads(body)
    with engine.begin() as conn:
        conn.execute(insert(sensor_events).values(
            device_id=event["device_id"],
            station_code=event["station_code"],
            event_type=event["type"],
            battery_pct=event.get("battery"),
            occurred_at=datetime.fromisoformat(event["occurred_at"]),
        ))
    if event["type"] == "rodent_detected":
        current_app.logger.info("activity at station %s", event["station_code"])
    return "", 204
