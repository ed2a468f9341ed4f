"""Webhook for self-service pump-out stations at partner marinas.

Card-operated pump-out stations post an event when one of our boats uses
them, so the fee can be added to the hire bill. Each station signs the body
with HMAC-SHA256 using its own secret.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os

from flask import Flask, abort, jsonify, request

from bargehire.billing import add_pumpout_charge

app = Flask(__name__)

KNOWN_EVENT = "pumpout.completed"


def _station_secret(station_id: str) -> bytes:
    value = os.environ.get(f"PUMPOUT_STATION_{station_id.upper()}_SECRET")
    if not value:
        abort(404)
    return value.encode("utf-8")


def _signature_ok(station_id: str, body: bytes, sent: str) -> bool:
    expected = hmac.new(_station_secret(station_id), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, sent or "")


@app.post("/stations/<station_id>/events")
def station_event(station_id: str):
    body = request.get_data()
    if not _signature_ok(station_id, body, request.headers.get("X-Station-Signature", "")):
        abort(401)
    event = json.loads(body)
    if event.get("event") != KNOWN_EVENT:
        return jsonify({"ignored": True})
    if event.get("station_id") != station_id:
        abort(400)
    add_pumpout_charge(
        boat_id=event["boat_id"],
        station_id=station_id,
        fee_pence=int(event["fee_pence"]),
        completed_at=event["completed_at"],
    )
    return jsonify({"ok": True}), 201
